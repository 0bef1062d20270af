#pragma once

#include <paperlab/math/rng.h>
#include <paperlab/simulator.h>

#include <vector>

namespace @IDENT@ {

/// Flips a coin with P(heads) = p, one flip per step, and records the fraction of heads:
/// of all flips so far, or of the most recent `window` flips.
class FlipsSimulator final : public paperlab::SteppedSimulator
{
public:
    void reset(const paperlab::ParameterSet &parameters) override;
    bool finished() const override;
    std::shared_ptr<paperlab::Snapshot> snapshot() const override;

private:
    void step() override;

    paperlab::math::Rng m_rng{1};
    double m_p = 0.5;
    qint64 m_flips = 0;
    bool m_recent = false;   // estimate from the last kWindow flips only
    bool m_band = true;      // report the p ± 2 SE band
    std::vector<int> m_outcomes;
    std::vector<double> m_n, m_fraction;
};

} // namespace @IDENT@
