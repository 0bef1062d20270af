// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/math/roots.h>

#include <QObject>
#include <QTest>

#include <cmath>

using namespace paperlab::math;

class TestRoots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void closedFormRoots();
    void eitherOrientationOfTheBracket();
};

void TestRoots::closedFormRoots()
{
    // 48·√x = x at x = 48² = 2304; √x/10 = 1 at x = 100; e^{-x} = 1/2 at ln 2.
    QVERIFY(std::abs(bisectLog([](double x) { return 48 * std::sqrt(x) - x; }, 1, 1e6) - 2304)
            < 1e-9 * 2304);
    QVERIFY(std::abs(bisectLog([](double x) { return 1 - std::sqrt(x) / 10; }, 1, 1e6) - 100)
            < 1e-9 * 100);
    QVERIFY(std::abs(bisectLog([](double x) { return std::exp(-x) - 0.5; }, 1e-3, 10)
                     - std::log(2.0))
            < 1e-12);
}

void TestRoots::eitherOrientationOfTheBracket()
{
    // hi below lo: the same root, approached from the other side.
    const double r = bisectLog([](double x) { return x - 3.0; }, 100, 0.5);
    QVERIFY(std::abs(r - 3.0) < 1e-12);
    QVERIFY(r - 3.0 <= 0.0);
}

QTEST_APPLESS_MAIN(TestRoots)
#include "tst_roots.moc"
