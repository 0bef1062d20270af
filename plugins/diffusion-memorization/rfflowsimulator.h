// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "rfflow.h"

#include <paperlab/simulator.h>

#include <vector>

namespace paperlab::papers::diffusionmemorization {

/// `rf-gep-flow`: the random-features theory of arXiv 2505.17638 §3. One step is one ψ_n (two
/// in parallel on two cores): build the Gaussian-equivalent U, decompose it once, evaluate
/// the closed-form training curves and extract τ_gen and τ_mem. Finished after the sweep.
class RfFlowSimulator final : public SteppedSimulator
{
public:
    void reset(const ParameterSet &parameters) override;
    bool finished() const override;
    std::shared_ptr<Snapshot> snapshot() const override;

private:
    void step() override;
    void rebuildCache();

    RfConstants m_c;
    RfDraws m_draws;
    int m_d = 0;
    int m_p = 0;
    double m_psiP = 0.0;
    double m_fitMin = 1.0;
    double m_fitMax = 8.0;
    std::vector<int> m_n;
    std::vector<double> m_grid;
    std::vector<RfPointResult> m_results; // by sweep index; ok == false until computed
    size_t m_next = 0;
    qint64 m_steps = 0;
    Snapshot m_cache; // series, bars, tables and readouts of the finished points
};

} // namespace paperlab::papers::diffusionmemorization
