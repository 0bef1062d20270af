// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "fileanalysissimulator.h"
#include "metrics.h"

#include <QString>

namespace paperlab::papers::hivemind {

/// The paper's measurement pipeline on the user's own embeddings (file parameter
/// "embeddings": CSV, JSONL, or .npy with a sidecar CSV; see embeddingsio.h). reset() reads
/// and measures the whole file before changing anything and throws InputError (file, line,
/// field) if it is malformed, so the previous analysis stays. Without a file the bundled demo
/// (made by the synthetic generator, demoConfig()) is shown.
///
/// Snapshot: as the synthetic simulator (addMetrics(), addPicture()).
/// Commands: "export-metrics" {path}: every metric as one JSON document (metricsJson()); the
/// outcome or the write error goes to the status line.
class MetricsSimulator final : public FileAnalysisSimulator
{
public:
    void reset(const ParameterSet &parameters) override;
    void applyLive(const ParameterSet &parameters) override;
    void command(const QString &id, const QVariantMap &arguments) override;
    std::shared_ptr<Snapshot> snapshot() const override;

private:
    EmbeddingSet m_set;
    MetricResult m_result;
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
