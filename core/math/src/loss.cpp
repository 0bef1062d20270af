// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/math/loss.h>

#include <cmath>
#include <limits>

namespace paperlab::math {

Eigen::VectorXd logSumExpRows(const Eigen::MatrixXd &x)
{
    Eigen::VectorXd result(x.rows());
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        const double m = x.row(i).maxCoeff();
        // An all -inf row would give -inf - -inf = NaN below.
        if (std::isinf(m) && m < 0.0) {
            result[i] = m;
            continue;
        }
        result[i] = m + std::log((x.row(i).array() - m).exp().sum());
    }
    return result;
}

Eigen::MatrixXd softmaxRows(const Eigen::MatrixXd &x)
{
    // Normalising exp(x - max) is more accurate than exp(x - logSumExp): for large logits
    // logSumExp carries an absolute rounding error of ulp(max), which exp would amplify.
    const Eigen::VectorXd rowMax = x.rowwise().maxCoeff();
    Eigen::ArrayXXd e = (x.colwise() - rowMax).array().exp();
    const Eigen::ArrayXd sums = e.rowwise().sum();
    e.colwise() /= sums;
    return e.matrix();
}

LossResult meanSquaredError(const Eigen::MatrixXd &prediction, const Eigen::MatrixXd &target)
{
    const Eigen::MatrixXd diff = prediction - target;
    const double n = static_cast<double>(diff.size());
    return {diff.squaredNorm() / n, 2.0 * diff / n};
}

LossResult softmaxCrossEntropy(const Eigen::MatrixXd &logits, const std::vector<int> &targets)
{
    const Eigen::Index batch = logits.rows();
    const Eigen::VectorXd lse = logSumExpRows(logits);
    LossResult result;
    result.grad = softmaxRows(logits);
    double total = 0.0;
    for (Eigen::Index i = 0; i < batch; ++i) {
        const int t = i < static_cast<Eigen::Index>(targets.size())
            ? targets[static_cast<size_t>(i)]
            : -1;
        if (t < 0 || t >= logits.cols()) {
            total = std::numeric_limits<double>::quiet_NaN();
            continue;
        }
        total += lse[i] - logits(i, t);
        result.grad(i, t) -= 1.0;
    }
    result.value = total / static_cast<double>(batch);
    result.grad /= static_cast<double>(batch);
    return result;
}

LossResult binaryCrossEntropyWithLogits(const Eigen::MatrixXd &logits,
                                        const Eigen::MatrixXd &targets)
{
    const Eigen::ArrayXXd z = logits.array();
    const Eigen::ArrayXXd t = targets.array();
    const double n = static_cast<double>(logits.size());
    // log1p(exp(-|z|)) keeps the loss finite and accurate for large |z| of either sign.
    const double value = (z.max(0.0) - z * t + (-z.abs()).exp().log1p()).sum() / n;
    const Eigen::ArrayXXd sigmoid = z.unaryExpr([](double v) {
        return v >= 0.0 ? 1.0 / (1.0 + std::exp(-v)) : std::exp(v) / (1.0 + std::exp(v));
    });
    return {value, ((sigmoid - t) / n).matrix()};
}

} // namespace paperlab::math
