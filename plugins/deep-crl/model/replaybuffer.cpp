// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "replaybuffer.h"

#include <algorithm>
#include <stdexcept>

namespace paperlab::papers::deepcrl {

ReplayBuffer::ReplayBuffer(int episodeLength, int capacity)
    : m_capacity(capacity)
{
    auto data = std::make_shared<RandomWalkData>();
    data->length = episodeLength;
    m_data = std::move(data);
}

void ReplayBuffer::add(std::vector<int> states, std::vector<int> actions)
{
    if (int(actions.size()) != m_data->length || states.size() != actions.size() + 1)
        throw std::invalid_argument("episode length differs from the buffer's");
    // Copy on write: a trainer may still hold the previous data().
    auto next = std::make_shared<RandomWalkData>(*m_data);
    next->states.push_back(std::move(states));
    next->actions.push_back(std::move(actions));
    if (int(next->states.size()) > m_capacity) {
        next->states.erase(next->states.begin());
        next->actions.erase(next->actions.begin());
    }
    m_data = std::move(next);
}

std::vector<int> collectEpisode(const U4Maze &maze, const ValueMap &map, int start, int length,
                                double epsilon, math::Rng &rng, std::vector<int> &actions)
{
    std::vector<int> states{start};
    actions.clear();
    for (int t = 0; t < length; ++t) {
        const int s = states.back();
        const int a = rng.uniform() < epsilon ? int(rng.below(kActionCount))
                                              : map.greedy[size_t(s)];
        actions.push_back(a);
        states.push_back(maze.next(s, a));
    }
    return states;
}

int timeAtGoal(const std::vector<int> &states, int goal)
{
    return int(std::count(states.begin() + 1, states.end(), goal));
}

} // namespace paperlab::papers::deepcrl
