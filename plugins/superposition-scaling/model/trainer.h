// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "toydata.h"
#include "toymodel.h"

#include <paperlab/math/optim.h>
#include <paperlab/math/rng.h>
#include <paperlab/math/schedule.h>

#include <memory>
#include <vector>

namespace paperlab::papers::superpositionscaling {

/// How a training step computes the loss and its gradient.
enum class Backend {
    Sparse,       ///< geometric-skip sampler + SparseKernel<float> (the fast path)
    SparseDouble, ///< the same in double precision (tests)
    Dense,        ///< dense sampler + denseLossAndGradient<float> (the straightforward way)
};

/// One training run of the toy model (arXiv 2505.10465 §2, App. B.2).
struct TrainConfig
{
    int n = 500;            ///< number of features
    int m = 10;             ///< width (dimension of the hidden space)
    FrequencyLaw law = FrequencyLaw::Power;
    double alpha = 1.0;     ///< data exponent, p_i ∝ i^(-alpha) for the power law
    double density = 1.0;   ///< activation density E = sum_i p_i
    double gamma = -1.0;    ///< superposition knob of Eq. 2
    int batch = 256;
    int steps = 3000;
    int warmup = 300;       ///< linear warm-up steps of get_lr
    double lr = 1e-2;       ///< peak learning rate
    Backend backend = Backend::Sparse;
};

/// Trains one toy model step by step, exactly in the order of the authors' exp/adamw.py:
/// fresh batch, loss and gradient, learning rate eta_t = get_lr(t) (warm-up, then cosine to
/// 5% of the peak), decay or growth of W with eta_t (Eq. 2), then a bias-corrected Adam
/// step (beta = 0.9, 0.999, eps = 1e-8) on W and b. Deterministic given the config and
/// the stream. Not thread-safe; independent trainers may run on different threads.
class Trainer
{
public:
    /// @p stream is this run's own random stream: the initial weights, the training data
    /// and the evaluation data use its sub-streams 0, 1 and 2.
    Trainer(const TrainConfig &config, const math::Rng &stream);

    /// One training step (no-op once finished()).
    void step();
    int stepsDone() const { return m_step; }
    bool finished() const { return m_step >= m_config.steps; }

    /// Training loss of the last step's batch, in paper units (NaN before the first step).
    double lastLoss() const { return m_lastLoss; }
    /// Training loss of every step so far, in paper units.
    const std::vector<float> &lossHistory() const { return m_history; }

    /// Loss in paper units on @p batches fresh batches of the training batch size, always
    /// the same evaluation data (stream 2 from its start), so repeated calls agree.
    double evaluate(int batches) const;

    const ToyModel &model() const { return m_model; }
    const TrainConfig &config() const { return m_config; }
    const std::vector<double> &probabilities() const { return m_sampler.probabilities(); }
    BackwardPath lastPath() const { return m_path; }

private:
    TrainConfig m_config;
    math::Rng m_stream;
    math::Rng m_data;
    SparseSampler m_sampler;
    SparseBatch m_batch;
    ToyModel m_model;
    math::Adam m_adam;
    math::WarmupCosine m_schedule;
    std::unique_ptr<SparseKernel<float>> m_kernelFloat;
    std::unique_ptr<SparseKernel<double>> m_kernelDouble;
    int m_step = 0;
    double m_lastLoss;
    BackwardPath m_path = BackwardPath::None;
    std::vector<float> m_history;
    Eigen::MatrixXd m_denseGradW; // Backend::Dense: gradient in the n x m layout
};

/// Learning-rate schedule of the authors' get_lr (exp/adamw.py): linear warm-up over
/// @p warmup steps, then cosine decay to 5% of @p peak at the last of @p steps steps.
math::WarmupCosine authorsSchedule(double peak, int warmup, int steps);

} // namespace paperlab::papers::superpositionscaling
