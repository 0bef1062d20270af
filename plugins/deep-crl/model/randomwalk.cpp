// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "randomwalk.h"

#include <algorithm>
#include <cmath>

namespace paperlab::papers::deepcrl {

RandomWalkData randomWalks(const U4Maze &maze, int trajectories, int length, math::Rng &rng)
{
    RandomWalkData data;
    data.length = length;
    data.states.resize(size_t(trajectories));
    data.actions.resize(size_t(trajectories));
    for (int i = 0; i < trajectories; ++i) {
        auto &s = data.states[size_t(i)];
        auto &a = data.actions[size_t(i)];
        s.reserve(size_t(length) + 1);
        a.reserve(size_t(length));
        s.push_back(int(rng.below(uint64_t(maze.stateCount()))));
        for (int t = 0; t < length; ++t) {
            const int action = int(rng.below(kActionCount));
            a.push_back(action);
            s.push_back(maze.next(s.back(), action));
        }
    }
    return data;
}

std::shared_ptr<const RandomWalkData> randomWalkData(const U4Maze &maze, int trajectories,
                                                     int length, uint64_t seed)
{
    math::Rng rng = math::Rng(seed).split(0);
    return std::make_shared<const RandomWalkData>(randomWalks(maze, trajectories, length, rng));
}

int FutureOffsetSampler::sample(int maxOffset, math::Rng &rng) const
{
    // Inverse CDF: P(Delta <= k) = (1 - gamma^k) / (1 - gamma^M).
    const double mass = 1.0 - std::pow(m_gamma, maxOffset);
    const double u = rng.uniform();
    const double k = std::ceil(std::log1p(-u * mass) / std::log(m_gamma));
    return std::clamp(int(k), 1, maxOffset);
}

double FutureOffsetSampler::probability(int k, int maxOffset) const
{
    if (k < 1 || k > maxOffset)
        return 0.0;
    return (1.0 - m_gamma) * std::pow(m_gamma, k - 1) / (1.0 - std::pow(m_gamma, maxOffset));
}

Batch sampleBatch(const RandomWalkData &data, const FutureOffsetSampler &sampler, int size,
                  math::Rng &rng)
{
    Batch b;
    b.states.reserve(size_t(size));
    b.actions.reserve(size_t(size));
    b.goals.reserve(size_t(size));
    for (int k = 0; k < size; ++k) {
        const auto i = size_t(rng.below(data.states.size()));
        const int t = int(rng.below(uint64_t(data.length)));
        const int delta = sampler.sample(data.length - t, rng);
        b.states.push_back(data.states[i][size_t(t)]);
        b.actions.push_back(data.actions[i][size_t(t)]);
        b.goals.push_back(data.states[i][size_t(t + delta)]);
    }
    return b;
}

} // namespace paperlab::papers::deepcrl
