// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "lab.h"

#include <paperlab/simulator.h>

#include <memory>
#include <vector>

namespace paperlab::papers::rlvrlimits {

/// The toy RLVR laboratory (paper sheet §7.1): GRPO on a tabular path policy, checkpoints,
/// distillation, exact pass@k and the unbiased estimator, then an optional seed sweep.
/// One step is one RL step, one distillation step, the final evaluation, or one pair of
/// sweep seeds (run in parallel, each on its own random stream).
class TabularRlvrSimulator final : public SteppedSimulator
{
public:
    void reset(const ParameterSet &parameters) override;
    void applyLive(const ParameterSet &parameters) override;
    bool finished() const override;
    std::shared_ptr<Snapshot> snapshot() const override;

    /// The lab configuration a parameter set describes.
    static LabConfig configFrom(const ParameterSet &parameters);

private:
    void step() override;
    void addSweep(Snapshot &s) const;

    // The exact evaluation of a policy still in training (about 1 ms), kept for the training
    // step it was made at: snapshot() runs up to 30 times a second, the policy changes only
    // at a step.
    struct EvaluationAtStep
    {
        int step = -1;
        ModelEvaluation value;
        template <typename Evaluate>
        const ModelEvaluation &get(int atStep, Evaluate &&evaluate)
        {
            if (step != atStep) {
                value = evaluate();
                step = atStep;
            }
            return value;
        }
    };

    LabConfig m_config;
    quint64 m_seed = 1;
    std::unique_ptr<Lab> m_lab;
    int m_sweepSeeds = 0; // including the main run; 0 or 1: no sweep
    std::vector<LabResult> m_sweep; // results of seeds seed, seed + 1, ...
    qint64 m_step = 0;
    mutable EvaluationAtStep m_rlSoFar, m_studentSoFar; // snapshot() is const, but caches

};

} // namespace paperlab::papers::rlvrlimits
