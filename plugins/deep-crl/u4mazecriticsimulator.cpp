// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "u4mazecriticsimulator.h"

#include <paperlab/math/parallel.h>
#include <paperlab/parameterset.h>
#include <paperlab/snapshot.h>

#include <algorithm>
#include <cmath>

namespace paperlab::papers::deepcrl {

namespace {

constexpr int kLossWindow = 50; // the loss readout is the mean of the last 50 steps
// A simulator step trains a quarter of an evaluation interval: the loss curve moves (and a
// pause is taken) four times as often as the critics are evaluated. In one step of a whole
// interval, deep-crl's view got four snapshots a second at depth 8.
constexpr int kChunksPerEvaluation = 4;

// Training steps between two evaluations of the critics (the greedy-move curve, the Q-map):
// about 1e9 floating-point operations for the deepest model, roughly 0.1-0.3 s on one core.
// Depends only on the settings, so the curve's points do too.
int evaluationInterval(int maxDepth, int width, int batch)
{
    const double perStep = 6.0 * (maxDepth + 2.0) * width * width * batch;
    return std::clamp(int(1.0e9 / perStep), 1, 200);
}

} // namespace

U4MazeCriticSimulator::U4MazeCriticSimulator() = default;
U4MazeCriticSimulator::~U4MazeCriticSimulator() = default;

void U4MazeCriticSimulator::reset(const ParameterSet &p)
{
    const auto data = randomWalkData(m_maze, int(p.integer(QStringLiteral("trajectories"))),
                                     int(p.integer(QStringLiteral("walk_length"))),
                                     p.seed(QStringLiteral("seed")));
    // Built before anything changes: depths that break a rule (InputError) leave the run.
    std::vector<CriticModel> models = criticModels(p, m_maze, data);
    m_models.clear();
    m_evaluations.clear();
    const CriticConfig &deepest = models.front().trainer->config();
    m_steps = int(p.integer(QStringLiteral("steps")));
    m_batch = deepest.batch;
    m_evaluateEvery = evaluationInterval(deepest.depth, deepest.width, deepest.batch);
    m_chunk = std::max(1, m_evaluateEvery / kChunksPerEvaluation);
    m_done = 0;
    m_start = m_maze.centreOf(U4Maze::startCell());
    m_goal = m_maze.centreOf({4, 1});
    m_models = std::move(models);
    m_evaluations.resize(m_models.size());
    for (size_t k = 0; k < m_models.size(); ++k)
        evaluate(k);
}

void U4MazeCriticSimulator::evaluate(size_t k)
{
    CriticModel &m = m_models[k];
    std::vector<int> goals = evaluationGoals(m_maze);
    goals.push_back(m_goal);
    std::vector<ValueMap> maps = m.trainer->valueMaps(goals);
    double sum = 0.0;
    for (size_t g = 0; g + 1 < maps.size(); ++g)
        sum += maps[g].optimalFraction;
    m_evaluations[k].steps.push_back(m.trainer->stepsDone());
    m_evaluations[k].fraction.push_back(sum / double(maps.size() - 1));
    m.aim(m_maze, std::move(maps.back()), m_start);
}

bool U4MazeCriticSimulator::finished() const
{
    return !m_models.empty() && m_done >= m_steps;
}

void U4MazeCriticSimulator::step()
{
    if (m_models.empty())
        throw SimulationError("advance() before reset()");
    // Up to the next evaluation, never past it: the critics are evaluated at the same steps
    // whatever the chunk.
    const int nextEvaluation = (m_done / m_evaluateEvery + 1) * m_evaluateEvery;
    const int target = std::min({m_steps, m_done + m_chunk, nextEvaluation});
    const bool evaluateNow = target == nextEvaluation || target == m_steps;
    math::parallelFor(int(m_models.size()), 0, [&](int k) {
        CriticTrainer &t = *m_models[size_t(k)].trainer;
        while (t.stepsDone() < target)
            t.step();
        if (evaluateNow)
            evaluate(size_t(k));
    });
    m_done = target;
}

std::shared_ptr<Snapshot> U4MazeCriticSimulator::snapshot() const
{
    auto s = trainingSnapshot(m_done, m_steps, QStringLiteral("training"),
                              QStringLiteral("trained"), m_steps);
    if (m_models.empty())
        return s;
    for (size_t k = 0; k < m_models.size(); ++k) {
        const CriticModel &m = m_models[k];
        const CriticTrainer &t = *m.trainer;
        s->series.push_back(averagedCurve(QStringLiteral("loss_") + m.key, m.label,
                                          t.infoNceHistory()));
        s->series.push_back({QStringLiteral("optimal_") + m.key, m.label,
                             m_evaluations[k].steps, m_evaluations[k].fraction});
        if (t.stepsDone() > 0)
            s->readouts.insert(QStringLiteral("loss_") + m.key, t.recentInfoNce(kLossWindow));
        s->readouts.insert(QStringLiteral("optimal_action_frac_") + m.key,
                           m_evaluations[k].fraction.back());
    }
    addCriticMaps(*s, m_maze, m_models, m_start, m_goal);

    if (m_done == 0) {
        s->status = QStringLiteral("%1 untrained critics; Play trains them for %2 steps")
                        .arg(m_models.size())
                        .arg(m_steps);
    } else {
        QStringList parts;
        for (const CriticModel &m : m_models) {
            parts << QStringLiteral("%1: loss %2")
                         .arg(m.label)
                         .arg(m.trainer->recentInfoNce(kLossWindow), 0, 'f', 2);
        }
        s->status = QStringLiteral("step %1 of %2 (log B = %3). %4")
                        .arg(m_done)
                        .arg(m_steps)
                        .arg(s->readouts.value(QStringLiteral("log_batch")), 0, 'f', 2)
                        .arg(parts.join(QStringLiteral("; ")));
    }
    return s;
}

} // namespace paperlab::papers::deepcrl
