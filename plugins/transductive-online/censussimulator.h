// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once
// The census of every class on 2 to 4 points (sheet §8): the (LD, M_tr) histogram, with
// progress and cancel between steps.

#include "census.h"

#include <paperlab/simulator.h>

#include <optional>

namespace paperlab::papers::transductiveonline {

class CensusSimulator final : public SteppedSimulator
{
public:
    void reset(const ParameterSet &parameters) override;
    bool finished() const override { return m_census->finished(); }
    std::shared_ptr<Snapshot> snapshot() const override;

private:
    void step() override { m_census->step(); }

    std::optional<Census> m_census;
};

} // namespace paperlab::papers::transductiveonline
