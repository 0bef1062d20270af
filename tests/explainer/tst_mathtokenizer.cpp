// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "explainer/mathtokenizer.h"

#include <QTest>

using namespace paperlab::app;
using namespace Qt::StringLiterals;

class TestMathTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spans_data()
    {
        QTest::addColumn<QString>("chunk");
        QTest::addColumn<QStringList>("expected");   // "i:tex" or "d:tex"
        QTest::addColumn<int>("problems");

        QTest::newRow("inline") << u"a $x$ b"_s << QStringList{u"i:x"_s} << 0;
        QTest::newRow("two inline") << u"a $x$, $y_1$."_s
                                    << QStringList{u"i:x"_s, u"i:y_1"_s} << 0;
        QTest::newRow("display") << u"$$x^2$$"_s << QStringList{u"d:x^2"_s} << 0;
        QTest::newRow("display trimmed, multi-line") << u"$$\n a \\\\\n b\n$$"_s
                                                     << QStringList{u"d:a \\\\\n b"_s} << 0;
        QTest::newRow("display then inline") << u"$$a$$ and $b$"_s
                                             << QStringList{u"d:a"_s, u"i:b"_s} << 0;
        QTest::newRow("escaped dollars") << u"it costs \\$5 or \\$6"_s << QStringList{} << 0;
        QTest::newRow("escaped dollar inside math") << u"$a\\$b$"_s
                                                    << QStringList{u"i:a\\$b"_s} << 0;
        QTest::newRow("prices are not math") << u"costs $5 and $6"_s << QStringList{} << 2;
        QTest::newRow("opening dollar before a space") << u"$ x$"_s << QStringList{} << 2;
        QTest::newRow("closing dollar after a space") << u"$x $"_s << QStringList{} << 2;
        QTest::newRow("closing dollar before a digit") << u"$x$5"_s << QStringList{} << 2;
        QTest::newRow("code span") << u"`$x$` and $y$"_s << QStringList{u"i:y"_s} << 0;
        QTest::newRow("double backtick code span") << u"``a ` $b$ `` $c$"_s
                                                   << QStringList{u"i:c"_s} << 0;
        QTest::newRow("unclosed backticks are literal") << u"`a $b$"_s
                                                        << QStringList{u"i:b"_s} << 0;
        QTest::newRow("unmatched display") << u"$$x"_s << QStringList{} << 1;
        QTest::newRow("math across lines") << u"a $x\ny$ b"_s << QStringList{u"i:x\ny"_s} << 0;
        QTest::newRow("braces and pipes") << u"$|x| = \\{1\\}$"_s
                                          << QStringList{u"i:|x| = \\{1\\}"_s} << 0;
        // The TeX of the diffusion explainer's training loss reaches the typesetter whole.
        QTest::newRow("norm in display math") << u"$$\\big\\|x+\\xi\\big\\|^2 .$$"_s
                                              << QStringList{u"d:\\big\\|x+\\xi\\big\\|^2 ."_s}
                                              << 0;
    }

    void spans()
    {
        QFETCH(QString, chunk);
        QFETCH(QStringList, expected);
        QFETCH(int, problems);
        const MathScan scan = scanMath(chunk);
        QStringList got;
        for (const MathSpan &s : scan.spans) {
            got.append((s.display ? u"d:"_s : u"i:"_s) + s.tex);
            QCOMPARE(chunk.at(s.start), QChar(u'$'));
            QCOMPARE(chunk.at(s.end - 1), QChar(u'$'));
        }
        QCOMPARE(got, expected);
        QCOMPARE(scan.problems.size(), problems);
    }

    void segments()
    {
        const QString md = u"# Title\r\n\r\nText $a$\nmore\n\n```python\nx = '$b$'\n\n"
                           "y = 1\n```\n~~~\nraw\n~~~~\nafter $c$\n"_s;
        const QList<MarkdownSegment> segs = splitMarkdown(md);
        QCOMPARE(segs.size(), 5);
        QCOMPARE(segs[0].kind, MarkdownSegment::Kind::Text);
        QCOMPARE(segs[0].text, u"# Title"_s);
        QCOMPARE(segs[1].text, u"Text $a$\nmore"_s);
        QCOMPARE(segs[1].line, 3);
        QCOMPARE(segs[2].kind, MarkdownSegment::Kind::Code);
        QCOMPARE(segs[2].info, u"python"_s);
        QCOMPARE(segs[2].text, u"x = '$b$'\n\ny = 1"_s);
        QCOMPARE(segs[2].line, 6);
        QCOMPARE(segs[3].kind, MarkdownSegment::Kind::Code);
        QCOMPARE(segs[3].text, u"raw"_s);
        QCOMPARE(segs[4].text, u"after $c$"_s);
        QCOMPARE(segs[4].line, 14);

        // Inline triple backticks are a code span, not a fence; an unclosed fence runs on.
        const auto inlineTicks = splitMarkdown(u"```a``` $x$"_s);
        QCOMPARE(inlineTicks.size(), 1);
        QCOMPARE(inlineTicks[0].kind, MarkdownSegment::Kind::Text);
        const auto open = splitMarkdown(u"```\n$x$"_s);
        QCOMPARE(open.size(), 1);
        QVERIFY(!open[0].closed);
    }

    void keysMatchRenderScript()
    {
        // Values computed by tools/mathjax/typeset-math.mjs (Node's sha1).
        QCOMPARE(mathKey(false, u"\\mu"_s), u"11bc11f658d948d8"_s);
        QCOMPARE(mathKey(true, u"a^2 + b^2 = c^2"_s), u"0cb6929a32502a4c"_s);
        QVERIFY(mathKey(true, u"x"_s) != mathKey(false, u"x"_s));
    }
};

QTEST_GUILESS_MAIN(TestMathTokenizer)
#include "tst_mathtokenizer.moc"
