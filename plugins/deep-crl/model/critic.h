// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "contrastiveloss.h"
#include "encoder.h"
#include "randomwalk.h"
#include "u4maze.h"

#include <paperlab/math/optim.h>
#include <paperlab/math/rng.h>

#include <memory>
#include <cstdint>
#include <vector>

namespace paperlab::papers::deepcrl {

/// Settings of one contrastive critic (sheet §7.2 defaults).
struct CriticConfig
{
    int depth = 8;
    bool skips = true;
    int width = 64;
    int repDim = 16;
    double gamma = 0.97;
    int batch = 128;
    double learningRate = 1e-3;
    double penalty = 0.1;
};

/// The four evaluation goals of U4_MAZE_EVAL as states (centre sub-cells, sheet §7.2).
std::vector<int> evaluationGoals(const U4Maze &maze);

/// Greedy policy of one critic toward one goal, over every state of the maze.
struct ValueMap
{
    int goal = 0;
    std::vector<double> value;   ///< V(s) = max_a Q(s, a, g), per state
    std::vector<int> greedy;     ///< argmax_a Q(s, a, g), per state
    double optimalFraction = 0.0; ///< share of non-goal states whose greedy move is optimal
};

/// A state-action encoder phi(x, y, onehot(a)) and a goal encoder psi(x, y) trained with the
/// authors' InfoNCE on offline random walks, with Adam (sheet §7.2). One training step is one
/// batch. Deterministic given the data, the config and the seed; one instance per thread.
class CriticTrainer
{
public:
    /// @p seed fixes the initial weights and the batch stream. Two trainers that differ only
    /// in skips start from the same weights and see the same batches.
    CriticTrainer(const U4Maze &maze, std::shared_ptr<const RandomWalkData> data,
                  const CriticConfig &config, uint64_t seed);

    const CriticConfig &config() const { return m_config; }

    /// One Adam step on a fresh batch; returns the batch's ContrastiveLoss::infoNce.
    double step();
    int stepsDone() const { return int(m_infoNce.size()); }
    const std::vector<double> &infoNceHistory() const { return m_infoNce; }
    /// Mean InfoNCE over the last @p window steps (NaN before the first step).
    double recentInfoNce(int window = 50) const;

    /// Q-values, greedy actions and the optimal-action share toward each of @p goals (phi of
    /// every state-action pair is computed once for all goals).
    std::vector<ValueMap> valueMaps(const std::vector<int> &goals);
    ValueMap qMap(int goal) { return valueMaps({goal}).front(); }
    /// Mean optimal-action share over the four evaluation goals of U4_MAZE_EVAL.
    double optimalActionFraction();
    /// Greedy moves from @p start; the visited states. Stops at @p goal, after @p maxSteps
    /// moves, or on entering a state visited before: the greedy policy is deterministic, so
    /// from there it cycles forever (see rolloutLoop()).
    std::vector<int> greedyRollout(int start, int goal, int maxSteps);
    static std::vector<int> greedyRollout(const U4Maze &maze, const ValueMap &map, int start,
                                          int maxSteps);
    /// Moves in the cycle a rollout ended in: 1 when the greedy move runs into a wall, 2 or
    /// more for a loop between states; 0 if it did not end in a cycle.
    static int rolloutLoop(const std::vector<int> &path);

    /// Replaces the training data (the online mode's growing replay buffer).
    void setData(std::shared_ptr<const RandomWalkData> data) { m_data = std::move(data); }

    Encoder &phi() { return *m_phi; }
    Encoder &psi() { return *m_psi; }

private:
    Eigen::MatrixXd stateActionInput(const std::vector<int> &states,
                                     const std::vector<int> &actions) const;
    Eigen::MatrixXd goalInput(const std::vector<int> &goals) const;

    const U4Maze &m_maze;
    std::shared_ptr<const RandomWalkData> m_data;
    CriticConfig m_config;
    FutureOffsetSampler m_sampler;
    math::Rng m_batchRng;
    std::unique_ptr<Encoder> m_phi;
    std::unique_ptr<Encoder> m_psi;
    std::vector<math::ParamRef> m_params;
    math::Adam m_adam;
    std::vector<double> m_infoNce;
};

} // namespace paperlab::papers::deepcrl
