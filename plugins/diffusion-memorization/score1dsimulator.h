// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "diffusion.h"

#include <paperlab/simulator.h>

namespace paperlab::papers::diffusionmemorization {

/// `score-1d`: the picture of arXiv 2505.17638 Fig. 1 (top left). The exact empirical score
/// of n points from ½N(−m, s²) + ½N(m, s²) against the population score at time t, with the
/// log-densities, and samples of the backward SDE driven by the empirical score, which land
/// on the training points. One step; the time t is live.
class Score1dSimulator final : public Simulator
{
public:
    void reset(const ParameterSet &parameters) override;
    void applyLive(const ParameterSet &parameters) override;
    void advance(std::chrono::milliseconds budget) override;
    bool finished() const override { return m_done; }
    std::shared_ptr<Snapshot> snapshot() const override;

private:
    GaussianMixture m_mix;
    Eigen::MatrixXd m_train;
    Eigen::MatrixXd m_samples;
    MemorisedFraction m_fmem;
    quint64 m_seed = 1;
    double m_t = 0.02;
    bool m_done = false;
};

} // namespace paperlab::papers::diffusionmemorization
