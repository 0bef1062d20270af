// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once
// The census of every class on 2 to 4 points (sheet §8): the (LD, M_tr) histogram, with
// progress and cancel between steps; or a seeded random search on up to 6 points, shown as
// exploration (sheet §8, "observed but not robust").

#include "census.h"

#include <paperlab/simulator.h>

#include <optional>

namespace paperlab::papers::transductiveonline {

class CensusSimulator final : public SteppedSimulator
{
public:
    void reset(const ParameterSet &parameters) override;
    bool finished() const override;
    std::shared_ptr<Snapshot> snapshot() const override;

private:
    void step() override;
    std::shared_ptr<Snapshot> randomSnapshot() const;

    std::optional<Census> m_census;          // census_mode = exhaustive
    std::optional<RandomCensus> m_random;    // census_mode = random
};

} // namespace paperlab::papers::transductiveonline
