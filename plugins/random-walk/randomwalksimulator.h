// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/math/rng.h>
#include <paperlab/simulator.h>

#include <vector>

namespace paperlab::papers::randomwalk {

/// N independent Gaussian walkers x ← x + μ + σξ. The sample variance after t steps is
/// compared with its exact expectation σ²t, and the sample mean with μt.
class RandomWalkSimulator final : public Simulator
{
public:
    void reset(const ParameterSet &parameters) override;
    void applyLive(const ParameterSet &parameters) override;
    void command(const QString &id, const QVariantMap &arguments) override;
    void advance(std::chrono::milliseconds budget) override;
    bool finished() const override;
    std::shared_ptr<Snapshot> snapshot() const override;

private:
    void stepOnce();

    math::Rng m_rng{1};
    std::vector<double> m_x;
    double m_sigma = 1.0;
    double m_drift = 0.0;
    double m_driftIntegral = 0.0; // Σ μ over the steps taken: the exact expected mean
    double m_kicks = 0.0;         // Σ of deterministic kicks
    qint64 m_step = 0;
    qint64 m_steps = 0;
    std::vector<double> m_t, m_mean, m_variance;
};

} // namespace paperlab::papers::randomwalk
