// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/math/paperlabmathexport.h>

#include <functional>

namespace paperlab::math {

/// The root of g between lo (where g > 0) and hi (where g <= 0), 0 < lo, hi, by 60 bisections
/// in log x: for crossings of curves that span decades (times, dimensions). Returns the end of
/// the final bracket on the hi side, so g(result) <= 0 whenever the bracket was valid.
PAPERLAB_MATH_EXPORT double bisectLog(const std::function<double(double)> &g, double lo,
                                      double hi);

} // namespace paperlab::math
