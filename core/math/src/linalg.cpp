// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/math/linalg.h>

#include <Eigen/Eigenvalues>

#include <algorithm>
#include <limits>

namespace paperlab::math {

namespace {

SymEigen decompose(const Eigen::MatrixXd &a, int options)
{
    SymEigen result;
    if (a.rows() != a.cols() || !a.allFinite()) {
        result.status = EigenStatus::InvalidInput;
        return result;
    }
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(a, options);
    if (solver.info() != Eigen::Success) {
        result.status = EigenStatus::NoConvergence;
        return result;
    }
    result.values = solver.eigenvalues();
    if (options == Eigen::ComputeEigenvectors)
        result.vectors = solver.eigenvectors();
    return result;
}

} // namespace

SymEigen symmetricEigen(const Eigen::MatrixXd &a)
{
    return decompose(a, Eigen::ComputeEigenvectors);
}

SymEigen eigenvaluesOnly(const Eigen::MatrixXd &a)
{
    return decompose(a, Eigen::EigenvaluesOnly);
}

Eigen::MatrixXd cosineSimilarityMatrix(const Eigen::MatrixXd &rows)
{
    Eigen::VectorXd norms = rows.rowwise().norm();
    // Dividing a zero row by 1 keeps it zero, which gives it similarity 0 with everything.
    norms = norms.unaryExpr([](double v) { return v > 0.0 ? v : 1.0; });
    const Eigen::MatrixXd unit = norms.cwiseInverse().asDiagonal() * rows;
    return unit * unit.transpose();
}

double welchBound(int n, int m)
{
    if (m <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    if (n <= 1)
        return 0.0;
    const double nd = n;
    const double md = m;
    return std::max(0.0, (nd - md) / (md * (nd - 1.0)));
}

} // namespace paperlab::math
