// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "memorisationrun.h"

#include <paperlab/math/rng.h>
#include <paperlab/simulator.h>

#include <memory>
#include <vector>

namespace paperlab::papers::diffusionmemorization {

/// `sampler-2d`: the diffusion-process visualiser. Forward OU noising of a 2-D training set
/// (time scrubber), reverse sampling with the exact empirical score (memorises) and with an
/// MLP trained by denoising score matching for each training-set size n, f_mem with its
/// bootstrap SE along the training time, and the 1-D empirical-vs-population score figure.
///
/// One step gives up to two networks (in parallel) one unit of work each: the first unit
/// samples with the empirical score and evaluates the untrained network, later ones are
/// blocks of kBlock Adam steps or an evaluation at a checkpoint.
class Sampler2dSimulator final : public SteppedSimulator
{
public:
    Sampler2dSimulator();
    ~Sampler2dSimulator() override;

    void reset(const ParameterSet &parameters) override;
    void applyLive(const ParameterSet &parameters) override;
    bool finished() const override;
    std::shared_ptr<Snapshot> snapshot() const override;

    static constexpr int kBlock = 50;
    static constexpr int kMaxRuns = 4;

private:
    struct Run;
    void step() override;
    void updateWindow(Run &run) const;

    MemorisationConfig m_config;
    math::Rng m_master{1};
    std::unique_ptr<SharedDraws> m_draws;
    std::vector<std::unique_ptr<Run>> m_runs;
    std::vector<int> m_schedule;
    Eigen::MatrixXd m_forwardNoise; // fixed noise of the forward cloud (common random numbers)
    Eigen::MatrixXd m_data1d;       // training points of the 1-D figure
    double m_scrubT = 0.3;
    int m_totalSteps = 0;
    size_t m_cursor = 0; // the run to serve first in the next step
    qint64 m_steps = 0;
};

} // namespace paperlab::papers::diffusionmemorization
