// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// Scratch timing (replaced below).
#include "critic.h"

#include <paperlab/math/parallel.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace paperlab::papers::deepcrl;

int main(int argc, char **argv)
{
    const int depth = argc > 1 ? std::atoi(argv[1]) : 32;
    const int steps = argc > 2 ? std::atoi(argv[2]) : 800;
    const int width = argc > 3 ? std::atoi(argv[3]) : 64;
    const int batch = argc > 4 ? std::atoi(argv[4]) : 128;
    const int seeds = argc > 5 ? std::atoi(argv[5]) : 2;
    U4Maze maze;
    paperlab::math::parallelFor(2 * seeds, 2, [&](int job) {
        const int seed = job / 2 + 1;
        const bool skips = argc > 6 ? std::atoi(argv[6]) : job % 2 == 0;
        auto data = randomWalkData(maze, 200, 400, uint64_t(seed));
        CriticConfig c;
        c.depth = depth;
        c.skips = skips;
        c.width = width;
        c.batch = batch;
        CriticTrainer t(maze, data, c, uint64_t(seed));
        const auto t0 = std::chrono::steady_clock::now();
        for (int k = 0; k < steps; ++k)
            t.step();
        const double sec =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        std::printf("seed %d skips %d: loss %.3f (logB %.3f) opt %.3f  %.1f s\n", seed, skips,
                    t.recentInfoNce(), std::log(double(batch)), t.optimalActionFraction(), sec);
    });
}
