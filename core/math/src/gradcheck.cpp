// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/math/gradcheck.h>

#include <paperlab/math/nn.h>
#include <paperlab/math/rng.h>

#include <algorithm>
#include <cmath>

namespace paperlab::math {

GradCheckResult checkGradients(const std::function<double()> &f,
                               const std::vector<ParamRef> &variables,
                               const GradCheckOptions &options)
{
    GradCheckResult result;
    const double h = options.step;
    for (size_t v = 0; v < variables.size(); ++v) {
        Eigen::MatrixXd &value = *variables[v].value;
        const Eigen::MatrixXd &grad = *variables[v].grad;
        for (Eigen::Index j = 0; j < value.cols(); ++j) {
            for (Eigen::Index i = 0; i < value.rows(); ++i) {
                const double original = value(i, j);
                value(i, j) = original + h;
                const double up = f();
                value(i, j) = original - h;
                const double down = f();
                value(i, j) = original;
                const double numeric = (up - down) / (2.0 * h);
                const double analytic = grad(i, j);
                const double scale
                    = std::max({options.floor, std::abs(analytic), std::abs(numeric)});
                const double error = std::abs(analytic - numeric) / scale;
                // The negated test also catches a NaN error.
                if (!(error <= result.maxRelError)) {
                    result.maxRelError = error;
                    result.worstVariable = static_cast<int>(v);
                    result.worstRow = i;
                    result.worstCol = j;
                }
            }
        }
    }
    return result;
}

GradCheckResult checkLayerGradients(Layer &layer, const Eigen::MatrixXd &input,
                                    const GradCheckOptions &options)
{
    Eigen::MatrixXd x = input;
    // A fixed random projection makes every output entry matter with a distinct weight,
    // which sum(output) alone would not (e.g. softmax rows always sum to 1).
    Rng rng(0x6772616463686bULL);
    const Eigen::MatrixXd probe = layer.forward(x);
    const Eigen::MatrixXd weights = rng.normalMatrix(static_cast<int>(probe.rows()),
                                                     static_cast<int>(probe.cols()), 1.0);

    layer.zeroGrad();
    layer.forward(x);
    Eigen::MatrixXd inputGrad = layer.backward(weights);

    std::vector<ParamRef> variables{{&x, &inputGrad}};
    const std::vector<ParamRef> params = layer.params();
    variables.insert(variables.end(), params.begin(), params.end());
    const auto f = [&layer, &x, &weights]() {
        return layer.forward(x).cwiseProduct(weights).sum();
    };
    return checkGradients(f, variables, options);
}

GradCheckResult checkLossGradient(const std::function<LossResult(const Eigen::MatrixXd &)> &loss,
                                  const Eigen::MatrixXd &prediction,
                                  const GradCheckOptions &options)
{
    Eigen::MatrixXd p = prediction;
    Eigen::MatrixXd grad = loss(p).grad;
    const auto f = [&loss, &p]() { return loss(p).value; };
    return checkGradients(f, {{&p, &grad}}, options);
}

} // namespace paperlab::math
