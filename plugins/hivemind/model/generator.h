// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

// The synthetic "mixture of ideas" generator of the paper sheet §7.B: a stylised stand-in
// for K language models answering P open-ended prompts, m times each. It runs no language
// model; it lets the metrics be watched as a shared prior (alpha) and the temperature (T)
// change. Qt-free, pure, deterministic given the config (seed included).
//
// Per prompt: M idea directions u_1..u_M (random unit vectors in R^D), shared logits z_m and
// private logits z_{k,m} (all N(0, 1)). Model k picks idea m with probability
//     p_k(m) ∝ exp((alpha z_m + (1 - alpha) z_{k,m}) / T)
// and emits normalize(u_m + sigma eps + beta c), eps ~ N(0, I/D), c one fixed unit direction
// shared by all prompts (the cosmetic offset: real embeddings of unrelated texts are not
// orthogonal). With privateIdeas, model k always emits its own idea u_k (sheet §8.4, the
// "fully separated" limit); alpha, T and M are then unused.
//
// Common random numbers: the uniforms that pick the ideas and the noise vectors do not
// depend on alpha, T, sigma or beta, so changing a knob at a fixed seed moves only what that
// knob moves (smooth curves, monotone tests).

#include "metrics.h"

#include <cstdint>

namespace paperlab::papers::hivemind {

/// The defaults are the app's: the sheet's §7.B table except T = 0.15 and M = 10 (at T = 1,
/// M = 30 two draws of a model share an idea with probability ~0.06, so there is nothing to
/// see; at T = 0.15, M = 10 it is ~0.7; explainer, "Why these defaults").
struct GeneratorConfig
{
    int prompts = 20;
    int models = 25;
    int responses = 50; // per model and prompt
    int ideas = 10;
    int dim = 64;
    double sharedPrior = 0.7; // alpha in [0, 1]
    double temperature = 0.15; // T > 0
    double noise = 0.5;       // sigma >= 0
    double offset = 0.0;      // beta >= 0, cosmetic
    bool privateIdeas = false;
    uint64_t seed = 1;
};

/// The idea-choice probabilities p_k(m) of one model given the shared and private logits.
std::vector<double> ideaProbabilities(const std::vector<double> &shared,
                                      const std::vector<double> &own, double sharedPrior,
                                      double temperature);

/// Rows ordered prompt by prompt, model by model; names "prompt 1".., "model 1"...
/// Prompts are generated in parallel (threads as for parallelFor), each from its own split
/// stream, so the result does not depend on the thread count.
EmbeddingSet generateSynthetic(const GeneratorConfig &config, int threads = 0);

} // namespace paperlab::papers::hivemind

namespace paperlab::papers::hivemind {

/// The configuration of the bundled demo file data/demo-embeddings.csv (small: 4 prompts x
/// 6 models x 20 responses, D = 16; written by `bench_hivemind --write-demo FILE`).
GeneratorConfig demoConfig();

} // namespace paperlab::papers::hivemind
