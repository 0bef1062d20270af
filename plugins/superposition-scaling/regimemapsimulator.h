// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "runset.h"

#include <paperlab/simulator.h>

#include <memory>
#include <vector>

namespace paperlab::papers::superpositionscaling {

/// A small version of the paper's phase diagram (arXiv 2505.10465 Fig. 5e / App. B.2): for
/// every (gamma, alpha) cell, a scaling sweep over the widths, reduced to the fitted
/// exponent alpha_m and to phi_1/2 at the largest width. Cells are computed one after the
/// other (their widths in parallel threads) in chunks of training steps, so the map fills in
/// with progress and can be paused or cancelled at any point.
class RegimeMapSimulator final : public SteppedSimulator
{
public:
    RegimeMapSimulator();
    ~RegimeMapSimulator() override;

    void reset(const ParameterSet &parameters) override;
    bool finished() const override;
    std::shared_ptr<Snapshot> snapshot() const override;

private:
    struct Cell
    {
        double alphaM;
        double alphaMSe;
        double phiHalfLargest;
        double phiHalfMean;
    };

    void step() override;
    std::vector<RunSpec> specsFor(int cell) const;

    TrainConfig m_config;
    std::vector<int> m_widths;
    std::vector<double> m_gammas;
    std::vector<double> m_alphas;
    quint64 m_seed = 1;
    std::vector<Cell> m_cells; // row-major: gamma index * alphas + alpha index
    int m_done = 0;            // cells finished
    std::unique_ptr<RunSet> m_current;
    int m_chunk = 1;
    qint64 m_step = 0;
};

} // namespace paperlab::papers::superpositionscaling
