// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/math/paperlabmathexport.h>
#include <paperlab/math/loss.h>
#include <paperlab/math/paramref.h>

#include <Eigen/Core>

#include <functional>
#include <vector>

namespace paperlab::math {

class Layer;

/// Settings of the finite-difference gradient checker.
struct GradCheckOptions
{
    /// Central-difference step h: numeric = (f(x + h) - f(x - h)) / (2 h).
    double step = 1e-5;
    /// Each entry's error is |analytic - numeric| / max(floor, |analytic|, |numeric|): a
    /// relative error for gradients larger than floor, an absolute one below it, so that
    /// entries whose true gradient is ~0 do not turn rounding noise into a huge ratio.
    double floor = 1.0;
};

/// Result of a gradient check.
struct GradCheckResult
{
    /// Largest error over every checked entry (0 if nothing was checked).
    double maxRelError = 0.0;
    /// Which variable (index into the checked list) and entry gave maxRelError; -1 if none.
    int worstVariable = -1;
    Eigen::Index worstRow = -1;
    Eigen::Index worstCol = -1;
};

/// Core checker: compares, for every entry of every variable, *variable.grad (the analytic
/// gradient, which the caller has already computed at the current values) against central
/// differences of @p f, a function of the current contents of the variables. Each entry is
/// perturbed in place and restored exactly. Cost: 2 evaluations of f per entry, so keep
/// the problem small. Not thread-safe with respect to the variables.
PAPERLAB_MATH_EXPORT GradCheckResult checkGradients(const std::function<double()> &f,
                                                    const std::vector<ParamRef> &variables,
                                                    const GradCheckOptions &options = {});

/// Checks a layer's backward() for the input and every parameter, using the scalar loss
/// L = sum(forward(input) .* R) with a fixed pseudo-random weight matrix R. Variable 0 is
/// the input, then layer.params() in order. Leaves the layer's gradients holding the
/// analytic values at @p input (its parameter values are unchanged).
PAPERLAB_MATH_EXPORT GradCheckResult checkLayerGradients(Layer &layer,
                                                         const Eigen::MatrixXd &input,
                                                         const GradCheckOptions &options = {});

/// Checks a loss's gradient with respect to its prediction argument, e.g.
/// [&](const Eigen::MatrixXd &p) { return meanSquaredError(p, target); }.
PAPERLAB_MATH_EXPORT GradCheckResult checkLossGradient(
    const std::function<LossResult(const Eigen::MatrixXd &)> &loss,
    const Eigen::MatrixXd &prediction, const GradCheckOptions &options = {});

} // namespace paperlab::math
