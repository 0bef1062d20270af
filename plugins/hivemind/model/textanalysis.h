// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

// The "your own texts" analysis: the lexical measures of every (model, prompt) set of
// responses, and the paper's similarity metrics (sheet §3.3) on the local hashed
// character-trigram TF–IDF embedding, a lexical stand-in for text-embedding-3-small.
// Qt-free.

#include "textmeasures.h"
#include "textset.h"

#include <Eigen/Core>

#include <string>
#include <vector>

namespace paperlab::papers::hivemind {

/// One model's answers to one prompt.
struct TextCell {
    int model = 0, prompt = 0;
    std::vector<int> responses; ///< indices into TextSet::responses
    LexicalMeasures lexical;
    double intraSimilarity = 0; ///< mean cosine over distinct pairs; NaN for one response
};

struct TextAnalysis {
    std::vector<std::string> models, prompts;
    std::vector<TextCell> cells; ///< model-major, only cells with responses
    Eigen::MatrixXd embeddings;  ///< one L2-normalised row per response

    /// Per model, means over its cells with at least two responses.
    std::vector<LexicalMeasures> modelLexical;
    std::vector<double> modelIntra;
    /// models × models: below the diagonal the paper's inter-model similarity (all cross
    /// pairs of responses to the same prompt, pooled over prompts); on the diagonal all
    /// pairs of distinct answers of the model; NaN above the diagonal and where two models
    /// share no prompt.
    Eigen::MatrixXd inter;
    /// The diagonal as the paper's Fig. 6 has it: the self-pairs (cosine 1) included.
    Eigen::VectorXd diagonalWithSelfPairs;
    double intraMean = 0;        ///< over cells with at least two responses
    double interMean = 0;        ///< over model pairs below the diagonal; NaN for one model
    double differentPrompts = 0; ///< mean cosine of responses to different prompts; NaN if 1
    /// Percent of cells per similarity bin [0, 0.1), …, [0.9, 1] (numpy conventions).
    std::vector<double> histogram;
    /// Mean over prompts of U_N, N = 1 … uniqueSources.size(), for prompts answered by at
    /// least two models; empty when there are none.
    std::vector<double> uniqueSources;
};

TextAnalysis analyseTexts(const TextSet &set);

/// The cosine matrix of one prompt's responses (rows of `analysis.embeddings`), in model
/// order, and the model of each row.
Eigen::MatrixXd promptSimilarity(const TextAnalysis &analysis, int prompt,
                                 std::vector<int> *rowModels = nullptr);

} // namespace paperlab::papers::hivemind
