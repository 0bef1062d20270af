// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "ngramtext.h"

#include <paperlab/simulator.h>

#include <string>
#include <vector>

namespace paperlab::papers::hivemind {

/// Exploratory "real text" mode (sheet §7.C; our design, not the paper's experiment): K tiny
/// character n-gram models trained on overlapping slices of one public-domain chapter
/// (Lewis Carroll, Alice's Adventures in Wonderland, Chapter I) continue a few prompts taken
/// from it, m times each, in both of the paper's decoding setups (top-p 0.9 at T 1; min-p 0.1
/// at T 2); every continuation is embedded with the hashed character-trigram TF–IDF vector,
/// and the paper's metrics are computed on those vectors.
///
/// Steps: 1 trains the models; then one step per (setup, prompt) samples K × m
/// continuations; the last step embeds them all and measures.
class NgramTextSimulator final : public SteppedSimulator
{
public:
    void reset(const ParameterSet &parameters) override;
    bool finished() const override { return m_measured; }
    std::shared_ptr<Snapshot> snapshot() const override;

    /// The prompts: openings that occur in the chapter.
    static const std::vector<std::string> &prompts();

protected:
    void step() override;

private:
    struct Setup {
        const char *id;
        const char *label;
        Decoding decoding;
        std::vector<std::vector<std::vector<std::string>>> texts; // [prompt][model][response]
        std::vector<double> intra;                                // per (model, prompt)
        std::vector<std::vector<double>> histogram;               // per model: 10 bins, %
        std::vector<double> inter;                                // K × K, lower triangle
        double intraMean = 0, interMean = 0;
    };
    void measure();

    std::string m_corpus;
    int m_models = 6, m_order = 7, m_responses = 20, m_length = 60;
    double m_slice = 0.5;
    quint64 m_seed = 1;
    std::vector<CharNGram> m_lms;
    Setup m_setups[2];
    int m_done = 0; // sampling steps done
    bool m_measured = false;
    double m_differentPrompts = 0;
    std::vector<double> m_differentPromptValues; // per (model, setup, prompt pair)
    qint64 m_step = 0;
};

} // namespace paperlab::papers::hivemind
