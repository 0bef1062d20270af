// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/math/paperlabmathexport.h>

#include <functional>

namespace paperlab::math {

/// Number of worker threads to use for @p requested: the hardware concurrency (at least 1)
/// when @p requested <= 0, else @p requested.
PAPERLAB_MATH_EXPORT int resolveThreadCount(int requested);

/// Calls body(i) once for every i in [0, count), spread over up to @p threads std::threads
/// (<= 0: one per hardware thread; the calling thread is one of them). Indices are handed
/// out in increasing order as threads become free (dynamic scheduling), so put the most
/// expensive tasks first.
///
/// For independent runs (seeds, widths, grid cells) that each own their state and random
/// stream (Rng::split(i)): the results then do not depend on the thread count or on
/// scheduling. Eigen stays single-threaded inside each task (architecture §2 rule 8).
///
/// If tasks throw, the remaining indices are still not started, running tasks finish, and
/// the exception of the lowest failing index is rethrown on the calling thread after all
/// threads have joined. count <= 0 does nothing. Must not be called from inside body.
PAPERLAB_MATH_EXPORT void parallelFor(int count, int threads,
                                      const std::function<void(int)> &body);

} // namespace paperlab::math
