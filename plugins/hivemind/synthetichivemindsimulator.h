// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "generator.h"
#include "metrics.h"

#include <paperlab/simulator.h>

namespace paperlab::papers::hivemind {

/// The synthetic "mixture of ideas" generator (sheet §7.B) measured with the paper's metrics.
/// One step generates the embeddings and computes every metric (well under a second at the
/// default size); after that, every parameter is live and a change recomputes at once.
/// Snapshot: see addMetrics() and addPicture(); readouts also "picture_prompt",
/// "responses_per_model" and "recompute_ms" (before the first step only prompts, models and
/// responses_per_model).
class SyntheticHivemindSimulator final : public Simulator
{
public:
    void reset(const ParameterSet &parameters) override;
    void applyLive(const ParameterSet &parameters) override;
    void advance(std::chrono::milliseconds budget) override;
    bool finished() const override { return m_done; }
    std::shared_ptr<Snapshot> snapshot() const override;

    /// The generator's configuration from the parameters.
    static GeneratorConfig configFrom(const ParameterSet &parameters);

private:
    void compute();

    GeneratorConfig m_config;
    bool m_selfPairs = true;
    int m_picturePrompt = 0;
    bool m_done = false;
    MetricResult m_result;
    PromptPicture m_picture;
    double m_recomputeMs = 0;
    qint64 m_step = 0;
};

} // namespace paperlab::papers::hivemind
