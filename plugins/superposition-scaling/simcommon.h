// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "runset.h"
#include "trainer.h"

#include <paperlab/parameterset.h>
#include <paperlab/snapshot.h>

#include <QString>

#include <vector>

namespace paperlab::papers::superpositionscaling {

/// The training settings shared by every simulator, read from a validated ParameterSet.
/// Throws SimulationError for combinations the schema cannot express (e.g. m > n).
TrainConfig trainConfigFrom(const ParameterSet &p);

/// The "widths" list, sorted, without duplicates, each checked against n.
std::vector<int> widthsFrom(const ParameterSet &p, int n);

/// Training steps per simulator step for a set of runs: about 0.3 s of work on one core,
/// so that a chunk stays well under the runner's 2 s limit. Depends only on the settings.
int chunkSteps(const TrainConfig &config, const std::vector<RunSpec> &specs);

/// The loss history averaged over windows, at most @p points points (x = step).
Series decimatedCurve(const QString &id, const QString &label, const std::vector<float> &history,
                      int points);


/// The sub-matrix W W^T of the first @p k features as a heatmap grid.
Grid overlapGrid(const QString &id, const QString &label, const Eigen::MatrixXd &W, int k);

/// The LLM and Chinchilla exponents the paper reports (§3.3, Fig. 6b), from the plugin's
/// frozen-data resource, as a table labelled as the paper's measurements.
Table paperLlmTable();

/// "loss_m25"-style readout key.
QString perWidthKey(const char *prefix, int m);

} // namespace paperlab::papers::superpositionscaling
