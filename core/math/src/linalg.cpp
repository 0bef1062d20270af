// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/math/linalg.h>

#include <Eigen/Eigenvalues>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

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

FactoredSymmetricEigen::FactoredSymmetricEigen(const Eigen::MatrixXd &u)
{
    const Eigen::Index p = u.rows();
    if (p == 0 || u.cols() != p || !u.allFinite())
        return;
    m_tri.compute(u);
    const Eigen::VectorXd d = m_tri.diagonal();
    Eigen::VectorXd e = m_tri.subDiagonal();

    double norm = 0.0; // ‖T‖∞
    for (Eigen::Index i = 0; i < p; ++i) {
        const double left = i > 0 ? std::abs(e(i - 1)) : 0.0;
        const double right = i + 1 < p ? std::abs(e(i)) : 0.0;
        norm = std::max(norm, left + std::abs(d(i)) + right);
    }
    const double tol = double(p) * std::numeric_limits<double>::epsilon() * norm;

    Eigen::VectorXd t(p); // eigenvalue of each T-space row, before sorting
    Eigen::Index start = 0;
    for (Eigen::Index i = 0; i < p; ++i) {
        if (i + 1 < p && std::abs(e(i)) > tol)
            continue;
        Block b;
        b.start = start;
        b.size = i - start + 1;
        if (b.size == 1) {
            t(start) = d(start);
        } else {
            Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> es;
            es.computeFromTridiagonal(d.segment(start, b.size), e.segment(start, b.size - 1),
                                      Eigen::ComputeEigenvectors);
            if (es.info() != Eigen::Success)
                return;
            t.segment(start, b.size) = es.eigenvalues();
            b.vectors = es.eigenvectors();
        }
        m_blocks.push_back(std::move(b));
        start = i + 1;
    }
    m_order.resize(size_t(p));
    std::iota(m_order.begin(), m_order.end(), Eigen::Index(0));
    std::stable_sort(m_order.begin(), m_order.end(),
                     [&](Eigen::Index a, Eigen::Index b) { return t(a) < t(b); });
    m_values.resize(p);
    for (Eigen::Index k = 0; k < p; ++k)
        m_values(k) = t(m_order[size_t(k)]);
    m_ok = true;
}

Eigen::MatrixXd FactoredSymmetricEigen::transposeTimes(const Eigen::MatrixXd &x) const
{
    // Qᵀx = Bᵀ (Hᵀ x), then the rows in ascending-eigenvalue order.
    Eigen::MatrixXd y = m_tri.matrixQ().transpose() * x;
    for (const Block &b : m_blocks) {
        if (b.size > 1)
            y.middleRows(b.start, b.size) = b.vectors.transpose() * y.middleRows(b.start, b.size);
    }
    Eigen::MatrixXd out(y.rows(), y.cols());
    for (size_t k = 0; k < m_order.size(); ++k)
        out.row(Eigen::Index(k)) = y.row(m_order[k]);
    return out;
}

Eigen::MatrixXd FactoredSymmetricEigen::vectors() const
{
    const Eigen::Index p = m_values.size();
    return transposeTimes(Eigen::MatrixXd::Identity(p, p)).transpose();
}

std::vector<int> FactoredSymmetricEigen::blockSizes() const
{
    std::vector<int> sizes;
    for (const Block &b : m_blocks)
        sizes.push_back(int(b.size));
    return sizes;
}

} // namespace paperlab::math
