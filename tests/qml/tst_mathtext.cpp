// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "mathtext.h"

#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QTest>

using paperlab::charts::MathText;

class TestMathText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toHtml_data();
    void toHtml();
    void toPlain_data();
    void toPlain();
    void hasMarkup();
    void escapedTextShowsAsItIs();
    void richSubscriptIsNarrowerThanItsSource();
    void wrappingKeepsTheWidthAndAddsLines();
};

void TestMathText::toHtml_data()
{
    QTest::addColumn<QString>("tex");
    QTest::addColumn<QString>("html");
    QTest::newRow("plain") << "loss L" << "loss L";
    QTest::newRow("one char") << "x_t" << "x<sub>t</sub>";
    QTest::newRow("group") << "τ_{mem}" << "τ<sub>mem</sub>";
    QTest::newRow("superscript") << "m^{−α_m}" << "m<sup>−α<sub>m</sub></sup>";
    QTest::newRow("forward process")
        << "x_t = e^{−t}x₀ + √Δ_t ξ" << "x<sub>t</sub> = e<sup>−t</sup>x₀ + √Δ<sub>t</sub> ξ";
    QTest::newRow("escaped comparison")
        << "(4/3)Σ_{i>m} p_i" << "(4/3)Σ<sub>i&gt;m</sub> p<sub>i</sub>";
    QTest::newRow("greek commands") << "\\alpha_m \\propto \\tau" << "α<sub>m</sub> ∝ τ";
    QTest::newRow("capital greek") << "\\Sigma \\Delta_t" << "Σ Δ<sub>t</sub>";
    QTest::newRow("command as argument")
        << "p_i \\propto i^\\alpha" << "p<sub>i</sub> ∝ i<sup>α</sup>";
    QTest::newRow("unknown command") << "\\foo" << "\\foo";
    QTest::newRow("escaped characters") << "a\\_b \\{c\\}" << "a_b {c}";
    QTest::newRow("trailing underscore") << "snake_" << "snake_";
    QTest::newRow("underscore before a space") << "a _ b" << "a _ b";
    QTest::newRow("html is escaped") << "a<b & c_1" << "a&lt;b &amp; c<sub>1</sub>";
    QTest::newRow("runs of spaces kept") << "a_1   b" << "a<sub>1</sub> &nbsp;&nbsp;b";
    QTest::newRow("unclosed group") << "x_{ab" << "x<sub>ab</sub>";
}

void TestMathText::toHtml()
{
    QFETCH(QString, tex);
    QFETCH(QString, html);
    QCOMPARE(MathText::toHtml(tex), html);
}

void TestMathText::toPlain_data()
{
    QTest::addColumn<QString>("tex");
    QTest::addColumn<QString>("plain");
    QTest::newRow("no markup") << "loss L" << "loss L";
    QTest::newRow("unicode subscripts") << "x_t + p_i" << "xₜ + pᵢ";
    QTest::newRow("unicode superscript") << "p_i \\propto i^{−α}" << "pᵢ ∝ i⁻ᵅ";
    QTest::newRow("word without unicode form") << "τ_{gen}" << "τ_gen";
    QTest::newRow("group without unicode form") << "Σ_{i>m}" << "Σ_(i>m)";
    QTest::newRow("mem has a form") << "τ_{mem}" << "τₘₑₘ";
    QTest::newRow("digits") << "10^{-5} x_{12}" << "10⁻⁵ x₁₂";
}

void TestMathText::toPlain()
{
    QFETCH(QString, tex);
    QFETCH(QString, plain);
    QCOMPARE(MathText::toPlain(tex), plain);
}

void TestMathText::hasMarkup()
{
    QVERIFY(MathText::hasMarkup(QStringLiteral("f_{mem}")));
    QVERIFY(MathText::hasMarkup(QStringLiteral("e^t")));
    QVERIFY(MathText::hasMarkup(QStringLiteral("\\alpha")));
    QVERIFY(!MathText::hasMarkup(QStringLiteral("φ½ n, 10⁵ steps")));
}

// A name such as a readout's, put in a chart label, shows its underscores and braces.
void TestMathText::escapedTextShowsAsItIs()
{
    for (const QString &name : {QStringLiteral("bos_attn_baseline"), QStringLiteral("x^2 {a}"),
                                QStringLiteral("back\\slash"), QStringLiteral("plain")}) {
        QCOMPARE(MathText::toPlain(MathText::escaped(name)), name);
        QVERIFY(!MathText::toHtml(MathText::escaped(name)).contains(QStringLiteral("<sub>")));
    }
    QCOMPARE(MathText::escaped(QStringLiteral("a_b")), QStringLiteral("a\\_b"));
}

void TestMathText::richSubscriptIsNarrowerThanItsSource()
{
    // The subscript is set in a smaller font and the markup is gone.
    QFont font;
    font.setPixelSize(16);
    const QString tex = QStringLiteral("τ_{mem} ∝ ψ_{n}");
    const QSizeF rich = MathText::size(MathText::toHtml(tex), true, font);
    const QSizeF raw = MathText::size(tex, false, font);
    const QSizeF bare = MathText::size(QStringLiteral("τmem ∝ ψn"), false, font);
    QVERIFY2(rich.width() < raw.width(), qPrintable(QString::number(rich.width())));
    QVERIFY2(rich.width() < bare.width(), qPrintable(QString::number(rich.width())));
    QVERIFY(rich.height() >= raw.height() * 0.9);
}

void TestMathText::wrappingKeepsTheWidthAndAddsLines()
{
    QFont font;
    font.setPixelSize(16);
    const QString text = QStringLiteral("Memorised fraction f<sub>mem</sub> ± bootstrap SE");
    const QSizeF one = MathText::size(text, true, font);
    const QSizeF wrapped = MathText::size(text, true, font, one.width() / 2);
    QVERIFY(wrapped.width() <= one.width() / 2);
    QVERIFY(wrapped.height() >= 2 * one.height() * 0.9);
    const QSizeF plain = MathText::size(QStringLiteral("Memorised fraction ± bootstrap SE"),
                                        false, font, 120);
    QVERIFY(plain.width() <= 120);
    QVERIFY(plain.height() > QFontMetricsF(font).height() * 1.5);
}

QTEST_MAIN(TestMathText)
#include "tst_mathtext.moc"
