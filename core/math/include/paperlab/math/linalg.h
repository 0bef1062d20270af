// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/math/paperlabmathexport.h>

#include <Eigen/Core>

namespace paperlab::math {

// All functions here are pure and thread-safe. Eigen runs single-threaded in this library
// (EIGEN_DONT_PARALLELIZE); parallelise across independent problems instead.

/// Outcome of a decomposition; failures are reported here, never thrown.
enum class EigenStatus {
    Ok,
    /// The matrix is not square or contains NaN/inf.
    InvalidInput,
    /// The QR iteration did not converge (Eigen's ComputationInfo::NoConvergence).
    NoConvergence,
};

/// Eigendecomposition A = V diag(values) V^T of a symmetric matrix.
struct SymEigen
{
    /// Eigenvalues in ascending order.
    Eigen::VectorXd values;
    /// Orthonormal eigenvectors as columns, column k belonging to values[k]. Each column's
    /// sign is arbitrary. Empty for eigenvaluesOnly().
    Eigen::MatrixXd vectors;
    EigenStatus status = EigenStatus::Ok;
};

/// Eigenvalues and eigenvectors of the symmetric matrix @p a (Eigen's
/// SelfAdjointEigenSolver; only the lower triangle is read). O(n^3): about 1-2 s at
/// n = 1600 on one core, so call it from a worker, never the GUI thread. Values and
/// vectors are empty unless status is Ok.
PAPERLAB_MATH_EXPORT SymEigen symmetricEigen(const Eigen::MatrixXd &a);

/// As symmetricEigen() but skips the eigenvectors (several times faster).
PAPERLAB_MATH_EXPORT SymEigen eigenvaluesOnly(const Eigen::MatrixXd &a);

/// n x n matrix of cosine similarities between the n rows of @p rows. A zero row has
/// similarity 0 with every row, itself included (as sklearn's cosine_similarity).
PAPERLAB_MATH_EXPORT Eigen::MatrixXd cosineSimilarityMatrix(const Eigen::MatrixXd &rows);

/// Welch bound: for any n unit vectors u_i in R^m, the mean squared overlap over ordered
/// pairs i != j, (1 / (n (n - 1))) sum_{i != j} <u_i, u_j>^2, is at least
/// max(0, (n - m) / (m (n - 1))), with equality for tight frames. Follows from
/// ||Gram||_F^2 >= trace(Gram)^2 / m = n^2 / m. Returns 0 for n <= 1 and NaN for m <= 0.
PAPERLAB_MATH_EXPORT double welchBound(int n, int m);

} // namespace paperlab::math
