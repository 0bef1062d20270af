// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/math/paperlabmathexport.h>

#include <functional>
#include <vector>

namespace paperlab::math {

/// Gauss–Hermite rule for expectations over a standard normal variable:
/// E[f(z)] ≈ Σ_i w_i f(z_i), z ~ N(0, 1) (probabilists' weight e^{-z²/2}/√(2π)).
/// Exact for polynomials of degree ≤ 2·size − 1; the weights sum to 1.
struct PAPERLAB_MATH_EXPORT GaussHermite
{
    std::vector<double> nodes;   ///< ascending
    std::vector<double> weights; ///< weights[i] belongs to nodes[i]

    int size() const { return int(nodes.size()); }

    /// E[f(z)], z ~ N(0, 1).
    double expect(const std::function<double(double)> &f) const;
    /// E[f(u, v)], u, v ~ N(0, 1) independent (tensor-product rule).
    double expect2(const std::function<double(double, double)> &f) const;
};

/// The `size`-point rule from the Golub–Welsch algorithm: the nodes are the eigenvalues of
/// the Jacobi matrix of the monic probabilists' Hermite polynomials (off-diagonal √k) and the
/// weights the squared first components of its normalised eigenvectors. Empty if size < 1.
PAPERLAB_MATH_EXPORT GaussHermite gaussHermite(int size);

} // namespace paperlab::math
