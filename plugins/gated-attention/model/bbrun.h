// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "attentionmodel.h"
#include "bbtask.h"

#include <paperlab/math/optim.h>

#include <cstdint>
#include <memory>
#include <vector>

namespace paperlab::papers::gatedattention {

/// One training run of the sink laboratory: paper sheet §7.3, except for a learning rate of
/// 1e-2 (the top of the sheet's range) and small initial weights, with which the baseline
/// reliably forms a BOS sink and every model learns to copy within the run.
struct RunConfig
{
    TaskConfig task;
    int dModel = 32;
    int dHead = 16;
    double initStd = 0.02; ///< see ModelConfig::initStd
    double learningRate = 1e-2; ///< Adam
    int batch = 32;
    int steps = 3000;
    int testSequences = 256; ///< held-out sequences for the readouts
};

/// The readouts of paper sheet §7.4 on the held-out set, plus copy accuracy and test loss.
struct Readouts
{
    double bosAttnNonTrigger = 0.0; ///< mean a_{i,BOS} over non-trigger queries i >= 1
    double gateNonTrigger = 0.0;    ///< mean gate value (over channels) on non-trigger queries
    double gateTrigger = 0.0;       ///< ... and on trigger queries
    double dLossMaskBos = 0.0;      ///< test loss with the BOS key masked minus test loss
    double valueDrain = 0.0;        ///< ||v_BOS|| / mean_{j >= 1} ||v_j||, averaged
    double copyAccuracy = 0.0;      ///< argmax prediction after a trigger = the copied token
    double testLoss = 0.0;          ///< mean next-token cross-entropy, nats
};

/// Readouts of @p model on @p sequences.
Readouts evaluateModel(const AttentionModel &model, const BigramBackcopyTask &task,
                       const std::vector<Sequence> &sequences);

/// A model trained with Adam on fresh batches of the task. Every run with the same seed sees
/// the same task, the same batches, the same test set and the same initial shared weights,
/// whatever its gate: the models differ only by the gate.
class BbRun
{
public:
    BbRun(const RunConfig &config, GateKind gate, uint64_t seed);

    const RunConfig &config() const { return m_config; }
    GateKind gate() const { return m_model.config().gate; }
    /// Trains up to @p count more steps (never beyond config().steps).
    void train(int count);
    int stepsDone() const { return int(m_loss.size()); }
    bool done() const { return stepsDone() >= m_config.steps; }
    /// Training loss of every step taken (mean over the batch, nats).
    const std::vector<double> &lossHistory() const { return m_loss; }

    Readouts evaluate() const { return evaluateModel(m_model, *m_task, m_test); }
    const AttentionModel &model() const { return m_model; }
    const BigramBackcopyTask &task() const { return *m_task; }
    const std::vector<Sequence> &testSet() const { return m_test; }

private:
    RunConfig m_config;
    std::shared_ptr<const BigramBackcopyTask> m_task;
    paperlab::math::Rng m_data;
    std::vector<Sequence> m_test;
    AttentionModel m_model;
    paperlab::math::Adam m_adam;
    std::vector<double> m_loss;
};

/// Several runs (one per gate) on the same seed, trained side by side with parallelFor, one
/// run per worker and Eigen single-threaded inside each.
class BbLab
{
public:
    BbLab(const RunConfig &config, const std::vector<GateKind> &gates, uint64_t seed);
    /// Trains every run @p count more steps, on up to @p threads threads (<= 0: all cores).
    void train(int count, int threads);
    bool done() const;
    const std::vector<std::unique_ptr<BbRun>> &runs() const { return m_runs; }

private:
    std::vector<std::unique_ptr<BbRun>> m_runs;
};

/// The model a task was generated for, at its §7.3 defaults, for tests and benchmarks.
ModelConfig modelConfigFor(const RunConfig &config, GateKind gate);

} // namespace paperlab::papers::gatedattention
