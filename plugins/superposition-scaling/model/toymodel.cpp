// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "toymodel.h"

#include <paperlab/math/rng.h>

#include <algorithm>
#include <cmath>

namespace paperlab::papers::superpositionscaling {

namespace {

// Resizes only when the shape must grow, so scratch matrices are allocated once per run.
template <typename Mat>
void ensureShape(Mat &a, Eigen::Index rows, Eigen::Index cols)
{
    if (a.rows() != rows || a.cols() < cols)
        a.resize(rows, cols);
}

// Relative cost of one scattered m-vector update against one multiply-add inside a
// blocked matrix product; it puts the switch from the sparse to the dense backward pass at
// 4 / (3 * 4) = 33% firing outputs. Measured on a trained model (n = 1000, B = 256, m = 10,
// bias shifted): 0.29 against 0.49 ms per batch at 3% firing, 0.73 against 0.74 ms at 20%,
// so the choice only matters where the strong regime lives, far below the switch.
constexpr double kScatterCost = 4.0;

} // namespace

ToyModel initToyModel(int n, int m, math::Rng &rng)
{
    ToyModel model;
    // Column-major fill: feature vector after feature vector, each N(0, 1/m) per entry.
    model.wt = rng.normalMatrix(m, n, 1.0 / std::sqrt(double(m)));
    model.b = rng.normalMatrix(1, n, 1.0);
    model.gradWt = Eigen::MatrixXd::Zero(m, n);
    model.gradB = Eigen::MatrixXd::Zero(1, n);
    return model;
}

void applyDecayGrowth(Eigen::MatrixXd &wt, double gamma, double eta)
{
    if (gamma >= 0.0) {
        wt *= 1.0 - gamma * eta;
        return;
    }
    constexpr double eps = 1e-8; // exp/adamw.py adds the Adam epsilon to the row norms
    for (Eigen::Index i = 0; i < wt.cols(); ++i) {
        const double norm = wt.col(i).norm() + eps;
        wt.col(i) *= 1.0 + eta * gamma * (1.0 - 1.0 / norm);
    }
}

template <typename T>
double SparseKernel<T>::lossAndGradient(const SparseBatch &batch, const Eigen::MatrixXd &wt,
                                        const Eigen::MatrixXd &b, Eigen::MatrixXd *gradWt,
                                        Eigen::MatrixXd *gradB)
{
    const int n = static_cast<int>(wt.cols());
    const int m = static_cast<int>(wt.rows());
    const int B = batch.batch;
    m_wt = wt.template cast<T>();
    m_b = b.transpose().template cast<T>();

    // Scratch matrices keep their allocation for a whole batch (B columns); a step uses the
    // first B' columns, so the number of non-empty samples may change without reallocating.
    ensureShape(m_ht, m, B);
    ensureShape(m_pt, n, B);
    ensureShape(m_gwt, m, B);
    m_rows.clear();
    for (int s = 0; s < B; ++s) {
        if (batch.rowStart[size_t(s) + 1] > batch.rowStart[size_t(s)])
            m_rows.push_back(s);
    }
    const int rows = static_cast<int>(m_rows.size());
    const int empty = B - rows;
    auto ht = m_ht.leftCols(rows);
    auto pt = m_pt.leftCols(rows);
    auto gwt = m_gwt.leftCols(rows);

    // H^T: one feature vector per active input.
    ht.setZero();
    for (int c = 0; c < rows; ++c) {
        const int s = m_rows[size_t(c)];
        for (int k = batch.rowStart[size_t(s)]; k < batch.rowStart[size_t(s) + 1]; ++k)
            ht.col(c) += T(batch.value[size_t(k)]) * m_wt.col(batch.feature[size_t(k)]);
    }
    // P^T = W H^T (+ b in the pass below): the one dense product.
    pt.noalias() = m_wt.transpose() * ht;

    // One pass over P: add b, sum relu(P)^2, count the positive entries and list them while
    // they are few enough for the sparse backward pass to pay (the strong regime).
    // Fixed-size blocks keep the pass vectorised.
    m_positives.clear();
    const bool collect = m_collect && gradWt && gradB;
    const size_t listLimit = size_t(double(n) * rows / (0.75 * kScatterCost)) + 1;
    size_t positives = 0;
    using Block = Eigen::Matrix<T, kBlock, 1>;
    const int full = n - n % kBlock;
    double sum = 0.0;
    for (int c = 0; c < rows; ++c) {
        T *col = pt.col(c).data();
        Block acc = Block::Zero();
        for (int i0 = 0; i0 < full; i0 += kBlock) {
            Eigen::Map<Block> v(col + i0);
            v += Eigen::Map<const Block>(m_b.data() + i0);
            const Block r = v.cwiseMax(T(0));
            acc += r.cwiseProduct(r);
            if (r.sum() > T(0)) { // r >= 0: any positive entry (a vectorised reduction)
                if (!collect || positives > listLimit) {
                    positives += size_t((r.array() > T(0)).count());
                    continue;
                }
                for (int i = i0; i < i0 + kBlock; ++i) {
                    if (col[i] > T(0)) {
                        m_positives.push_back(Entry{i, c});
                        ++positives;
                    }
                }
            }
        }
        for (int i = full; i < n; ++i) {
            col[i] += m_b[i];
            if (col[i] > T(0)) {
                acc[0] += col[i] * col[i];
                if (collect)
                    m_positives.push_back(Entry{i, c});
                ++positives;
            }
        }
        sum += double(acc.sum());
    }
    // Corrections at the active inputs, then the empty samples (output relu(b)).
    for (int c = 0; c < rows; ++c) {
        const int s = m_rows[size_t(c)];
        for (int k = batch.rowStart[size_t(s)]; k < batch.rowStart[size_t(s) + 1]; ++k) {
            const double r = std::max(0.0, double(pt(batch.feature[size_t(k)], c)));
            const double x = batch.value[size_t(k)];
            sum += (r - x) * (r - x) - r * r;
        }
    }
    const Vector reluB = m_b.cwiseMax(T(0));
    sum += double(empty) * double(reluB.squaredNorm());
    const double loss = sum / double(B);

    if (!gradWt || !gradB) {
        m_path = BackwardPath::None;
        return loss;
    }

    // Listing the positive entries only pays when few fire; the fraction changes slowly
    // during training, so this batch's count decides whether the next batch lists them
    // (early in training about half of the outputs fire and the list would be wasted).
    m_collect = positives <= listLimit;

    // Choose the cheapest exact form of the backward pass (see the header).
    const double total = double(n) * double(rows);
    const double costPositives = kScatterCost * 3.0 * double(positives) * m;
    const double costComplement =
        2.0 * double(m) * m * (n + rows) + kScatterCost * 3.0 * (total - double(positives)) * m;
    const double costDense = 4.0 * total * m;
    // The list is complete whenever costPositives <= costDense (positives <= listLimit).
    if (positives == m_positives.size() && costPositives <= costComplement
        && costPositives <= costDense)
        m_path = BackwardPath::Positives;
    else if (costComplement <= costDense)
        m_path = BackwardPath::Complement;
    else
        m_path = BackwardPath::Dense;
    if (m_forced != BackwardPath::None
        && (m_forced != BackwardPath::Positives || positives == m_positives.size()))
        m_path = m_forced;

    m_dwt.resize(m, n);
    m_db.resize(n);
    switch (m_path) {
    case BackwardPath::Positives:
        // G = relu(P) - X .* [P > 0], relu(P) sparse.
        m_dwt.setZero();
        gwt.setZero();
        m_db.setZero();
        for (const Entry &e : m_positives) {
            const T g = pt(e.feature, e.row);
            m_dwt.col(e.feature) += g * ht.col(e.row);
            gwt.col(e.row) += g * m_wt.col(e.feature);
            m_db[e.feature] += g;
        }
        break;
    case BackwardPath::Complement: {
        // relu'(P) relu(P) = P - P .* [P <= 0], and P = H W^T + 1 b^T is low rank:
        //   G^T H     = W (H^T H) + b (1^T H)       -> (dW)^T = (H^T H) W^T + (H^T 1) b^T
        //   (G W)^T   = (W^T W) H^T + (W^T b) 1^T
        //   colsum(G) = W (H^T 1) + B' b
        const Vector hsum = ht.rowwise().sum();
        m_small.noalias() = ht * ht.transpose();
        m_dwt.noalias() = m_small * m_wt;
        m_dwt.noalias() += hsum * m_b.transpose();
        m_small.noalias() = m_wt * m_wt.transpose();
        gwt.noalias() = m_small * ht;
        const Vector wb = m_wt * m_b;
        gwt.colwise() += wb;
        m_db.noalias() = m_wt.transpose() * hsum;
        m_db += T(rows) * m_b;
        subtractNonPositive(rows);
        break;
    }
    case BackwardPath::Dense: {
        ensureShape(m_g, n, B);
        auto g = m_g.leftCols(rows);
        g = pt.cwiseMax(T(0));
        m_dwt.noalias() = ht * g.transpose();
        gwt.noalias() = m_wt * g;
        m_db = g.rowwise().sum();
        break;
    }
    case BackwardPath::None:
        break;
    }

    // The -X .* [P > 0] part of G, then X^T (G W).
    for (int c = 0; c < rows; ++c) {
        const int s = m_rows[size_t(c)];
        for (int k = batch.rowStart[size_t(s)]; k < batch.rowStart[size_t(s) + 1]; ++k) {
            const int i = batch.feature[size_t(k)];
            if (pt(i, c) > T(0)) {
                const T x = T(batch.value[size_t(k)]);
                m_dwt.col(i) -= x * ht.col(c);
                gwt.col(c) -= x * m_wt.col(i);
                m_db[i] -= x;
            }
        }
    }
    for (int c = 0; c < rows; ++c) {
        const int s = m_rows[size_t(c)];
        for (int k = batch.rowStart[size_t(s)]; k < batch.rowStart[size_t(s) + 1]; ++k) {
            const int i = batch.feature[size_t(k)];
            m_dwt.col(i) += T(batch.value[size_t(k)]) * gwt.col(c);
        }
    }
    // Empty samples: output relu(b), so G = relu(b) and H = 0; only db sees them.
    m_db += T(empty) * reluB;

    const double scale = 2.0 / (double(B) * double(n)); // d MSE / d y
    *gradWt = m_dwt.template cast<double>() * scale;
    *gradB = m_db.transpose().template cast<double>() * scale;
    return loss;
}

template <typename T>
void SparseKernel<T>::subtractNonPositive(int rows)
{
    // G -= P .* [P < 0]: the correction of the low-rank form of relu'(P) P.
    const int n = static_cast<int>(m_pt.rows());
    const int m = static_cast<int>(m_wt.rows());
    Vector gw(m);
    for (int c = 0; c < rows; ++c) {
        const T *col = m_pt.col(c).data();
        gw.setZero();
        for (int i = 0; i < n; ++i) {
            const T p = col[i];
            if (p < T(0)) {
                m_dwt.col(i) -= p * m_ht.col(c);
                gw += p * m_wt.col(i);
                m_db[i] -= p;
            }
        }
        m_gwt.col(c) -= gw;
    }
}

template <typename T>
double denseLossAndGradient(const Eigen::MatrixXd &x, const Eigen::MatrixXd &W,
                            const Eigen::MatrixXd &b, Eigen::MatrixXd *gradW,
                            Eigen::MatrixXd *gradB)
{
    using Matrix = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic>;
    using RowVector = Eigen::Matrix<T, 1, Eigen::Dynamic>;
    const Matrix xt = x.template cast<T>();
    const Matrix w = W.template cast<T>();
    const RowVector bias = b.template cast<T>();
    const Eigen::Index B = xt.rows();
    const Eigen::Index n = xt.cols();
    const Matrix h = xt * w;                               // B x m
    Matrix p = h * w.transpose();                          // B x n
    p.rowwise() += bias;
    const Matrix diff = p.cwiseMax(T(0)) - xt;             // y - x
    const double loss = double(diff.squaredNorm()) / double(B);
    if (!gradW || !gradB)
        return loss;
    const T scale = T(2.0 / (double(B) * double(n)));
    const Matrix g = (p.array() > T(0)).select(diff, T(0)) * scale;
    const Matrix gw = g * w;                               // B x m
    const Matrix dw = g.transpose() * h + xt.transpose() * gw;
    *gradW = dw.template cast<double>();
    *gradB = g.colwise().sum().template cast<double>();
    return loss;
}

double referenceLoss(const Eigen::MatrixXd &x, const Eigen::MatrixXd &W, const Eigen::MatrixXd &b)
{
    double total = 0.0;
    for (Eigen::Index s = 0; s < x.rows(); ++s) {
        const Eigen::VectorXd xs = x.row(s).transpose();
        const Eigen::VectorXd pre = W * (W.transpose() * xs) + b.transpose();
        total += (pre.cwiseMax(0.0) - xs).squaredNorm();
    }
    return total / double(x.rows());
}

template class SparseKernel<float>;
template class SparseKernel<double>;
template double denseLossAndGradient<float>(const Eigen::MatrixXd &, const Eigen::MatrixXd &,
                                            const Eigen::MatrixXd &, Eigen::MatrixXd *,
                                            Eigen::MatrixXd *);
template double denseLossAndGradient<double>(const Eigen::MatrixXd &, const Eigen::MatrixXd &,
                                             const Eigen::MatrixXd &, Eigen::MatrixXd *,
                                             Eigen::MatrixXd *);

} // namespace paperlab::papers::superpositionscaling
