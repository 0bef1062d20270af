// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// The paper sheet's ROBUST claims (§8, items 1-4, as issue 17 lists them) on the sink laboratory,
// over seeds 1-5, each seed training the baseline, headwise and elementwise models on the same
// data. The "not robust" items (gated BOS attention below the baseline's, value drain compared
// between models, any loss gain from gating) are deliberately not asserted.
#include "bbrun.h"

#include <paperlab/math/parallel.h>

#include <QObject>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace paperlab::papers::gatedattention;

namespace {

constexpr int kSeeds = 5;
constexpr GateKind kGates[] = {GateKind::None, GateKind::Headwise, GateKind::Elementwise};

// The `default` preset's task and model; CLAIM_STEPS training steps (see CMakeLists.txt).
RunConfig claimConfig()
{
    RunConfig c;
    c.steps = CLAIM_STEPS;
    return c;
}

// results()[seed - 1][gate]
const std::vector<std::vector<Readouts>> &results()
{
    static const std::vector<std::vector<Readouts>> r = [] {
        std::vector<std::vector<Readouts>> out(kSeeds, std::vector<Readouts>(3));
        paperlab::math::parallelFor(kSeeds * 3, 2, [&](int task) {
            const int seed = task / 3 + 1, g = task % 3;
            BbRun run(claimConfig(), kGates[g], uint64_t(seed));
            run.train(run.config().steps);
            out[size_t(seed - 1)][size_t(g)] = run.evaluate();
        });
        for (int s = 0; s < kSeeds; ++s)
            for (int g = 0; g < 3; ++g) {
                const Readouts &x = out[size_t(s)][size_t(g)];
                qInfo("seed %d %-11s bos %.3f gate %.3f/%.3f dL %+.3f drain %.3f copy %.3f "
                      "loss %.3f", s + 1, gateKindId(kGates[g]).c_str(), x.bosAttnNonTrigger,
                      x.gateNonTrigger, x.gateTrigger, x.dLossMaskBos, x.valueDrain,
                      x.copyAccuracy, x.testLoss);
            }
        return out;
    }();
    return r;
}

const char *tag(int seed, int gate)
{
    static thread_local QByteArray text;
    text = QByteArrayLiteral("seed ") + QByteArray::number(seed + 1) + ' '
         + QByteArray::fromStdString(gateKindId(kGates[gate]));
    return text.constData();
}

} // namespace

class TestGatedAttentionClaims : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCOMPARE(int(results().size()), kSeeds); }
    void gateIsSparseAndQueryDependent();
    void baselineDependsOnTheSink();
    void gatedModelsDoNotNeedBos();
    void baselineDrainsTheBosValue();
    void everyModelCopies();
};

// Claim 1: gate(non-trigger) < 0.25 and gate(trigger) - gate(non-trigger) > 0.5, both gates,
// every seed. Measured (seeds 1-5, this build): largest non-trigger gate 0.008, smallest gap
// 0.70 (seed 5, elementwise).
void TestGatedAttentionClaims::gateIsSparseAndQueryDependent()
{
    for (int s = 0; s < kSeeds; ++s)
        for (int g = 1; g < 3; ++g) {
            const Readouts &r = results()[size_t(s)][size_t(g)];
            QVERIFY2(r.gateNonTrigger < 0.25, tag(s, g));
            QVERIFY2(r.gateTrigger - r.gateNonTrigger > 0.5, tag(s, g));
        }
}

// Claim 2, baseline: dL(mask BOS) >= 0.3 on all but at most one seed, mean >= 0.8.
// Measured: 1.54 to 3.14 nats, mean 2.41.
void TestGatedAttentionClaims::baselineDependsOnTheSink()
{
    int below = 0;
    double sum = 0.0;
    for (int s = 0; s < kSeeds; ++s) {
        const double d = results()[size_t(s)][0].dLossMaskBos;
        below += d < 0.3 ? 1 : 0;
        sum += d;
    }
    QVERIFY(below <= 1);
    QVERIFY(sum / kSeeds >= 0.8);
}

// Claim 2, gated: dL(mask BOS) <= 0.25 on every seed. Measured: below 0.001.
void TestGatedAttentionClaims::gatedModelsDoNotNeedBos()
{
    for (int s = 0; s < kSeeds; ++s)
        for (int g = 1; g < 3; ++g)
            QVERIFY2(results()[size_t(s)][size_t(g)].dLossMaskBos <= 0.25, tag(s, g));
}

// Claim 3: ||v_BOS|| / mean ||v|| <= 0.25 for the baseline on every seed. Measured: <= 0.053.
void TestGatedAttentionClaims::baselineDrainsTheBosValue()
{
    for (int s = 0; s < kSeeds; ++s)
        QVERIFY2(results()[size_t(s)][0].valueDrain <= 0.25, tag(s, 0));
}

// Claim 4: copy accuracy on triggers >= 0.95 for all three models. Measured: >= 0.975.
void TestGatedAttentionClaims::everyModelCopies()
{
    for (int s = 0; s < kSeeds; ++s)
        for (int g = 0; g < 3; ++g)
            QVERIFY2(results()[size_t(s)][size_t(g)].copyAccuracy >= 0.95, tag(s, g));
}

QTEST_GUILESS_MAIN(TestGatedAttentionClaims)
#include "tst_gatedattentionclaims.moc"
