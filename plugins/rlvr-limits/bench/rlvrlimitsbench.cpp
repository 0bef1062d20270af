// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// Benchmark of the rlvr-limits model (issue 6): a full default lab run (GRPO, distillation,
// exact pass@k up to 1024, the estimator from 1024 samples per problem; target <= 0.5 s, the
// architecture's budget ~0.2 s per seed) and the pass@k calculator on 10,000 problems with
// k = 1..1024 (target <= 1 s). Not a test: it prints wall-clock times.
#include "evaluations.h"
#include "lab.h"
#include "passkcalculator.h"

#include <paperlab/benchmeasure.h>
#include <paperlab/math/rng.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

using namespace paperlab::papers::rlvrlimits;

namespace {

struct Timing
{
    double min = 0.0;
    double median = 0.0;
};

Timing time(int repeats, const std::function<void(int)> &body)
{
    std::vector<double> ms;
    for (int r = 0; r < repeats; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        body(r);
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                .count());
    }
    std::sort(ms.begin(), ms.end());
    return {ms.front(), ms[ms.size() / 2]};
}

std::string evaluationCsv(int problems, bool distinctN)
{
    paperlab::math::Rng rng(7);
    std::string text = "model,problem,n,c\n";
    for (const char *model : {"base", "rl"}) {
        for (int j = 0; j < problems; ++j) {
            const int n = distinctN ? 1024 + j : 1024;
            text += std::string(model) + ",q" + std::to_string(j) + "," + std::to_string(n) + ","
                + std::to_string(rng.below(uint64_t(n) + 1)) + "\n";
        }
    }
    return text;
}

} // namespace

int main()
{
    volatile double sink = 0.0;
    const Timing lab
        = time(5, [&](int r) { sink = sink + runLab(LabConfig{}, uint64_t(r + 1)).pass1Rl; });
    std::printf("full default lab run (1 seed):            min %7.1f ms   median %7.1f ms   "
                "(target <= 500 ms)\n",
                lab.min, lab.median);
    paperlab::bench::reportMeasure("rlvr-limits: full default lab run (median of 5)", lab.median,
                                   "ms", "<= 500");

    // Phases of one run.
    Lab phases(LabConfig{}, 1);
    double ms[3] = {0, 0, 0};
    while (!phases.done()) {
        const int p = phases.phase() == Lab::Phase::Rl ? 0
            : phases.phase() == Lab::Phase::Distill    ? 1
                                                       : 2;
        const auto t0 = std::chrono::steady_clock::now();
        phases.step();
        ms[p] += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                     .count();
    }
    std::printf("  of which GRPO (200 steps) %.1f ms, distillation (300 steps) %.1f ms, "
                "evaluation %.1f ms\n",
                ms[0], ms[1], ms[2]);

    // What a live snapshot of the lab would cost if it evaluated the policy in training
    // exactly each time it is published (up to 30 times a second): the simulator caches it.
    Lab midway(LabConfig{}, 1);
    for (int i = 0; i < 100; ++i)
        midway.step();
    const Timing evaluate = time(20, [&](int) {
        sink = sink + midway.evaluatePolicy(midway.rlPolicy(), "rl", "RL", 100).curve.back();
    });
    std::printf("exact evaluation of the policy in training: min %7.2f ms   median %7.2f ms\n",
                evaluate.min, evaluate.median);

    for (bool distinct : {false, true}) {
        const std::string text = evaluationCsv(10000, distinct);
        EvalParseResult parsed;
        const Timing parse = time(5, [&](int) { parsed = parseEvaluations(text); });
        CalculatorResult result;
        const Timing analyse = time(5, [&](int) {
            result = analyseEvaluations(parsed.data, {1024, 0});
        });
        sink = sink + result.models[0].passAtK.back();
        std::printf(
            "calculator, 2 models x 10,000 problems, k = 1..1024, %s n:\n"
            "  parse %.1f MB CSV  min %7.1f ms   analyse min %7.1f ms   (target <= 1000 ms)\n",
            distinct ? "distinct" : "equal", double(text.size()) / 1e6, parse.min, analyse.min);
        paperlab::bench::reportMeasure(
            std::string("rlvr-limits: pass@k calculator, 2 x 10,000 problems, ") +
                (distinct ? "distinct n" : "equal n"),
            analyse.min, "ms", "<= 1000");
    }
    return sink > -1.0 ? 0 : 1;
}
