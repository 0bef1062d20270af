// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/comparenear.h>

#include <paperlab/math/colormap.h>

#include <QObject>
#include <QTest>

#include <cmath>

using namespace paperlab::math;

namespace {

// 0xRRGGBB of a colour, each channel rounded to 8 bits.
int toHex(const Rgb &c)
{
    const auto byte = [](double v) { return int(std::lround(v * 255.0)); };
    return (byte(c.r) << 16) | (byte(c.g) << 8) | byte(c.b);
}

QString hexString(const Rgb &c)
{
    return QStringLiteral("#%1").arg(toHex(c), 6, 16, QLatin1Char('0'));
}

double luminance(const Rgb &c)
{
    return 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b;
}

} // namespace

class TestColormap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void viridisKnownColours_data();
    void viridisKnownColours();
    void viridisClampsAndRises();
    void divergingAnchors_data();
    void divergingAnchors();
    void divergingMonotone();
    void dispatch();
};

void TestColormap::viridisKnownColours_data()
{
    QTest::addColumn<double>("t");
    QTest::addColumn<int>("hex");
    // matplotlib: viridis(0) = #440154, viridis(1) = #fde725, and the table's middle
    // entries (127 and 128) both round to about #21918c.
    QTest::newRow("0") << 0.0 << 0x440154;
    QTest::newRow("1") << 1.0 << 0xfde725;
    QTest::newRow("entry 128") << 128.0 / 255.0 << 0x21918c;
    QTest::newRow("below 0 clamps") << -3.0 << 0x440154;
    QTest::newRow("above 1 clamps") << 7.0 << 0xfde725;
}

void TestColormap::viridisKnownColours()
{
    QFETCH(double, t);
    QFETCH(int, hex);
    const Rgb c = viridis(t);
    QCOMPARE(hexString(c), QStringLiteral("#%1").arg(hex, 6, 16, QLatin1Char('0')));
}

void TestColormap::viridisClampsAndRises()
{
    // Viridis is designed with monotonically increasing lightness.
    double previous = -1.0;
    for (int i = 0; i <= 1000; ++i) {
        const Rgb c = viridis(i / 1000.0);
        QVERIFY(c.r >= 0.0 && c.r <= 1.0 && c.g >= 0.0 && c.g <= 1.0 && c.b >= 0.0 && c.b <= 1.0);
        QVERIFY(luminance(c) > previous);
        previous = luminance(c);
    }
    // Linear interpolation: half-way between entries 0 and 1.
    PL_COMPARE_NEAR(viridis(0.5 / 255.0).g, 0.5 * (0.004874 + 0.009605), 1e-15);
    QCOMPARE(toHex(viridis(NAN)), 0x440154);
}

void TestColormap::divergingAnchors_data()
{
    QTest::addColumn<double>("t");
    QTest::addColumn<int>("hex");
    // ColorBrewer RdBu (11 classes) ends and the white centre.
    QTest::newRow("-1 dark blue") << -1.0 << 0x053061;
    QTest::newRow("+1 dark red") << 1.0 << 0x67001f;
    QTest::newRow("0 white") << 0.0 << 0xffffff;
    QTest::newRow("-0.2 light blue") << -0.2 << 0xd1e5f0;
    QTest::newRow("+0.2 light red") << 0.2 << 0xfddbc7;
    QTest::newRow("clamped low") << -5.0 << 0x053061;
    QTest::newRow("clamped high") << 5.0 << 0x67001f;
}

void TestColormap::divergingAnchors()
{
    QFETCH(double, t);
    QFETCH(int, hex);
    QCOMPARE(hexString(diverging(t)), QStringLiteral("#%1").arg(hex, 6, 16, QLatin1Char('0')));
}

void TestColormap::divergingMonotone()
{
    const Rgb white = diverging(0.0);
    QCOMPARE(white.r, 1.0);
    QCOMPARE(white.g, 1.0);
    QCOMPARE(white.b, 1.0);
    // Moving away from 0 in either direction, every channel darkens (never lightens), and
    // negative values are bluish, positive ones reddish.
    Rgb previousNeg = white;
    Rgb previousPos = white;
    for (int i = 1; i <= 500; ++i) {
        const double t = i / 500.0;
        const Rgb neg = diverging(-t);
        const Rgb pos = diverging(t);
        QVERIFY(neg.r <= previousNeg.r && neg.g <= previousNeg.g && neg.b <= previousNeg.b);
        QVERIFY(pos.r <= previousPos.r && pos.g <= previousPos.g && pos.b <= previousPos.b);
        QVERIFY(luminance(neg) < luminance(previousNeg));
        QVERIFY(luminance(pos) < luminance(previousPos));
        QVERIFY(neg.b > neg.r);
        QVERIFY(pos.r > pos.b);
        previousNeg = neg;
        previousPos = pos;
    }
}

void TestColormap::dispatch()
{
    QCOMPARE(toHex(colormap(Colormap::Viridis, 0.3)), toHex(viridis(0.3)));
    QCOMPARE(toHex(colormap(Colormap::Diverging, -0.7)), toHex(diverging(-0.7)));
    QVERIFY(toHex(colormap(Colormap::Viridis, 0.3)) != toHex(colormap(Colormap::Diverging, 0.3)));
}

QTEST_APPLESS_MAIN(TestColormap)
#include "tst_colormap.moc"
