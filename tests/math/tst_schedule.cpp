// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/comparenear.h>

#include <paperlab/math/schedule.h>

#include <QObject>
#include <QTest>

#include <cmath>
#include <numbers>

using paperlab::math::WarmupCosine;

class TestSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void values_data();
    void values();
    void monotoneAfterWarmup();
    void superpositionSheetValues();
    void warmupLongerThanRun();
};

void TestSchedule::values_data()
{
    // peak 1e-3, warm-up 10, 110 steps, floor 10%. With s = step + 1:
    //   warm-up: lr = 1e-3 * s / 10
    //   decay:   lr = 1e-3 * (0.1 + 0.9 * (1 + cos(pi (s - 10) / 100)) / 2)
    QTest::addColumn<int>("step");
    QTest::addColumn<double>("expected");
    QTest::newRow("first step") << 0 << 1e-4;
    QTest::newRow("mid warm-up") << 4 << 5e-4;
    QTest::newRow("end of warm-up") << 9 << 1e-3;
    QTest::newRow("first decay step")
        << 10 << 1e-3 * (0.1 + 0.45 * (1.0 + std::cos(std::numbers::pi / 100)));
    // Quarter of the decay: (1 + cos(pi/4)) / 2 = 0.853553390593274.
    QTest::newRow("quarter") << 34 << 1e-3 * (0.1 + 0.9 * 0.853553390593274);
    // Cosine midpoint: half-way between peak and floor, 0.55e-3.
    QTest::newRow("midpoint") << 59 << 5.5e-4;
    QTest::newRow("last step") << 109 << 1e-4;
    QTest::newRow("after the end") << 500 << 1e-4;
    QTest::newRow("negative step") << -3 << 1e-4;
}

void TestSchedule::values()
{
    QFETCH(int, step);
    QFETCH(double, expected);
    const WarmupCosine schedule{1e-3, 10, 110, 0.1};
    PL_COMPARE_NEAR(schedule.at(step), expected, 1e-15);
}

void TestSchedule::monotoneAfterWarmup()
{
    const WarmupCosine schedule{2e-3, 100, 1000, 0.015};
    for (int step = 0; step < 98; ++step)
        QVERIFY(schedule.at(step + 1) > schedule.at(step));
    for (int step = 99; step < 999; ++step)
        QVERIFY(schedule.at(step + 1) < schedule.at(step));
    QCOMPARE(schedule.at(999), 2e-3 * 0.015);
}

void TestSchedule::superpositionSheetValues()
{
    // Paper sheet superposition-scaling.md §8: warm-up 2000, 20k steps, floor 5%:
    // step 0 -> lr/2000, step 1999 -> lr, step 19999 -> exactly 0.05 lr.
    const WarmupCosine schedule{1e-2, 2000, 20000, 0.05};
    PL_COMPARE_NEAR(schedule.at(0), 1e-2 / 2000, 1e-18);
    PL_COMPARE_NEAR(schedule.at(1999), 1e-2, 1e-17);
    QCOMPARE(schedule.at(19999), 0.05 * 1e-2);
}

void TestSchedule::warmupLongerThanRun()
{
    // Warm-up >= total: the cosine runs from the start with phase s / total.
    const WarmupCosine schedule{1.0, 50, 10, 0.0};
    PL_COMPARE_NEAR(schedule.at(4), 0.5, 1e-15);
    PL_COMPARE_NEAR(schedule.at(9), 0.0, 1e-15);
}

QTEST_APPLESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
