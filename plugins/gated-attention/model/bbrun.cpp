// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "bbrun.h"

#include <paperlab/math/parallel.h>

#include <algorithm>

namespace paperlab::papers::gatedattention {

namespace {
// Independent random streams of one seed (Rng::split indices).
enum Stream : uint64_t { kTaskStream = 1, kDataStream, kTestStream, kInitStream, kGateStream };

paperlab::math::Rng stream(uint64_t seed, Stream s)
{
    return paperlab::math::Rng(seed).split(s);
}
} // namespace

ModelConfig modelConfigFor(const RunConfig &config, GateKind gate)
{
    return {config.task.vocab, config.task.seqLen, config.dModel, config.dHead, gate,
            config.initStd};
}

Readouts evaluateModel(const AttentionModel &model, const BigramBackcopyTask &task,
                       const std::vector<Sequence> &sequences)
{
    Readouts r;
    const BatchLoss plain = model.lossSum(sequences, false);
    const BatchLoss masked = model.lossSum(sequences, true);
    r.testLoss = plain.mean();
    r.dLossMaskBos = masked.mean() - plain.mean();

    double bosSum = 0.0, gateNonSum = 0.0, gateTrigSum = 0.0, drainSum = 0.0;
    int nonTriggers = 0, triggers = 0, copies = 0, copyHits = 0, drained = 0;
    for (const Sequence &s : sequences) {
        const SequenceTrace t = model.trace(s);
        const int L = int(s.size());
        for (int i = 1; i < L; ++i) {
            const bool trigger = task.isTrigger(s[size_t(i)]);
            const double gate = model.hasGate() ? t.gate.row(i).mean() : 1.0;
            if (trigger) {
                gateTrigSum += gate;
                ++triggers;
            } else {
                bosSum += t.attention(i, 0);
                gateNonSum += gate;
                ++nonTriggers;
            }
            if (task.isTriggerQuery(s, i)) {
                Eigen::Index best = 0;
                t.logits.row(i).maxCoeff(&best);
                copyHits += int(best) == s[size_t(i + 1)] ? 1 : 0;
                ++copies;
            }
        }
        if (L > 1) {
            double others = 0.0;
            for (int j = 1; j < L; ++j)
                others += t.values.row(j).norm();
            others /= double(L - 1);
            if (others > 0.0) {
                drainSum += t.values.row(0).norm() / others;
                ++drained;
            }
        }
    }
    r.bosAttnNonTrigger = nonTriggers ? bosSum / nonTriggers : 0.0;
    r.gateNonTrigger = model.hasGate() && nonTriggers ? gateNonSum / nonTriggers : 0.0;
    r.gateTrigger = model.hasGate() && triggers ? gateTrigSum / triggers : 0.0;
    r.valueDrain = drained ? drainSum / drained : 0.0;
    r.copyAccuracy = copies ? double(copyHits) / copies : 0.0;
    return r;
}

BbRun::BbRun(const RunConfig &config, GateKind gate, uint64_t seed)
    : m_config(config),
      m_task([&] {
          paperlab::math::Rng taskRng = stream(seed, kTaskStream);
          return std::make_shared<const BigramBackcopyTask>(config.task, taskRng);
      }()),
      m_data(stream(seed, kDataStream)),
      m_model([&] {
          paperlab::math::Rng shared = stream(seed, kInitStream);
          paperlab::math::Rng gateRng = stream(seed, kGateStream);
          return AttentionModel(modelConfigFor(config, gate), shared, gateRng);
      }()),
      m_adam(config.learningRate)
{
    paperlab::math::Rng testRng = stream(seed, kTestStream);
    m_test = m_task->sampleBatch(config.testSequences, testRng);
    m_loss.reserve(size_t(config.steps));
}

void BbRun::train(int count)
{
    const std::vector<paperlab::math::ParamRef> params = m_model.params();
    for (int k = 0; k < count && !done(); ++k) {
        const std::vector<Sequence> batch = m_task->sampleBatch(m_config.batch, m_data);
        m_model.zeroGrad();
        m_loss.push_back(m_model.loss(batch, false, true, true));
        m_adam.step(params);
    }
}

BbLab::BbLab(const RunConfig &config, const std::vector<GateKind> &gates, uint64_t seed)
{
    for (GateKind g : gates)
        m_runs.push_back(std::make_unique<BbRun>(config, g, seed));
}

void BbLab::train(int count, int threads)
{
    paperlab::math::parallelFor(int(m_runs.size()), threads,
                                [&](int i) { m_runs[size_t(i)]->train(count); });
}

bool BbLab::done() const
{
    return std::all_of(m_runs.begin(), m_runs.end(), [](const auto &r) { return r->done(); });
}

} // namespace paperlab::papers::gatedattention
