// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "critic.h"

#include <cmath>
#include <limits>

namespace paperlab::papers::deepcrl {

namespace {
constexpr uint64_t kInitStream = 1;
constexpr uint64_t kBatchStream = 2;
} // namespace

CriticTrainer::CriticTrainer(const U4Maze &maze, std::shared_ptr<const RandomWalkData> data,
                             const CriticConfig &config, uint64_t seed)
    : m_maze(maze),
      m_data(std::move(data)),
      m_config(config),
      m_sampler(config.gamma),
      m_batchRng(math::Rng(seed).split(kBatchStream)),
      m_adam(config.learningRate)
{
    math::Rng init = math::Rng(seed).split(kInitStream);
    const EncoderShape sa{2 + kActionCount, config.width, config.depth, config.repDim,
                          config.skips};
    const EncoderShape g{2, config.width, config.depth, config.repDim, config.skips};
    m_phi = std::make_unique<Encoder>(sa, init);
    m_psi = std::make_unique<Encoder>(g, init);
    m_params = m_phi->params();
    const auto p = m_psi->params();
    m_params.insert(m_params.end(), p.begin(), p.end());
}

Eigen::MatrixXd CriticTrainer::stateActionInput(const std::vector<int> &states,
                                                const std::vector<int> &actions) const
{
    Eigen::MatrixXd x = Eigen::MatrixXd::Zero(Eigen::Index(states.size()), 2 + kActionCount);
    for (size_t k = 0; k < states.size(); ++k) {
        const auto pos = m_maze.position(states[k]);
        x(Eigen::Index(k), 0) = pos[0];
        x(Eigen::Index(k), 1) = pos[1];
        x(Eigen::Index(k), 2 + actions[k]) = 1.0;
    }
    return x;
}

Eigen::MatrixXd CriticTrainer::goalInput(const std::vector<int> &goals) const
{
    Eigen::MatrixXd x(Eigen::Index(goals.size()), 2);
    for (size_t k = 0; k < goals.size(); ++k) {
        const auto pos = m_maze.position(goals[k]);
        x(Eigen::Index(k), 0) = pos[0];
        x(Eigen::Index(k), 1) = pos[1];
    }
    return x;
}

double CriticTrainer::step()
{
    const Batch b = sampleBatch(*m_data, m_sampler, m_config.batch, m_batchRng);
    const Eigen::MatrixXd phi = m_phi->forward(stateActionInput(b.states, b.actions));
    const Eigen::MatrixXd psi = m_psi->forward(goalInput(b.goals));
    const ContrastiveLoss loss = contrastiveLoss(phi, psi, m_config.penalty);
    m_phi->zeroGrad();
    m_psi->zeroGrad();
    m_phi->backward(loss.gradPhi);
    m_psi->backward(loss.gradPsi);
    m_adam.step(m_params);
    m_infoNce.push_back(loss.infoNce);
    return loss.infoNce;
}

double CriticTrainer::recentInfoNce(int window) const
{
    if (m_infoNce.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const size_t n = m_infoNce.size();
    const size_t from = n > size_t(window) ? n - size_t(window) : 0;
    double sum = 0.0;
    for (size_t k = from; k < n; ++k)
        sum += m_infoNce[k];
    return sum / double(n - from);
}

std::vector<int> evaluationGoals(const U4Maze &maze)
{
    std::vector<int> goals;
    for (const Cell &cell : U4Maze::evalGoalCells())
        goals.push_back(maze.centreOf(cell));
    return goals;
}

std::vector<ValueMap> CriticTrainer::valueMaps(const std::vector<int> &goals)
{
    const int n = m_maze.stateCount();
    std::vector<int> states, actions;
    for (int s = 0; s < n; ++s) {
        for (int a = 0; a < kActionCount; ++a) {
            states.push_back(s);
            actions.push_back(a);
        }
    }
    const Eigen::MatrixXd phi = m_phi->forward(stateActionInput(states, actions));
    const Eigen::MatrixXd psi = m_psi->forward(goalInput(goals));
    std::vector<ValueMap> maps;
    for (size_t k = 0; k < goals.size(); ++k) {
        const Eigen::VectorXd q = negativeDistances(phi, psi.row(Eigen::Index(k)));
        const std::vector<int> dist = m_maze.distancesTo(goals[k]);
        ValueMap map;
        map.goal = goals[k];
        int optimal = 0;
        for (int s = 0; s < n; ++s) {
            int best = 0;
            for (int a = 1; a < kActionCount; ++a) {
                if (q(s * kActionCount + a) > q(s * kActionCount + best))
                    best = a;
            }
            map.greedy.push_back(best);
            map.value.push_back(q(s * kActionCount + best));
            if (m_maze.isOptimal(dist, s, best))
                ++optimal;
        }
        map.optimalFraction = double(optimal) / double(n - 1);
        maps.push_back(std::move(map));
    }
    return maps;
}

double CriticTrainer::optimalActionFraction()
{
    double sum = 0.0;
    const std::vector<ValueMap> maps = valueMaps(evaluationGoals(m_maze));
    for (const ValueMap &map : maps)
        sum += map.optimalFraction;
    return sum / double(maps.size());
}

std::vector<int> CriticTrainer::greedyRollout(int start, int goal, int maxSteps)
{
    return greedyRollout(m_maze, qMap(goal), start, maxSteps);
}

std::vector<int> CriticTrainer::greedyRollout(const U4Maze &maze, const ValueMap &map, int start,
                                              int maxSteps)
{
    std::vector<int> path{start};
    std::vector<bool> seen(size_t(maze.stateCount()), false);
    seen[size_t(start)] = true;
    while (path.back() != map.goal && int(path.size()) <= maxSteps) {
        const int next = maze.next(path.back(), map.greedy[size_t(path.back())]);
        path.push_back(next);
        if (seen[size_t(next)])
            break;
        seen[size_t(next)] = true;
    }
    return path;
}

int CriticTrainer::rolloutLoop(const std::vector<int> &path)
{
    if (path.size() < 2)
        return 0;
    const int last = path.back();
    for (size_t k = path.size() - 1; k-- > 0;) {
        if (path[k] == last)
            return int(path.size() - 1 - k);
    }
    return 0;
}

} // namespace paperlab::papers::deepcrl
