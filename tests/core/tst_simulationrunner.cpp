// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "../eventloopwatch.h"

#include <paperlab/simulationrunner.h>
#include <paperlab/simulator.h>

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace paperlab;

namespace {

// A random sequence seeded from the parameter set; each step draws one number.
class SequenceSimulator final : public Simulator
{
public:
    void reset(const ParameterSet &p) override
    {
        // The tests pass only the keys they use (a plugin's sets hold every declared key).
        const auto on = [&p](const char *key) {
            return p.contains(QLatin1String(key)) && p.flag(QLatin1String(key));
        };
        // Stands for a file that fails to parse: thrown before any member changes.
        if (on("bad_input"))
            throw InputError(QStringLiteral("/data/evals.csv"), 12, QStringLiteral("c"),
                             QStringLiteral("14 correct answers out of n = 10"));
        if (on("broken"))
            throw SimulationError("cannot allocate the grid");
        m_state = p.seed(QStringLiteral("seed")) * 0x9E3779B97F4A7C15ull + 1;
        m_step = 0;
        m_values.clear();
        m_limit = p.contains(QStringLiteral("limit")) ? p.integer(QStringLiteral("limit")) : -1;
    }
    void advance(std::chrono::milliseconds budget) override
    {
        QElapsedTimer clock;
        clock.start();
        do {
            m_state ^= m_state << 13;
            m_state ^= m_state >> 7;
            m_state ^= m_state << 17;
            m_values.push_back(double(m_state % 1000003));
            ++m_step;
        } while (!finished() && clock.elapsed() < budget.count() && !stopRequested());
    }
    bool finished() const override { return m_limit >= 0 && m_step >= m_limit; }
    std::shared_ptr<Snapshot> snapshot() const override
    {
        auto s = std::make_shared<Snapshot>();
        s->step = m_step;
        s->finished = finished();
        s->series.push_back({QStringLiteral("v"), {}, {}, m_values});
        return s;
    }

private:
    quint64 m_state = 1;
    qint64 m_step = 0;
    qint64 m_limit = -1;
    std::vector<double> m_values;
};

// Counts its advance() calls, and its snapshots say how many.
class CountingSimulator : public Simulator
{
public:
    void reset(const ParameterSet &) override { m_step = 0; }
    std::shared_ptr<Snapshot> snapshot() const override
    {
        auto s = std::make_shared<Snapshot>();
        s->step = m_step;
        return s;
    }

protected:
    qint64 m_step = 0;
};

// Ignores its budget and spins until asked to stop: a worst case for prompt shutdown.
class SpinningSimulator final : public CountingSimulator
{
public:
    void advance(std::chrono::milliseconds) override
    {
        while (!stopRequested()) {
        }
        ++m_step;
    }
};

// Spends every budget it is given in full, and records the largest.
std::atomic<qint64> g_largestBudget{0};
class BudgetSpendingSimulator final : public CountingSimulator
{
public:
    void advance(std::chrono::milliseconds budget) override
    {
        g_largestBudget = std::max<qint64>(g_largestBudget, budget.count());
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < budget.count() && !stopRequested()) {
        }
        ++m_step;
    }
};

// Ignores the request to stop until the test lets it go: a hung plugin.
std::atomic_bool g_hungInAdvance{false};
std::atomic_bool g_releaseHung{false};
std::atomic_bool g_hungReturned{false};
std::atomic_bool g_hungFreed{false};
class HungSimulator final : public Simulator
{
public:
    ~HungSimulator() override { g_hungFreed = true; }
    void reset(const ParameterSet &) override {}
    void advance(std::chrono::milliseconds) override
    {
        g_hungInAdvance = true;
        while (!g_releaseHung)
            QThread::msleep(5);
        g_hungReturned = true;
    }
    std::shared_ptr<Snapshot> snapshot() const override { return std::make_shared<Snapshot>(); }
};

// Its snapshot() waits while the test holds it: a publication that outlasts the runner.
std::atomic_bool g_holdSnapshot{false};
std::atomic_bool g_inSnapshot{false};
std::atomic_bool g_slowSnapshotFreed{false};
class SlowSnapshotSimulator final : public CountingSimulator
{
public:
    ~SlowSnapshotSimulator() override { g_slowSnapshotFreed = true; }
    void advance(std::chrono::milliseconds) override { ++m_step; }
    std::shared_ptr<Snapshot> snapshot() const override
    {
        while (g_holdSnapshot) {
            g_inSnapshot = true;
            QThread::msleep(5);
        }
        return CountingSimulator::snapshot();
    }
};

class ThrowingSimulator final : public Simulator
{
public:
    void reset(const ParameterSet &) override {}
    void advance(std::chrono::milliseconds) override { throw SimulationError("diverged: loss is NaN"); }
    std::shared_ptr<Snapshot> snapshot() const override { return std::make_shared<Snapshot>(); }
};

ParameterSet seeded(quint64 seed)
{
    ParameterSet p;
    p.set(QStringLiteral("seed"), QVariant::fromValue(seed));
    return p;
}

// Steps a fresh runner n times and returns the snapshots seen after each step.
QList<std::vector<double>> stepSequence(quint64 seed, int n)
{
    SimulationRunner runner(std::make_unique<SequenceSimulator>());
    runner.reset(seeded(seed));
    QList<std::vector<double>> seen;
    for (int i = 1; i <= n; ++i) {
        runner.step();
        if (!QTest::qWaitFor([&] { auto s = runner.latest(); return s && s->step == i; }))
            return {};
        seen.append(runner.latest()->series.front().y);
    }
    return seen;
}

} // namespace

class TestSimulationRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameSnapshots()
    {
        const auto a = stepSequence(42, 20);
        const auto b = stepSequence(42, 20);
        const auto c = stepSequence(43, 20);
        QCOMPARE(a.size(), 20);
        QCOMPARE(a, b);
        QVERIFY(a != c);
    }

    void chunkingDoesNotChangeResults()
    {
        // Free-running with time budgets must give the same numbers as single steps.
        SimulationRunner runner(std::make_unique<SequenceSimulator>());
        ParameterSet p = seeded(42);
        p.set(QStringLiteral("limit"), 20);
        QSignalSpy finished(&runner, &SimulationRunner::finished);
        runner.reset(p);
        runner.start();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(runner.state(), SimulationRunner::State::Finished);
        QCOMPARE(runner.latest()->series.front().y, stepSequence(42, 20).last());
    }

    void pauseStepReset()
    {
        SimulationRunner runner(std::make_unique<SequenceSimulator>());
        runner.reset(seeded(1));
        QTRY_COMPARE(runner.state(), SimulationRunner::State::Paused);
        runner.start();
        QTRY_VERIFY(runner.latest() && runner.latest()->step > 100);
        runner.pause();
        QTRY_COMPARE(runner.state(), SimulationRunner::State::Paused);
        const qint64 paused = runner.latest()->step;
        QTest::qWait(100);
        QCOMPARE(runner.latest()->step, paused);
        runner.step();
        QTRY_COMPARE(runner.latest()->step, paused + 1);
        runner.reset(seeded(1));
        QTRY_COMPARE(runner.latest()->step, 0);
        QCOMPARE(runner.state(), SimulationRunner::State::Paused);
    }

    // An opened scenario replays its run: queued after the reset, it stops exactly at the step
    // and pauses there, with the numbers of a run stepped one by one.
    void runToStepStopsExactlyThere()
    {
        SimulationRunner runner(std::make_unique<SequenceSimulator>());
        runner.reset(seeded(1));
        QTRY_COMPARE(runner.state(), SimulationRunner::State::Paused);
        runner.start();
        QTRY_VERIFY(runner.latest()->step > 2000); // an old run far past the target
        runner.reset(seeded(7));
        runner.runToStep(1234);
        QTRY_COMPARE(runner.state(), SimulationRunner::State::Paused);
        QTRY_COMPARE(runner.latest()->step, 1234);
        SequenceSimulator direct;
        direct.reset(seeded(7));
        for (int i = 0; i < 1234; ++i)
            direct.advance(std::chrono::milliseconds(0));
        QCOMPARE(runner.latest()->series.front().y, direct.snapshot()->series.front().y);
        // A target already passed: nothing runs.
        runner.runToStep(10);
        QTest::qWait(100);
        QCOMPARE(runner.latest()->step, 1234);
        QCOMPARE(runner.state(), SimulationRunner::State::Paused);
        // A run that finishes first stops at its end.
        ParameterSet limited = seeded(7);
        limited.set(QStringLiteral("limit"), 50);
        runner.reset(limited);
        runner.runToStep(1000);
        QTRY_COMPARE(runner.state(), SimulationRunner::State::Finished);
        QCOMPARE(runner.latest()->step, 50);
    }

    void notificationsAreCoalesced()
    {
        SimulationRunner runner(std::make_unique<SequenceSimulator>());
        QSignalSpy ready(&runner, &SimulationRunner::snapshotReady);
        runner.reset(seeded(1));
        runner.start();
        QTRY_VERIFY(ready.count() >= 1);
        QTest::qWait(300); // many publications, none consumed
        QCOMPARE(ready.count(), 1);
        QVERIFY(runner.latest()->revision > 3);
        QTRY_COMPARE(ready.count(), 2); // consuming re-arms the notification
    }

    void stopsPromptlyUnderLoad()
    {
        // The simulator would spin forever; only the runner's interrupt lets it return.
        auto runner = std::make_unique<SimulationRunner>(std::make_unique<SpinningSimulator>());
        runner->reset({});
        runner->setSpeed(16);
        runner->start();
        QTRY_COMPARE(runner->state(), SimulationRunner::State::Running);
        QTest::qWait(50);
        runner->pause();
        QTRY_COMPARE(runner->state(), SimulationRunner::State::Paused);
        runner->start();
        QTRY_COMPARE(runner->state(), SimulationRunner::State::Running);
        runner.reset(); // destructor: must not hang
        QVERIFY(!runner);
    }

    void abandonsASimulatorThatDoesNotStop()
    {
        // The owner gives up after a grace period and says which simulator hung; when the
        // simulator returns at last, its worker must not touch the destroyed runner.
        auto runner = std::make_unique<SimulationRunner>(std::make_unique<HungSimulator>());
        runner->setObjectName(QStringLiteral("fixture/hung"));
        runner->reset({});
        runner->start();
        QTRY_VERIFY(g_hungInAdvance.load());
        QTest::ignoreMessage(QtCriticalMsg,
                             QRegularExpression(QStringLiteral(
                                 "simulator \"fixture/hung\" did not return within .* stop")));
        runner.reset(); // returns after the grace period instead of hanging
        QVERIFY(!g_hungFreed);
        g_releaseHung = true;
        QTRY_VERIFY(g_hungReturned.load());
        // The worker finishes its tick with no runner to publish to, its thread ends, and
        // the thread, worker and simulator are freed on this thread.
        QTRY_VERIFY(g_hungFreed.load());
    }

    // The worker checks that its runner is there, then builds a snapshot: if the runner is
    // abandoned and freed meanwhile, the snapshot must go nowhere (reported to the freed
    // runner, it was a use after free, which AddressSanitizer names in tests/sanitize.sh).
    void aSnapshotThatOutlastsItsRunnerGoesNowhere()
    {
        auto runner = std::make_unique<SimulationRunner>(std::make_unique<SlowSnapshotSimulator>());
        runner->setObjectName(QStringLiteral("fixture/slow-snapshot"));
        QSignalSpy ready(runner.get(), &SimulationRunner::snapshotReady);
        runner->reset({});
        QTRY_VERIFY(runner->latest());
        g_holdSnapshot = true;
        runner->start();
        QTRY_VERIFY(g_inSnapshot.load());
        QTest::ignoreMessage(QtCriticalMsg,
                             QRegularExpression(QStringLiteral(
                                 "simulator \"fixture/slow-snapshot\" did not return .* left "
                                 "running in the background")));
        runner.reset();
        QVERIFY(!g_slowSnapshotFreed);
        g_holdSnapshot = false;
        QTRY_VERIFY(g_slowSnapshotFreed.load());
    }

    // A pause that the simulator never takes: after the grace period the runner is in the
    // error state naming the simulator, and the owner's thread was free all along.
    void aSimulatorThatDoesNotPauseIsNamed()
    {
        g_hungInAdvance = g_releaseHung = g_hungReturned = false;
        SimulationRunner runner(std::make_unique<HungSimulator>());
        runner.setObjectName(QStringLiteral("fixture/hung"));
        QSignalSpy failed(&runner, &SimulationRunner::failed);
        runner.reset({});
        runner.start();
        QTRY_VERIFY(g_hungInAdvance.load());
        const test::EventLoopWatch watch;
        QTest::ignoreMessage(QtCriticalMsg,
                             QRegularExpression(QStringLiteral(
                                 "simulator \"fixture/hung\" did not return within .* stop")));
        runner.pause();
        QTRY_COMPARE_WITH_TIMEOUT(runner.state(), SimulationRunner::State::Error, 8000);
        QVERIFY2(watch.elapsed() >= 4500, qPrintable(watch.report()));
        QVERIFY(runner.errorString().contains(QStringLiteral("\"fixture/hung\" did not return")));
        QCOMPARE(failed.count(), 1);
        QVERIFY2(watch.neverStalled(), qPrintable(watch.report())); // the owner's loop
        // Once the call returns, the queued pause is taken: paused, to be started again.
        g_releaseHung = true;
        QTRY_VERIFY(g_hungReturned.load());
        QTRY_COMPARE(runner.state(), SimulationRunner::State::Paused);
        QCOMPARE(failed.count(), 1);
    }

    // An idle worker takes a pause or reset at once, often before the owner's call returns:
    // such a request must never be reported as a hang when the grace period ends.
    void requestsTakenAtOnceAreNotAHang()
    {
        SimulationRunner runner(std::make_unique<SequenceSimulator>());
        runner.setObjectName(QStringLiteral("fixture/sequence"));
        QSignalSpy failed(&runner, &SimulationRunner::failed);
        runner.reset(seeded(1));
        QTRY_COMPARE(runner.state(), SimulationRunner::State::Paused);
        for (int i = 0; i < 500; ++i) {
            runner.pause();
            QThread::usleep(100); // the worker's turn to take it
            if (i % 4 == 0)
                runner.reset(seeded(1));
        }
        QTRY_COMPARE(runner.state(), SimulationRunner::State::Paused);
        QTest::qWait(5500); // past the grace period of every request above
        QCOMPARE(failed.count(), 0);
        QCOMPARE(runner.state(), SimulationRunner::State::Paused);
    }

    void errorState()
    {
        SimulationRunner runner(std::make_unique<ThrowingSimulator>());
        QSignalSpy failed(&runner, &SimulationRunner::failed);
        runner.reset({});
        runner.start();
        QTRY_COMPARE(runner.state(), SimulationRunner::State::Error);
        QCOMPARE(runner.errorString(), QStringLiteral("diverged: loss is NaN"));
        QTRY_COMPARE(failed.count(), 1); // posted to this thread after the state changed
        QCOMPARE(failed.first().first().toString(), QStringLiteral("diverged: loss is NaN"));
        runner.start(); // ignored in the error state
        QTest::qWait(50);
        QCOMPARE(runner.state(), SimulationRunner::State::Error);
    }

    void rejectedInputKeepsThePreviousRun()
    {
        SimulationRunner runner(std::make_unique<SequenceSimulator>());
        QSignalSpy rejected(&runner, &SimulationRunner::inputRejected);
        QSignalSpy failed(&runner, &SimulationRunner::failed);
        runner.reset(seeded(5));
        runner.step();
        runner.step();
        QTRY_VERIFY(runner.latest() && runner.latest()->step == 2);
        const SnapshotPtr before = runner.latest();

        ParameterSet bad = seeded(6);
        bad.set(QStringLiteral("bad_input"), true);
        runner.reset(bad);
        QTRY_COMPARE(rejected.count(), 1);
        const QString message = QStringLiteral(
            "evals.csv:12: field \"c\": 14 correct answers out of n = 10");
        QCOMPARE(rejected.first().first().toString(), message);
        QCOMPARE(runner.inputError(), message);
        QCOMPARE(runner.state(), SimulationRunner::State::Paused);
        QCOMPARE(runner.latest(), before); // nothing new was published
        QCOMPARE(failed.count(), 0);
        runner.step(); // the old run goes on where it was
        QTRY_COMPARE(runner.latest()->step, 3);
        QCOMPARE(runner.latest()->series.front().y.front(), before->series.front().y.front());

        // While running, a rejected reset leaves it running; an accepted one clears the error.
        runner.start();
        QTRY_COMPARE(runner.state(), SimulationRunner::State::Running);
        runner.reset(bad);
        QTRY_COMPARE(rejected.count(), 2);
        const qint64 stepAfterRejection = runner.latest()->step;
        QTRY_VERIFY(runner.latest()->step > stepAfterRejection);
        QCOMPARE(runner.state(), SimulationRunner::State::Running);
        runner.reset(seeded(6));
        QTRY_COMPARE(runner.state(), SimulationRunner::State::Paused);
        QCOMPARE(runner.inputError(), QString());
        QCOMPARE(runner.latest()->step, 0);
    }

    void inputErrorNamesFileLineAndField()
    {
        const InputError e(QStringLiteral("/tmp/run/evals.jsonl"), 3, QStringLiteral("n"),
                           QStringLiteral("not a whole number"));
        QCOMPARE(QString::fromUtf8(e.what()),
                 QStringLiteral("evals.jsonl:3: field \"n\": not a whole number"));
        QCOMPARE(e.file(), QStringLiteral("/tmp/run/evals.jsonl"));
        QCOMPARE(e.line(), 3);
        QCOMPARE(e.field(), QStringLiteral("n"));
        const InputError whole(QStringLiteral("x.csv"), 0, {}, QStringLiteral("cannot be read"));
        QCOMPARE(QString::fromUtf8(whole.what()), QStringLiteral("x.csv: cannot be read"));
        // A rule between parameters: no file, and the problem, which names the keys, alone.
        const InputError rule({}, 0, QStringLiteral("m"), QStringLiteral("m = 40 exceeds n = 20"));
        QCOMPARE(QString::fromUtf8(rule.what()), QStringLiteral("m = 40 exceeds n = 20"));
        QCOMPARE(rule.field(), QStringLiteral("m"));
    }

    void otherResetFailuresStillFail()
    {
        SimulationRunner runner(std::make_unique<SequenceSimulator>());
        QSignalSpy rejected(&runner, &SimulationRunner::inputRejected);
        ParameterSet broken = seeded(1);
        broken.set(QStringLiteral("broken"), true);
        runner.reset(broken);
        QTRY_COMPARE(runner.state(), SimulationRunner::State::Error);
        QCOMPARE(runner.errorString(), QStringLiteral("cannot allocate the grid"));
        QCOMPARE(rejected.count(), 0);
    }

    // At 16× a tick holds 160 ms of work. It is given out in slices of at most one
    // publication interval (33 ms), a snapshot after each that is due, so that the charts of
    // a fast run move as often as those of a run at 1×.
    void aFastTickIsSlicedForSnapshots()
    {
        SimulationRunner runner(std::make_unique<BudgetSpendingSimulator>());
        runner.reset({});
        QTRY_VERIFY(runner.latest());
        runner.setSpeed(16.0);
        runner.start();
        QTRY_VERIFY(runner.stepCount() >= 20);
        runner.pause();
        QTRY_COMPARE(runner.state(), SimulationRunner::State::Paused);
        QVERIFY2(g_largestBudget > 0 && g_largestBudget <= 33,
                 qPrintable(QString::number(g_largestBudget)));
    }

    void speedIsClamped()
    {
        SimulationRunner runner(std::make_unique<SequenceSimulator>());
        runner.setSpeed(100);
        QCOMPARE(runner.speed(), 16.0);
        runner.setSpeed(0.01);
        QCOMPARE(runner.speed(), 0.25);
    }
};

QTEST_GUILESS_MAIN(TestSimulationRunner)
#include "tst_simulationrunner.moc"
