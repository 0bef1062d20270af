// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// SteppedSimulator: the advance() loop every stepped simulator shares.
#include <paperlab/simulator.h>
#include <paperlab/snapshot.h>

#include <QObject>
#include <QTest>

#include <atomic>

using namespace paperlab;
using namespace std::chrono_literals;

namespace {

class Counter final : public SteppedSimulator
{
public:
    explicit Counter(int limit, int pace = 0) : m_limit(limit) { setStepsPerAdvance(pace); }
    void reset(const ParameterSet &) override { steps = 0; }
    bool finished() const override { return m_limit > 0 && steps >= m_limit; }
    std::shared_ptr<Snapshot> snapshot() const override { return std::make_shared<Snapshot>(); }

    int steps = 0;
    std::atomic_bool *raiseAt = nullptr;
    int raiseAtStep = -1;

protected:
    void step() override
    {
        ++steps;
        if (raiseAt && steps == raiseAtStep)
            raiseAt->store(true);
    }

private:
    int m_limit;
};

} // namespace

class TestSteppedSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zeroBudgetIsExactlyOneStep()
    {
        Counter c(0);
        c.advance(0ms);
        QCOMPARE(c.steps, 1);
    }

    void stopsAtFinished()
    {
        Counter c(5);
        c.advance(10s); // the budget would allow far more
        QCOMPARE(c.steps, 5);
        c.advance(10s);
        QCOMPARE(c.steps, 5); // a finished run takes no step
    }

    void pacingLimitsStepsPerAdvance()
    {
        Counter c(100, 7);
        c.advance(10s);
        QCOMPARE(c.steps, 7);
    }

    void stopRequestEndsTheLoop()
    {
        Counter c(1000000);
        std::atomic_bool stop{false};
        c.setStopToken(&stop);
        c.raiseAt = &stop;
        c.raiseAtStep = 3;
        c.advance(10s);
        QCOMPARE(c.steps, 3);
    }
};

QTEST_GUILESS_MAIN(TestSteppedSimulator)
#include "tst_steppedsimulator.moc"
