// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// Speed of the hivemind plugin's heavy computation (run by hand, never in CI):
//  1. the default synthetic configuration (20 prompts x 25 models x 50 responses, D = 64):
//     generate + every metric + the PCA picture; target <= 0.3 s on 2 cores;
//  2. paper scale from a .npy file (100 x 25 x 50 = 125,000 rows, D = 1536), which the
//     benchmark writes itself: load + every metric; target <= 15 s, peak RSS < 2 GiB.
//   bench_hivemind [--default-only] [--dir DIR]
// `bench_hivemind --write-demo FILE` writes the plugin's demo file (data/demo-embeddings.csv)
// from demoConfig() and exits; a test checks that the bundled file is exactly that.
#include "embeddingsio.h"
#include "generator.h"
#include "metrics.h"

#include <paperlab/benchmeasure.h>

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

using namespace paperlab::papers::hivemind;

namespace {

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// CPU seconds of the whole process (all threads): on a machine shared with other jobs the
// wall time overstates the cost, so both are printed.
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

// Load + every metric of a .npy file, in a process of its own so that its peak RSS is that
// of the measurement alone (not of writing the file).
int measureNpy(const std::string &npy)
{
    const auto t0 = std::chrono::steady_clock::now();
    const double cpu0 = cpuSeconds();
    const ImportResult loaded = readEmbeddingsNpy(npy, sidecarPathFor(npy), "sidecar");
    if (!loaded.ok()) {
        std::printf("load failed: %s\n", loaded.error->message.c_str());
        return 1;
    }
    const double tLoad = secondsSince(t0);
    const double cpuLoad = cpuSeconds() - cpu0;
    const auto t1 = std::chrono::steady_clock::now();
    const MetricResult r = analyse(loaded.set);
    const double tMetrics = secondsSince(t1);
    const auto t2 = std::chrono::steady_clock::now();
    const PromptPicture picture = promptPicture(loaded.set, 0);
    const double tPicture = secondsSince(t2);
    std::printf("paper scale (%d x %d): load %.2f s (%.2f s CPU), metrics %.2f s, PCA picture "
                "%.2f s, total %.2f s wall, %.2f s CPU (target <= 15 s); peak RSS %.0f MiB "
                "(target < 2048); intra %.3f, U@50 %.2f\n",
                loaded.set.responses(), loaded.set.dim(), tLoad, cpuLoad, tMetrics, tPicture,
                secondsSince(t0), cpuSeconds() - cpu0, peakRssMiB(), r.intraMean,
                r.uniqueSourcesMean.back());
    paperlab::bench::reportMeasure("hivemind: paper-scale .npy (125,000 x 1536) loaded and "
                                   "measured", secondsSince(t0), "s", "<= 15");
    paperlab::bench::reportMeasure("hivemind: paper-scale peak resident memory", peakRssMiB(),
                                   "MiB", "<= 2048");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    bool defaultOnly = false;
    std::string dir = "/tmp";
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--default-only") == 0)
            defaultOnly = true;
        if (std::strcmp(argv[i], "--dir") == 0 && i + 1 < argc)
            dir = argv[++i];
        if (std::strcmp(argv[i], "--measure") == 0 && i + 1 < argc)
            return measureNpy(argv[i + 1]);
        if (std::strcmp(argv[i], "--write-demo") == 0 && i + 1 < argc) {
            std::FILE *f = std::fopen(argv[i + 1], "wb");
            const std::string text = embeddingsCsv(generateSynthetic(demoConfig()));
            const bool ok = f && std::fwrite(text.data(), 1, text.size(), f) == text.size();
            if (f)
                std::fclose(f);
            std::printf("%s %s\n", ok ? "wrote" : "cannot write", argv[i + 1]);
            return ok ? 0 : 1;
        }
    }
    GeneratorConfig config;
    std::vector<double> totals;
    for (int rep = 0; rep < 3; ++rep) {
        const auto t0 = std::chrono::steady_clock::now();
        const double cpu0 = cpuSeconds();
        const EmbeddingSet set = generateSynthetic(config);
        const double tGenerate = secondsSince(t0);
        const auto t1 = std::chrono::steady_clock::now();
        const MetricResult r = analyse(set);
        const double tAnalyse = secondsSince(t1);
        const auto t2 = std::chrono::steady_clock::now();
        const PromptPicture picture = promptPicture(set, 0);
        const double tPicture = secondsSince(t2);
        std::printf("default config: generate %.3f s, metrics %.3f s, PCA picture %.3f s, "
                    "total %.3f s wall, %.3f s CPU (target <= 0.3 s); intra %.3f, U@50 %.2f\n",
                    tGenerate, tAnalyse, tPicture, secondsSince(t0), cpuSeconds() - cpu0,
                    r.intraMean,
                    r.uniqueSourcesMean.back());
        totals.push_back(secondsSince(t0));
    }
    std::sort(totals.begin(), totals.end());
    paperlab::bench::reportMeasure("hivemind: default synthetic set generated and measured "
                                   "(median of 3)", totals[totals.size() / 2], "s", "<= 0.3");
    {
        const EmbeddingSet set = generateSynthetic(config);
        MetricOptions noUnique;
        noUnique.ns = {};
        const auto t0 = std::chrono::steady_clock::now();
        analyse(set, noUnique);
        std::printf("  metrics without unique-source@N: %.3f s\n", secondsSince(t0));
        MetricOptions oneThread;
        oneThread.threads = 1;
        const auto t1 = std::chrono::steady_clock::now();
        analyse(set, oneThread);
        std::printf("  metrics on one thread: %.3f s\n", secondsSince(t1));
    }
    if (defaultOnly)
        return 0;

    GeneratorConfig paper;
    paper.prompts = 100;
    paper.dim = 1536;
    const std::string npy = dir + "/hivemind-bench-125000x1536.npy";
    {
        const auto t0 = std::chrono::steady_clock::now();
        const EmbeddingSet set = generateSynthetic(paper);
        const std::string error = writeEmbeddingsNpy(set, npy, sidecarPathFor(npy));
        if (!error.empty()) {
            std::printf("%s\n", error.c_str());
            return 1;
        }
        std::printf("wrote %s (%.1f s)\n", npy.c_str(), secondsSince(t0));
        std::fflush(stdout);
    }
    const std::string command = std::string("\"") + argv[0] + "\" --measure \"" + npy + "\"";
    const int status = std::system(command.c_str());
    if (status != 0)
        std::printf("the measurement failed (status %d)\n", status);
    if (std::getenv("HIVEMIND_BENCH_KEEP") == nullptr) {
        std::remove(npy.c_str());
        std::remove(sidecarPathFor(npy).c_str());
    }
    return status == 0 ? 0 : 1;
}
