// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/math/roots.h>

#include <cmath>

namespace paperlab::math {

double bisectLog(const std::function<double(double)> &g, double lo, double hi)
{
    double a = std::log(lo);
    double b = std::log(hi);
    for (int it = 0; it < 60; ++it) {
        const double m = 0.5 * (a + b);
        if (g(std::exp(m)) > 0.0)
            a = m;
        else
            b = m;
    }
    return std::exp(b);
}

} // namespace paperlab::math
