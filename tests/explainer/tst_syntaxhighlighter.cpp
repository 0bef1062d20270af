// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "explainer/syntaxhighlighter.h"

#include <QTest>

using namespace paperlab::app;
using namespace Qt::StringLiterals;

namespace {

// "kind:text" for every highlighted token, in order.
QStringList describe(const QString &code, const QString &language)
{
    QStringList out;
    for (const SyntaxToken &t : highlightTokens(code, language)) {
        QString kind;
        switch (t.kind) {
        case SyntaxKind::Keyword: kind = u"kw"_s; break;
        case SyntaxKind::Type: kind = u"type"_s; break;
        case SyntaxKind::String: kind = u"str"_s; break;
        case SyntaxKind::Comment: kind = u"com"_s; break;
        case SyntaxKind::Number: kind = u"num"_s; break;
        case SyntaxKind::Meta: kind = u"meta"_s; break;
        case SyntaxKind::Variable: kind = u"var"_s; break;
        case SyntaxKind::Key: kind = u"key"_s; break;
        }
        out.append(kind + u':' + code.mid(t.start, t.length));
    }
    return out;
}

} // namespace

class TestSyntaxHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("cpp") << u"c++"_s
            << u"#include <cmath>\nconst double x = 1.5e-3; // note\nreturn \"a\\\"b\";"_s
            << QStringList{u"meta:#include <cmath>"_s, u"kw:const"_s, u"type:double"_s,
                           u"num:1.5e-3"_s, u"com:// note"_s, u"kw:return"_s,
                           u"str:\"a\\\"b\""_s};
        QTest::newRow("cpp block comment and raw string")
            << u"cpp"_s << u"/* a\nb */ auto s = R\"x(q\"w)x\"; int x2 = 0x1F;"_s
            << QStringList{u"com:/* a\nb */"_s, u"type:auto"_s, u"str:R\"x(q\"w)x\""_s,
                           u"type:int"_s, u"num:0x1F"_s};
        QTest::newRow("python") << u"py"_s
            << u"@cache\ndef f(n=10):\n    \"\"\"Doc.\"\"\"\n    return len(f'{n}')  # c"_s
            << QStringList{u"meta:@cache"_s, u"kw:def"_s, u"num:10"_s,
                           u"str:\"\"\"Doc.\"\"\""_s, u"kw:return"_s, u"type:len"_s,
                           u"str:f'{n}'"_s, u"com:# c"_s};
        QTest::newRow("shell") << u"bash"_s
            << u"# build\nfor f in *.md; do echo \"$f\" '$x' ${HOME} --quiet 42; done"_s
            << QStringList{u"com:# build"_s, u"kw:for"_s, u"kw:in"_s, u"kw:do"_s,
                           u"str:\"$f\""_s, u"str:'$x'"_s, u"var:${HOME}"_s,
                           u"meta:--quiet"_s, u"num:42"_s, u"kw:done"_s};
        QTest::newRow("shell variables, not comments") << u"sh"_s << u"echo $HOME#x a#b"_s
            << QStringList{u"var:$HOME"_s};
        QTest::newRow("json") << u"json"_s
            << u"{\"a\": -1.5e3, \"b\": [true, null, \"s\"]}"_s
            << QStringList{u"key:\"a\""_s, u"num:-1.5e3"_s, u"key:\"b\""_s, u"kw:true"_s,
                           u"kw:null"_s, u"str:\"s\""_s};
        QTest::newRow("unknown language") << u"text"_s << u"int x = 1;"_s << QStringList{};
    }

    void tokens()
    {
        QFETCH(QString, language);
        QFETCH(QString, code);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(code, language), expected);
    }

    void html()
    {
        SyntaxPalette palette = SyntaxPalette::forBackground(QColor(u"#ffffff"_s));
        const QString html = highlightHtml(u"if (a < b) return 1; // done"_s, u"cpp"_s, palette);
        QCOMPARE(html, u"<span style=\"color:%1;font-weight:600;\">if</span> (a &lt; b) "
                       "<span style=\"color:%1;font-weight:600;\">return</span> "
                       "<span style=\"color:%2;\">1</span>; "
                       "<span style=\"color:%3;font-style:italic;\">// done</span>"_s
                           .arg(palette.keyword.name(), palette.number.name(),
                                palette.comment.name()));
        // Dark backgrounds get light colours.
        const SyntaxPalette dark = SyntaxPalette::forBackground(QColor(u"#272c34"_s));
        QVERIFY(dark.keyword.lightnessF() > 0.5);
        QVERIFY(palette.keyword.lightnessF() < 0.5);
        QCOMPARE(canonicalLanguage(u"Python3"_s), u"python"_s);
        QCOMPARE(canonicalLanguage(u"console"_s), u"sh"_s);
        QCOMPARE(canonicalLanguage(u"rust"_s), QString());
    }
};

QTEST_GUILESS_MAIN(TestSyntaxHighlighter)
#include "tst_syntaxhighlighter.moc"
