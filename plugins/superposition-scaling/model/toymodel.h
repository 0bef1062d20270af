// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "toydata.h"

#include <paperlab/math/paramref.h>

#include <Eigen/Core>

#include <vector>

namespace paperlab::math {
class Rng;
}

namespace paperlab::papers::superpositionscaling {

/// The toy model of arXiv 2505.10465 §2: y = ReLU(W W^T x + b) with W n x m, whose rows
/// W_i are the feature vectors, and b in R^n (stored 1 x n so that optimisers see every
/// parameter as a matrix).
///
/// W is stored transposed, as the m x n matrix wt whose column i is W_i, so that a feature
/// vector is contiguous in memory: the sparse kernel touches one W_i per active input.
/// The gradients are those of the authors' training loss, the MSE averaged over batch and
/// features (exp-10.py, nn.MSELoss), i.e. paper loss / n.
struct ToyModel
{
    Eigen::MatrixXd wt;     ///< W^T, m x n
    Eigen::MatrixXd b;      ///< 1 x n
    Eigen::MatrixXd gradWt; ///< d MSE / d W^T
    Eigen::MatrixXd gradB;

    int features() const { return static_cast<int>(wt.cols()); }
    int width() const { return static_cast<int>(wt.rows()); }
    /// W itself (n x m), a copy.
    Eigen::MatrixXd W() const { return wt.transpose(); }

    /// {W^T, gradWt} and {b, gradB}, for math::Adam. Valid while this object is not moved.
    std::vector<math::ParamRef> params() { return {{&wt, &gradWt}, {&b, &gradB}}; }
};

/// exp-10.py FeatureRecovery initialisation: W = randn(n, m) / sqrt(m), b = randn(n).
ToyModel initToyModel(int n, int m, math::Rng &rng);

/// The superposition knob, applied to W (never to b) before each Adam step with the
/// current learning rate eta (Eq. 2; authors' exp/adamw.py). @p wt is W^T: column i is
/// the feature vector W_i.
///     gamma >= 0:  W <- W (1 - gamma eta)                                (weight decay)
///     gamma <  0:  W_i <- W_i + eta gamma W_i (1 - 1 / (||W_i|| + eps))  (growth to norm 1)
/// with eps = 1e-8, the Adam epsilon. For gamma < 0 this is gradient descent on
/// (||W_i|| - 1)^2 / 2 scaled by -gamma: rows shorter than 1 grow, longer ones shrink.
void applyDecayGrowth(Eigen::MatrixXd &wt, double gamma, double eta);

/// Which algebra the sparse kernel used for the backward pass of the last batch.
enum class BackwardPath {
    None,       ///< loss only
    Positives,  ///< few outputs are active: G is sparse (strong superposition)
    Complement, ///< almost all outputs are active: G = low rank - sparse (weak regime)
    Dense,      ///< neither: two dense products
};

/// Loss and gradient of the toy model on a sparse batch, exploiting that with activation
/// density E only about E of the n inputs of a sample are non-zero (paper sheet §7.1).
///
/// With H = X W (B x m), P = H W^T + 1 b^T and G = relu'(P) .* (relu(P) - X):
///   * H costs one m-vector update per active input; samples with no active input are
///     dropped from every product and handled in closed form (their output is relu(b));
///   * P is the one dense product (B' x n x m over the B' non-empty samples);
///   * dW = G^T H + X^T (G W) and db = colsum(G) are formed from the sparse part of G:
///     its positive entries when few outputs fire, or G = (H W^T + 1 b^T) - (the
///     non-positive entries) when almost all do, whichever costs less, and with two dense
///     products otherwise. All three are exact; they differ only in rounding.
///
/// T is the arithmetic type (float for training, as the authors' FP32; double in tests).
/// The returned loss is in paper units, the batch mean of sum_i (y_i - x_i)^2 (§2); the
/// gradients (if requested) are of the MSE, i.e. that loss / n. Not thread-safe: one
/// kernel per training run (it keeps its scratch matrices between calls).
template <typename T>
class SparseKernel
{
public:
    using Matrix = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic>;
    using Vector = Eigen::Matrix<T, Eigen::Dynamic, 1>;

    /// Loss of (W, b) on @p batch, with @p wt = W^T (m x n); fills @p gradWt (m x n, the
    /// gradient with respect to W^T) and @p gradB (1 x n) unless they are null.
    double lossAndGradient(const SparseBatch &batch, const Eigen::MatrixXd &wt,
                           const Eigen::MatrixXd &b, Eigen::MatrixXd *gradWt,
                           Eigen::MatrixXd *gradB);

    BackwardPath lastPath() const { return m_path; }

    /// Forces one backward algebra (tests compare all three); None restores the automatic
    /// choice. A forced Positives path still falls back when the list was not collected.
    void forcePath(BackwardPath path) { m_forced = path; }

private:
    void subtractNonPositive(int rows);

    // Entries of P handled at once in the vectorised pass over P.
    static constexpr int kBlock = 8;
    struct Entry
    {
        int feature;
        int row; // index into m_rows
    };

    BackwardPath m_path = BackwardPath::None;
    BackwardPath m_forced = BackwardPath::None;
    bool m_collect = true;      // list the positive entries of P in this batch
    std::vector<int> m_rows;    // non-empty samples
    std::vector<Entry> m_positives;
    Matrix m_wt;                // W^T (m x n): column i is the feature vector W_i
    Vector m_b;
    // The next three hold B columns; a batch uses the first B' (its non-empty samples).
    Matrix m_ht;                // H^T (m x B')
    Matrix m_pt;                // P^T pre-activations (n x B')
    Matrix m_gwt;               // (G W)^T (m x B')
    Matrix m_g;                 // G^T for the dense backward pass (n x B')
    Matrix m_dwt;               // (G^T H + X^T G W)^T, unscaled (m x n)
    Vector m_db;
    Matrix m_small;             // m x m scratch
};

/// The straightforward dense computation, as autograd would do it for the authors' code:
/// H = X W, P = H W^T + b, five dense products for loss and gradient. @p x is the dense
/// batch (rows are samples) and @p W is n x m; @p gradW is n x m. Reference for the tests
/// and the benchmark. Same units as SparseKernel::lossAndGradient.
template <typename T>
double denseLossAndGradient(const Eigen::MatrixXd &x, const Eigen::MatrixXd &W,
                            const Eigen::MatrixXd &b, Eigen::MatrixXd *gradW,
                            Eigen::MatrixXd *gradB);

/// The same loss in double precision, written as the definition (no gradient): the batch
/// mean of sum_i (ReLU(W W^T x + b)_i - x_i)^2. For finite-difference checks.
double referenceLoss(const Eigen::MatrixXd &x, const Eigen::MatrixXd &W, const Eigen::MatrixXd &b);

extern template class SparseKernel<float>;
extern template class SparseKernel<double>;

} // namespace paperlab::papers::superpositionscaling
