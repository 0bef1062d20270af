// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/math/schedule.h>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace paperlab::math {

double WarmupCosine::at(int step) const
{
    const double s = static_cast<double>(std::max(step, 0)) + 1.0;
    const double warmup = static_cast<double>(std::max(warmupSteps, 0));
    const double total = static_cast<double>(std::max(totalSteps, 1));
    if (s < warmup && warmup < total)
        return peak * s / warmup;
    const double progress = warmup >= total ? s / total : (s - warmup) / (total - warmup);
    const double x = std::min(progress, 1.0);
    return peak * (floorRatio + (1.0 - floorRatio) * 0.5 * (1.0 + std::cos(std::numbers::pi * x)));
}

} // namespace paperlab::math
