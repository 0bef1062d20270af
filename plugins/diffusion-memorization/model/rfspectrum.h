// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "rfconstants.h"

#include <complex>
#include <vector>

namespace paperlab::papers::diffusionmemorization {

/// The asymptotic eigenvalue density of the Gaussian-equivalent U (arXiv 2505.17638
/// Theorem 3.1, in the form of Theory/src/plot_spectrum_U.py, for data covariance Σ = I so
/// that the transforms s and r coincide). With Â = a_t²e^{−2t}:
///     ŝ = b_t²ψ_p + 1/q,   D = 1 + (Âψ_p/ψ_n) r + (ψ_p v_t²/ψ_n) q,   r̂ = ψ_p Â / D,
///     r = 1/(ŝ + r̂),      0 = ψ_p(s_t² − z) + ψ_p v_t²/D + (1 − ψ_p)/q − r/q²,
/// where q(z) = ∫ρ(λ)/(λ − z) dλ is the Stieltjes transform of the density of all p
/// eigenvalues, δ-peak included, and ρ(λ) = |Im q(λ − iε)|/π as ε → 0⁺. Each λ is solved by
/// complex Newton iteration, continued from a large ε (where q ≈ −1/z) down to a tiny one,
/// as the authors' script does with Levenberg–Marquardt.
class SpectralDensity
{
public:
    SpectralDensity(const RfConstants &c, double psiP, double psiN);

    struct Point {
        std::complex<double> q, r;
        bool converged = false;
    };

    /// The transforms at z = λ − iε after the continuation down to `epsilon`.
    Point solve(double lambda, double epsilon = 1e-9) const;
    /// ρ(λ) = |Im q|/π; NaN if the iteration did not converge.
    double density(double lambda, double epsilon = 1e-9) const;
    /// The density on a grid of λ values.
    std::vector<double> density(const std::vector<double> &lambdas, double epsilon = 1e-9) const;

private:
    // Residuals (F1, F2) and their complex Jacobian at (q, r) for z.
    void residual(std::complex<double> z, std::complex<double> q, std::complex<double> r,
                  std::complex<double> f[2], std::complex<double> j[2][2]) const;

    RfConstants m_c;
    double m_psiP;
    double m_psiN;
};

} // namespace paperlab::papers::diffusionmemorization
