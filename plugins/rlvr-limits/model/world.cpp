// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "world.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace paperlab::papers::rlvrlimits {

World::World(const LabConfig &config, math::Rng rng) : m_config(config)
{
    if (std::pow(double(config.vocab), double(config.length)) > 4096.0)
        throw std::invalid_argument("V^L = "
                                    + std::to_string(int(std::pow(config.vocab, config.length)))
                                    + " paths exceeds the limit of 4096");
    if (config.trainProblems < 1 || config.testProblems < 1)
        throw std::invalid_argument("the training and test sets need at least one problem each");
    m_space = std::make_shared<PathSpace>(config.vocab, config.length);
    const int P = m_space->paths();

    // Sheet §7.1: z ~ N(0,1) i.i.d.; out-of-prior paths are better on average (z += bonus);
    // the prior score s = rho z + sqrt(1 - rho^2) w is correlated with quality, not equal to it.
    m_quality.resize(size_t(P));
    m_baseLogWeights.resize(size_t(P));
    const double rho = config.priorRho;
    const double noise = std::sqrt(std::max(0.0, 1.0 - rho * rho));
    const double logOop = std::log(config.oopWeight);
    for (int y = 0; y < P; ++y) {
        const bool oop = m_space->outOfPrior(y);
        const double z = rng.normal() + (oop ? config.oopBonus : 0.0);
        const double s = rho * z + noise * rng.normal();
        m_quality[size_t(y)] = z;
        m_baseLogWeights[size_t(y)] = config.priorBeta * s + (oop ? logOop : 0.0);
    }

    // Problems: difficulty delta_j, and a verifier set drawn once per problem with
    // P(y in C_j) = sigma(slope z(y) - offset - delta_j).
    const int J = config.trainProblems + config.testProblems;
    m_difficulty.resize(size_t(J));
    m_correct.assign(size_t(J) * size_t(P), 0);
    m_correctPaths.resize(size_t(J));
    for (int j = 0; j < J; ++j) {
        const double delta = config.difficultySd * rng.normal();
        m_difficulty[size_t(j)] = delta;
        for (int y = 0; y < P; ++y) {
            const double logit
                = config.verifierSlope * m_quality[size_t(y)] - config.verifierOffset - delta;
            const double prob = 1.0 / (1.0 + std::exp(-logit));
            if (rng.uniform() < prob) {
                m_correct[size_t(j) * size_t(P) + size_t(y)] = 1;
                m_correctPaths[size_t(j)].push_back(y);
            }
        }
    }
}

} // namespace paperlab::papers::rlvrlimits
