// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/math/nn.h>
#include <paperlab/math/optim.h>

#include <Eigen/Core>

#include <vector>

namespace paperlab::math {
class Rng;
}

namespace paperlab::papers::diffusionmemorization {

/// Settings of the small time-conditioned score network.
struct ScoreNetConfig {
    int width = 128;    ///< hidden units per layer
    int depth = 3;      ///< hidden layers (each Linear → Swish)
    int fourier = 4;    ///< sin/cos pairs of the time embedding
    double tMin = 1e-3; ///< smallest diffusion time trained (and sampled)
    double tMax = 5.0;  ///< largest diffusion time trained (and sampled)
    double lr = 1e-3;   ///< Adam learning rate
    int batch = 256;    ///< (training point, t, ξ) triples per step
};

/// An MLP ε̂_θ(x, t) that predicts the noise, so that s_θ(x, t) = −ε̂_θ/√Δ_t. Trained by
/// denoising score matching: with this parametrisation the loss of arXiv 2505.17638 eqs. 3–4,
/// ‖√Δ_t s_θ(x_t) + ξ‖², is ‖ξ − ε̂_θ(x_t, t)‖². Times are drawn log-uniformly on
/// [tMin, tMax] (one model for all t, unlike the random-features theory, which fixes t).
class ScoreNet
{
public:
    ScoreNet(int dim, const ScoreNetConfig &config, math::Rng &init);

    int dim() const { return m_dim; }
    const ScoreNetConfig &config() const { return m_config; }

    /// The network input: x, then u = log(t/tMin)/log(tMax/tMin) and sin(πku), cos(πku).
    Eigen::MatrixXd features(const Eigen::MatrixXd &x, const Eigen::VectorXd &t) const;
    /// ε̂_θ(x_i, t_i) for each row.
    Eigen::MatrixXd predictNoise(const Eigen::MatrixXd &x, const Eigen::VectorXd &t);
    /// s_θ(x, t) at one time for every row.
    Eigen::MatrixXd score(const Eigen::MatrixXd &x, double t);

    /// Mean over the batch and the D coordinates of (ε̂ − ξ)²: the DSM loss per dimension.
    /// With `accumulate`, also back-propagates it into the parameter gradients.
    double dsmLoss(const Eigen::MatrixXd &xt, const Eigen::VectorXd &t,
                   const Eigen::MatrixXd &noise, bool accumulate);

    /// One Adam step on a fresh batch from the training points (rows of `train`). Returns the
    /// batch loss before the step.
    double trainStep(const Eigen::MatrixXd &train, math::Rng &rng);

    std::vector<math::ParamRef> params() { return m_net.params(); }
    int steps() const { return m_steps; }

private:
    int m_dim;
    ScoreNetConfig m_config;
    math::Sequential m_net;
    math::Adam m_adam;
    int m_steps = 0;
};

/// A fixed draw of (x_t, t, ξ) for monitoring a loss with common random numbers.
struct DsmBatch {
    Eigen::MatrixXd xt;
    Eigen::VectorXd t;
    Eigen::MatrixXd noise;
};
/// `count` triples from the rows of `points` (cycled), t log-uniform on [tMin, tMax].
DsmBatch makeDsmBatch(const Eigen::MatrixXd &points, int count, double tMin, double tMax,
                      math::Rng &rng);

} // namespace paperlab::papers::diffusionmemorization
