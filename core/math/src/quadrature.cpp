// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/math/quadrature.h>

#include <paperlab/math/linalg.h>

#include <Eigen/Core>

#include <cmath>

namespace paperlab::math {

double GaussHermite::expect(const std::function<double(double)> &f) const
{
    double sum = 0.0;
    for (size_t i = 0; i < nodes.size(); ++i)
        sum += weights[i] * f(nodes[i]);
    return sum;
}

double GaussHermite::expect2(const std::function<double(double, double)> &f) const
{
    double sum = 0.0;
    for (size_t i = 0; i < nodes.size(); ++i) {
        double inner = 0.0;
        for (size_t j = 0; j < nodes.size(); ++j)
            inner += weights[j] * f(nodes[i], nodes[j]);
        sum += weights[i] * inner;
    }
    return sum;
}

GaussHermite gaussHermite(int size)
{
    GaussHermite rule;
    if (size < 1)
        return rule;
    // Three-term recurrence He_{k+1}(z) = z He_k(z) − k He_{k−1}(z): zero diagonal and
    // off-diagonal entries √k in the symmetric Jacobi matrix.
    Eigen::MatrixXd jacobi = Eigen::MatrixXd::Zero(size, size);
    for (int k = 1; k < size; ++k) {
        jacobi(k, k - 1) = std::sqrt(double(k));
        jacobi(k - 1, k) = jacobi(k, k - 1);
    }
    const SymEigen eig = symmetricEigen(jacobi);
    if (eig.status != EigenStatus::Ok)
        return rule;
    rule.nodes.resize(size_t(size));
    rule.weights.resize(size_t(size));
    double total = 0.0;
    for (int i = 0; i < size; ++i) {
        rule.nodes[size_t(i)] = eig.values(i);
        rule.weights[size_t(i)] = eig.vectors(0, i) * eig.vectors(0, i);
        total += rule.weights[size_t(i)];
    }
    // The zeroth moment of N(0, 1) is 1; renormalising removes the rounding in the sum.
    for (double &w : rule.weights)
        w /= total;
    return rule;
}

} // namespace paperlab::math
