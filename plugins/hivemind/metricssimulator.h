// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "fileanalysissimulator.h"
#include "metrics.h"

#include <QString>

#include <optional>

namespace paperlab::papers::hivemind {

/// The paper's measurement pipeline on the user's own embeddings (file parameter
/// "embeddings": CSV, JSONL, or .npy with a sidecar CSV; see embeddingsio.h). reset() reads
/// and checks the whole file before changing anything and throws InputError (file, line,
/// field) if it is malformed, so the previous analysis stays. Without a file the bundled demo
/// (made by the synthetic generator, demoConfig()) is shown.
///
/// A file whose cosines cost at most kMeasureInReset multiply-adds (the demo, the default
/// synthetic scale) is measured in reset(); a larger one (the paper's 125,000 x 1536) is
/// measured in steps of one prompt per core, so a run shows its progress, the metrics of the
/// prompts measured so far, and pauses or stops between two steps. The numbers do not depend
/// on how the prompts were batched (MetricAnalysis).
///
/// Snapshot: as the synthetic simulator (addMetrics(), addPicture()), with no metrics before
/// the first prompt is measured. Commands: "export-metrics" {path}: every metric as one JSON
/// document (metricsJson()); the outcome or the write error goes to the status line.
class MetricsSimulator final : public FileAnalysisSimulator
{
public:
    static constexpr double kMeasureInReset = 4e9;

    void reset(const ParameterSet &parameters) override;
    void applyLive(const ParameterSet &parameters) override;
    void command(const QString &id, const QVariantMap &arguments) override;
    bool finished() const override { return !m_analysis || m_analysis->done(); }
    std::shared_ptr<Snapshot> snapshot() const override;

protected:
    void step() override;

private:
    EmbeddingSet m_set;
    std::optional<MetricAnalysis> m_analysis; // of m_set
    MetricResult m_result;                    // of the prompts measured so far
    PromptPicture m_picture;
    bool m_selfPairs = true;
    int m_picturePrompt = 0;
    double m_loadMs = 0, m_analyseMs = 0;
};

/// Reads an embeddings file (a path or a ":/" resource) by its suffix: .npy (with the sidecar
/// CSV next to it), .jsonl/.ndjson, else CSV (JSONL if the text starts with '{').
/// Throws InputError naming the file, the line and the field.
EmbeddingSet readEmbeddingsFile(const QString &path);

} // namespace paperlab::papers::hivemind
