// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "u4maze.h"

#include <paperlab/math/rng.h>

#include <cstdint>
#include <memory>
#include <vector>

namespace paperlab::papers::deepcrl {

/// Offline data of the sheet's §7.2: trajectories of uniformly random actions from uniformly
/// random start states. Trajectory i has length + 1 states and length actions.
struct RandomWalkData
{
    int length = 0;
    std::vector<std::vector<int>> states;
    std::vector<std::vector<int>> actions;
};

/// @p trajectories walks of @p length steps each, drawn from @p rng.
RandomWalkData randomWalks(const U4Maze &maze, int trajectories, int length, math::Rng &rng);

/// The data set of a run with @p seed: randomWalks() on its own stream of the seed, so that
/// every model of a run, and every test, trains on the same walks for the same seed.
std::shared_ptr<const RandomWalkData> randomWalkData(const U4Maze &maze, int trajectories,
                                                     int length, uint64_t seed);

/// Offsets Delta >= 1 to a future state of the same trajectory with P(Delta) proportional to
/// gamma^Delta, truncated at the trajectory end (the authors' buffer.py::flatten_crl_fn,
/// with the sheet's gamma). maxOffset is how many states remain after the current one.
class FutureOffsetSampler
{
public:
    explicit FutureOffsetSampler(double gamma) : m_gamma(gamma) {}

    double gamma() const { return m_gamma; }

    /// One draw in [1, maxOffset] by inversion of the truncated geometric law.
    int sample(int maxOffset, math::Rng &rng) const;

    /// P(Delta = k | maxOffset): (1 - gamma) gamma^(k-1) / (1 - gamma^maxOffset).
    double probability(int k, int maxOffset) const;

private:
    double m_gamma;
};

/// One training batch: rows are (state, action, future goal) triples.
struct Batch
{
    std::vector<int> states;
    std::vector<int> actions;
    std::vector<int> goals;
};

/// Draws @p size triples: a uniform trajectory, a uniform time step with an action, and a
/// future goal from @p sampler.
Batch sampleBatch(const RandomWalkData &data, const FutureOffsetSampler &sampler, int size,
                  math::Rng &rng);

} // namespace paperlab::papers::deepcrl
