// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "pathpolicy.h"

#include <paperlab/math/rng.h>

#include <cstdint>
#include <memory>
#include <vector>

namespace paperlab::papers::rlvrlimits {

/// Every knob of the toy RLVR laboratory; defaults are the paper sheet's §7.1 design.
struct LabConfig
{
    int vocab = 4; ///< V
    int length = 5; ///< L (V^L <= 4096 paths)
    double priorBeta = 2.0; ///< beta: pi_0(y) ∝ exp(beta s(y))
    double priorRho = 0.5; ///< rho: corr(prior score s, quality z)
    double oopBonus = 1.0; ///< quality bonus of out-of-prior paths (first token V-1)
    double oopWeight = 1e-12; ///< factor on the base model's raw weight of those paths
    double difficultySd = 1.5; ///< problem difficulty delta_j ~ N(0, sd^2)
    double verifierSlope = 1.5; ///< P(y in C_j) = sigma(slope z(y) - offset - delta_j)
    double verifierOffset = 4.5;
    int trainProblems = 200;
    int testProblems = 200;
    int groupSize = 8; ///< G rollouts per problem
    int problemsPerStep = 16;
    int rlSteps = 200;
    double rlLr = 0.01;
    double klCoef = 0.0; ///< exploratory; the paper's deep analysis drops KL (§4.3)
    std::vector<int> checkpoints{50, 100, 200}; ///< the last RL step is always one too
    int distillSteps = 300;
    double distillLr = 0.05;
    int distillBatch = 64;
    double teacherBeta = 2.0; ///< teacher pi_T ∝ exp(teacherBeta z), out-of-prior paths included
    int estimatorSamples = 1024; ///< n samples per test problem for the unbiased estimator
    int kMax = 1024; ///< exact pass@k curves for k = 1..kMax
    int coverageK = 256; ///< "solvable" means pass@coverageK >= 0.5 (sheet §7.1)
};

/// One seed's world: path qualities, the base model's prior, and the problems with their
/// fixed verifier sets C_j (sheet §7.1). Immutable after construction; problems 0..train-1
/// form the training set and the rest the test set.
class World
{
public:
    World(const LabConfig &config, math::Rng rng);

    const LabConfig &config() const { return m_config; }
    const std::shared_ptr<const PathSpace> &space() const { return m_space; }
    int paths() const { return m_space->paths(); }
    /// Path quality z(y), bonus included.
    double quality(int path) const { return m_quality[size_t(path)]; }
    /// Log of the base model's unnormalised weight: beta s(y) (+ log oopWeight out of prior).
    const std::vector<double> &baseLogWeights() const { return m_baseLogWeights; }
    const std::vector<double> &qualities() const { return m_quality; }

    int problems() const { return int(m_difficulty.size()); }
    int trainProblems() const { return m_config.trainProblems; }
    int testProblems() const { return m_config.testProblems; }
    int firstTestProblem() const { return m_config.trainProblems; }
    double difficulty(int problem) const { return m_difficulty[size_t(problem)]; }
    /// r = 1[y in C_j]: the verifier's verdict, fixed once per seed.
    bool correct(int problem, int path) const
    {
        return m_correct[size_t(problem) * size_t(paths()) + size_t(path)] != 0;
    }
    /// C_j as a sorted list of paths.
    const std::vector<int> &correctPaths(int problem) const
    {
        return m_correctPaths[size_t(problem)];
    }

private:
    LabConfig m_config;
    std::shared_ptr<const PathSpace> m_space;
    std::vector<double> m_quality;
    std::vector<double> m_baseLogWeights;
    std::vector<double> m_difficulty;
    std::vector<uint8_t> m_correct;
    std::vector<std::vector<int>> m_correctPaths;
};

} // namespace paperlab::papers::rlvrlimits
