// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "distiller.h"

#include <algorithm>
#include <cmath>

namespace paperlab::papers::rlvrlimits {

std::vector<double> teacherDistribution(const World &world, double beta)
{
    const std::vector<double> &z = world.qualities();
    const double zmax = *std::max_element(z.begin(), z.end());
    std::vector<double> p(z.size());
    double total = 0.0;
    for (size_t y = 0; y < z.size(); ++y) {
        p[y] = std::exp(beta * (z[y] - zmax));
        total += p[y];
    }
    for (double &x : p)
        x /= total;
    return p;
}

Distiller::Distiller(const World &world, const TabularPolicy &initial, math::Rng rng)
    : m_world(&world),
      m_policy(initial),
      m_teacher(teacherDistribution(world, world.config().teacherBeta)),
      m_sampler(m_teacher),
      m_grad(Eigen::MatrixXd::Zero(initial.logits().rows(), initial.logits().cols())),
      m_adam(world.config().distillLr),
      m_rng(rng)
{}

void Distiller::step()
{
    const int batch = m_world->config().distillBatch;
    const Eigen::MatrixXd cond = m_policy.conditionals();
    m_grad.setZero();
    // Maximum likelihood on teacher samples: minimise -(1/batch) sum log pi_S(y_i).
    for (int i = 0; i < batch; ++i)
        addLogProbGradient(m_policy.space(), cond, m_sampler.sample(m_rng), -1.0 / double(batch),
                           m_grad);
    m_adam.step({{&m_policy.logits(), &m_grad}});
    ++m_steps;
}

} // namespace paperlab::papers::rlvrlimits
