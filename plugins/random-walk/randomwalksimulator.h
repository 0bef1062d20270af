// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/math/rng.h>
#include <paperlab/simulator.h>

#include <vector>

namespace paperlab::papers::randomwalk {

/// N independent Gaussian walkers x ← x + μ + σξ. The sample variance after t steps is
/// compared with its exact expectation s₀² + σ²t, and the sample mean with x̄₀ + μt, where
/// x̄₀ and s₀² are those of the starting positions (all 0 unless a "start" file gives them).
class RandomWalkSimulator final : public SteppedSimulator
{
public:
    void reset(const ParameterSet &parameters) override;
    void applyLive(const ParameterSet &parameters) override;
    void command(const QString &id, const QVariantMap &arguments) override;
    bool finished() const override;
    std::shared_ptr<Snapshot> snapshot() const override;

private:
    void step() override;
    /// The "start" file's numbers; throws InputError naming the line of a bad one.
    static std::vector<double> readPositions(const QString &path);

    math::Rng m_rng{1};
    std::vector<double> m_x;
    double m_sigma = 1.0;
    double m_drift = 0.0;
    double m_driftIntegral = 0.0; // Σ μ over the steps taken: the exact expected mean
    double m_kicks = 0.0;         // Σ of deterministic kicks
    double m_startMean = 0.0;     // x̄₀ and s₀² of the starting positions
    double m_startVariance = 0.0;
    qint64 m_step = 0;
    qint64 m_steps = 0;
    std::vector<double> m_t, m_mean, m_variance;
};

} // namespace paperlab::papers::randomwalk
