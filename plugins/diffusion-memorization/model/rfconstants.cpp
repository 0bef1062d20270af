// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "rfconstants.h"

#include <paperlab/math/quadrature.h>

#include <algorithm>
#include <cmath>

namespace paperlab::papers::diffusionmemorization {

double ouDelta(double t)
{
    return -std::expm1(-2.0 * t);
}

double RfConstants::v() const
{
    return std::sqrt(std::max(v2, 0.0));
}

double RfConstants::e2t() const
{
    return std::exp(-2.0 * t);
}

RfConstants rfConstants(double t, double sigmaX, int nodes)
{
    RfConstants c;
    c.t = t;
    c.delta = ouDelta(t);
    c.sigmaX = sigmaX;
    const math::GaussHermite gh = math::gaussHermite(nodes);
    const double scale = std::exp(-t) * sigmaX; // e^{−t}σ_x
    const double root = std::sqrt(c.delta);
    const double gamma = std::sqrt(scale * scale + c.delta);

    // arXiv 2505.17638 eqs. 12–14.
    c.a = gh.expect2([&](double u, double v) { return std::tanh(scale * u + root * v) * u; })
          / scale;
    c.b = gh.expect2([&](double u, double v) { return v * std::tanh(scale * u + root * v); });
    // E_{u,v,w}[σ(e^{−t}σ_x u + √Δ v) σ(e^{−t}σ_x u + √Δ w)] = E_u[(E_v σ(e^{−t}σ_x u + √Δ v))²].
    const double cross = gh.expect([&](double u) {
        const double m = gh.expect([&](double v) { return std::tanh(scale * u + root * v); });
        return m * m;
    });
    const double linear = c.a * c.a * scale * scale;
    c.v2 = cross - linear;
    c.sigmaSq = gh.expect([&](double z) {
        const double s = std::tanh(gamma * z);
        return s * s;
    });
    c.s2 = c.sigmaSq - linear - c.v2 - c.b * c.b;
    c.mu1 = gh.expect([&](double z) { return std::tanh(gamma * z) * z; }) / gamma;
    return c;
}

} // namespace paperlab::papers::diffusionmemorization
