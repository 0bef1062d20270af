// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <Eigen/Core>
#include <Eigen/Eigenvalues>

#include <vector>

namespace paperlab::papers::diffusionmemorization {

/// One symmetric eigendecomposition U = Q Λ Qᵀ of a p×p matrix, with Q kept in factored form.
///
/// It is the textbook algorithm: a Householder tridiagonalisation U = H T Hᵀ of the whole
/// matrix, then implicit QR on T. T is split wherever an off-diagonal entry is below
/// p·ε·‖T‖∞, the backward error of the tridiagonalisation itself (LAPACK's dsteqr also splits,
/// with a tighter test), and each unreduced block is solved on its own, so Q = H·B with B
/// block-diagonal. For the random-features U = s_t² I + (rank n + d) the tridiagonal splits
/// into one block of about n + d rows and single rows for the rest: the δ-peak. Keeping
/// Q factored avoids the O(p³) Givens updates of full-length vectors that dominate
/// math::symmetricEigen here (about 3× faster at p = 1600); products Qᵀx cost O(p² cols).
class FactoredSymmetricEigen
{
public:
    /// Decomposes `u` (only the lower triangle is read).
    explicit FactoredSymmetricEigen(const Eigen::MatrixXd &u);

    /// False for non-finite input or if a block's QR iteration did not converge.
    bool ok() const { return m_ok; }
    /// Eigenvalues in ascending order.
    const Eigen::VectorXd &values() const { return m_values; }
    /// Qᵀ x, rows in the order of values().
    Eigen::MatrixXd transposeTimes(const Eigen::MatrixXd &x) const;
    /// The dense p×p Q (O(p³); for tests and small matrices).
    Eigen::MatrixXd vectors() const;
    /// Sizes of the unreduced blocks of the tridiagonal matrix, in order.
    std::vector<int> blockSizes() const;

private:
    struct Block {
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

} // namespace paperlab::papers::diffusionmemorization
