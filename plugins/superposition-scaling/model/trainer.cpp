// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "trainer.h"

#include <limits>

namespace paperlab::papers::superpositionscaling {

math::WarmupCosine authorsSchedule(double peak, int warmup, int steps)
{
    return math::WarmupCosine{peak, warmup, steps, 0.05}; // eta_min = 0.05 eta
}

Trainer::Trainer(const TrainConfig &config, const math::Rng &stream)
    : m_config(config)
    , m_stream(stream)
    , m_data(stream.split(1))
    , m_sampler(featureProbabilities(config.n, config.law, config.alpha, config.density))
    , m_adam(config.lr, 0.9, 0.999, 1e-8)
    , m_schedule(authorsSchedule(config.lr, config.warmup, config.steps))
    , m_lastLoss(std::numeric_limits<double>::quiet_NaN())
{
    math::Rng init = stream.split(0);
    m_model = initToyModel(config.n, config.m, init);
    if (config.backend == Backend::SparseDouble)
        m_kernelDouble = std::make_unique<SparseKernel<double>>();
    else
        m_kernelFloat = std::make_unique<SparseKernel<float>>();
    m_history.reserve(size_t(std::max(config.steps, 0)));
}

void Trainer::step()
{
    if (finished())
        return;
    ToyModel &mdl = m_model;
    switch (m_config.backend) {
    case Backend::Sparse:
        m_sampler.sample(m_config.batch, m_data, m_batch);
        m_lastLoss = m_kernelFloat->lossAndGradient(m_batch, mdl.wt, mdl.b, &mdl.gradWt,
                                                    &mdl.gradB);
        m_path = m_kernelFloat->lastPath();
        break;
    case Backend::SparseDouble:
        m_sampler.sample(m_config.batch, m_data, m_batch);
        m_lastLoss = m_kernelDouble->lossAndGradient(m_batch, mdl.wt, mdl.b, &mdl.gradWt,
                                                     &mdl.gradB);
        m_path = m_kernelDouble->lastPath();
        break;
    case Backend::Dense: {
        const Eigen::MatrixXd x = sampleDense(probabilities(), m_config.batch, m_data);
        m_lastLoss = denseLossAndGradient<float>(x, mdl.W(), mdl.b, &m_denseGradW, &mdl.gradB);
        mdl.gradWt = m_denseGradW.transpose();
        m_path = BackwardPath::Dense;
        break;
    }
    }
    // exp/adamw.py: decay or growth of W first, with the scheduled rate, then Adam.
    const double eta = m_schedule.at(m_step);
    applyDecayGrowth(mdl.wt, m_config.gamma, eta);
    m_adam.setLearningRate(eta);
    m_adam.step(mdl.params());
    m_history.push_back(float(m_lastLoss));
    ++m_step;
}

double Trainer::evaluate(int batches) const
{
    math::Rng rng = m_stream.split(2);
    double total = 0.0;
    if (m_config.backend == Backend::Dense) {
        const Eigen::MatrixXd W = m_model.W();
        for (int k = 0; k < batches; ++k) {
            const Eigen::MatrixXd x = sampleDense(probabilities(), m_config.batch, rng);
            total += denseLossAndGradient<float>(x, W, m_model.b, nullptr, nullptr);
        }
        return total / double(std::max(batches, 1));
    }
    SparseSampler sampler(probabilities());
    SparseBatch batch;
    SparseKernel<float> kernel;
    for (int k = 0; k < batches; ++k) {
        sampler.sample(m_config.batch, rng, batch);
        total += kernel.lossAndGradient(batch, m_model.wt, m_model.b, nullptr, nullptr);
    }
    return total / double(std::max(batches, 1));
}

} // namespace paperlab::papers::superpositionscaling
