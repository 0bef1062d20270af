// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "metrics.h"

#include <paperlab/snapshot.h>

namespace paperlab::papers::hivemind {

/// Puts the metrics into a snapshot in the form both simulators share, under the names the
/// issue fixes for the CLI:
///  - readouts intra_sim_mean, inter_sim_mean (model pairs A != B), inter_sim_diag_mean
///    (self-pairs included if includeSelfPairs, else excluded), unique_sources_at_<N>,
///    hist_intra_bin0..9 (percent, all (prompt, model) cases pooled), self_pairs (1/0),
///    prompts, models,
///    responses, dim;
///  - grid "intra_hist" (models x 10 bins, percent; Fig. 4/5), grid "inter_matrix" (models x
///    models, lower triangle only as in Fig. 6, the rest NaN);
///  - series "unique_mean", "unique_min", "unique_max", "unique_q1", "unique_median",
///    "unique_q3" over N (the Fig. 8 boxes across prompts) and the limits
///    "unique_limit_identical" (hypergeometric) and "unique_limit_separated" (1, then 2 at
///    N = m), for equal-size models;
///  - grid "unique_box" (rows N = 5..50, columns prompts: U_N per prompt, for BoxPlot) and
///    the readouts "unique_limit_identical_at_50" and "unique_limit_separated_at_50"
///    (equal-size models);
///  - bars "intra_hist_pooled" and a table "unique_sources" (N, mean, min, max).
void addMetrics(Snapshot &snapshot, const MetricResult &result, bool includeSelfPairs);

/// Series "pca_model_<k>" (one per model, x/y = PCA coordinates) and "pca_centres" (the
/// balanced clusters' centroids on the same axes).
void addPicture(Snapshot &snapshot, const PromptPicture &picture, int models);

} // namespace paperlab::papers::hivemind
