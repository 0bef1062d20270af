// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// Times the `strong` scaling sweep (n = 1000, alpha = 1, gamma = -1, batch 256, 4000 steps,
// warm-up 400, lr 1e-2, m = 10 ... 100; issue target: at most 15 s on 2 cores) with the
// sparse-aware kernel, and the same computation done the straightforward dense way.
//
//   bench_superposition_scaling [--steps N] [--threads T] [--gamma G] [--alpha A]
//                               [--seed S] [--quick] [--no-dense] [--dense-steps N]
//
// The dense run can be shortened with --dense-steps; its time is then scaled to the full
// number of steps (the cost per step is constant), and reported as an extrapolation.

#include "analysis.h"
#include "runset.h"

#include <paperlab/benchmeasure.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using namespace paperlab::papers::superpositionscaling;

namespace {

struct Timed
{
    double seconds = 0.0;
    std::vector<double> losses;
    std::vector<double> phiHalf;
    double alpha = 0.0;
    double alphaSe = 0.0;
    double overlapTimesM = 0.0;
};

Timed runSweep(const TrainConfig &base, const std::vector<int> &widths, uint64_t seed,
               int threads, Backend backend)
{
    TrainConfig config = base;
    config.backend = backend;
    std::vector<RunSpec> specs;
    for (int m : widths)
        specs.push_back({config.gamma, config.alpha, m});
    const auto t0 = std::chrono::steady_clock::now();
    RunSet runs(config, specs, seed);
    runs.advanceTo(config.steps, threads);
    runs.summarise(threads);
    const auto t1 = std::chrono::steady_clock::now();
    Timed out;
    out.seconds = std::chrono::duration<double>(t1 - t0).count();
    std::vector<double> ms;
    for (int k = 0; k < runs.size(); ++k) {
        ms.push_back(widths[size_t(k)]);
        out.losses.push_back(runs.summary(k).loss);
        out.phiHalf.push_back(runs.summary(k).phiHalf);
    }
    const ScalingFit fit = fitScaling(ms, out.losses);
    out.alpha = fit.alpha;
    out.alphaSe = fit.se;
    out.overlapTimesM = runs.summary(runs.size() - 1).meanSqOverlap * widths.back();
    return out;
}

void print(const char *label, const Timed &t, const std::vector<int> &widths)
{
    std::printf("%-28s %7.2f s   alpha_m = %.3f +- %.3f   m*overlap(m=%d) = %.3f\n", label,
                t.seconds, t.alpha, t.alphaSe, widths.back(), t.overlapTimesM);
    std::printf("%-28s", "   losses");
    for (double l : t.losses)
        std::printf(" %.4f", l);
    std::printf("\n%-28s", "   phi_1/2");
    for (double p : t.phiHalf)
        std::printf(" %.3f", p);
    std::printf("\n");
}

} // namespace

int main(int argc, char **argv)
{
    TrainConfig config;
    config.n = 1000;
    config.alpha = 1.0;
    config.gamma = -1.0;
    config.batch = 256;
    config.steps = 4000;
    config.warmup = 400;
    config.lr = 1e-2;
    int threads = 2;
    int denseSteps = -1;
    bool dense = true;
    bool quick = false;
    uint64_t seed = 1;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool hasValue = i + 1 < argc;
        if (a == "--steps" && hasValue)
            config.steps = std::atoi(argv[++i]);
        else if (a == "--threads" && hasValue)
            threads = std::atoi(argv[++i]);
        else if (a == "--gamma" && hasValue)
            config.gamma = std::atof(argv[++i]);
        else if (a == "--alpha" && hasValue)
            config.alpha = std::atof(argv[++i]);
        else if (a == "--seed" && hasValue)
            seed = std::strtoull(argv[++i], nullptr, 10);
        else if (a == "--dense-steps" && hasValue)
            denseSteps = std::atoi(argv[++i]);
        else if (a == "--quick")
            quick = true;
        else if (a == "--no-dense")
            dense = false;
        else {
            std::fprintf(stderr, "unknown argument %s\n", argv[i]);
            return 2;
        }
    }
    std::vector<int> widths = {10, 15, 25, 39, 63, 100};
    if (quick) { // the `quick` preset: n = 500, 3000 steps, m = 8 ... 48
        config.n = 500;
        if (config.steps == 4000)
            config.steps = 3000;
        widths = {8, 12, 16, 24, 32, 48};
    }
    config.warmup = config.steps / 10;
    std::printf("n = %d, alpha = %g, gamma = %g, batch %d, %d steps, %d threads\n", config.n,
                config.alpha, config.gamma, config.batch, config.steps, threads);

    const Timed sparse = runSweep(config, widths, seed, threads, Backend::Sparse);
    print("sparse-aware (float)", sparse, widths);
    if (!quick && config.steps == 4000 && config.n == 1000)
        paperlab::bench::reportMeasure("superposition-scaling: strong sweep (m = 10 ... 100)",
                                       sparse.seconds, "s", "<= 15");
    if (!dense)
        return 0;
    TrainConfig denseConfig = config;
    if (denseSteps > 0 && denseSteps < config.steps) {
        denseConfig.steps = denseSteps;
        denseConfig.warmup = denseSteps / 10;
    }
    const Timed reference = runSweep(denseConfig, widths, seed, threads, Backend::Dense);
    const double scale = double(config.steps) / double(denseConfig.steps);
    print(scale > 1.0 ? "dense (float), shortened" : "dense (float)", reference, widths);
    std::printf("dense time for %d steps: %.2f s%s; speed-up %.1fx\n", config.steps,
                reference.seconds * scale, scale > 1.0 ? " (extrapolated)" : "",
                reference.seconds * scale / sparse.seconds);
    return 0;
}
