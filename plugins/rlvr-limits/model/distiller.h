// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "pathpolicy.h"
#include "world.h"

#include <paperlab/math/optim.h>
#include <paperlab/math/rng.h>

#include <vector>

namespace paperlab::papers::rlvrlimits {

/// Distillation (sheet §7.1): the student starts from the base model and maximises the
/// likelihood of samples from a stronger teacher pi_T ∝ exp(teacherBeta z), which also puts
/// mass on the out-of-prior strategies. Adam, distillBatch teacher samples per step.
class Distiller
{
public:
    Distiller(const World &world, const TabularPolicy &initial, math::Rng rng);

    void step();
    const TabularPolicy &policy() const { return m_policy; }
    const std::vector<double> &teacherProbabilities() const { return m_teacher; }
    int steps() const { return m_steps; }

private:
    const World *m_world;
    TabularPolicy m_policy;
    std::vector<double> m_teacher;
    PathSampler m_sampler;
    Eigen::MatrixXd m_grad;
    math::Adam m_adam;
    math::Rng m_rng;
    int m_steps = 0;
};

/// The teacher's path distribution exp(beta z) / Z.
std::vector<double> teacherDistribution(const World &world, double beta);

} // namespace paperlab::papers::rlvrlimits
