// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// The paper sheet's ROBUST claims (§8, issue 6) on the default toy lab, over 20 seeds. Each must
// hold in every seed. Measured values (seeds 1-20, this build) are recorded next to each
// threshold; the claims the sheet marks not robust (exact k*, specific pass@k values, the
// histogram's shape, KL/rollout/temperature effects) are not asserted.
#include "lab.h"

#include <paperlab/math/parallel.h>

#include <QObject>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace paperlab::papers::rlvrlimits;

namespace {

constexpr int kSeeds = 20;

const std::vector<LabResult> &results()
{
    static const std::vector<LabResult> r = [] {
        std::vector<LabResult> out(kSeeds);
        paperlab::math::parallelFor(
            kSeeds, 2, [&](int i) { out[size_t(i)] = runLab(LabConfig{}, uint64_t(i + 1)); });
        return out;
    }();
    return r;
}

QString seedTag(int i)
{
    return QStringLiteral("seed %1").arg(i + 1);
}

} // namespace

class TestRlvrLimitsClaims : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCOMPARE(int(results().size()), kSeeds); }
    void rlRaisesPass1();
    void baseOvertakesAtLargeK();
    void crossoverExists();
    void rlOnlySolvableIsRare();
    void rlSamplesHaveLowerPerplexityUnderBase();
    void distillationLiftsTheCurve();
    void pass1RisesOverCheckpoints();
    void estimatorWithinThreeSe();
    void rlNeverReachesOutOfPriorStrategies();
};

void TestRlvrLimitsClaims::rlRaisesPass1()
{
    // Sheet §8 claim 1. Measured: gain pass@1(RL) - pass@1(base) 0.133 ... 0.446
    // (base 0.106-0.171, RL 0.252-0.593).
    for (int i = 0; i < kSeeds; ++i) {
        const LabResult &r = results()[size_t(i)];
        QVERIFY2(r.pass1Rl > r.pass1Base + 0.05, qPrintable(seedTag(i)));
    }
}

void TestRlvrLimitsClaims::baseOvertakesAtLargeK()
{
    // Claim 2. Measured: pass@256(base) - pass@256(RL) 0.017 ... 0.098 (the smallest at
    // seed 7: 0.945 vs 0.928). Also at k = 1024: 0.014 ... 0.077.
    for (int i = 0; i < kSeeds; ++i) {
        const LabResult &r = results()[size_t(i)];
        QVERIFY2(r.pass256Base > r.pass256Rl, qPrintable(seedTag(i)));
        QVERIFY2(r.pass1024Base > r.pass1024Rl, qPrintable(seedTag(i)));
    }
}

void TestRlvrLimitsClaims::crossoverExists()
{
    // Claim 3: k* exists in [2, 1024]. Measured k*: 5 ... 106 (median 28.5). Its exact value
    // is not robust and is not asserted.
    for (int i = 0; i < kSeeds; ++i) {
        const int k = results()[size_t(i)].crossoverK;
        QVERIFY2(k >= 2 && k <= 1024, qPrintable(seedTag(i) + QStringLiteral(": k* = %1").arg(k)));
    }
}

void TestRlvrLimitsClaims::rlOnlySolvableIsRare()
{
    // Claim 4: RL-only solvable <= 2% (coverage at k = 256, threshold 0.5).
    // Measured: 0 problems in 18 seeds, 1 of 200 (0.5%) in seeds 3 and 17.
    for (int i = 0; i < kSeeds; ++i) {
        const LabResult &r = results()[size_t(i)];
        QVERIFY2(r.rlOnlyFrac <= 0.02, qPrintable(seedTag(i)));
        QCOMPARE(r.coverage.total(), 200);
        // The narrowing itself: base-only problems outnumber RL-only ones.
        // Measured base-only 3 ... 20, RL-only 0 ... 1.
        QVERIFY2(r.coverage.baseOnly > r.coverage.rlOnly, qPrintable(seedTag(i)));
    }
}

void TestRlvrLimitsClaims::rlSamplesHaveLowerPerplexityUnderBase()
{
    // Claim 5. Measured: PPL_base(Y_RL) 1.57 ... 2.76 vs PPL_base(Y_base) 2.30 ... 2.88; the
    // smallest gap is 0.027 (seed 10: 2.27 vs 2.30), so only the sign is asserted.
    for (int i = 0; i < kSeeds; ++i) {
        const LabResult &r = results()[size_t(i)];
        QVERIFY2(r.pplBaseOnRl < r.pplBaseOnBase, qPrintable(seedTag(i)));
    }
}

void TestRlvrLimitsClaims::distillationLiftsTheCurve()
{
    // Claim 6: distilled >= base at k = 1, 256, 1024. Measured margins: k = 1 +0.17 ... +0.46,
    // k = 256 +0.039 ... +0.113, k = 1024 +0.022 ... +0.078. The distilled model also reaches
    // the out-of-prior strategies (mass 0.53 ... 0.69; base ~1e-12).
    for (int i = 0; i < kSeeds; ++i) {
        const LabResult &r = results()[size_t(i)];
        QVERIFY2(r.pass1Distilled >= r.pass1Base, qPrintable(seedTag(i)));
        QVERIFY2(r.pass256Distilled >= r.pass256Base, qPrintable(seedTag(i)));
        QVERIFY2(r.pass1024Distilled >= r.pass1024Base, qPrintable(seedTag(i)));
        QVERIFY2(r.oopMassDistilled > 0.3, qPrintable(seedTag(i)));
    }
}

void TestRlvrLimitsClaims::pass1RisesOverCheckpoints()
{
    // Claim 8: pass@1 monotone over the checkpoints 50 -> 100 -> 200 (and above the base).
    // Measured smallest rise, base -> 50 included: +0.017. Sheet §7.2 also has pass@256 at
    // step 200 below step 50 in 20/20; measured drop 0.019 ... 0.083.
    for (int i = 0; i < kSeeds; ++i) {
        const LabResult &r = results()[size_t(i)];
        QCOMPARE(r.checkpointSteps, (std::vector<int>{50, 100, 200}));
        QVERIFY2(r.checkpointPass1[0] > r.pass1Base, qPrintable(seedTag(i)));
        QVERIFY2(r.checkpointPass1[1] > r.checkpointPass1[0], qPrintable(seedTag(i)));
        QVERIFY2(r.checkpointPass1[2] > r.checkpointPass1[1], qPrintable(seedTag(i)));
        QVERIFY2(r.checkpointPass256[2] < r.checkpointPass256[0], qPrintable(seedTag(i)));
    }
}

void TestRlvrLimitsClaims::estimatorWithinThreeSe()
{
    // Claim 7: the unbiased estimator from n = 1024 real samples per problem lies within 3
    // exact standard errors of the exact pass@k, at k = 1, 16, 256, for the base, RL and
    // distilled models. Measured: max |z| over the 180 checks = 2.88 (seed 8, RL, k = 256);
    // 95% of |z| below 2.
    for (int i = 0; i < kSeeds; ++i) {
        const LabResult &r = results()[size_t(i)];
        for (const auto *checks : {&r.estimatorBase, &r.estimatorRl, &r.estimatorDistilled}) {
            QCOMPARE(int(checks->size()), 3);
            for (const EstimatorCheck &e : *checks) {
                QVERIFY(e.se > 0.0);
                QVERIFY2(
                    std::abs(e.z) <= 3.0,
                    qPrintable(seedTag(i) + QStringLiteral(" k = %1: z = %2").arg(e.k).arg(e.z)));
            }
        }
    }
}

void TestRlvrLimitsClaims::rlNeverReachesOutOfPriorStrategies()
{
    // The mechanism (sheet §7.1): on-policy GRPO never samples the out-of-prior paths, so
    // their mass stays at the base model's ~1e-12. Measured RL mass: 1.8e-13 ... 1.2e-12.
    for (int i = 0; i < kSeeds; ++i) {
        const LabResult &r = results()[size_t(i)];
        QVERIFY2(r.oopMassRl < 1e-9, qPrintable(seedTag(i)));
        QVERIFY2(r.entropyRl < r.entropyBase, qPrintable(seedTag(i)));
    }
}

QTEST_APPLESS_MAIN(TestRlvrLimitsClaims)
#include "tst_rlvrlimitsclaims.moc"
