// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

// Tiny character n-gram language models for the exploratory "ngram-text" simulator (sheet
// §7.C; our design, not the paper's experiment). Qt-free.

#include <paperlab/math/rng.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace paperlab::papers::hivemind {

/// The paper's two decoding setups (App. C.1): top-p 0.9 at T = 1, and min-p 0.1 with
/// top-p 1 at T = 2.
struct Decoding {
    double temperature = 1.0;
    double topP = 0.9;  ///< 1: off
    double minP = 0.0;  ///< 0: off
};
inline constexpr Decoding kTopPDecoding{1.0, 0.9, 0.0};
inline constexpr Decoding kMinPDecoding{2.0, 1.0, 0.1};

/// Reads a corpus: lines starting with '#' are dropped, and every run of whitespace becomes
/// one space (so line breaks of the printed text do not become "characters" to learn).
std::string normalizeCorpus(std::string_view raw);

/// A character n-gram model: next-character counts after every context of `order` − 1
/// characters, backing off to shorter contexts (down to no context) when a context was
/// never seen. The probabilities are the counts of the longest seen context, normalised.
class CharNGram
{
public:
    CharNGram(std::string_view text, int order);

    int order() const { return m_order; }
    /// The next-character distribution after `history` (its last order − 1 characters):
    /// characters and probabilities, in a fixed order.
    void distribution(std::string_view history, std::vector<char> &chars,
                      std::vector<double> &probs) const;
    /// Samples `length` characters after `prompt`: the temperature divides the logits
    /// (log-probabilities), then the min-p filter keeps characters with p ≥ minP · p_max,
    /// then top-p keeps the most likely characters up to cumulative mass topP.
    std::string sample(std::string_view prompt, int length, const Decoding &decoding,
                       paperlab::math::Rng &rng) const;

private:
    int m_order;
    // context (0 … order − 1 characters) → next character → count
    std::vector<std::unordered_map<std::string, std::unordered_map<char, int>>> m_counts;
};

/// K models trained on overlapping slices of one corpus: slice k starts at
/// k · (|corpus| − sliceLength) / (K − 1) and holds sliceLength =
/// max(order, round(sliceFraction · |corpus|)) characters.
std::vector<CharNGram> trainSliceModels(const std::string &corpus, int models, int order,
                                        double sliceFraction);

} // namespace paperlab::papers::hivemind
