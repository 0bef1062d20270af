// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/math/optim.h>

#include <cmath>

namespace paperlab::math {

namespace {

void matchState(std::vector<Eigen::MatrixXd> &state, const std::vector<ParamRef> &params)
{
    if (state.size() != params.size()) {
        state.clear();
        for (const ParamRef &p : params)
            state.push_back(Eigen::MatrixXd::Zero(p.value->rows(), p.value->cols()));
    }
}

} // namespace

SgdMomentum::SgdMomentum(double lr, double momentum, double weightDecay)
    : m_lr(lr)
    , m_momentum(momentum)
    , m_weightDecay(weightDecay)
{
}

void SgdMomentum::step(const std::vector<ParamRef> &params)
{
    matchState(m_velocity, params);
    for (size_t i = 0; i < params.size(); ++i) {
        Eigen::MatrixXd &p = *params[i].value;
        // torch starts the buffer at g on the first step, which equals momentum * 0 + g.
        m_velocity[i] = m_momentum * m_velocity[i] + *params[i].grad + m_weightDecay * p;
        p -= m_lr * m_velocity[i];
    }
}

Adam::Adam(double lr, double beta1, double beta2, double eps, double weightDecay,
           bool decoupled)
    : m_lr(lr)
    , m_beta1(beta1)
    , m_beta2(beta2)
    , m_eps(eps)
    , m_weightDecay(weightDecay)
    , m_decoupled(decoupled)
{
}

void Adam::step(const std::vector<ParamRef> &params)
{
    if (m_m.size() != params.size())
        m_step = 0;
    matchState(m_m, params);
    matchState(m_v, params);
    ++m_step;
    const double biasCorrection1 = 1.0 - std::pow(m_beta1, m_step);
    const double biasCorrection2Sqrt = std::sqrt(1.0 - std::pow(m_beta2, m_step));
    const double stepSize = m_lr / biasCorrection1;
    // Every update is an element-wise expression written straight into p, m and v: no
    // temporaries per step (they were a measurable share of small-model training), and the
    // same operations per element as before, so the same rounding.
    const auto update = [&](Eigen::MatrixXd &p, Eigen::MatrixXd &m, Eigen::MatrixXd &v,
                            const auto &g) {
        // torch writes this as exp_avg.lerp_(grad, 1 - beta1); same form, same rounding.
        m.array() += (1.0 - m_beta1) * (g - m.array());
        v.array() = m_beta2 * v.array() + (1.0 - m_beta2) * g.square();
        p.array() -= stepSize * m.array() / (v.array().sqrt() / biasCorrection2Sqrt + m_eps);
    };
    for (size_t i = 0; i < params.size(); ++i) {
        Eigen::MatrixXd &p = *params[i].value;
        const Eigen::MatrixXd &grad = *params[i].grad;
        if (m_decoupled)
            p *= 1.0 - m_lr * m_weightDecay;
        if (!m_decoupled && m_weightDecay != 0.0)
            update(p, m_m[i], m_v[i], grad.array() + m_weightDecay * p.array());
        else
            update(p, m_m[i], m_v[i], grad.array());
    }
}

void Adam::reset()
{
    m_m.clear();
    m_v.clear();
    m_step = 0;
}

} // namespace paperlab::math
