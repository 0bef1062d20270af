// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/math/paperlabmathexport.h>

namespace paperlab::math {

/// An sRGB colour with channels in [0, 1] (multiply by 255 and round for 8-bit).
struct Rgb
{
    double r = 0.0;
    double g = 0.0;
    double b = 0.0;
};

/// The colour maps offered to charts.
enum class Colormap {
    /// Sequential; t in [0, 1].
    Viridis,
    /// Diverging around 0; t in [-1, 1].
    Diverging,
};

/// matplotlib's viridis (the 256-entry table), linearly interpolated between entries;
/// t is clamped to [0, 1]: 0 -> #440154, 1 -> #fde725. Perceptually uniform and readable
/// with colour-vision deficiency. Pure function, thread-safe.
PAPERLAB_MATH_EXPORT Rgb viridis(double t);

/// Blue-white-red diverging map for signed values, t clamped to [-1, 1]: -1 -> #053061
/// (dark blue), 0 -> exactly white, +1 -> #67001f (dark red). The anchors are ColorBrewer's
/// colour-blind-safe 11-class RdBu (as matplotlib's RdBu_r) with its #f7f7f7 centre
/// replaced by white, linearly interpolated; every channel rises monotonically from
/// either end towards 0. Pure function, thread-safe.
PAPERLAB_MATH_EXPORT Rgb diverging(double t);

/// Dispatches to viridis() or diverging().
PAPERLAB_MATH_EXPORT Rgb colormap(Colormap map, double t);

} // namespace paperlab::math
