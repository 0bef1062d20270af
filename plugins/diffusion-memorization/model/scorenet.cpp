// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "scorenet.h"

#include "rfconstants.h"

#include <paperlab/math/loss.h>
#include <paperlab/math/rng.h>

#include <cmath>
#include <numbers>

namespace paperlab::papers::diffusionmemorization {

ScoreNet::ScoreNet(int dim, const ScoreNetConfig &config, math::Rng &init)
    : m_dim(dim)
    , m_config(config)
    , m_adam(config.lr)
{
    int in = dim + 1 + 2 * config.fourier;
    for (int l = 0; l < config.depth; ++l) {
        m_net.emplace<math::Linear>(in, config.width, init);
        m_net.emplace<math::Swish>();
        in = config.width;
    }
    m_net.emplace<math::Linear>(in, dim, init);
}

Eigen::MatrixXd ScoreNet::features(const Eigen::MatrixXd &x, const Eigen::VectorXd &t) const
{
    const int f = m_config.fourier;
    Eigen::MatrixXd in(x.rows(), m_dim + 1 + 2 * f);
    in.leftCols(m_dim) = x;
    const double span = std::log(m_config.tMax / m_config.tMin);
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        const double u = std::log(t(i) / m_config.tMin) / span;
        in(i, m_dim) = u;
        for (int k = 1; k <= f; ++k) {
            in(i, m_dim + 2 * k - 1) = std::sin(std::numbers::pi * k * u);
            in(i, m_dim + 2 * k) = std::cos(std::numbers::pi * k * u);
        }
    }
    return in;
}

Eigen::MatrixXd ScoreNet::predictNoise(const Eigen::MatrixXd &x, const Eigen::VectorXd &t)
{
    return m_net.forward(features(x, t));
}

Eigen::MatrixXd ScoreNet::score(const Eigen::MatrixXd &x, double t)
{
    const Eigen::VectorXd tt = Eigen::VectorXd::Constant(x.rows(), t);
    return -predictNoise(x, tt) / std::sqrt(ouDelta(t));
}

double ScoreNet::dsmLoss(const Eigen::MatrixXd &xt, const Eigen::VectorXd &t,
                         const Eigen::MatrixXd &noise, bool accumulate)
{
    const Eigen::MatrixXd pred = predictNoise(xt, t);
    const math::LossResult loss = math::meanSquaredError(pred, noise);
    if (accumulate)
        m_net.backward(loss.grad);
    return loss.value;
}

double ScoreNet::trainStep(const Eigen::MatrixXd &train, math::Rng &rng)
{
    const int b = m_config.batch;
    Eigen::MatrixXd x0(b, m_dim);
    for (int i = 0; i < b; ++i)
        x0.row(i) = train.row(Eigen::Index(rng.below(uint64_t(train.rows()))));
    DsmBatch batch = makeDsmBatch(x0, b, m_config.tMin, m_config.tMax, rng);
    m_net.zeroGrad();
    const double loss = dsmLoss(batch.xt, batch.t, batch.noise, true);
    m_adam.step(m_net.params());
    ++m_steps;
    return loss;
}

DsmBatch makeDsmBatch(const Eigen::MatrixXd &points, int count, double tMin, double tMax,
                      math::Rng &rng)
{
    DsmBatch b;
    const int dim = int(points.cols());
    b.t.resize(count);
    b.noise = rng.normalMatrix(count, dim, 1.0);
    b.xt.resize(count, dim);
    const double lo = std::log(tMin);
    const double hi = std::log(tMax);
    for (int i = 0; i < count; ++i) {
        const double t = std::exp(rng.uniform(lo, hi));
        b.t(i) = t;
        // x_t = e^{−t} x_0 + √Δ_t ξ (arXiv 2505.17638 §1).
        b.xt.row(i) = std::exp(-t) * points.row(i % points.rows())
                      + std::sqrt(ouDelta(t)) * b.noise.row(i);
    }
    return b;
}

} // namespace paperlab::papers::diffusionmemorization
