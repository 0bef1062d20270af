// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// The simulators of the superposition-scaling plugin: schema and presets, the CLI readouts,
// determinism, chunk independence, stop requests and errors. Small configurations only.

#include "regimemapsimulator.h"
#include "sweepsimulator.h"
#include "trainsimulator.h"

#include <paperlab/parameterschema.h>

#include <QObject>
#include <QTest>

#include <atomic>
#include <cmath>

using namespace paperlab;
using namespace paperlab::papers::superpositionscaling;

namespace {

ParameterSchema schema()
{
    auto s =
        ParameterSchema::fromFile(QStringLiteral(SUPERPOSITION_SOURCE_DIR "/parameters.json"));
    if (!s)
        qFatal("%s", qPrintable(s.error().logText));
    return s.value();
}

ParameterSet params(const QVariantMap &overrides)
{
    auto v = schema().validate(ParameterSet(overrides));
    if (!v)
        qFatal("%s", qPrintable(v.error().logText));
    return v.value();
}

// A sweep small enough for a unit test: three widths, 100 steps.
QVariantMap smallSweep()
{
    return {{QStringLiteral("n"), 60},
            {QStringLiteral("widths"), QVariantList{4, 6, 8}},
            {QStringLiteral("batch"), 32},
            {QStringLiteral("steps"), 100},
            {QStringLiteral("warmup"), 10}};
}

void runToEnd(Simulator &sim, std::chrono::milliseconds budget)
{
    for (int guard = 0; guard < 100000 && !sim.finished(); ++guard)
        sim.advance(budget);
    QVERIFY(sim.finished());
}

} // namespace

class TestSuperpositionSimulators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetsAreValid();
    void sweepReadouts();
    void sweepIndependentOfChunking();
    void contrastRegime();
    void stopRequestKeepsResults();
    void trainStepsAndEvaluates();
    void trainDeterministic();
    void trainDrawsVectorsForSmallWidth();
    void errorsAreReported();
    void regimeMapFillsIn();
};

void TestSuperpositionSimulators::presetsAreValid()
{
    const ParameterSchema s = schema();
    auto presets = s.presetsFromFile(QStringLiteral(SUPERPOSITION_SOURCE_DIR "/presets.json"));
    QVERIFY2(presets, qPrintable(presets ? QString() : presets.error().logText));
    QStringList ids;
    for (const Preset &p : presets.value())
        ids.append(p.id);
    for (const char *required : {"lecture", "strong", "weak", "quick"})
        QVERIFY2(ids.contains(QLatin1String(required)), required);
    // The preset values.
    for (const Preset &p : presets.value()) {
        if (p.id == QLatin1String("strong") || p.id == QLatin1String("weak")) {
            QCOMPARE(p.simulator, QStringLiteral("sweep"));
            QCOMPARE(p.values.integer(QStringLiteral("n")), 1000);
            const double gamma = p.id == QLatin1String("strong") ? -1.0 : 1.0;
            QCOMPARE(p.values.real(QStringLiteral("gamma")), gamma);
            QCOMPARE(p.values.integer(QStringLiteral("batch")), 256);
            QCOMPARE(p.values.integer(QStringLiteral("steps")), 4000);
            QCOMPARE(p.values.integer(QStringLiteral("warmup")), 400);
            QCOMPARE(p.values.intList(QStringLiteral("widths")),
                     (QList<int>{10, 15, 25, 39, 63, 100}));
        }
        if (p.id == QLatin1String("quick")) {
            QCOMPARE(p.values.integer(QStringLiteral("n")), 500);
            QCOMPARE(p.values.integer(QStringLiteral("steps")), 3000);
            QCOMPARE(p.values.intList(QStringLiteral("widths")),
                     (QList<int>{8, 12, 16, 24, 32, 48}));
        }
    }
}

void TestSuperpositionSimulators::sweepReadouts()
{
    SweepSimulator sim;
    sim.reset(params(smallSweep()));
    QVERIFY(!sim.finished());
    runToEnd(sim, std::chrono::milliseconds(50));
    const auto snap = sim.snapshot();
    QVERIFY(snap->finished);
    QCOMPARE(snap->progress, 1.0);
    for (const char *key : {"alpha_m", "alpha_m_se", "phi_half_min", "phi_half_max",
                            "mean_sq_overlap_times_m", "loss_m4", "loss_m6", "loss_m8"}) {
        QVERIFY2(snap->readouts.contains(QLatin1String(key)), key);
        QVERIFY2(std::isfinite(snap->readouts.value(QLatin1String(key))), key);
    }
    QVERIFY(snap->readouts.value(QStringLiteral("phi_half_min"))
            <= snap->readouts.value(QStringLiteral("phi_half_max")));
    // alpha_m is minus the least-squares slope of ln L against ln m over the widths.
    double sx = 0.0, sy = 0.0, sxx = 0.0, sxy = 0.0;
    for (int m : {4, 6, 8}) {
        const double x = std::log(double(m));
        const double y = std::log(snap->readouts.value(QStringLiteral("loss_m%1").arg(m)));
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    const double slope = (sxy - sx * sy / 3.0) / (sxx - sx * sx / 3.0);
    QVERIFY(std::abs(snap->readouts.value(QStringLiteral("alpha_m")) + slope) < 1e-9);
    for (const char *id : {"loss", "fit", "eq4_ideal", "eq4_measured", "guide_inv_m", "overlap",
                           "overlap_inv_m", "welch", "phi_half", "phi_one", "beta_reference"})
        QVERIFY2(snap->findSeries(QLatin1String(id)), id);
    QVERIFY(snap->findBars(QStringLiteral("row_norms")));
    QVERIFY(snap->findGrid(QStringLiteral("overlaps")));
    QVERIFY(snap->findTable(QStringLiteral("results")));
}

void TestSuperpositionSimulators::sweepIndependentOfChunking()
{
    // Whole steps only: one step per call and long budgets give the same numbers.
    SweepSimulator a;
    SweepSimulator b;
    a.reset(params(smallSweep()));
    b.reset(params(smallSweep()));
    qint64 calls = 0;
    while (!a.finished()) {
        const qint64 before = a.snapshot()->step;
        a.advance(std::chrono::milliseconds(0));
        QCOMPARE(a.snapshot()->step, before + 1); // budget 0: exactly one step
        ++calls;
    }
    QVERIFY(calls >= 2);
    runToEnd(b, std::chrono::milliseconds(10000));
    QCOMPARE(a.snapshot()->readouts, b.snapshot()->readouts);
}

void TestSuperpositionSimulators::contrastRegime()
{
    QVariantMap p = smallSweep();
    p.insert(QStringLiteral("contrast"), true);
    SweepSimulator sim;
    sim.reset(params(p));
    runToEnd(sim, std::chrono::milliseconds(1000));
    const auto snap = sim.snapshot();
    QVERIFY(snap->readouts.contains(QStringLiteral("contrast_alpha_m")));
    QVERIFY(snap->readouts.contains(QStringLiteral("contrast_loss_m8")));
    QVERIFY(snap->findSeries(QStringLiteral("contrast_loss")));
    // The main regime does not depend on whether the contrast is trained too.
    SweepSimulator alone;
    alone.reset(params(smallSweep()));
    runToEnd(alone, std::chrono::milliseconds(1000));
    QCOMPARE(snap->readouts.value(QStringLiteral("loss_m8")),
             alone.snapshot()->readouts.value(QStringLiteral("loss_m8")));
    QVERIFY(snap->findBars(QStringLiteral("exponents")));
}

void TestSuperpositionSimulators::stopRequestKeepsResults()
{
    // A stop request ends advance() early; continuing later gives the unstopped numbers.
    std::atomic_bool stop{true};
    SweepSimulator a;
    a.setStopToken(&stop);
    a.reset(params(smallSweep()));
    a.advance(std::chrono::milliseconds(10000)); // returns at once: stop is set
    QVERIFY(!a.finished());
    stop = false;
    runToEnd(a, std::chrono::milliseconds(1000));
    SweepSimulator b;
    b.reset(params(smallSweep()));
    runToEnd(b, std::chrono::milliseconds(1000));
    QCOMPARE(a.snapshot()->readouts, b.snapshot()->readouts);
}

void TestSuperpositionSimulators::trainStepsAndEvaluates()
{
    TrainSimulator sim;
    sim.reset(params({{QStringLiteral("n"), 40}, {QStringLiteral("m"), 5},
                      {QStringLiteral("steps"), 100}, {QStringLiteral("warmup"), 10},
                      {QStringLiteral("batch"), 32}}));
    sim.advance(std::chrono::milliseconds(0));
    QCOMPARE(sim.snapshot()->step, qint64(1));
    runToEnd(sim, std::chrono::milliseconds(100));
    const auto snap = sim.snapshot();
    QCOMPARE(snap->step, qint64(100));
    for (const char *key : {"loss", "test_loss", "phi_half", "phi_one", "represented", "eq4",
                            "learning_rate"})
        QVERIFY2(snap->readouts.contains(QLatin1String(key)), key);
    // The last step of get_lr runs at 5% of the peak.
    QCOMPARE(snap->readouts.value(QStringLiteral("learning_rate")), 0.05 * 0.01);
    QVERIFY(snap->findSeries(QStringLiteral("loss")));
    QVERIFY(snap->findBars(QStringLiteral("row_norms")));
    QCOMPARE(snap->findGrid(QStringLiteral("overlaps"))->rows, 40);
    QVERIFY(!snap->findSeries(QStringLiteral("vectors")));
}

void TestSuperpositionSimulators::trainDeterministic()
{
    const ParameterSet p = params({{QStringLiteral("n"), 50}, {QStringLiteral("m"), 6},
                                   {QStringLiteral("steps"), 100}, {QStringLiteral("seed"), 7}});
    TrainSimulator a;
    TrainSimulator b;
    a.reset(p);
    b.reset(p);
    runToEnd(a, std::chrono::milliseconds(0));
    runToEnd(b, std::chrono::milliseconds(500));
    QCOMPARE(a.snapshot()->readouts, b.snapshot()->readouts);
    TrainSimulator c;
    c.reset(params({{QStringLiteral("n"), 50}, {QStringLiteral("m"), 6},
                    {QStringLiteral("steps"), 100}, {QStringLiteral("seed"), 8}}));
    runToEnd(c, std::chrono::milliseconds(500));
    QVERIFY(a.snapshot()->readouts.value(QStringLiteral("test_loss"))
            != c.snapshot()->readouts.value(QStringLiteral("test_loss")));
}

void TestSuperpositionSimulators::trainDrawsVectorsForSmallWidth()
{
    for (int m : {2, 3}) {
        TrainSimulator sim;
        sim.reset(params({{QStringLiteral("n"), 7},
                          {QStringLiteral("m"), m},
                          {QStringLiteral("steps"), 100},
                          {QStringLiteral("law"), QStringLiteral("flat")}}));
        runToEnd(sim, std::chrono::milliseconds(1000));
        const auto snapshot = sim.snapshot();
        const auto v = snapshot->findSeries(QStringLiteral("vectors"));
        QVERIFY(v);
        QCOMPARE(int(v->x.size()), 7);
        QCOMPARE(snapshot->readouts.value(QStringLiteral("vectors_drawn")), 7.0);
    }
    // 500 arrows in a plane are a tangle: only the most frequent features are drawn, and
    // the view is told how many.
    TrainSimulator wide;
    wide.reset(params({{QStringLiteral("n"), 500},
                       {QStringLiteral("m"), 2},
                       {QStringLiteral("steps"), 100}}));
    runToEnd(wide, std::chrono::milliseconds(1000));
    const auto snapshot = wide.snapshot();
    const auto v = snapshot->findSeries(QStringLiteral("vectors"));
    QVERIFY(v);
    QCOMPARE(int(v->x.size()), 16);
    QCOMPARE(snapshot->readouts.value(QStringLiteral("vectors_drawn")), 16.0);
}

// Widths beyond n are refused with an InputError, and the run that was going goes on from
// where it was (the strong guarantee the runner relies on to keep it).
void TestSuperpositionSimulators::errorsAreReported()
{
    TrainSimulator train;
    train.reset(params({{QStringLiteral("n"), 10}, {QStringLiteral("m"), 4}}));
    train.advance(std::chrono::milliseconds(0));
    const qint64 trained = train.snapshot()->step;
    const ParameterSet tooWide = params({{QStringLiteral("n"), 10}, {QStringLiteral("m"), 20}});
    QVERIFY_THROWS_EXCEPTION(InputError, train.reset(tooWide));
    QCOMPARE(train.snapshot()->step, trained);
    train.advance(std::chrono::milliseconds(0));
    QVERIFY(train.snapshot()->step > trained);

    SweepSimulator sweep;
    QVariantMap p = smallSweep();
    sweep.reset(params(p));
    sweep.advance(std::chrono::milliseconds(0));
    const qint64 swept = sweep.snapshot()->step;
    p.insert(QStringLiteral("widths"), QVariantList{4, 100});
    QVERIFY_THROWS_EXCEPTION(InputError, sweep.reset(params(p)));
    p.insert(QStringLiteral("widths"), QVariantList{4, 4});
    QVERIFY_THROWS_EXCEPTION(InputError, sweep.reset(params(p)));
    QCOMPARE(sweep.snapshot()->step, swept);
    sweep.advance(std::chrono::milliseconds(0));
    QVERIFY(sweep.snapshot()->step > swept);
    SweepSimulator fresh;
    QVERIFY_THROWS_EXCEPTION(SimulationError, fresh.advance(std::chrono::milliseconds(0)));
}

void TestSuperpositionSimulators::regimeMapFillsIn()
{
    RegimeMapSimulator sim;
    QVariantMap p = smallSweep();
    p.insert(QStringLiteral("map_gammas"), QVariantList{-1.0, 1.0});
    p.insert(QStringLiteral("map_alphas"), QVariantList{0.0, 1.0});
    sim.reset(params(p));
    auto first = sim.snapshot();
    const auto g = first->findGrid(QStringLiteral("alpha_m"));
    QVERIFY(g);
    QCOMPARE(g->rows, 2);
    QCOMPARE(g->cols, 2);
    QVERIFY(std::isnan(g->values[0]));
    double progress = 0.0;
    while (!sim.finished()) {
        sim.advance(std::chrono::milliseconds(0));
        const double now = sim.snapshot()->progress;
        QVERIFY(now >= progress);
        progress = now;
    }
    const auto last = sim.snapshot();
    QCOMPARE(last->progress, 1.0);
    for (double v : last->findGrid(QStringLiteral("alpha_m"))->values)
        QVERIFY(std::isfinite(v));
    for (double v : last->findGrid(QStringLiteral("phi_half"))->values)
        QVERIFY(v >= 0.0 && v <= 1.0);
    QCOMPARE(last->readouts.value(QStringLiteral("cells_done")), 4.0);
    QCOMPARE(last->findTable(QStringLiteral("cells"))->rows.size(), 4);
}

QTEST_GUILESS_MAIN(TestSuperpositionSimulators)
#include "tst_superpositionsimulators.moc"
