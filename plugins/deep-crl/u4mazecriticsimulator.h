// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "criticmodels.h"

#include <paperlab/simulator.h>

#include <QString>

#include <memory>
#include <vector>

namespace paperlab::papers::deepcrl {

/// The deep contrastive critic in the discretised U4 maze (arXiv 2503.14858; sheet §7.1-7.3):
/// one critic per (depth, skips) setting, all trained side by side on the same offline
/// random walks, one per worker thread. A simulator step advances every model by the same
/// number of Adam steps; at fixed step counts (every fourth simulator step) it evaluates
/// each greedy policy: the share of states whose greedy
/// move is geodesically optimal (over the four evaluation goals), V(s) = max_a Q(s, a, g) for
/// the chosen goal and a greedy rollout from the start cell to it.
///
/// The goal of the Q-map moves with "set-goal" (CriticMazeSimulator).
class U4MazeCriticSimulator final : public CriticMazeSimulator
{
public:
    U4MazeCriticSimulator();
    ~U4MazeCriticSimulator() override;

    void reset(const ParameterSet &parameters) override;
    bool finished() const override;
    std::shared_ptr<Snapshot> snapshot() const override;

private:
    struct Evaluations
    {
        std::vector<double> steps;
        std::vector<double> fraction;
    };

    void step() override;
    void evaluate(size_t model);

    std::vector<Evaluations> m_evaluations; // one per model
    int m_steps = 0;
    int m_done = 0;
    int m_chunk = 1;         ///< training steps per simulator step
    int m_evaluateEvery = 1; ///< training steps between evaluations
};

} // namespace paperlab::papers::deepcrl
