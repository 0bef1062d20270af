// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// Deterministic checks of the paper sheet §8.5 (i)-(v) and of the Bigram-Backcopy task: the
// gate definition, the convex-combination bound, the parameter counts of Table 1, the manual
// gradients against central finite differences, and the fused q_proj layout.
#include "attentionmodel.h"
#include "bbrun.h"
#include "bbtask.h"
#include "gatearithmetic.h"

#include <paperlab/math/gradcheck.h>

#include <QObject>
#include <QTest>

#include <cmath>

using namespace paperlab::papers::gatedattention;
using paperlab::math::Rng;

namespace {

constexpr GateKind kAllGates[] = {GateKind::None, GateKind::Headwise, GateKind::Elementwise,
                                  GateKind::InputIndependent, GateKind::NsSigmoid};

ModelConfig smallConfig(GateKind gate)
{
    ModelConfig c;
    c.vocab = 8;
    c.seqLen = 7;
    c.dModel = 6;
    c.dHead = 4;
    c.gate = gate;
    c.initStd = 0.6; // large enough for non-trivial softmax and gate values
    return c;
}

AttentionModel makeModel(const ModelConfig &c, uint64_t seed = 7)
{
    Rng shared = Rng(seed).split(1);
    Rng gate = Rng(seed).split(2);
    AttentionModel model(c, shared, gate);
    if (model.hasGate()) // a non-zero gate bias, so b_g matters in the checks
        model.weight("b_g").setConstant(0.3);
    return model;
}

std::vector<Sequence> smallBatch(int vocab, int length)
{
    TaskConfig t;
    t.vocab = vocab;
    t.seqLen = length;
    t.triggers = 2;
    Rng rng(3);
    const BigramBackcopyTask task(t, rng);
    return task.sampleBatch(3, rng);
}

double sigmoid(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

} // namespace

class TestGatedAttentionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void taskFollowsTheCopyRule();
    void gatedOutputIsSdpaTimesSigmoid();
    void ungatedOutputIsConvexCombination();
    void closedGateSilencesTheHead();
    void maskingBosRemovesItsKey();
    void gradientsMatchFiniteDifferences_data();
    void gradientsMatchFiniteDifferences();
    void singlePrecisionMatchesDouble();
    void parameterCountsMatchTable1();
    void fusedLayoutIsInterleavedPerKvGroup();
};

void TestGatedAttentionModel::taskFollowsTheCopyRule()
{
    TaskConfig t; // sheet §7.3 defaults
    Rng rng(11);
    const BigramBackcopyTask task(t, rng);
    QCOMPARE(int(task.triggerTokens().size()), 3);
    int triggerQueries = 0;
    for (int n = 0; n < 200; ++n) {
        const Sequence s = task.sample(rng);
        QCOMPARE(int(s.size()), t.seqLen);
        QCOMPARE(s[0], BigramBackcopyTask::kBos);
        QVERIFY(!task.isTrigger(s[1]));
        for (int i = 1; i < t.seqLen; ++i) {
            QVERIFY(s[size_t(i)] > 0 && s[size_t(i)] < t.vocab);
            if (task.isTrigger(s[size_t(i)])) {
                QVERIFY(!task.isTrigger(s[size_t(i - 1)])); // never two triggers in a row
                if (i + 1 < t.seqLen) {
                    QCOMPARE(s[size_t(i + 1)], s[size_t(i - 1)]); // x_{i+1} = x_{i-1}
                    ++triggerQueries;
                }
            } else if (i + 1 < t.seqLen) {
                QVERIFY(task.bigramRow(s[size_t(i)])[size_t(s[size_t(i + 1)])] > 0.0);
            }
        }
    }
    QVERIFY(triggerQueries > 200); // k = 3 of 19 tokens: about 4 triggers per sequence
}

// §8.5 (i): o = SDPA (.) sigma(h W_g + b_g); headwise broadcasts one value over d_h.
void TestGatedAttentionModel::gatedOutputIsSdpaTimesSigmoid()
{
    const Sequence s = smallBatch(8, 7).front();
    for (GateKind gate : {GateKind::Headwise, GateKind::Elementwise}) {
        const ModelConfig c = smallConfig(gate);
        AttentionModel model = makeModel(c);
        const SequenceTrace t = model.trace(s);
        Eigen::MatrixXd H(c.seqLen, c.dModel);
        for (int i = 0; i < c.seqLen; ++i)
            H.row(i) = model.weight("E").row(s[size_t(i)]) + model.weight("P").row(i);
        const Eigen::MatrixXd Q = H * model.weight("W_Q"), K = H * model.weight("W_K");
        const Eigen::MatrixXd V = H * model.weight("W_V");
        Eigen::MatrixXd logits = H * model.weight("W_g");
        logits.rowwise() += model.weight("b_g").row(0);
        QCOMPARE(int(logits.cols()), gate == GateKind::Headwise ? 1 : c.dHead);
        for (int i = 0; i < c.seqLen; ++i) {
            Eigen::RowVectorXd w(i + 1);
            for (int j = 0; j <= i; ++j)
                w(j) = std::exp(Q.row(i).dot(K.row(j)) / std::sqrt(double(c.dHead)));
            w /= w.sum();
            const Eigen::RowVectorXd sdpa = w * V.topRows(i + 1);
            for (int ch = 0; ch < c.dHead; ++ch) {
                const double g = sigmoid(logits(i, gate == GateKind::Headwise ? 0 : ch));
                QVERIFY(std::abs(t.preOutput(i, ch) - sdpa(ch) * g) < 1e-12);
            }
        }
    }
}

// §8.5 (ii): without a gate, every output channel lies between the smallest and largest value
// of that channel among the keys attended to, so an output near 0 needs a value near 0.
void TestGatedAttentionModel::ungatedOutputIsConvexCombination()
{
    const ModelConfig c = smallConfig(GateKind::None);
    AttentionModel model = makeModel(c);
    for (const Sequence &s : smallBatch(8, 7)) {
        const SequenceTrace t = model.trace(s);
        for (int i = 0; i < c.seqLen; ++i) {
            QVERIFY(std::abs(t.attention.row(i).sum() - 1.0) < 1e-12);
            QVERIFY(t.attention.row(i).minCoeff() >= 0.0);
            for (int ch = 0; ch < c.dHead; ++ch) {
                const auto column = t.values.col(ch).head(i + 1);
                QVERIFY(t.preOutput(i, ch) >= column.minCoeff() - 1e-12);
                QVERIFY(t.preOutput(i, ch) <= column.maxCoeff() + 1e-12);
            }
        }
    }
}

// §8.5 (ii), second half: with a gate the output goes to 0 as h W_g -> -infinity, whatever
// the attention pattern; the NS-sigmoid control cannot go below half the SDPA output.
void TestGatedAttentionModel::closedGateSilencesTheHead()
{
    const Sequence s = smallBatch(8, 7).front();
    for (GateKind gate : {GateKind::Headwise, GateKind::Elementwise, GateKind::NsSigmoid}) {
        AttentionModel model = makeModel(smallConfig(gate));
        const SequenceTrace open = model.trace(s);
        QVERIFY(open.preOutput.cwiseAbs().maxCoeff() > 1e-3);
        model.weight("b_g").setConstant(-40.0);
        const SequenceTrace closed = model.trace(s);
        QCOMPARE(closed.attention, open.attention); // the gate does not touch the softmax
        if (gate == GateKind::NsSigmoid) {
            QVERIFY(closed.gate.minCoeff() >= 0.5);
        } else {
            QVERIFY(closed.preOutput.cwiseAbs().maxCoeff() < 1e-12);
        }
    }
}

void TestGatedAttentionModel::maskingBosRemovesItsKey()
{
    AttentionModel model = makeModel(smallConfig(GateKind::None));
    const Sequence s = smallBatch(8, 7).front();
    const SequenceTrace t = model.trace(s, true);
    QCOMPARE(t.attention.col(0).cwiseAbs().maxCoeff(), 0.0);
    QCOMPARE(t.preOutput.row(0).cwiseAbs().maxCoeff(), 0.0); // BOS's query has no key left
    for (int i = 1; i < 7; ++i)
        QVERIFY(std::abs(t.attention.row(i).sum() - 1.0) < 1e-12);
}

void TestGatedAttentionModel::gradientsMatchFiniteDifferences_data()
{
    QTest::addColumn<int>("gate");
    QTest::addColumn<bool>("maskBos");
    for (GateKind g : kAllGates) {
        const QByteArray name = QByteArray::fromStdString(gateKindId(g));
        QTest::newRow(name.constData()) << int(g) << false;
        QTest::newRow((name + " masked BOS").constData()) << int(g) << true;
    }
}

// §8.5 (iv): manual backprop against central differences, relative error < 1e-4, in double.
void TestGatedAttentionModel::gradientsMatchFiniteDifferences()
{
    QFETCH(int, gate);
    QFETCH(bool, maskBos);
    AttentionModel model = makeModel(smallConfig(GateKind(gate)));
    const std::vector<Sequence> batch = smallBatch(8, 7);
    model.zeroGrad();
    model.loss(batch, maskBos, true, false);
    paperlab::math::GradCheckOptions options;
    options.floor = 1e-6; // relative error for every gradient above 1e-6
    const auto result = paperlab::math::checkGradients(
        [&] { return model.loss(batch, maskBos, false, false); }, model.params(), options);
    QVERIFY2(result.maxRelError < 1e-4,
             qPrintable(QStringLiteral("max relative error %1 in parameter %2")
                            .arg(result.maxRelError).arg(result.worstVariable)));
}

// Training runs in float: the same arithmetic, to float accuracy.
void TestGatedAttentionModel::singlePrecisionMatchesDouble()
{
    for (GateKind g : kAllGates) {
        AttentionModel model = makeModel(smallConfig(g));
        const std::vector<Sequence> batch = smallBatch(8, 7);
        model.zeroGrad();
        const double lossDouble = model.loss(batch, false, true, false);
        std::vector<Eigen::MatrixXd> gradDouble;
        for (const auto &p : model.params())
            gradDouble.push_back(*p.grad);
        model.zeroGrad();
        const double lossFloat = model.loss(batch, false, true, true);
        QVERIFY(std::abs(lossFloat - lossDouble) < 1e-5 * std::abs(lossDouble));
        const auto params = model.params();
        for (size_t k = 0; k < params.size(); ++k)
            QVERIFY((*params[k].grad - gradDouble[k]).cwiseAbs().maxCoeff()
                    < 1e-5 * (1.0 + gradDouble[k].cwiseAbs().maxCoeff()));
    }
}

// §8.5 (iii): Table 1's added-parameter column for the MoE-15A2B (24 layers).
void TestGatedAttentionModel::parameterCountsMatchTable1()
{
    const GateParameterCounts c = addedGateParameters(AttentionShape{});
    QCOMPARE(c.elementwiseG1, int64_t(2048) * 4096 * 24);
    QCOMPARE(c.headwiseG1, int64_t(2048) * 32 * 24);
    QCOMPARE(qRound64(c.elementwiseG1 / 1e6), 201);  // Table 1: 201M
    QCOMPARE(qRound64(c.headwiseG1 / 1e4), 157);     // 1.57M (Table 1 rounds to 1.6M)
    QCOMPARE(qRound64(c.valueG2 / 1e6), 25);         // Table 1: 25M
    QVERIFY(c.denseG5 / 1e6 > 100.0 && c.denseG5 / 1e6 < 101.0); // 100.7M; Table 1: 100M
}

// §8.5 (v): a synthetic fused output whose value is its own index, split by KV group.
void TestGatedAttentionModel::fusedLayoutIsInterleavedPerKvGroup()
{
    AttentionShape s;
    s.queryHeads = 4;
    s.kvHeads = 2;
    s.headDim = 3; // groups of 2 query heads
    for (bool elementwise : {false, true}) {
        const int gateWidth = elementwise ? 3 : 1;
        const int perGroup = 2 * 3 + 2 * gateWidth;
        std::vector<double> fused(size_t(2 * perGroup));
        for (size_t p = 0; p < fused.size(); ++p)
            fused[p] = double(p);
        std::vector<double> q, g;
        QVERIFY(splitFusedQProj(fused, s, elementwise, &q, &g));
        QCOMPARE(int(q.size()), 12);
        QCOMPARE(int(g.size()), 4 * gateWidth);
        // Query head h = kv * 2 + m, channel c sits at kv * perGroup + m * 3 + c.
        for (int h = 0; h < 4; ++h)
            for (int c = 0; c < 3; ++c)
                QCOMPARE(q[size_t(h * 3 + c)], double((h / 2) * perGroup + (h % 2) * 3 + c));
        // Its gate follows the group's queries: kv * perGroup + 6 + m * gateWidth + c.
        for (int h = 0; h < 4; ++h)
            for (int c = 0; c < gateWidth; ++c)
                QCOMPARE(g[size_t(h * gateWidth + c)],
                         double((h / 2) * perGroup + 6 + (h % 2) * gateWidth + c));
        // Not the "all queries, then all gates" order: head 2's query starts after group 0's gates.
        QVERIFY(q[6] != 6.0);
        QVERIFY(!splitFusedQProj(std::vector<double>(5, 0.0), s, elementwise, &q, &g));
    }
    AttentionShape bad;
    bad.queryHeads = 6;
    bad.kvHeads = 4;
    QVERIFY(fusedQProjLayout(bad, true).empty());
}

QTEST_GUILESS_MAIN(TestGatedAttentionModel)
#include "tst_gatedattentionmodel.moc"
