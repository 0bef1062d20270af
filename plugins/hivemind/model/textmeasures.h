// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

// Lexical diversity measures and a local text embedding for the "your own texts" and n-gram
// simulators (arXiv 2510.22954 uses none of the lexical measures; sheet §5, §6). Qt-free.

#include <Eigen/Core>

#include <string>
#include <string_view>
#include <vector>

namespace paperlab::papers::hivemind {

using Tokens = std::vector<std::string>;

/// Word tokens: maximal runs of ASCII letters and digits, apostrophes between two such
/// characters ("don't") and any non-ASCII UTF-8 bytes (so accented words stay whole), with
/// ASCII letters lower-cased. Everything else (spaces, punctuation) separates tokens.
Tokens tokenize(std::string_view text);

/// Type–token ratio of one text: distinct tokens / tokens (0 for no tokens).
double typeTokenRatio(const Tokens &tokens);

/// distinct-n of a set of texts (Li et al. 2016): the number of distinct n-grams over all
/// texts divided by the total number of n-grams (0 when there are none). n-grams do not
/// cross text boundaries.
double distinctN(const std::vector<Tokens> &texts, int n);

/// Sentence BLEU-4 of `hypothesis` against `references` (Papineni et al. 2002) with uniform
/// weights: exp(mean over n = 1..4 of log p_n) × BP. p_n is the clipped n-gram precision
/// (each n-gram counted at most as often as in the reference that holds it most often),
/// over max(1, number of hypothesis n-grams). Smoothing: method 1 of Chen & Cherry (2014),
/// a zero match count of some n is replaced by ε = 0.1; with no unigram match at all the
/// score is 0. BP = exp(1 − r/c) if c < r else 1, c the hypothesis length and r the
/// reference length closest to c (the shorter one on a tie); 0 for an empty hypothesis.
double sentenceBleu(const Tokens &hypothesis, const std::vector<const Tokens *> &references);

/// Self-BLEU of a set (Zhu et al. 2018, Texygen): the mean over texts i of
/// sentenceBleu(text i, all other texts). 1 means every text is repeated verbatim by the
/// others; lower means more varied. NaN for fewer than two texts.
double selfBleu(const std::vector<Tokens> &texts);

/// The lexical measures of one set of texts (e.g. one model's answers to one prompt).
struct LexicalMeasures {
    int texts = 0;
    int tokens = 0;
    double meanTypeTokenRatio = 0; ///< mean over texts of typeTokenRatio()
    double distinct1 = 0, distinct2 = 0, distinct3 = 0;
    double selfBleu = 0; ///< NaN for fewer than two texts
};
LexicalMeasures lexicalMeasures(const std::vector<Tokens> &texts);

/// Buckets of the hashed character-trigram embedding (2^12).
inline constexpr int kTrigramBuckets = 4096;

/// The character trigrams of a text as bucket indices: the text is lower-cased (ASCII),
/// every run of whitespace becomes one space, a space is added at each end, and every run
/// of 3 consecutive bytes is hashed with 64-bit FNV-1a, modulo kTrigramBuckets.
std::vector<int> trigramBuckets(std::string_view text);

/// Hashed character-3-gram TF–IDF embeddings, one row per text, L2-normalised:
/// tf = count of the bucket in the text, idf = ln((1 + N) / (1 + df)) + 1 with N the number
/// of texts given and df the number of them that have the bucket (the smoothed idf of
/// scikit-learn). A text without trigrams (impossible after padding) would be a zero row.
Eigen::MatrixXd trigramTfidf(const std::vector<std::string> &texts);

} // namespace paperlab::papers::hivemind
