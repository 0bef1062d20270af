// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "explainer/explainerdocument.h"
#include "explainer/explainerparser.h"
#include "explainer/inlinerenderer.h"

#include <QJSEngine>
#include <QTest>
#include <QTextDocumentFragment>

using namespace paperlab::app;
using namespace Qt::StringLiterals;

namespace {

QList<BlockKind> kinds(const ParsedExplainer &doc)
{
    QList<BlockKind> out;
    for (const ParsedBlock &b : doc.blocks)
        out.append(b.kind);
    return out;
}

QString sampleUrl()
{
    return QStringLiteral(PAPERLAB_EXPLAINER_TEST_DATA "/sample/content/explainer.md");
}

} // namespace

class TestExplainerParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headings()
    {
        const auto doc = parseExplainer(u"# One\n## Two ##\n### Three $x$\nSetext\n===\n\n"
                                        "Also setext\n---\n#NotAHeading"_s);
        QCOMPARE(kinds(doc), (QList<BlockKind>{BlockKind::Heading, BlockKind::Heading,
                                               BlockKind::Heading, BlockKind::Heading,
                                               BlockKind::Heading, BlockKind::Paragraph}));
        QCOMPARE(doc.blocks[0].level, 1);
        QCOMPARE(doc.blocks[1].text, u"Two"_s);
        QCOMPARE(doc.blocks[2].level, 3);
        QCOMPARE(doc.blocks[2].text, u"Three "_s + QChar(kMathPlaceholder));
        QCOMPARE(doc.blocks[3].level, 1);
        QCOMPARE(doc.blocks[3].text, u"Setext"_s);
        QCOMPARE(doc.blocks[4].level, 2);
        QCOMPARE(doc.blocks[4].line, 7);
    }

    void paragraphsAndDisplayMath()
    {
        const auto doc = parseExplainer(u"First line\nsecond line.\n\nBefore\n$$a = b$$\nafter "
                                        "$c$.\n\n$$\nx\n$$"_s);
        QCOMPARE(kinds(doc), (QList<BlockKind>{BlockKind::Paragraph, BlockKind::Paragraph,
                                               BlockKind::Equation, BlockKind::Paragraph,
                                               BlockKind::Equation}));
        QCOMPARE(doc.blocks[0].text, u"First line\nsecond line."_s);
        QCOMPARE(doc.blocks[1].text, u"Before"_s);
        QCOMPARE(doc.maths[doc.blocks[2].math].tex, u"a = b"_s);
        QCOMPARE(doc.blocks[2].line, 5);
        QVERIFY(doc.maths[doc.blocks[2].math].display);
        QCOMPARE(doc.blocks[3].text, u"after "_s + QChar(kMathPlaceholder + 1) + u'.');
        QVERIFY(!doc.maths[1].display);
        QCOMPARE(doc.maths[2].tex, u"x"_s);
        QCOMPARE(doc.blocks[4].line, 8);
        QVERIFY(doc.problems.isEmpty());
    }

    void code()
    {
        const auto doc = parseExplainer(u"Text\n```cpp\nint a = 1; // $x$\n```\n~~~\nplain\n"_s);
        QCOMPARE(kinds(doc), (QList<BlockKind>{BlockKind::Paragraph, BlockKind::Code,
                                               BlockKind::Code}));
        QCOMPARE(doc.blocks[1].language, u"cpp"_s);
        QCOMPARE(doc.blocks[1].code, u"int a = 1; // $x$"_s);
        QVERIFY(doc.maths.isEmpty());
        QCOMPARE(doc.problems.size(), 1);   // the unclosed ~~~ fence
    }

    void table()
    {
        const auto doc = parseExplainer(u"| A | B | C |\n|:--|:-:|--:|\n"
                                        "| $|x|$ | `a\\|b` | c \\| d |\n| short |\n"_s);
        QCOMPARE(kinds(doc), QList<BlockKind>{BlockKind::Table});
        const ParsedBlock &t = doc.blocks[0];
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(t.rows[0], (QStringList{u"A"_s, u"B"_s, u"C"_s}));
        QCOMPARE(t.rows[1], (QStringList{QString(QChar(kMathPlaceholder)), u"`a|b`"_s,
                                         u"c | d"_s}));
        QCOMPARE(t.rows[2], (QStringList{u"short"_s, QString(), QString()}));
        QCOMPARE(t.alignments, (QList<int>{Qt::AlignLeft, Qt::AlignHCenter, Qt::AlignRight}));
        QCOMPARE(doc.maths[0].tex, u"|x|"_s);
    }

    void imagesAndFigures()
    {
        const auto doc = parseExplainer(u"![Alt text](figures/a.svg \"A *caption*\")\n\n"
                                        "![Live walk](qml:WalkFigure.qml)\n\n"
                                        "Text with ![an inline image](b.png) inside."_s);
        QCOMPARE(kinds(doc), (QList<BlockKind>{BlockKind::Image, BlockKind::Figure,
                                               BlockKind::Paragraph}));
        QCOMPARE(doc.blocks[0].url, u"figures/a.svg"_s);
        QCOMPARE(doc.blocks[0].alt, u"Alt text"_s);
        QCOMPARE(doc.blocks[0].title, u"A *caption*"_s);
        QCOMPARE(doc.blocks[1].url, u"qml:WalkFigure.qml"_s);
        QCOMPARE(doc.blocks[1].alt, u"Live walk"_s);
    }

    void listsQuotesRules()
    {
        const auto doc = parseExplainer(u"- a\n- b\n  - nested\n  more text\n- c\n\n- loose\n\n"
                                        "1. one\n2. two\n\n> quoted\nlazy\n>\n> second\n\n---\n"
                                        "Paragraph\n2. not a list"_s);
        QCOMPARE(kinds(doc), (QList<BlockKind>{BlockKind::List, BlockKind::List,
                                               BlockKind::Quote, BlockKind::Rule,
                                               BlockKind::Paragraph}));
        const ParsedBlock &list = doc.blocks[0];
        QCOMPARE(list.items.size(), 5);
        QCOMPARE(list.items[2].depth, 1);
        QCOMPARE(list.items[2].text, u"nested\nmore text"_s);
        QCOMPARE(list.items[3].depth, 0);
        QCOMPARE(list.items[4].text, u"loose"_s);
        QVERIFY(doc.blocks[1].items[0].ordered);
        QCOMPARE(doc.blocks[1].items[1].number, 2);
        QCOMPARE(doc.blocks[2].text, u"quoted\nlazy\n\nsecond"_s);
        QCOMPARE(doc.blocks[4].text, u"Paragraph\n2. not a list"_s);
    }

    void slugs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("slug");
        QTest::newRow("simple") << u"The idea"_s << u"the-idea"_s;
        QTest::newRow("punctuation") << u"What's new? (2025)"_s << u"whats-new-2025"_s;
        QTest::newRow("hyphens collapse") << u"A - B  C"_s << u"a-b-c"_s;
        QTest::newRow("unicode letters") << u"Über σ"_s << u"über-σ"_s;
        QTest::newRow("underscore") << u"snake_case"_s << u"snake_case"_s;
    }

    void slugs()
    {
        QFETCH(QString, text);
        QFETCH(QString, slug);
        QCOMPARE(headingSlug(text), slug);
    }

    // A figure caption keeps its last two words together, so no word is alone on a line.
    void captionEndsWithTwoWords()
    {
        ExplainerDocument doc;
        doc.setMarkdown(u"![alt](figure.png \"The loss falls like one over the width\")\n"_s,
                        QUrl(u"file:///nonexistent/content/explainer.md"_s));
        const QString caption = doc.data(doc.index(0), ExplainerDocument::CaptionRole).toString();
        QVERIFY2(caption.contains(u"the&nbsp;width"_s), qPrintable(caption));
        QVERIFY2(caption.contains(u"over the"_s), qPrintable(caption));
    }

    void tocAnchors()
    {
        ExplainerDocument doc;
        doc.setMarkdown(u"# Title\n\nIntro.\n\n## Results\n\nText.\n\n### Why *this* works\n\n"
                        "## Results\n\n## $x$ only math\n\nSee [above](#results-1).\n"_s,
                        QUrl(u"file:///nonexistent/content/explainer.md"_s));
        const QVariantList toc = doc.toc();
        QCOMPARE(toc.size(), 5);
        QStringList anchors;
        QList<int> rows;
        for (const QVariant &v : toc) {
            anchors.append(v.toMap().value(u"anchor"_s).toString());
            rows.append(v.toMap().value(u"index"_s).toInt());
        }
        QCOMPARE(anchors, (QStringList{u"title"_s, u"results"_s, u"why-this-works"_s,
                                       u"results-1"_s, u"only-math"_s}));
        QCOMPARE(rows, (QList<int>{0, 2, 4, 5, 6}));
        QCOMPARE(toc[2].toMap().value(u"text"_s).toString(), u"Why this works"_s);
        QCOMPARE(toc[2].toMap().value(u"level"_s).toInt(), 3);
        QCOMPARE(doc.indexOfAnchor(u"#results-1"_s), 5);
        QCOMPARE(doc.indexOfAnchor(u"nope"_s), -1);
        QCOMPARE(doc.title(), u"Title"_s);
        // The equation of the last heading has no SVG here: reported, never shown as TeX.
        QVERIFY(doc.errors().join(u'\n').contains(u"equation not typeset"_s));
        const QString html = doc.data(doc.index(6), ExplainerDocument::HtmlRole).toString();
        QVERIFY(html.contains(u"[missing equation: "_s));
        QVERIFY(!QTextDocumentFragment::fromHtml(html).toPlainText().contains(u'$'));
    }

    void inlineMarkdown_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("plain");
        QTest::newRow("emphasis") << u"*a* **b** ***c*** ~~d~~"_s
                                  << u"<i>a</i> <b>b</b> <i><b>c</b></i> <s>d</s>"_s
                                  << u"a b c d"_s;
        QTest::newRow("underscore inside words") << u"snake_case_name and _em_"_s
                                                 << u"snake_case_name and <i>em</i>"_s
                                                 << u"snake_case_name and em"_s;
        QTest::newRow("unmatched") << u"2 * 3 and a*"_s << u"2 * 3 and a*"_s
                                   << u"2 * 3 and a*"_s;
        QTest::newRow("escapes and html") << u"\\*not\\* <b>&amp; \\$"_s
                                          << u"*not* &lt;b&gt;&amp; $"_s
                                          << u"*not* <b>& $"_s;
        QTest::newRow("soft and hard breaks") << u"a\nb  \nc"_s << u"a b<br/>c"_s
                                              << u"a b\nc"_s;
    }

    void inlineMarkdown()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, html);
        QFETCH(QString, plain);
        InlineRenderer r;
        const auto out = r.render(markdown);
        QCOMPARE(out.html, html);
        QCOMPARE(out.plain, plain);
    }

    void inlineCodeAndLinks()
    {
        InlineRenderer r;
        r.style.link = QColor(u"#112233"_s);
        r.style.focusBackground = QColor(u"#ffcc00"_s);
        r.focusedLink = 1;
        const auto out = r.render(u"Use `a < b` and [the *idea*](#the-idea), "
                                  "[paper](paper:hivemind#x) or <https://a.org/?q=1&r=2>."_s);
        QVERIFY(out.html.contains(u"<span class=\"code\""_s));
        QVERIFY(out.html.contains(u"a&nbsp;&lt;&nbsp;b</span>"_s));
        QVERIFY(out.html.contains(u"<a href=\"#the-idea\" style=\"color:#112233; "
                                  "text-decoration:none;\">the <i>idea</i></a>"_s));
        QVERIFY(out.html.contains(u"background-color:#ffcc00"_s));   // the focused link
        QVERIFY(out.html.contains(u"href=\"https://a.org/?q=1&amp;r=2\""_s));
        QCOMPARE(out.plain, u"Use a < b and the idea, paper or https://a.org/?q=1&r=2."_s);
        QCOMPARE(r.links.size(), 3);
        QCOMPARE(r.links[0].text, u"the idea"_s);
        QCOMPARE(r.links[1].target, u"paper:hivemind#x"_s);
        QCOMPARE(r.links[2].target, u"https://a.org/?q=1&r=2"_s);
    }

    void sampleDocument()
    {
        ExplainerDocument doc;
        doc.setSource(QUrl::fromLocalFile(sampleUrl()));
        QCOMPARE(doc.status(), ExplainerDocument::Status::Ready);
        QVERIFY2(doc.errors().isEmpty(), qPrintable(doc.errors().join(u'\n')));
        QStringList kindsSeen;
        for (int row = 0; row < doc.rowCount(); ++row)
            kindsSeen.append(doc.data(doc.index(row), ExplainerDocument::KindRole).toString());
        for (const QString &k : {u"heading"_s, u"paragraph"_s, u"equation"_s, u"code"_s,
                                 u"table"_s, u"image"_s, u"figure"_s, u"list"_s, u"quote"_s,
                                 u"rule"_s})
            QVERIFY2(kindsSeen.contains(k), qPrintable(k));
        QVERIFY(doc.plainText().contains(u"It costs $5"_s));   // an escaped dollar is text
        QVERIFY(!doc.plainText().contains(u"sigma"_s));
        const int figure = int(kindsSeen.indexOf(u"figure"_s));
        QVERIFY(doc.data(doc.index(figure), ExplainerDocument::FigureUrlRole).toUrl().path()
                    .endsWith(u"/sample/qml/DemoFigure.qml"_s));

        // Theme colours reach equations; a new theme re-renders without a model reset.
        const int eq = int(kindsSeen.indexOf(u"equation"_s));
        doc.setTheme(QVariantMap{{u"text"_s, u"#e6e9ee"_s}});
        QVERIFY(doc.data(doc.index(eq), ExplainerDocument::ImageUrlRole).toString()
                    .contains(u"color=e6e9ee"_s));
        // A theme straight from QML arrives as a JS object.
        QJSEngine engine;
        QJSValue jsTheme = engine.newObject();
        jsTheme.setProperty(u"text"_s, u"#123456"_s);
        doc.setTheme(QVariant::fromValue(jsTheme));
        QVERIFY(doc.data(doc.index(eq), ExplainerDocument::ImageUrlRole).toString()
                    .contains(u"color=123456"_s));
        doc.setDevicePixelRatio(2);
        QVERIFY(doc.data(doc.index(eq), ExplainerDocument::ImageUrlRole).toString()
                    .contains(u"dpr=2"_s));

        const QVariantList links = doc.links();
        QStringList linkKinds;
        for (const QVariant &v : links)
            linkKinds.append(v.toMap().value(u"kind"_s).toString());
        QVERIFY(linkKinds.contains(u"anchor"_s));
        QVERIFY(linkKinds.contains(u"paper"_s));
        QVERIFY(linkKinds.contains(u"external"_s));
        QVERIFY(linkKinds.contains(u"image"_s));
        QVERIFY(linkKinds.contains(u"figure"_s));
    }
};

QTEST_MAIN(TestExplainerParser)
#include "tst_explainerparser.moc"
