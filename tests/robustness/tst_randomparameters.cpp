// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// Every simulator of every bundled paper, as a lecture hall uses it for hours: a thousand
// random parameter changes while it runs, then ten thousand snapshots made and read (the
// whole run is labelled slow; the default suite runs a two-hundredth of it). Nothing may crash
// or hang, a refused change says why, and old snapshots and memory must be given back. The
// changes come from a fixed list of seeds, so a failure names a seed that repeats it.

#include <paperlab/simulationrunner.h>
#include <paperlab/testing.h>

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <map>
#include <memory>

#include <unistd.h>

using namespace paperlab;

namespace {

constexpr int kChanges = 1000;
constexpr int kCycles = 10000;
constexpr int kCyclesPerStep = 10; // snapshots made and read per simulation step

// The counts times $PAPERLAB_ROBUSTNESS_SCALE (default 1): the quick run of the default
// suite takes a two-hundredth of them.
int scaled(int count)
{
    bool ok = false;
    const double scale = qEnvironmentVariable("PAPERLAB_ROBUSTNESS_SCALE").toDouble(&ok);
    return ok && scale > 0 ? qMax(1, int(count * scale)) : count;
}
// Which seed a row uses: the row's index into this list, round and round.
constexpr quint32 kSeeds[] = {20251204, 1, 77, 4242, 900001};
// Histories grow with the steps taken, so some growth is expected; a leak of snapshots (a
// few kB to MB each, ten thousand of them) is far above this.
constexpr qint64 kMaxGrowthBytes = 64 * 1024 * 1024;

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * ::sysconf(_SC_PAGESIZE);
}

// A valid random value for `spec`; the edges come up often, as users drag sliders to them.
QVariant randomValue(const ParamSpec &spec, QRandomGenerator &rng)
{
    const double u = rng.generateDouble();
    const double edge = rng.generateDouble();
    switch (spec.type) {
    case ParamType::Bool:
        return rng.bounded(2) == 1;
    case ParamType::Seed:
        return QVariant::fromValue(quint64(rng.generate()));
    case ParamType::Choice:
        return spec.choices.value(int(rng.bounded(quint32(spec.choices.size())))).first;
    case ParamType::Int: {
        const qint64 lo = spec.min.isValid() ? spec.min.toLongLong() : 0;
        const qint64 hi = spec.max.isValid() ? spec.max.toLongLong()
                                             : 2 * spec.defaultValue.toLongLong() + 1;
        const qint64 v = edge < 0.05 ? lo : edge < 0.1 ? hi : lo + qint64(u * u * (hi - lo));
        return std::clamp(v, lo, hi);
    }
    case ParamType::Real: {
        const double lo = spec.min.isValid() ? spec.min.toDouble() : 0.0;
        const double hi = spec.max.isValid() ? spec.max.toDouble()
                                             : 2 * spec.defaultValue.toDouble() + 1;
        if (edge < 0.05)
            return lo;
        if (edge < 0.1)
            return hi;
        if (spec.logScale && lo > 0)
            return lo * std::pow(hi / lo, u);
        return lo + u * (hi - lo);
    }
    case ParamType::RealList:
    case ParamType::IntList:
    case ParamType::File:
        break; // lists keep their defaults, and no file is named: the changes are values
    }
    return spec.defaultValue;
}

// The first failure of the simulator itself among the runner's `failed` signals. The runner's
// watchdog also reports a step that has not returned 5 s after a request to stop: on a loaded
// machine a long step (an eigendecomposition) does that without failing, and the run goes on
// once it returns, so that report is no failure of the simulator's input.
QString simulatorFailure(const QSignalSpy &failed)
{
    for (const QList<QVariant> &f : failed) {
        const QString message = f.first().toString();
        if (!message.contains(QLatin1String("did not return within")))
            return message.isEmpty() ? QStringLiteral("a failure without a message") : message;
    }
    return {};
}

// Reads every number of a snapshot, as a chart does; false if a series is malformed.
bool readAll(const Snapshot &s, double *sum)
{
    for (const Series &series : s.series) {
        if (series.x.size() != series.y.size())
            return false;
        for (size_t i = 0; i < series.y.size(); ++i)
            *sum += series.x[i] + series.y[i];
    }
    for (const Grid &grid : s.grids) {
        for (double v : grid.values)
            *sum += v;
    }
    for (auto it = s.readouts.cbegin(); it != s.readouts.cend(); ++it)
        *sum += it.value();
    return true;
}

} // namespace

class TestRandomParameters : public QObject
{
    Q_OBJECT

private:
    // Loaded once and never unloaded, as in the app.
    std::map<QString, std::unique_ptr<testing::PaperUnderTest>> m_papers;
    double m_sink = 0; // what was read goes here, so that the reading is not left out

private Q_SLOTS:
    void initTestCase()
    {
        const QDir dir(QStringLiteral(PAPERLAB_PAPER_BUILD_DIR));
        for (const QString &file : dir.entryList({QStringLiteral("*.so")}, QDir::Files)) {
            auto paper = std::make_unique<testing::PaperUnderTest>(dir.filePath(file));
            QVERIFY2(paper->loadError().isEmpty(), qPrintable(paper->loadError()));
            m_papers[paper->id()] = std::move(paper);
        }
        QVERIFY(m_papers.size() >= 8);
    }

    void survivesRandomChanges_data()
    {
        QTest::addColumn<QString>("paper");
        QTest::addColumn<QString>("simulator");
        QTest::addColumn<quint32>("seed");
        int row = 0;
        for (const auto &[id, paper] : m_papers) {
            for (const QString &simulator : paper->simulatorIds()) {
                const quint32 seed = kSeeds[row++ % std::size(kSeeds)];
                QTest::addRow("%s/%s seed %u", qPrintable(id), qPrintable(simulator), seed)
                    << id << simulator << seed;
            }
        }
    }

    // Changes while running, each applied as the panel applies it: a live value at once, any
    // other by a restart, and each taken before the next, as a user waits to see it. The
    // snapshots are read between the changes, as the views read them. A simulator may refuse
    // a combination its schema allows, for a rule between parameters (InputError, naming the
    // key): then its run goes on as it was. It may never fail on one, which would stop the
    // run in the Error state.
    void survivesRandomChanges()
    {
        QFETCH(QString, paper);
        QFETCH(QString, simulator);
        QFETCH(quint32, seed);
        const testing::PaperUnderTest &p = *m_papers.at(paper);
        const QList<ParamSpec> specs = p.schema().parametersFor(simulator);
        QVERIFY(!specs.isEmpty());
        ParameterSet values = p.parameters();
        SimulationRunner runner(p.create(simulator, values));
        runner.setObjectName(paper + u'/' + simulator);
        QSignalSpy failed(&runner, &SimulationRunner::failed);
        QSignalSpy rejected(&runner, &SimulationRunner::inputRejected);
        runner.reset(values);
        runner.setSpeed(16);
        runner.start();
        QTRY_VERIFY(runner.latest());
        QRandomGenerator rng(seed);
        double sum = 0;
        int applied = 0;
        const int changes = scaled(kChanges);
        for (int i = 0; i < changes; ++i) {
            const ParamSpec &spec = specs.at(int(rng.bounded(quint32(specs.size()))));
            ParameterSet next = values;
            next.set(spec.id, randomValue(spec, rng));
            const auto valid = p.schema().validate(next);
            if (!valid)
                continue; // a combination the schema refuses never reaches a simulator
            values = valid.value();
            ++applied;
            const SnapshotPtr before = runner.latest();
            const qsizetype answers = failed.count() + rejected.count();
            if (spec.live && runner.state() != SimulationRunner::State::Error) {
                runner.setLive(values);
            } else {
                runner.reset(values);
                runner.start();
            }
            // qWaitFor looks every few ms; QTRY_* every 50, which would be most of the time.
            const bool taken = QTest::qWaitFor(
                [&] {
                    return runner.latest() != before
                        || failed.count() + rejected.count() > answers;
                },
                30000);
            QVERIFY2(taken, qPrintable(QStringLiteral("change %1 (%2) with seed %3 was not taken")
                                           .arg(i).arg(spec.id).arg(seed)));
            if (const QString failure = simulatorFailure(failed); !failure.isEmpty()) {
                QFAIL(qPrintable(QStringLiteral("change %1 (%2 = %3) with seed %4 failed: %5")
                                     .arg(i)
                                     .arg(spec.id, values.value(spec.id).toString())
                                     .arg(seed)
                                     .arg(failure)));
            }
            QVERIFY2(readAll(*runner.latest(), &sum), qPrintable(spec.id));
        }
        QVERIFY2(applied > changes / 2, qPrintable(QString::number(applied)));
        // The failure of the last change may come after the loop.
        if (const QString failure = simulatorFailure(failed); !failure.isEmpty())
            QFAIL(qPrintable(failure));
        for (const QList<QVariant> &r : std::as_const(rejected))
            QVERIFY2(!r.first().toString().isEmpty(), "a refusal without a message");
        // The defaults again: whatever happened before, the run comes back.
        runner.reset(p.parameters());
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(runner.state() == SimulationRunner::State::Running
                                     || runner.state() == SimulationRunner::State::Finished,
                                 30000);
        m_sink += sum;
        if (!rejected.isEmpty()) {
            qInfo("%s refused %d of %d changes, e.g. %s", qPrintable(paper),
                  int(rejected.count()), applied, qPrintable(rejected.first().first().toString()));
        }
    }

    void survivesManySnapshots_data() { survivesRandomChanges_data(); }

    // Snapshots made and read one after the other, a step between every few, restarting each
    // run that finishes: no snapshot outlives its readers, and memory settles.
    void survivesManySnapshots()
    {
        QFETCH(QString, paper);
        QFETCH(QString, simulator);
        QFETCH(quint32, seed);
        const testing::PaperUnderTest &p = *m_papers.at(paper);
        ParameterSet values = p.parameters({{QStringLiteral("seed"), seed}});
        if (values.isEmpty()) // a simulator without a seed
            values = p.parameters();
        const std::unique_ptr<Simulator> sim = p.create(simulator, values);
        QVERIFY(sim);
        std::weak_ptr<Snapshot> early;
        qint64 warm = 0;
        double sum = 0;
        const int cycles = scaled(kCycles);
        for (int i = 0; i < cycles; ++i) {
            if (i % kCyclesPerStep == 0) {
                if (sim->finished())
                    sim->reset(values);
                sim->advance(std::chrono::milliseconds(0));
            }
            const std::shared_ptr<Snapshot> s = sim->snapshot();
            QVERIFY(s);
            QVERIFY2(readAll(*s, &sum), qPrintable(QString::number(i)));
            if (i == cycles / 10) {
                early = s;
                warm = residentBytes();
            }
        }
        m_sink += sum;
        QVERIFY2(early.expired(), "a snapshot read long ago is still held");
        const qint64 growth = residentBytes() - warm;
        QVERIFY2(growth < kMaxGrowthBytes,
                 qPrintable(QStringLiteral("resident memory grew by %1 MB")
                                .arg(growth / 1024.0 / 1024.0, 0, 'f', 1)));
    }
};

QTEST_GUILESS_MAIN(TestRandomParameters)
#include "tst_randomparameters.moc"
