// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/math/paperlabmathexport.h>

#include <Eigen/Core>
#include <Eigen/Eigenvalues>

#include <vector>

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

/// One symmetric eigendecomposition U = Q Λ Qᵀ of a p×p matrix, with Q kept in factored form.
///
/// A Householder tridiagonalisation U = H T Hᵀ of the whole matrix, then Eigen's implicit QR
/// (SelfAdjointEigenSolver::computeFromTridiagonal) on T. T is split wherever an off-diagonal
/// entry is below p·ε·‖T‖∞, the backward error of the tridiagonalisation itself (LAPACK's
/// dsteqr also splits, with a tighter test), and each unreduced block is solved on its own,
/// so Q = H·B with B block-diagonal. For a matrix s² I + (low rank r) the tridiagonal splits
/// into one block of about r rows and single rows for the rest. Keeping Q factored avoids the
/// O(p³) Givens updates of full-length vectors that dominate symmetricEigen() there (about 3×
/// faster at p = 1600 in the random-features model); products Qᵀx cost O(p² cols).
class PAPERLAB_MATH_EXPORT FactoredSymmetricEigen
{
public:
    /// Decomposes `u` (only the lower triangle is read).
    explicit FactoredSymmetricEigen(const Eigen::MatrixXd &u);

    /// False for non-square or non-finite input or if a block's QR iteration did not converge.
    bool ok() const { return m_ok; }
    /// Eigenvalues in ascending order.
    const Eigen::VectorXd &values() const { return m_values; }
    /// Qᵀ x, rows in the order of values().
    Eigen::MatrixXd transposeTimes(const Eigen::MatrixXd &x) const;
    /// The dense p×p Q, column k belonging to values()[k] (O(p³); for tests, small matrices).
    Eigen::MatrixXd vectors() const;
    /// Sizes of the unreduced blocks of the tridiagonal matrix, in order.
    std::vector<int> blockSizes() const;

private:
    struct Block
    {
        Eigen::Index start = 0;
        Eigen::Index size = 0;
        Eigen::MatrixXd vectors; // size×size; empty for a 1×1 block
    };

    Eigen::Tridiagonalization<Eigen::MatrixXd> m_tri;
    std::vector<Block> m_blocks;
    Eigen::VectorXd m_values;
    std::vector<Eigen::Index> m_order; // m_order[k] = row of T-space holding eigenvalue k
    bool m_ok = false;
};

/// n x n matrix of cosine similarities between the n rows of @p rows. A zero row has
/// similarity 0 with every row, itself included (as sklearn's cosine_similarity).
PAPERLAB_MATH_EXPORT Eigen::MatrixXd cosineSimilarityMatrix(const Eigen::MatrixXd &rows);

/// Welch bound: for any n unit vectors u_i in R^m, the mean squared overlap over ordered
/// pairs i != j, (1 / (n (n - 1))) sum_{i != j} <u_i, u_j>^2, is at least
/// max(0, (n - m) / (m (n - 1))), with equality for tight frames. Follows from
/// ||Gram||_F^2 >= trace(Gram)^2 / m = n^2 / m. Returns 0 for n <= 1 and NaN for m <= 0.
PAPERLAB_MATH_EXPORT double welchBound(int n, int m);

} // namespace paperlab::math
