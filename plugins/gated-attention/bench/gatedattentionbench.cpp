// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// Benchmark of the sink laboratory's default preset (paper sheet §7.3: three models x 3000
// steps). Target (issue 17): <= 10 s wall on 2 cores. Prints the time of each model run alone,
// the parallel wall time and the speed-up over running the three one after the other.
// Usage: bench_gated_attention [seed] [threads]
#include "bbrun.h"

#include <paperlab/benchmeasure.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace paperlab::papers::gatedattention;

namespace {
double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// CPU time of the whole process: on a busy machine it tells how long a run would take on an
// idle core, which the wall time does not.
double processCpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

void printReadouts(const char *name, const Readouts &r)
{
    std::printf("  %-12s bos %.3f  gate %.3f / %.3f  dL(mask BOS) %+.3f  drain %.3f  "
                "copy %.3f  test loss %.3f\n",
                name, r.bosAttnNonTrigger, r.gateNonTrigger, r.gateTrigger, r.dLossMaskBos,
                r.valueDrain, r.copyAccuracy, r.testLoss);
}
} // namespace

int main(int argc, char **argv)
{
    const uint64_t seed = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1;
    const int threads = argc > 2 ? std::atoi(argv[2]) : 2;
    const RunConfig config; // the §7.3 defaults: the `default` preset
    const std::vector<GateKind> gates{GateKind::None, GateKind::Headwise, GateKind::Elementwise};

    std::printf("default preset, seed %llu: %d models x %d steps, batch %d\n",
                (unsigned long long)seed, int(gates.size()), config.steps, config.batch);
    double sequential = 0.0;
    for (GateKind g : gates) {
        BbRun run(config, g, seed);
        const auto start = std::chrono::steady_clock::now();
        const double cpu0 = processCpuSeconds();
        run.train(config.steps);
        const double s = secondsSince(start);
        sequential += s;
        std::printf("  %-12s alone: %.2f s wall, %.2f s CPU\n", gateKindId(g).c_str(), s,
                    processCpuSeconds() - cpu0);
    }
    BbLab lab(config, gates, seed);
    const auto start = std::chrono::steady_clock::now();
    const double cpu0 = processCpuSeconds();
    while (!lab.done())
        lab.train(10, threads); // the simulator's chunk of steps per model
    const double parallel = secondsSince(start);
    std::printf("sequential %.2f s, parallel on %d threads %.2f s wall, %.2f s CPU (target "
                "<= 10 s wall): speed-up %.2fx\n", sequential, threads, parallel,
                processCpuSeconds() - cpu0, sequential / parallel);
    paperlab::bench::reportMeasure("gated-attention: default preset trained (3 models)",
                                   parallel, "s", "<= 10");
    for (const auto &run : lab.runs())
        printReadouts(gateKindId(run->gate()).c_str(), run->evaluate());
    return 0;
}
