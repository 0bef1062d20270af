// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "gatearithmetic.h"

#include <paperlab/simulator.h>

namespace paperlab::papers::gatedattention {

/// Exact parameter arithmetic of the gates (paper Table 1's added-parameter column) and the
/// layout of the authors' fused q_proj output (sheet §5, §8.5(v)). One step computes it all.
class GateArithmeticSimulator final : public SteppedSimulator
{
public:
    void reset(const ParameterSet &parameters) override;
    bool finished() const override { return m_done; }
    std::shared_ptr<Snapshot> snapshot() const override;

private:
    void step() override { m_done = true; }

    AttentionShape m_shape;
    bool m_done = false;
};

} // namespace paperlab::papers::gatedattention
