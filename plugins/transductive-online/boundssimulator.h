// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once
// Bounds and their history (sheet §4.2, §7.3): the proven curves over the Littlestone
// dimension d, the heuristic trade-off d/k + k of §2.4, where the curves cross, and the
// history of the bounds. Exact formulas, no training: finished as soon as it is reset.

#include <paperlab/simulator.h>

namespace paperlab::papers::transductiveonline {

class BoundsSimulator final : public SteppedSimulator
{
public:
    /// Reads the marked d (live: a new one only redraws the trade-off and the readouts).
    void reset(const ParameterSet &parameters) override;
    bool finished() const override { return true; }
    std::shared_ptr<Snapshot> snapshot() const override;

private:
    void step() override {}

    double m_markedD = 10000;
};

} // namespace paperlab::papers::transductiveonline
