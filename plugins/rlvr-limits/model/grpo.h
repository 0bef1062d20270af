// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "pathpolicy.h"
#include "world.h"

#include <paperlab/math/optim.h>
#include <paperlab/math/rng.h>

#include <vector>

namespace paperlab::papers::rlvrlimits {

/// GRPO advantages of one group as verl computes them (arXiv 2504.13837 App. A.1; verl
/// core_algos.compute_grpo_outcome_advantage): A_i = (r_i - mean) / (std + 1e-6) with the
/// unbiased std. A group of size 1 uses mean 0 and std 1, so A = r / (1 + 1e-6). A group whose
/// rewards are all equal gets exactly zero advantage: problems the policy never (or always)
/// solves give no gradient at all, which is why RLVR cannot learn what it never samples.
std::vector<double> grpoAdvantages(const std::vector<double> &rewards);

/// The loss GRPO minimises for one group of rollouts `paths` with advantages `adv`:
/// -scale sum_i A_i log pi(y_i) + klCoef scale sum_i sum_t KL(pi(.|y_i,<t) || pi_0(.|y_i,<t)),
/// with pi_0 given by its log-conditionals. The advantages are constants (on-policy, one
/// update per batch, so the PPO ratio is 1). Used to check addGrpoLossGradient.
double grpoLoss(const TabularPolicy &policy, const Eigen::MatrixXd &referenceLogConditionals,
                const std::vector<int> &paths, const std::vector<double> &adv, double scale,
                double klCoef);

/// Adds the gradient of grpoLoss with respect to the logits to `grad` (nodes x V), given
/// the policy's conditionals and their logs. For the KL term, d KL / d theta_v = pi_v (log pi_v -
/// log pi0_v - KL) at each visited prefix.
void addGrpoLossGradient(const PathSpace &space, const Eigen::MatrixXd &conditionals,
                         const Eigen::MatrixXd &logConditionals,
                         const Eigen::MatrixXd &referenceLogConditionals,
                         const std::vector<int> &paths, const std::vector<double> &adv,
                         double scale, double klCoef, Eigen::MatrixXd &grad);

/// Statistics of one GRPO step.
struct GrpoStepStats
{
    double meanReward = 0.0; ///< fraction of correct rollouts in the batch
    int groups = 0;
    int zeroAdvantageGroups = 0; ///< groups with all-equal rewards (no gradient)
};

/// On-policy GRPO without KL (unless klCoef > 0): one Adam update per batch, so the PPO
/// ratio is 1 and clipping is inactive (sheet §7.1). Each step draws problemsPerStep distinct
/// training problems and groupSize paths per problem and ascends
/// (1 / (B G)) sum_i A_i grad log pi(y_i).
class GrpoTrainer
{
public:
    GrpoTrainer(const World &world, const TabularPolicy &initial, math::Rng rng);

    GrpoStepStats step();
    const TabularPolicy &policy() const { return m_policy; }
    int steps() const { return m_steps; }

private:
    const World *m_world;
    TabularPolicy m_policy;
    Eigen::MatrixXd m_referenceLogConditionals; // pi_0, for the optional KL term
    Eigen::MatrixXd m_grad;
    math::Adam m_adam;
    math::Rng m_rng;
    std::vector<int> m_order;
    int m_steps = 0;
};

} // namespace paperlab::papers::rlvrlimits
