// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

namespace paperlab::papers::diffusionmemorization {

/// Δ_t = 1 − e^{−2t}: the noise variance of the Ornstein–Uhlenbeck forward process at time t
/// (arXiv 2505.17638 §1: x_t = e^{−t} x_0 + √Δ_t ξ).
double ouDelta(double t);

/// The Gaussian-equivalence constants of the random-features score model with σ = tanh
/// (arXiv 2505.17638 §3, eqs. 12–14), for data of per-coordinate variance σ_x².
struct RfConstants {
    double t = 0.0;
    double delta = 0.0;  ///< Δ_t
    double sigmaX = 1.0; ///< σ_x
    double a = 0.0; ///< a_t = E[σ(e^{−t}σ_x u + √Δ_t v) u / (e^{−t}σ_x)]; μ_1 for σ_x = 1
    double b = 0.0;       ///< b_t = E[v σ(e^{−t}σ_x u + √Δ_t v)]
    double v2 = 0.0;      ///< v_t²: the data-dependent, noise-averaged non-linear part
    double s2 = 0.0;      ///< s_t²: the noise-dependent non-linear part (height of the δ-peak)
    double mu1 = 0.0;     ///< μ_1 = E[σ(Γ_t z) z] / Γ_t, the linear coefficient at time t
    double sigmaSq = 0.0; ///< E[σ(Γ_t z)²]

    double v() const;   ///< v_t (√v2)
    double e2t() const; ///< e^{−2t}
};

/// The constants by Gauss–Hermite quadrature with `nodes` points per dimension: 1-D for μ_1
/// and E[σ²], 2-D (tensor product over u, v) for a_t, b_t and v_t² (the third variable w of
/// v_t² factorises given u). Γ_t = √(e^{−2t}σ_x² + Δ_t) is the standard deviation of the
/// pre-activation, which is 1 for σ_x = 1.
RfConstants rfConstants(double t, double sigmaX = 1.0, int nodes = 120);

} // namespace paperlab::papers::diffusionmemorization
