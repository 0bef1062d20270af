// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "onlinesimulator.h"

#include <paperlab/math/parallel.h>
#include <paperlab/parameterset.h>
#include <paperlab/snapshot.h>

#include <cmath>

namespace paperlab::papers::deepcrl {

namespace {
constexpr uint64_t kCollectStream = 3; // apart from the trainer's init (1) and batch (2) streams
constexpr int kLossWindow = 50;
} // namespace

OnlineSimulator::OnlineSimulator() = default;
OnlineSimulator::~OnlineSimulator() = default;

void OnlineSimulator::reset(const ParameterSet &p)
{
    const int capacity = int(p.integer(QStringLiteral("buffer_episodes")));
    const int initial = int(p.integer(QStringLiteral("random_episodes")));
    if (initial > capacity) {
        throw InputError({}, 0, QStringLiteral("random_episodes"),
                         QStringLiteral("random_episodes = %1 do not fit a buffer of "
                                        "buffer_episodes = %2 episodes")
                             .arg(initial)
                             .arg(capacity));
    }
    // Built before anything changes: an InputError (above, or for the depths) leaves the
    // running run untouched.
    std::vector<CriticModel> models = criticModels(p, m_maze, nullptr);
    m_models.clear();
    m_learners.clear();
    m_episodeLength = int(p.integer(QStringLiteral("episode_length")));
    const uint64_t seed = p.seed(QStringLiteral("seed"));
    m_start = m_maze.centreOf(U4Maze::startCell());
    m_goal = m_maze.centreOf({4, 1});
    m_rounds = int(p.integer(QStringLiteral("rounds")));
    m_episodes = int(p.integer(QStringLiteral("episodes")));
    m_updates = int(p.integer(QStringLiteral("updates")));
    m_epsilon = p.real(QStringLiteral("epsilon"));
    m_done = 0;

    m_batch = models.front().trainer->config().batch;
    for (size_t k = 0; k < models.size(); ++k)
        m_learners.push_back({ReplayBuffer(m_episodeLength, capacity),
                              math::Rng(seed).split(kCollectStream), 0, {}, {}, {}});
    m_models = std::move(models);
    // The first episodes are random walks from the start (the authors' buffer prefill).
    for (size_t k = 0; k < m_models.size(); ++k) {
        collect(k, initial, 1.0);
        evaluate(k);
    }
}

void OnlineSimulator::collect(size_t k, int episodes, double epsilon)
{
    Learner &l = m_learners[k];
    std::vector<int> goals;
    for (int e = 0; e < episodes; ++e)
        goals.push_back(int(l.rng.below(uint64_t(m_maze.stateCount()))));
    // A random policy (epsilon = 1) never reads the Q-values: skip computing them.
    std::vector<ValueMap> maps = epsilon < 1.0 ? m_models[k].trainer->valueMaps(goals)
                                               : std::vector<ValueMap>(goals.size());
    std::vector<int> actions;
    for (const ValueMap &map : maps) {
        std::vector<int> states =
            collectEpisode(m_maze, map, m_start, m_episodeLength, epsilon, l.rng, actions);
        l.buffer.add(std::move(states), std::move(actions));
        l.collected += m_episodeLength;
    }
}

void OnlineSimulator::evaluate(size_t k)
{
    CriticModel &m = m_models[k];
    Learner &l = m_learners[k];
    std::vector<int> goals = evaluationGoals(m_maze);
    goals.push_back(m_goal);
    std::vector<ValueMap> maps = m.trainer->valueMaps(goals);
    double atGoal = 0.0;
    double reached = 0.0;
    std::vector<int> actions;
    for (size_t g = 0; g + 1 < maps.size(); ++g) {
        // epsilon = 0: the greedy policy; the generator is not drawn from for moves.
        const std::vector<int> states =
            collectEpisode(m_maze, maps[g], m_start, m_episodeLength, 0.0, l.rng, actions);
        const int steps = timeAtGoal(states, goals[g]);
        atGoal += steps;
        reached += steps > 0 ? 1.0 : 0.0;
    }
    const double n = double(maps.size() - 1);
    l.envSteps.push_back(double(l.collected));
    l.timeAtGoal.push_back(atGoal / n);
    l.success.push_back(reached / n);
    m.aim(m_maze, std::move(maps.back()), m_start);
    m.trainer->setData(l.buffer.data());
}

bool OnlineSimulator::finished() const
{
    return !m_models.empty() && m_done >= m_rounds;
}

void OnlineSimulator::step()
{
    if (m_models.empty())
        throw SimulationError("advance() before reset()");
    math::parallelFor(int(m_models.size()), 0, [&](int k) {
        collect(size_t(k), m_episodes, m_epsilon);
        CriticModel &m = m_models[size_t(k)];
        m.trainer->setData(m_learners[size_t(k)].buffer.data());
        for (int u = 0; u < m_updates; ++u)
            m.trainer->step();
        evaluate(size_t(k));
    });
    ++m_done;
}

std::shared_ptr<Snapshot> OnlineSimulator::snapshot() const
{
    auto s = trainingSnapshot(m_done, m_rounds, QStringLiteral("exploring"),
                              QStringLiteral("done"), double(m_rounds) * m_updates);
    if (m_models.empty())
        return s;
    s->readouts.insert(QStringLiteral("episode_length"), m_episodeLength);
    s->readouts.insert(QStringLiteral("rounds_done"), m_done);
    QStringList parts;
    for (size_t k = 0; k < m_models.size(); ++k) {
        const CriticModel &m = m_models[k];
        const Learner &l = m_learners[k];
        const CriticTrainer &t = *m.trainer;
        s->series.push_back(averagedCurve(QStringLiteral("loss_") + m.key, m.label,
                                          t.infoNceHistory()));
        s->series.push_back({QStringLiteral("time_at_goal_") + m.key, m.label, l.envSteps,
                             l.timeAtGoal});
        if (t.stepsDone() > 0)
            s->readouts.insert(QStringLiteral("loss_") + m.key, t.recentInfoNce(kLossWindow));
        s->readouts.insert(QStringLiteral("time_at_goal_") + m.key, l.timeAtGoal.back());
        s->readouts.insert(QStringLiteral("success_") + m.key, l.success.back());
        s->readouts.insert(QStringLiteral("buffer_transitions_") + m.key,
                           double(l.buffer.transitions()));
        s->readouts.insert(QStringLiteral("env_steps"), l.envSteps.back());
        parts << QStringLiteral("%1: %2 of %3 steps at goal")
                     .arg(m.label)
                     .arg(l.timeAtGoal.back(), 0, 'f', 1)
                     .arg(m_episodeLength);
    }
    addCriticMaps(*s, m_maze, m_models, m_start, m_goal);
    s->status = QStringLiteral("Exploration, not the paper's result. Round %1 of %2; %3")
                    .arg(m_done)
                    .arg(m_rounds)
                    .arg(parts.join(QStringLiteral("; ")));
    return s;
}

} // namespace paperlab::papers::deepcrl
