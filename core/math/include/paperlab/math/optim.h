// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/math/paperlabmathexport.h>
#include <paperlab/math/paramref.h>

#include <Eigen/Core>

#include <vector>

namespace paperlab::math {

/// Stochastic gradient descent with heavy-ball momentum, in torch.optim.SGD arithmetic
/// (dampening 0, no Nesterov): g = grad + weightDecay * p; v = momentum * v + g; p -= lr * v.
///
/// State: one velocity per parameter, matched to the parameter list by position and created
/// (at zero) on the first step(); pass the same list, in the same order, every step. A list
/// of a different length resets the state. Threading: one optimiser per thread.
class PAPERLAB_MATH_EXPORT SgdMomentum
{
public:
    SgdMomentum(double lr, double momentum, double weightDecay = 0.0);

    /// Updates every parameter in place from its current gradient (gradients are not
    /// cleared).
    void step(const std::vector<ParamRef> &params);

    /// The learning rate used by the next step(); set it before each step for schedules.
    void setLearningRate(double lr) { m_lr = lr; }
    double learningRate() const { return m_lr; }

    /// Drops the velocities.
    void reset() { m_velocity.clear(); }

private:
    double m_lr;
    double m_momentum;
    double m_weightDecay;
    std::vector<Eigen::MatrixXd> m_velocity;
};

/// Adam (Kingma and Ba 2015) in the exact arithmetic of torch.optim.Adam / AdamW:
///
///     t += 1
///     decoupled (AdamW):  p -= lr * weightDecay * p;  g = grad
///     otherwise (L2):     g = grad + weightDecay * p
///     m = beta1 m + (1 - beta1) g;   v = beta2 v + (1 - beta2) g^2
///     p -= (lr / (1 - beta1^t)) * m / (sqrt(v) / sqrt(1 - beta2^t) + eps)
///
/// So the first step moves every parameter by about lr * sign(g).
///
/// State: moments per parameter matched by position (see SgdMomentum) and one step
/// counter t shared by all parameters, which equals PyTorch's per-parameter count when
/// every parameter is stepped every time. Threading: one optimiser per thread.
class PAPERLAB_MATH_EXPORT Adam
{
public:
    Adam(double lr, double beta1 = 0.9, double beta2 = 0.999, double eps = 1e-8,
         double weightDecay = 0.0, bool decoupled = false);

    /// Updates every parameter in place from its current gradient.
    void step(const std::vector<ParamRef> &params);

    /// The learning rate used by the next step(); set it before each step for schedules.
    void setLearningRate(double lr) { m_lr = lr; }
    double learningRate() const { return m_lr; }

    /// Number of steps taken since construction or reset().
    int stepCount() const { return m_step; }

    /// Drops the moments and the step counter.
    void reset();

private:
    double m_lr;
    double m_beta1;
    double m_beta2;
    double m_eps;
    double m_weightDecay;
    bool m_decoupled;
    int m_step = 0;
    std::vector<Eigen::MatrixXd> m_m;
    std::vector<Eigen::MatrixXd> m_v;
};

} // namespace paperlab::math
