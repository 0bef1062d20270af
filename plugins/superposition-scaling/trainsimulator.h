// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "trainer.h"

#include <paperlab/simulator.h>

#include <memory>

namespace paperlab::papers::superpositionscaling {

/// Trains one toy model live (arXiv 2505.10465 §2): one simulator step is one training step.
/// Shows the loss curve, the histogram of row norms with phi_1/2 and phi_1, the overlaps
/// W W^T of the most frequent features and, for m = 2 or 3, the feature vectors themselves
/// (m = 3 projected on the plane of the two largest principal directions of the rows).
class TrainSimulator final : public SteppedSimulator
{
public:
    TrainSimulator();
    ~TrainSimulator() override;

    void reset(const ParameterSet &parameters) override;
    bool finished() const override;
    std::shared_ptr<Snapshot> snapshot() const override;

private:
    void step() override;

    std::unique_ptr<Trainer> m_trainer;
    double m_testLoss = 0.0;
    bool m_evaluated = false;
};

} // namespace paperlab::papers::superpositionscaling
