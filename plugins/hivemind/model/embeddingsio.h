// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

// Reading and writing response embeddings made with any embedder (Qt-free):
//  - CSV with a header: prompt,model,e0,e1,... (prompt and model may be quoted; the
//    embedding columns are every column other than prompt and model, in order);
//  - JSON Lines: {"prompt": ..., "model": ..., "embedding": [...]} per line;
//  - NumPy .npy (float32 or float64, C order, shape responses x dim) with a sidecar CSV of
//    prompt,model per row (a header line "prompt,model" first).
// Rows may come in any order. Prompts and models are numbered in natural name order
// ("model 2" before "model 10"), so the metrics do not depend on the row order. A parse
// either returns the whole set or an error naming the line (1-based; 0: the file as a
// whole), the field and the problem; nothing is half-loaded.

#include "metrics.h"

#include <optional>
#include <string>
#include <string_view>

namespace paperlab::papers::hivemind {

struct ImportError
{
    std::string file; // empty: the file given; else e.g. the .npy's sidecar CSV
    int line = 0;
    std::string field;
    std::string message;
};

struct ImportResult
{
    EmbeddingSet set;
    std::optional<ImportError> error;
    bool ok() const { return !error.has_value(); }
};

ImportResult parseEmbeddingsCsv(std::string_view text);
ImportResult parseEmbeddingsJsonl(std::string_view text);
/// Reads `npyPath` and its sidecar (`sidecarPath`, named in errors by `sidecarName`).
ImportResult readEmbeddingsNpy(const std::string &npyPath, const std::string &sidecarPath,
                               const std::string &sidecarName);

/// The CSV form of a set (header prompt,model,e0..; 7 significant digits, enough for float).
std::string embeddingsCsv(const EmbeddingSet &set);
/// Writes a float32 .npy of the rows and its sidecar CSV; returns an error text or "".
std::string writeEmbeddingsNpy(const EmbeddingSet &set, const std::string &npyPath,
                               const std::string &sidecarPath);

/// "a.npy" -> "a.csv": where the sidecar of a .npy file is looked for.
std::string sidecarPathFor(const std::string &npyPath);

/// The metrics as one JSON document (readout names as the CLI's, plus the matrices).
std::string metricsJson(const MetricResult &result, const EmbeddingSet &set);

} // namespace paperlab::papers::hivemind
