// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/math/paperlabmathexport.h>

#include <Eigen/Core>

#include <vector>

namespace paperlab::math {

// All functions here are pure (no shared state) and safe to call from any thread.

/// A scalar loss and its gradient with respect to the prediction (same shape as it).
struct LossResult
{
    double value = 0.0;
    Eigen::MatrixXd grad;
};

/// log(sum_j exp(x_ij)) for each row i, computed with the row maximum subtracted so that
/// large entries do not overflow. A row of all -inf gives -inf.
PAPERLAB_MATH_EXPORT Eigen::VectorXd logSumExpRows(const Eigen::MatrixXd &x);

/// Row-wise softmax exp(x_ij - max_i) / sum_j exp(x_ij - max_i); every row sums to 1.
/// Entries of -inf get probability 0; a row of only -inf gives NaN.
PAPERLAB_MATH_EXPORT Eigen::MatrixXd softmaxRows(const Eigen::MatrixXd &x);

/// Mean squared error over all entries, as PyTorch MSELoss(reduction='mean'):
/// L = sum (p - t)^2 / N with N = rows * cols; grad = 2 (p - t) / N.
/// @p prediction and @p target must have the same shape.
PAPERLAB_MATH_EXPORT LossResult meanSquaredError(const Eigen::MatrixXd &prediction,
                                                 const Eigen::MatrixXd &target);

/// Softmax cross-entropy from logits (batch x K) and one class index per row, averaged over
/// the batch: L = mean_i (logSumExp(z_i) - z_i[t_i]); grad = (softmax(z) - onehot(t)) / B.
/// A target outside [0, K) makes the value NaN (its row still gets the softmax gradient).
PAPERLAB_MATH_EXPORT LossResult softmaxCrossEntropy(const Eigen::MatrixXd &logits,
                                                    const std::vector<int> &targets);

/// Binary cross-entropy on logits, averaged over all entries, as PyTorch
/// BCEWithLogitsLoss: l = max(z, 0) - z t + log(1 + exp(-|z|)); grad = (sigmoid(z) - t) / N.
/// Targets are probabilities in [0, 1], same shape as @p logits.
PAPERLAB_MATH_EXPORT LossResult binaryCrossEntropyWithLogits(const Eigen::MatrixXd &logits,
                                                             const Eigen::MatrixXd &targets);

} // namespace paperlab::math
