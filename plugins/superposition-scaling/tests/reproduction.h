// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

// Shared by the reproduction tests: trains a preset of presets.json (exactly the values a
// user gets from `paperlab run superposition-scaling --preset P`) with the model library.

#include "analysis.h"
#include "runset.h"
#include "simcommon.h"

#include <paperlab/parameterschema.h>

#include <QString>

#include <vector>

namespace paperlab::papers::superpositionscaling::testing {

struct RegimeResult
{
    std::vector<int> widths;
    std::vector<RunSummary> runs;
    ScalingFit fit;
};

struct SweepResult
{
    RegimeResult main;
    RegimeResult contrast; // empty unless the preset (or the override) trains it
};

/// Trains preset @p presetId with @p seed; @p contrast also trains every width at
/// gamma = @p contrastGamma from the same start (as the sweep's "contrast" knob does).
SweepResult runPreset(const QString &presetId, quint64 seed, bool contrast = false,
                      double contrastGamma = 1.0);

} // namespace paperlab::papers::superpositionscaling::testing
