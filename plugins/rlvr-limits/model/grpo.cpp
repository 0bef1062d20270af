// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "grpo.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace paperlab::papers::rlvrlimits {

namespace {
constexpr double kStdEps = 1e-6; // verl's epsilon in (r - mean) / (std + eps)
}

std::vector<double> grpoAdvantages(const std::vector<double> &rewards)
{
    const size_t n = rewards.size();
    std::vector<double> a(n, 0.0);
    if (n == 0)
        return a;
    if (n == 1) {
        a[0] = rewards[0] / (1.0 + kStdEps); // verl: mean 0, std 1 for a singleton group
        return a;
    }
    if (std::all_of(rewards.begin(), rewards.end(), [&](double r) { return r == rewards[0]; }))
        return a; // all equal: exactly zero, not (r - mean) rounding noise
    const double mean = std::accumulate(rewards.begin(), rewards.end(), 0.0) / double(n);
    double ss = 0.0;
    for (double r : rewards)
        ss += (r - mean) * (r - mean);
    const double sd = std::sqrt(ss / double(n - 1)); // torch.std: unbiased
    for (size_t i = 0; i < n; ++i)
        a[i] = (rewards[i] - mean) / (sd + kStdEps);
    return a;
}

double grpoLoss(const TabularPolicy &policy, const Eigen::MatrixXd &referenceLogConditionals,
                const std::vector<int> &paths, const std::vector<double> &adv, double scale,
                double klCoef)
{
    const PathSpace &space = policy.space();
    const Eigen::MatrixXd logCond = policy.logConditionals();
    double loss = 0.0;
    for (size_t i = 0; i < paths.size(); ++i) {
        for (int t = 0; t < space.length(); ++t) {
            const int node = space.node(paths[i], t);
            loss -= scale * adv[i] * logCond(node, space.token(paths[i], t));
            if (klCoef > 0.0) {
                const Eigen::RowVectorXd diff
                    = logCond.row(node) - referenceLogConditionals.row(node);
                loss += klCoef * scale * logCond.row(node).array().exp().matrix().dot(diff);
            }
        }
    }
    return loss;
}

void addGrpoLossGradient(const PathSpace &space, const Eigen::MatrixXd &conditionals,
                         const Eigen::MatrixXd &logConditionals,
                         const Eigen::MatrixXd &referenceLogConditionals,
                         const std::vector<int> &paths, const std::vector<double> &adv,
                         double scale, double klCoef, Eigen::MatrixXd &grad)
{
    const Eigen::MatrixXd &cond = conditionals;
    for (size_t i = 0; i < paths.size(); ++i) {
        // -(scale A_i) grad log pi(y_i): the policy-gradient ascent direction, negated.
        if (adv[i] != 0.0)
            addLogProbGradient(space, cond, paths[i], -adv[i] * scale, grad);
        if (klCoef <= 0.0)
            continue;
        for (int t = 0; t < space.length(); ++t) {
            const int node = space.node(paths[i], t);
            const Eigen::RowVectorXd diff
                = logConditionals.row(node) - referenceLogConditionals.row(node);
            const double kl = cond.row(node).dot(diff);
            grad.row(node).array()
                += klCoef * scale * cond.row(node).array() * (diff.array() - kl);
        }
    }
}

GrpoTrainer::GrpoTrainer(const World &world, const TabularPolicy &initial, math::Rng rng)
    : m_world(&world),
      m_policy(initial),
      m_referenceLogConditionals(initial.logConditionals()),
      m_grad(Eigen::MatrixXd::Zero(initial.logits().rows(), initial.logits().cols())),
      m_adam(world.config().rlLr), // betas (0.9, 0.999), eps 1e-8 as in the sheet
      m_rng(rng)
{
    m_order.resize(size_t(world.trainProblems()));
    std::iota(m_order.begin(), m_order.end(), 0);
}

GrpoStepStats GrpoTrainer::step()
{
    const LabConfig &cfg = m_world->config();
    const PathSpace &space = m_policy.space();
    const Eigen::MatrixXd logCond = m_policy.logConditionals();
    const Eigen::MatrixXd cond = logCond.array().exp().matrix();
    m_grad.setZero();

    // problemsPerStep distinct training problems: a partial Fisher-Yates shuffle.
    const int B = std::min(cfg.problemsPerStep, int(m_order.size()));
    for (int i = 0; i < B; ++i) {
        const int j = i + int(m_rng.below(uint64_t(m_order.size() - size_t(i))));
        std::swap(m_order[size_t(i)], m_order[size_t(j)]);
    }

    const int G = cfg.groupSize;
    const double scale = 1.0 / double(B * G);
    GrpoStepStats stats;
    std::vector<int> paths(static_cast<size_t>(G));
    std::vector<double> rewards(static_cast<size_t>(G));
    double rewardSum = 0.0;
    for (int b = 0; b < B; ++b) {
        const int problem = m_order[size_t(b)];
        for (int g = 0; g < G; ++g) {
            paths[size_t(g)] = samplePath(space, cond, m_rng);
            rewards[size_t(g)] = m_world->correct(problem, paths[size_t(g)]) ? 1.0 : 0.0;
            rewardSum += rewards[size_t(g)];
        }
        ++stats.groups;
        const std::vector<double> adv = grpoAdvantages(rewards);
        const bool zero = std::all_of(adv.begin(), adv.end(), [](double a) { return a == 0.0; });
        if (zero)
            ++stats.zeroAdvantageGroups;
        if (!zero || cfg.klCoef > 0.0)
            addGrpoLossGradient(space, cond, logCond, m_referenceLogConditionals, paths, adv,
                                scale, cfg.klCoef, m_grad);
    }
    stats.meanReward = rewardSum / double(B * G);
    m_adam.step({{&m_policy.logits(), &m_grad}});
    ++m_steps;
    return stats;
}

} // namespace paperlab::papers::rlvrlimits
