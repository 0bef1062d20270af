// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "critic.h"

#include <paperlab/math/rng.h>

#include <memory>
#include <vector>

namespace paperlab::papers::deepcrl {

/// The online mode's replay buffer (sheet §7.5; the authors' TrajectoryUniformSamplingQueue):
/// whole episodes of one length, the oldest dropped beyond @p capacity episodes. data() is an
/// immutable copy that a CriticTrainer samples batches from, as from the offline walks.
class ReplayBuffer
{
public:
    ReplayBuffer(int episodeLength, int capacity);

    /// Appends one episode (length + 1 states, length actions).
    void add(std::vector<int> states, std::vector<int> actions);
    int episodes() const { return int(m_data->states.size()); }
    long long transitions() const { return (long long)episodes() * m_data->length; }
    std::shared_ptr<const RandomWalkData> data() const { return m_data; }

private:
    int m_capacity;
    std::shared_ptr<const RandomWalkData> m_data;
};

/// Moves @p length times from @p start: with probability @p epsilon a uniform move, else the
/// greedy move of @p map (epsilon = 1 is a random walk, 0 the greedy policy). Returns the
/// visited states; @p actions receives the moves taken.
std::vector<int> collectEpisode(const U4Maze &maze, const ValueMap &map, int start, int length,
                                double epsilon, math::Rng &rng, std::vector<int> &actions);

/// Steps of an episode spent at @p goal, not counting the start (the paper's "time at goal",
/// here out of the episode length rather than 1000).
int timeAtGoal(const std::vector<int> &states, int goal);

} // namespace paperlab::papers::deepcrl
