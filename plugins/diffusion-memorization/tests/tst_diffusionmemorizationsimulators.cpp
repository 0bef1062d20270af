// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// The three simulators through the SDK: schema and presets, determinism, chunking
// invariance, the readouts of issue 5, and errors for out-of-range sizes.
#include "rfflowsimulator.h"
#include "sampler2dsimulator.h"
#include "score1dsimulator.h"

#include <paperlab/parameterschema.h>

#include <QTest>

#include <atomic>

using namespace paperlab;
using namespace paperlab::papers::diffusionmemorization;

namespace {

const QString kDir = QStringLiteral(DM_SOURCE_DIR);

ParameterSchema schema()
{
    auto s = ParameterSchema::fromFile(kDir + QStringLiteral("/parameters.json"));
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

std::shared_ptr<Snapshot> runToEnd(Simulator &sim, const ParameterSet &p, int budgetMs)
{
    sim.reset(p);
    int guard = 0;
    while (!sim.finished() && ++guard < 100000)
        sim.advance(std::chrono::milliseconds(budgetMs));
    return sim.snapshot();
}

} // namespace

class TestSimulators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schemaAndPresetsAreValid()
    {
        const ParameterSchema s = schema();
        auto presets = s.presetsFromFile(kDir + QStringLiteral("/presets.json"));
        QVERIFY2(presets, qPrintable(presets ? QString() : presets.error().logText));
        QStringList ids;
        for (const Preset &p : presets.value()) {
            ids << p.id;
            QVERIFY(p.simulator == QLatin1String("sampler-2d")
                    || p.simulator == QLatin1String("rf-gep-flow")
                    || p.simulator == QLatin1String("score-1d"));
            QVERIFY(s.validate(p.values));
        }
        for (const char *id : {"lecture", "rf-scaling", "sampler-2d"})
            QVERIFY(ids.contains(QLatin1String(id)));
    }

    void rfFlowIsDeterministicAndChunkInvariant()
    {
        const ParameterSet p = params({{QStringLiteral("d"), 10},
                                       {QStringLiteral("psi_p"), 16.0},
                                       {QStringLiteral("psi_n"), QVariantList{1.0, 2.0, 4.0}},
                                       {QStringLiteral("tau_max"), 1e7}});
        RfFlowSimulator a, b;
        const auto sa = runToEnd(a, p, 0);
        const auto sb = runToEnd(b, p, 5000);
        QVERIFY(sa->finished);
        QCOMPARE(sa->progress, 1.0);
        QCOMPARE(sa->readouts, sb->readouts);
        for (const char *key : {"tau_mem_slope", "tau_gen_ratio", "delta_peak_count_error",
                                "lgen_at_tau_gen_max", "a_t", "s_t2"})
            QVERIFY2(sa->readouts.contains(QLatin1String(key)), key);
        QCOMPARE(sa->readouts.value(QStringLiteral("delta_peak_count_error")), 0.0);
        QCOMPARE(sa->readouts.value(QStringLiteral("p")), 160.0);
        QVERIFY(sa->findSeries(QStringLiteral("score_2")));
        QVERIFY(sa->findBars(QStringLiteral("spectrum_rho2_0")));
        QVERIFY(sa->findTable(QStringLiteral("timescales")));
        // A different seed gives different features.
        RfFlowSimulator c;
        ParameterSet q = p;
        q.set(QStringLiteral("seed"), 2);
        QVERIFY(runToEnd(c, q, 0)->readouts != sa->readouts);
    }

    void rfFlowRejectsTooManyFeatures()
    {
        RfFlowSimulator sim;
        const ParameterSet p
            = params({{QStringLiteral("d"), 40}, {QStringLiteral("psi_p"), 64.0}});
        QVERIFY_THROWS_EXCEPTION(SimulationError, sim.reset(p));
    }

    void rfFlowStopsBetweenChunks()
    {
        // advance() does at least one whole step, then returns once stop is requested.
        RfFlowSimulator sim;
        std::atomic_bool stop{true};
        sim.setStopToken(&stop);
        sim.reset(params({{QStringLiteral("d"), 10},
                          {QStringLiteral("psi_p"), 8.0},
                          {QStringLiteral("psi_n"), QVariantList{1.0, 2.0, 4.0, 8.0, 16.0}}}));
        sim.advance(std::chrono::milliseconds(60000));
        QVERIFY(!sim.finished());
        QCOMPARE(sim.snapshot()->step, 1);
    }

    void samplerMemorisesWithTheEmpiricalScore()
    {
        const ParameterSet p = params({{QStringLiteral("n"), QVariantList{8, 24}},
                                       {QStringLiteral("train_steps"), 200},
                                       {QStringLiteral("width"), 16},
                                       {QStringLiteral("samples"), 96},
                                       {QStringLiteral("reverse_steps"), 120},
                                       {QStringLiteral("checkpoints"), 4}});
        Sampler2dSimulator a, b;
        const auto sa = runToEnd(a, p, 0);
        const auto sb = runToEnd(b, p, 1000);
        QVERIFY(sa->finished);
        QCOMPARE(sa->readouts, sb->readouts);
        QVERIFY(sa->readouts.value(QStringLiteral("f_mem_empirical_score")) > 0.9);
        QVERIFY(sa->readouts.contains(QStringLiteral("f_mem_mlp_1")));
        QCOMPARE(sa->readouts.value(QStringLiteral("steps_1")), 200.0);
        QVERIFY(sa->findSeries(QStringLiteral("fmem_1")));
        QVERIFY(sa->findSeries(QStringLiteral("reverse_mlp_0")));
        QCOMPARE(int(sa->findSeries(QStringLiteral("train_1"))->x.size()), 24);
        // The time scrubber is live: it moves the forward cloud without a restart.
        const auto before = sa->findSeries(QStringLiteral("forward_0"))->x;
        ParameterSet live = p;
        live.set(QStringLiteral("scrub_t"), 2.0);
        a.applyLive(live);
        const auto after = a.snapshot();
        QVERIFY(after->findSeries(QStringLiteral("forward_0"))->x != before);
        QCOMPARE(after->readouts.value(QStringLiteral("f_mem_empirical_score")),
                 sa->readouts.value(QStringLiteral("f_mem_empirical_score")));
    }

    void score1dMemorises()
    {
        Score1dSimulator sim;
        const auto s = runToEnd(sim, params({{QStringLiteral("n_1d"), 10}}), 0);
        QVERIFY(s->finished);
        // Backward samples driven by the empirical score land on the training points
        // (measured f_mem 1.000 for seed 1, n = 10).
        QVERIFY(s->readouts.value(QStringLiteral("f_mem_1d")) > 0.9);
        const double steep = s->readouts.value(QStringLiteral("max_score_slope"));
        ParameterSet p = params({{QStringLiteral("n_1d"), 10}, {QStringLiteral("t_1d"), 0.5}});
        sim.applyLive(p);
        // At larger t the staircase smooths out: its steepest rise shrinks by orders of
        // magnitude (measured 1.4e3 at t = 0.02, 1.9 at t = 0.5).
        QVERIFY(sim.snapshot()->readouts.value(QStringLiteral("max_score_slope")) < 0.01 * steep);
    }
};

QTEST_APPLESS_MAIN(TestSimulators)
#include "tst_diffusionmemorizationsimulators.moc"
