// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// Benchmark of the heavy step of arXiv 2505.17638's random-features theory: one ψ_n point at
// p = 1600 (build U, ONE symmetric eigendecomposition, closed-form curves on 200 τ values,
// τ_gen/τ_mem extraction), then the whole rf-scaling sweep ψ_n ∈ {1, 2, 4, 8, 16} as the
// simulator runs it (two points at a time, each with the Theorem 3.1 density on 240 λ values).
// Targets (issue 5): ≤ 2 s and ≤ 10 s.
// Run by hand; never a test.
#include "rfflow.h"
#include "rfspectrum.h"

#include <paperlab/benchmeasure.h>
#include <paperlab/math/linalg.h>
#include <paperlab/math/rng.h>

#include <chrono>
#include <cstdio>
#include <vector>

using namespace paperlab;
using namespace paperlab::papers::diffusionmemorization;

namespace {

double seconds(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

} // namespace

int main()
{
    const int d = 25;
    const int p = 1600;
    const std::vector<int> ns = {25, 50, 100, 200, 400};
    const auto t0 = std::chrono::steady_clock::now();
    const RfConstants c = rfConstants(0.1);
    const double tConstants = seconds(t0);
    const auto t1 = std::chrono::steady_clock::now();
    const RfDraws draws = drawRf(d, p, ns.back(), math::Rng(1));
    const double tDraws = seconds(t1);
    const std::vector<double> grid = logGrid(0.1, 1e6, 200);

    // One point, broken into its parts (ψ_n = 16, the largest n).
    auto t = std::chrono::steady_clock::now();
    const Eigen::MatrixXd u = gaussianEquivalentU(c, draws.w, draws.x, draws.omega);
    const double tBuild = seconds(t);
    t = std::chrono::steady_clock::now();
    const RfFlow flow(c, draws.w, u);
    const double tEigen = seconds(t);
    t = std::chrono::steady_clock::now();
    const RfCurves curves = rfCurves(flow, grid);
    const double tCurves = seconds(t);
    t = std::chrono::steady_clock::now();
    const RfTimescales ts = rfTimescales(flow, curves);
    const double tTimes = seconds(t);
    std::printf("constants (Gauss-Hermite, 120 nodes): %.3f s; draws: %.3f s\n", tConstants,
                tDraws);
    std::printf("one point, p = %d, n = %d: build U %.3f s, eigendecomposition %.3f s, "
                "200 tau values %.3f s, timescales %.3f s, total %.3f s\n",
                p, ns.back(), tBuild, tEigen, tCurves, tTimes, tBuild + tEigen + tCurves + tTimes);
    std::printf("  (tau_gen %.2f, tau_mem %.0f)\n", ts.tauGen, ts.tauMem);
    paperlab::bench::reportMeasure("diffusion-memorization: one random-features point, p = 1600",
                                   tBuild + tEigen + tCurves + tTimes, "s", "<= 2");
    t = std::chrono::steady_clock::now();
    const SpectralDensity theory(c, 64.0, 16.0);
    for (double l : logGrid(0.01, 100.0, 240))
        theory.density(l);
    std::printf("Theorem 3.1 density on 240 lambda values: %.3f s\n", seconds(t));

    // The whole preset as the simulator runs it.
    t = std::chrono::steady_clock::now();
    std::vector<RfPointResult> r(ns.size());
    const int threads = runThreads();
    for (size_t first = 0; first < ns.size(); first += size_t(threads)) {
        const int count = std::min<int>(threads, int(ns.size() - first));
        math::parallelFor(count, count, [&](int i) {
            r[first + size_t(i)] = runRfPoint(c, draws, ns[first + size_t(i)], grid, 1e-6, 240);
        });
    }
    std::printf("rf-scaling sweep (5 points, %d threads): %.3f s\n", threads, seconds(t));
    paperlab::bench::reportMeasure("diffusion-memorization: rf-scaling sweep (5 points)",
                                   seconds(t), "s", "<= 10");
    return 0;
}
