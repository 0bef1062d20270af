// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// Timing of the text measures, run by hand (never a test): the "texts" analysis of a set the
// size of one paper prompt (25 models × 50 responses of about 60 words) and of the n-gram
// exploration's sampling.
#include "ngramtext.h"
#include "textanalysis.h"

#include <paperlab/math/rng.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

using namespace paperlab::papers::hivemind;

namespace {

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main()
{
    // Random "answers" over a 400-word vocabulary with a shared opening per model.
    paperlab::math::Rng rng(1);
    TextSet set;
    for (int m = 0; m < 25; ++m) {
        for (int r = 0; r < 50; ++r) {
            std::string text = "model " + std::to_string(m) + " says";
            for (int w = 0; w < 60; ++w)
                text += " w" + std::to_string(rng.below(400));
            set.responses.push_back({"p", "m" + std::to_string(m), text, 0});
        }
        set.models.push_back("m" + std::to_string(m));
    }
    set.prompts.push_back("p");
    auto start = std::chrono::steady_clock::now();
    const TextAnalysis a = analyseTexts(set);
    std::printf("texts: 1250 responses (25 models x 50), all measures: %.3f s (intra %.3f)\n",
                secondsSince(start), a.intraMean);

    // The n-gram exploration at its defaults: 6 models of order 5 on half the chapter each,
    // 2 setups x 8 prompts x 20 continuations of 160 characters, then the embedding.
    std::ifstream file(HIVEMIND_DATA_DIR "/alice-chapter1.txt");
    const std::string raw((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    start = std::chrono::steady_clock::now();
    const auto models = trainSliceModels(normalizeCorpus(raw), 6, 5, 0.5);
    const double trained = secondsSince(start);
    std::vector<std::string> continuations;
    for (const Decoding &d : {kTopPDecoding, kMinPDecoding}) {
        for (const CharNGram &lm : models) {
            for (int r = 0; r < 160; ++r) {
                paperlab::math::Rng sample{std::uint64_t(r)};
                continuations.push_back(lm.sample("Alice was ", 160, d, sample));
            }
        }
    }
    const double sampled = secondsSince(start);
    const Eigen::MatrixXd e = trigramTfidf(continuations);
    std::printf("ngram-text: train %.3f s, sample %zu continuations %.3f s, embed %.3f s "
                "(%ld x %ld)\n",
                trained, continuations.size(), sampled - trained, secondsSince(start) - sampled,
                long(e.rows()), long(e.cols()));
    return 0;
}
