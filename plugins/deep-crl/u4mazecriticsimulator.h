// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "critic.h"

#include <paperlab/simulator.h>

#include <QString>

#include <memory>
#include <vector>

namespace paperlab::papers::deepcrl {

/// The deep contrastive critic in the discretised U4 maze (arXiv 2503.14858; sheet §7.1-7.3):
/// one critic per (depth, skips) setting, all trained side by side on the same offline
/// random walks, one per worker thread. A simulator step advances every model by the same
/// number of Adam steps, then evaluates each greedy policy: the share of states whose greedy
/// move is geodesically optimal (over the four evaluation goals), V(s) = max_a Q(s, a, g) for
/// the chosen goal and a greedy rollout from the start cell to it.
///
/// Command "set-goal" {row, col} (sub-cell coordinates) picks the goal of the Q-map and the
/// rollout without retraining.
class U4MazeCriticSimulator final : public SteppedSimulator
{
public:
    U4MazeCriticSimulator();
    ~U4MazeCriticSimulator() override;

    void reset(const ParameterSet &parameters) override;
    void command(const QString &id, const QVariantMap &arguments) override;
    bool finished() const override;
    std::shared_ptr<Snapshot> snapshot() const override;

private:
    struct Model
    {
        QString key;   // d8 or d32_noskip: the readout suffix
        QString label; // "depth 8" or "depth 32, no skips"
        std::unique_ptr<CriticTrainer> trainer;
        std::vector<double> evalSteps;
        std::vector<double> evalFraction;
        ValueMap goalMap;
        std::vector<int> rollout;
    };

    void step() override;
    void evaluate(Model &model);

    U4Maze m_maze{3};
    std::vector<Model> m_models;
    int m_steps = 0;
    int m_done = 0;
    int m_chunk = 1;
    int m_batch = 128;
    int m_goal = 0;
    int m_start = 0;
};

} // namespace paperlab::papers::deepcrl
