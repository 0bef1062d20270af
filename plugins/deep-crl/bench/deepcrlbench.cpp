// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// Benchmark of the deep-crl critic (arXiv 2503.14858, sheet §7): wall time of the
// residual-necessity and depth-compare presets trained as the simulator trains them (one
// model per worker, deepest first), and the cost of one training step at depth 32, width 64,
// batch 128, split into its parts. Targets (issue 18): residual-necessity <= 30 s and
// depth-compare <= 60 s of wall time on 2 cores. Run by hand; prints numbers, asserts nothing.
//
// Usage: bench_deep_crl [threads (default 2)] [--step-only]

#include "critic.h"

#include <paperlab/benchmeasure.h>
#include <paperlab/math/parallel.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

using namespace paperlab::papers::deepcrl;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::time_point from)
{
    return std::chrono::duration<double>(Clock::now() - from).count();
}

// CPU time of the calling thread: on a shared machine the wall time also counts other
// processes, the CPU time only this work.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + 1e-9 * double(ts.tv_nsec);
}

struct Spec
{
    int depth;
    bool skips;
};

// Trains every spec for `steps` steps on `threads` workers; returns the wall time and prints
// each model's CPU time, from which the wall time on idle cores follows.
double trainSideBySide(const std::vector<Spec> &specs, int steps, int threads)
{
    const U4Maze maze(3);
    const auto data = randomWalkData(maze, 200, 400, 1);
    const auto start = Clock::now();
    paperlab::math::parallelFor(int(specs.size()), threads, [&](int k) {
        CriticConfig c;
        c.depth = specs[size_t(k)].depth;
        c.skips = specs[size_t(k)].skips;
        CriticTrainer t(maze, data, c, 1);
        const auto t0 = Clock::now();
        const double cpu0 = threadCpuSeconds();
        for (int s = 0; s < steps; ++s)
            t.step();
        std::printf("  depth %2d %-8s: loss %.3f, optimal moves %.3f, %.1f s wall, %.1f s CPU\n",
                    c.depth, c.skips ? "skips" : "no skips", t.recentInfoNce(50),
                    t.optimalActionFraction(), seconds(t0), threadCpuSeconds() - cpu0);
        std::fflush(stdout);
    });
    return seconds(start);
}

void stepBreakdown()
{
    const U4Maze maze(3);
    const auto data = randomWalkData(maze, 200, 400, 1);
    CriticConfig c;
    c.depth = 32;
    CriticTrainer t(maze, data, c, 1);
    for (int k = 0; k < 5; ++k)
        t.step(); // warm-up
    const int steps = 100;
    auto start = Clock::now();
    const double cpu0 = threadCpuSeconds();
    for (int k = 0; k < steps; ++k)
        t.step();
    const double perStep = seconds(start) / steps;
    std::printf("one training step (depth 32, width 64, batch 128): %.2f ms wall, %.2f ms CPU\n",
                1e3 * perStep, 1e3 * (threadCpuSeconds() - cpu0) / steps);
    paperlab::bench::reportMeasure("deep-crl: one training step (depth 32, width 64, batch 128)",
                                   1e3 * perStep, "ms");

    // The parts, timed separately on the same shapes.
    paperlab::math::Rng rng(5);
    const FutureOffsetSampler sampler(c.gamma);
    const int reps = 50;
    double tBatch = 0, tFwd = 0, tLoss = 0, tBwd = 0;
    Eigen::MatrixXd xPhi = rng.normalMatrix(c.batch, 6, 1.0);
    Eigen::MatrixXd xPsi = rng.normalMatrix(c.batch, 2, 1.0);
    for (int k = 0; k < reps; ++k) {
        auto t0 = Clock::now();
        const Batch b = sampleBatch(*data, sampler, c.batch, rng);
        tBatch += seconds(t0);
        t0 = Clock::now();
        const Eigen::MatrixXd phi = t.phi().forward(xPhi);
        const Eigen::MatrixXd psi = t.psi().forward(xPsi);
        tFwd += seconds(t0);
        t0 = Clock::now();
        const ContrastiveLoss l = contrastiveLoss(phi, psi, c.penalty);
        tLoss += seconds(t0);
        t0 = Clock::now();
        t.phi().zeroGrad();
        t.psi().zeroGrad();
        t.phi().backward(l.gradPhi);
        t.psi().backward(l.gradPsi);
        tBwd += seconds(t0);
    }
    std::vector<paperlab::math::ParamRef> params = t.phi().params();
    const auto p2 = t.psi().params();
    params.insert(params.end(), p2.begin(), p2.end());
    paperlab::math::Adam adam(1e-3);
    auto t0 = Clock::now();
    for (int k = 0; k < reps; ++k)
        adam.step(params);
    const double tAdam = seconds(t0);
    const double total = tBatch + tFwd + tLoss + tBwd + tAdam;
    const auto part = [&](const char *name, double t) {
        std::printf("  %-16s %6.2f ms (%4.1f%%)\n", name, 1e3 * t / reps, 100 * t / total);
    };
    part("batch sampling", tBatch);
    part("forward phi+psi", tFwd);
    part("loss + gradient", tLoss);
    part("backward", tBwd);
    part("Adam", tAdam);
    std::printf("  parameters: %lld per encoder pair\n",
                encoderParameterCount({6, 64, 32, 16, true})
                    + encoderParameterCount({2, 64, 32, 16, true}));
}

} // namespace

int main(int argc, char **argv)
{
    const int threads = argc > 1 && std::strcmp(argv[1], "--step-only") != 0 ? std::atoi(argv[1])
                                                                              : 2;
    bool stepOnly = false;
    for (int k = 1; k < argc; ++k)
        stepOnly = stepOnly || std::strcmp(argv[k], "--step-only") == 0;
    stepBreakdown();
    if (stepOnly)
        return 0;
    std::printf("residual-necessity (depth 32 with and without skips, 800 steps), %d threads:\n",
                threads);
    const double necessity = trainSideBySide({{32, true}, {32, false}}, 800, threads);
    std::printf("  wall %.1f s (target <= 30 s)\n", necessity);
    paperlab::bench::reportMeasure("deep-crl: residual-necessity preset trained", necessity, "s",
                                   "<= 30");
    std::printf("depth-compare (depths 16, 8, 4 with skips, 3000 steps), %d threads:\n", threads);
    const double compare = trainSideBySide({{16, true}, {8, true}, {4, true}}, 3000, threads);
    std::printf("  wall %.1f s (target <= 60 s)\n", compare);
    paperlab::bench::reportMeasure("deep-crl: depth-compare preset trained", compare, "s",
                                   "<= 60");
    return 0;
}
