// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "bbrun.h"

#include <paperlab/simulator.h>

#include <memory>
#include <vector>

namespace paperlab::papers::gatedattention {

/// The attention-sink laboratory (paper sheet §7): the baseline, a headwise and an elementwise
/// G1 gate (and optionally one control gate) trained side by side on the same Bigram-Backcopy
/// batches, one model per worker. One simulator step trains every model `steps_per_update`
/// Adam steps. The §7.4 readouts are measured on held-out sequences every kEvalEvery steps
/// and at the end; the probe sequence (editable with the set-probe command) is traced through
/// every model on every snapshot.
class BigramBackcopySimulator final : public SteppedSimulator
{
public:
    static constexpr int kEvalEvery = 250;

    void reset(const ParameterSet &parameters) override;
    void applyLive(const ParameterSet &parameters) override;
    /// "set-probe" {tokens: [int]}: a sequence of length T starting with BOS (0), every token
    /// below V. "reset-probe": the first held-out sequence again.
    void command(const QString &id, const QVariantMap &arguments) override;
    bool finished() const override;
    std::shared_ptr<Snapshot> snapshot() const override;

    /// Short ids of the models, in training order: baseline, headwise, elementwise[, extra].
    static QString modelId(GateKind gate);

private:
    void step() override;
    void evaluate();

    std::unique_ptr<BbLab> m_lab;
    int m_stepsPerUpdate = 10;
    Sequence m_probe;
    std::vector<Readouts> m_readouts; // per model, at m_evaluatedAt
    int m_evaluatedAt = -1;
    // Training loss per model, averaged over each update (x = steps done).
    std::vector<double> m_lossSteps;
    std::vector<std::vector<double>> m_lossCurves;
};

} // namespace paperlab::papers::gatedattention
