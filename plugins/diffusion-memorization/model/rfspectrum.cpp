// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "rfspectrum.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace paperlab::papers::diffusionmemorization {

namespace {
using cplx = std::complex<double>;
} // namespace

SpectralDensity::SpectralDensity(const RfConstants &c, double psiP, double psiN)
    : m_c(c)
    , m_psiP(psiP)
    , m_psiN(psiN)
{}

void SpectralDensity::residual(cplx z, cplx q, cplx r, cplx f[2], cplx j[2][2]) const
{
    const double ahat = m_c.a * m_c.a * m_c.e2t();
    const double alpha = ahat * m_psiP / m_psiN;
    const double beta = m_psiP * m_c.v2 / m_psiN;
    // Theorem 3.1 with Σ = I (ρ_Σ = δ_1, so s = r).
    const cplx shat = m_c.b * m_c.b * m_psiP + 1.0 / q;
    const cplx d = 1.0 + alpha * r + beta * q;
    const cplx rhat = m_psiP * ahat / d;
    const cplx s = shat + rhat;
    f[0] = r - 1.0 / s;
    f[1] = m_psiP * (m_c.s2 - z) + m_psiP * m_c.v2 / d + (1.0 - m_psiP) / q - r / (q * q);
    const cplx dRhatDq = -m_psiP * ahat * beta / (d * d);
    const cplx dRhatDr = -m_psiP * ahat * alpha / (d * d);
    const cplx dSdq = -1.0 / (q * q) + dRhatDq;
    j[0][0] = dSdq / (s * s);
    j[0][1] = 1.0 + dRhatDr / (s * s);
    j[1][0] = -m_psiP * m_c.v2 * beta / (d * d) - (1.0 - m_psiP) / (q * q) + 2.0 * r / (q * q * q);
    j[1][1] = -m_psiP * m_c.v2 * alpha / (d * d) - 1.0 / (q * q);
}

SpectralDensity::Point SpectralDensity::solve(double lambda, double epsilon) const
{
    Point p;
    // Continuation in ε from far off the real axis, where q ≈ r ≈ −1/z, down to `epsilon`.
    const double start = std::max(100.0, 10.0 * std::abs(lambda));
    const int stages = 120;
    cplx q = -1.0 / cplx(lambda, -start);
    cplx r = q;
    double lastEps = start;
    for (int k = 0; k <= stages; ++k) {
        const double eps = start * std::pow(epsilon / start, double(k) / stages);
        const cplx z(lambda, -eps);
        bool converged = false;
        for (int it = 0; it < 100; ++it) {
            cplx f[2], j[2][2];
            residual(z, q, r, f, j);
            const double norm = std::abs(f[0]) + std::abs(f[1]);
            if (!std::isfinite(norm))
                return p;
            const cplx det = j[0][0] * j[1][1] - j[0][1] * j[1][0];
            const cplx dq = (f[0] * j[1][1] - f[1] * j[0][1]) / det;
            const cplx dr = (j[0][0] * f[1] - j[1][0] * f[0]) / det;
            // Damped step: halve until the residual decreases.
            double step = 1.0;
            for (int h = 0; h < 30; ++h) {
                cplx g[2], jj[2][2];
                residual(z, q - step * dq, r - step * dr, g, jj);
                if (std::abs(g[0]) + std::abs(g[1]) <= norm)
                    break;
                step *= 0.5;
            }
            q -= step * dq;
            r -= step * dr;
            // Converged when the Newton step no longer changes q and r, or when the residual is
            // at its rounding floor (no damped step reduces it) with a step that is still tiny.
            const double change = (std::abs(dq) + std::abs(dr)) / (std::abs(q) + std::abs(r));
            if (change <= 1e-10 || (step < 1e-6 && change <= 1e-7)) {
                converged = true;
                break;
            }
        }
        if (!converged) {
            // At a square-root edge Newton can stall for the tiniest ε; a solution already
            // reached at ε ≤ 1e-6 gives the same density to many digits.
            if (p.converged && lastEps <= 1e-6)
                return p;
            p.converged = false;
            return p;
        }
        p.q = q;
        p.r = r;
        p.converged = true;
        lastEps = eps;
    }
    return p;
}

double SpectralDensity::density(double lambda, double epsilon) const
{
    const Point p = solve(lambda, epsilon);
    return p.converged ? std::abs(p.q.imag()) / std::numbers::pi
                       : std::numeric_limits<double>::quiet_NaN();
}

std::vector<double> SpectralDensity::density(const std::vector<double> &lambdas,
                                             double epsilon) const
{
    std::vector<double> out;
    out.reserve(lambdas.size());
    for (double l : lambdas)
        out.push_back(density(l, epsilon));
    return out;
}

} // namespace paperlab::papers::diffusionmemorization
