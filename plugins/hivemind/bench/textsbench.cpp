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

    std::string text;
    for (int i = 0; i < 12000; ++i)
        text += char('a' + rng.below(20)) + std::string(rng.below(5) == 0 ? " " : "");
    start = std::chrono::steady_clock::now();
    const auto models = trainSliceModels(text, 6, 5, 0.5);
    double chars = 0;
    for (const Decoding &d : {kTopPDecoding, kMinPDecoding}) {
        for (const CharNGram &lm : models) {
            for (int r = 0; r < 160; ++r) { // 8 prompts x 20 responses
                paperlab::math::Rng sample(std::uint64_t(r));
                chars += double(lm.sample("ab", 160, d, sample).size());
            }
        }
    }
    std::printf("ngram-text: trained 6 models and sampled %.0f characters in %.3f s\n", chars,
                secondsSince(start));
    return 0;
}
