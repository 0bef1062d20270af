// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// Benchmark of the transductive-online solvers (issue 19): the census of all 65,535 classes
// on 4 points (target <= 2 s) and the interactive actions of the game on a class of 64
// hypotheses on 8 points (target <= 50 ms each), and the steps of the random search on 5 and
// 6 points. Not a test: it prints wall-clock times.
#include "census.h"
#include "game.h"

#include <paperlab/benchmeasure.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

using namespace paperlab::papers::transductiveonline;

namespace {

volatile int g_sink = 0; // keeps the timed calls from being optimised away

// Median wall time of `repeats` runs, in milliseconds.
double medianMs(int repeats, const std::function<void()> &body)
{
    std::vector<double> ms;
    for (int i = 0; i < repeats; ++i) {
        const auto start = std::chrono::steady_clock::now();
        body();
        ms.push_back(std::chrono::duration<double, std::milli>(
                         std::chrono::steady_clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

} // namespace

int main()
{
    const double census4 = medianMs(5, [] {
        Census census(4);
        while (!census.finished())
            census.step();
        g_sink = int(census.tallied());
    });
    std::printf("census of every class on 4 points (65,535): %.1f ms (target <= 2000)\n",
                census4);
    paperlab::bench::reportMeasure("transductive-online: census of every class on 4 points",
                                   census4, "ms", "<= 2000");

    // The random search (exploration) on 6 points: its longest step is one chunk of classes,
    // which must stay well under the 2 s chunk limit (architecture §7.2) to keep cancel prompt.
    for (const int points : {5, 6}) {
        RandomCensus search(points, 2000, 1);
        double longest = 0;
        const double all = medianMs(1, [&] {
            while (!search.finished())
                longest = std::max(longest, medianMs(1, [&] { search.step(); }));
        });
        std::printf("random search, 2,000 classes on %d points: %.0f ms, longest step %.1f ms "
                    "(target <= 100)\n",
                    points, all, longest);
        paperlab::bench::reportMeasure("transductive-online: longest random-search step, " +
                                           std::to_string(points) + " points",
                                       longest, "ms", "<= 100");
    }

    const Sequence order{0, 1, 2, 3, 4, 5, 6, 7};
    double slowestAction = 0;
    for (std::uint64_t seed = 1; seed <= 3; ++seed) {
        const HypothesisClass big = randomClass(8, 64, seed);
        const double ld = medianMs(5, [&] { g_sink = HypothesisClass(big).littlestone(); });
        const double soa = medianMs(5, [&] {
            g_sink = HypothesisClass(big).worstCase(Learner::Soa, order);
        });
        const double rankLearner = medianMs(5, [&] { g_sink = big.worstCase(Learner::Rank, order); });
        const double adversary = medianMs(5, [&] {
            g_sink = int(HypothesisClass(big).playAlgorithm1(Learner::Soa, order, 0.25).size());
        });
        const double mtr = medianMs(3, [&] { g_sink = big.transductiveValue(); });
        std::printf("64 hypotheses on 8 points (seed %llu): LD %.3f ms, SOA worst case %.3f ms, "
                    "rank learner worst case %.3f ms, Algorithm 1 run %.3f ms (target <= 50 "
                    "each); M_tr (up to 109,601 sequences) %.0f ms\n",
                    static_cast<unsigned long long>(seed), ld, soa, rankLearner, adversary, mtr);
        slowestAction = std::max({slowestAction, ld, soa, rankLearner, adversary});
    }
    paperlab::bench::reportMeasure("transductive-online: slowest game action, 64 hypotheses "
                                   "on 8 points", slowestAction, "ms", "<= 50");
    return 0;
}
