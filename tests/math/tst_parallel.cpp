// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/math/parallel.h>
#include <paperlab/math/rng.h>

#include <QObject>
#include <QTest>

#include <atomic>
#include <stdexcept>
#include <vector>

using namespace paperlab::math;

class TestParallel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyIndexOnce_data();
    void everyIndexOnce();
    void resultsIndependentOfThreadCount();
    void nothingToDo();
    void lowestFailingIndexIsRethrown();
    void threadCount();
};

void TestParallel::everyIndexOnce_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("threads");
    QTest::newRow("serial") << 17 << 1;
    QTest::newRow("two threads") << 17 << 2;
    QTest::newRow("more threads than tasks") << 3 << 8;
    QTest::newRow("hardware") << 100 << 0;
}

void TestParallel::everyIndexOnce()
{
    QFETCH(int, count);
    QFETCH(int, threads);
    std::vector<std::atomic<int>> visits(static_cast<size_t>(count));
    parallelFor(count, threads, [&](int i) { visits[size_t(i)].fetch_add(1); });
    for (int i = 0; i < count; ++i)
        QCOMPARE(visits[size_t(i)].load(), 1);
}

void TestParallel::resultsIndependentOfThreadCount()
{
    // Each task draws from its own split stream, as independent runs do.
    const Rng master(42);
    const auto run = [&](int threads) {
        std::vector<double> out(64);
        parallelFor(64, threads, [&](int i) {
            Rng rng = master.split(uint64_t(i));
            double s = 0.0;
            for (int k = 0; k < 1000; ++k)
                s += rng.normal();
            out[size_t(i)] = s;
        });
        return out;
    };
    const std::vector<double> one = run(1);
    QVERIFY(one == run(2));
    QVERIFY(one == run(5));
}

void TestParallel::nothingToDo()
{
    int calls = 0;
    parallelFor(0, 4, [&](int) { ++calls; });
    parallelFor(-3, 4, [&](int) { ++calls; });
    QCOMPARE(calls, 0);
}

void TestParallel::lowestFailingIndexIsRethrown()
{
    for (int threads : {1, 2, 4}) {
        bool caught = false;
        try {
            parallelFor(8, threads, [](int i) {
                if (i == 3 || i == 5)
                    throw std::runtime_error(i == 3 ? "three" : "five");
            });
        } catch (const std::runtime_error &e) {
            caught = true;
            // Index 3 is handed out before 5, and a failure stops new indices, so with
            // any thread count 3 has started and its error is the one reported.
            QCOMPARE(QByteArray(e.what()), QByteArray("three"));
        }
        QVERIFY(caught);
    }
}

void TestParallel::threadCount()
{
    QCOMPARE(resolveThreadCount(3), 3);
    QVERIFY(resolveThreadCount(0) >= 1);
    QVERIFY(resolveThreadCount(-1) >= 1);
}

QTEST_APPLESS_MAIN(TestParallel)
#include "tst_parallel.moc"
