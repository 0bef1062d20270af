// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/math/paperlabmathexport.h>

namespace paperlab::math {

/// Learning-rate schedule: linear warm-up, then cosine decay to a floor.
///
/// For step = 0, 1, ... let s = step + 1, W = warmupSteps, T = totalSteps, f = floorRatio:
///
///     s < W:            lr = peak * s / W
///     otherwise:        lr = peak * (f + (1 - f) * (1 + cos(pi * x)) / 2),
///                       x = min(1, (s - W) / (T - W))      (x = min(1, s / T) if W >= T)
///
/// So step 0 gives peak / W, step W - 1 gives peak, the last step (step T - 1) gives exactly
/// f * peak, and later steps stay there. This is get_lr() in the superposition-scaling
/// authors' exp/adamw.py (with f = 0.05). Plain value type; thread-safe to read.
struct PAPERLAB_MATH_EXPORT WarmupCosine
{
    double peak = 1e-3;
    int warmupSteps = 0;
    int totalSteps = 1;
    double floorRatio = 0.0;

    /// Learning rate for the 0-based @p step (negative steps count as 0).
    double at(int step) const;
};

} // namespace paperlab::math
