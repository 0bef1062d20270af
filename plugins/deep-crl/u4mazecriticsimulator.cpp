// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "u4mazecriticsimulator.h"

#include <paperlab/math/parallel.h>
#include <paperlab/parameterset.h>
#include <paperlab/snapshot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace paperlab::papers::deepcrl {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kRolloutSteps = 100;   // the rollout gives up after this many moves
constexpr int kCurvePoints = 300;    // loss curves are averaged down to this many points
constexpr int kLossWindow = 50;      // the loss readout is the mean of the last 50 steps
const char *const kArrows[kActionCount] = {"↑", "↓", "←", "→"};

// Training steps per simulator step: about 1e8 multiply-adds for the deepest model (roughly
// 0.1-0.3 s on one core), so pausing stays prompt. Depends only on the settings.
int chunkFor(int maxDepth, int width, int batch)
{
    const double perStep = 6.0 * (maxDepth + 2.0) * width * width * batch;
    return std::clamp(int(1.0e9 / perStep), 1, 200);
}

// Mean of consecutive windows, so that at most `points` points remain (x = step number).
Series averagedCurve(const QString &id, const QString &label, const std::vector<double> &h)
{
    Series s{id, label, {}, {}};
    const int n = int(h.size());
    const int window = std::max(1, (n + kCurvePoints - 1) / kCurvePoints);
    for (int from = 0; from < n; from += window) {
        const int to = std::min(n, from + window);
        double sum = 0.0;
        for (int k = from; k < to; ++k)
            sum += h[size_t(k)];
        s.x.push_back(0.5 * (from + to - 1) + 1.0);
        s.y.push_back(sum / (to - from));
    }
    return s;
}

} // namespace

U4MazeCriticSimulator::U4MazeCriticSimulator() = default;
U4MazeCriticSimulator::~U4MazeCriticSimulator() = default;

void U4MazeCriticSimulator::reset(const ParameterSet &p)
{
    m_models.clear(); // a failed reset leaves no half-built run behind
    const QList<int> depthList = p.intList(QStringLiteral("depths"));
    std::vector<int> depths(depthList.begin(), depthList.end());
    if (depths.empty())
        throw SimulationError("no depth given");
    for (int d : depths) {
        if (d % 4 != 0) {
            throw SimulationError(
                QStringLiteral("depth %1 is not a multiple of 4 (one residual block is four "
                               "Dense layers)")
                    .arg(d)
                    .toStdString());
        }
    }
    std::sort(depths.begin(), depths.end());
    depths.erase(std::unique(depths.begin(), depths.end()), depths.end());
    const QString skips = p.choice(QStringLiteral("skips"));
    std::vector<bool> skipSettings;
    if (skips != QStringLiteral("off"))
        skipSettings.push_back(true);
    if (skips != QStringLiteral("on"))
        skipSettings.push_back(false);

    CriticConfig config;
    config.width = int(p.integer(QStringLiteral("width")));
    config.repDim = int(p.integer(QStringLiteral("rep_dim")));
    config.gamma = p.real(QStringLiteral("gamma"));
    config.batch = int(p.integer(QStringLiteral("batch")));
    config.learningRate = p.real(QStringLiteral("lr"));
    config.penalty = p.real(QStringLiteral("penalty"));
    const uint64_t seed = p.seed(QStringLiteral("seed"));
    const auto data = randomWalkData(m_maze, int(p.integer(QStringLiteral("trajectories"))),
                                     int(p.integer(QStringLiteral("walk_length"))), seed);

    // Deepest first: parallelFor hands out indices in order, so the longest runs start first.
    for (auto it = depths.rbegin(); it != depths.rend(); ++it) {
        for (bool on : skipSettings) {
            Model m;
            m.key = QStringLiteral("d%1").arg(*it) + (on ? QString() : QStringLiteral("_noskip"));
            m.label = on ? QStringLiteral("depth %1").arg(*it)
                         : QStringLiteral("depth %1, no skips").arg(*it);
            CriticConfig c = config;
            c.depth = *it;
            c.skips = on;
            // The same seed for every model: a skip and a no-skip model of one depth start
            // from the same weights and see the same batches.
            m.trainer = std::make_unique<CriticTrainer>(m_maze, data, c, seed);
            m_models.push_back(std::move(m));
        }
    }
    m_steps = int(p.integer(QStringLiteral("steps")));
    m_batch = config.batch;
    m_chunk = chunkFor(depths.back(), config.width, config.batch);
    m_done = 0;
    m_start = m_maze.centreOf(U4Maze::startCell());
    m_goal = m_maze.centreOf({4, 1});
    for (Model &m : m_models)
        evaluate(m);
}

void U4MazeCriticSimulator::command(const QString &id, const QVariantMap &arguments)
{
    if (id != QStringLiteral("set-goal")) {
        SteppedSimulator::command(id, arguments);
        return;
    }
    const int state = m_maze.stateAt(arguments.value(QStringLiteral("row")).toInt(),
                                     arguments.value(QStringLiteral("col")).toInt());
    if (state < 0)
        return; // a wall: keep the goal
    m_goal = state;
    for (Model &m : m_models) {
        m.goalMap = m.trainer->qMap(m_goal);
        m.rollout = CriticTrainer::greedyRollout(m_maze, m.goalMap, m_start, kRolloutSteps);
    }
}

void U4MazeCriticSimulator::evaluate(Model &m)
{
    std::vector<int> goals = evaluationGoals(m_maze);
    goals.push_back(m_goal);
    const std::vector<ValueMap> maps = m.trainer->valueMaps(goals);
    double sum = 0.0;
    for (size_t k = 0; k + 1 < maps.size(); ++k)
        sum += maps[k].optimalFraction;
    m.evalSteps.push_back(m.trainer->stepsDone());
    m.evalFraction.push_back(sum / double(maps.size() - 1));
    m.goalMap = maps.back();
    m.rollout = CriticTrainer::greedyRollout(m_maze, m.goalMap, m_start, kRolloutSteps);
}

bool U4MazeCriticSimulator::finished() const
{
    return !m_models.empty() && m_done >= m_steps;
}

void U4MazeCriticSimulator::step()
{
    if (m_models.empty())
        throw SimulationError("advance() before reset()");
    const int target = std::min(m_steps, m_done + m_chunk);
    math::parallelFor(int(m_models.size()), 0, [&](int k) {
        Model &m = m_models[size_t(k)];
        while (m.trainer->stepsDone() < target)
            m.trainer->step();
        evaluate(m);
    });
    m_done = target;
}

std::shared_ptr<Snapshot> U4MazeCriticSimulator::snapshot() const
{
    auto s = std::make_shared<Snapshot>();
    if (m_models.empty())
        return s;
    s->step = m_done;
    s->finished = finished();
    s->progress = double(m_done) / m_steps;
    s->phase = finished() ? QStringLiteral("trained") : QStringLiteral("training");
    const double logB = std::log(double(m_batch));
    s->readouts.insert(QStringLiteral("log_batch"), logB);
    s->readouts.insert(QStringLiteral("models"), double(m_models.size()));
    s->readouts.insert(QStringLiteral("goal_row"), m_maze.rowOf(m_goal));
    s->readouts.insert(QStringLiteral("goal_col"), m_maze.colOf(m_goal));
    s->readouts.insert(QStringLiteral("start_row"), m_maze.rowOf(m_start));
    s->readouts.insert(QStringLiteral("start_col"), m_maze.colOf(m_start));
    s->readouts.insert(QStringLiteral("goal_distance"),
                       m_maze.distancesTo(m_goal)[size_t(m_start)]);
    s->series.push_back({QStringLiteral("log_b"), QStringLiteral("log B (no learning)"),
                         {0.0, double(m_steps)}, {logB, logB}});

    QStringList keys;
    QStringList labels;
    for (const Model &m : m_models) {
        keys << m.key;
        labels << m.label;
        const CriticTrainer &t = *m.trainer;
        s->series.push_back(averagedCurve(QStringLiteral("loss_") + m.key, m.label,
                                          t.infoNceHistory()));
        s->series.push_back({QStringLiteral("optimal_") + m.key, m.label, m.evalSteps,
                             m.evalFraction});
        if (t.stepsDone() > 0)
            s->readouts.insert(QStringLiteral("loss_") + m.key, t.recentInfoNce(kLossWindow));
        s->readouts.insert(QStringLiteral("optimal_action_frac_") + m.key,
                           m.evalFraction.back());
        const bool reached = m.rollout.back() == m_goal;
        s->readouts.insert(QStringLiteral("rollout_reached_") + m.key, reached ? 1.0 : 0.0);
        s->readouts.insert(QStringLiteral("rollout_moves_") + m.key, double(m.rollout.size() - 1));

        // V(s) on the sub-cell grid, walls blank.
        Grid g{QStringLiteral("qmap_") + m.key,
               QStringLiteral("V(s) = maxₐ Q(s, a, g), %1").arg(m.label), m_maze.rows(),
               m_maze.cols(), std::vector<double>(size_t(m_maze.rows() * m_maze.cols()), kNaN)};
        Table arrows{QStringLiteral("arrows_") + m.key,
                     QStringLiteral("Greedy moves, %1").arg(m.label),
                     {QStringLiteral("row"), QStringLiteral("col"), QStringLiteral("move")},
                     {}};
        for (int st = 0; st < m_maze.stateCount(); ++st) {
            g.values[size_t(m_maze.rowOf(st) * m_maze.cols() + m_maze.colOf(st))] =
                m.goalMap.value[size_t(st)];
            if (st != m_goal) {
                arrows.rows.push_back({QString::number(m_maze.rowOf(st)),
                                       QString::number(m_maze.colOf(st)),
                                       QString::fromUtf8(kArrows[m.goalMap.greedy[size_t(st)]])});
            }
        }
        s->grids.push_back(std::move(g));
        s->tables.push_back(std::move(arrows));
        Table path{QStringLiteral("rollout_") + m.key,
                   QStringLiteral("Greedy rollout, %1").arg(m.label),
                   {QStringLiteral("move"), QStringLiteral("row"), QStringLiteral("col")},
                   {}};
        for (size_t k = 0; k < m.rollout.size(); ++k) {
            path.rows.push_back({QString::number(k), QString::number(m_maze.rowOf(m.rollout[k])),
                                 QString::number(m_maze.colOf(m.rollout[k]))});
        }
        s->tables.push_back(std::move(path));
    }
    // The models in display order, for the view's picker.
    Table list{QStringLiteral("models"), QStringLiteral("Trained models"),
               {QStringLiteral("key"), QStringLiteral("label")}, {}};
    for (int k = 0; k < keys.size(); ++k)
        list.rows.push_back({keys[k], labels[k]});
    s->tables.push_back(std::move(list));

    if (m_done == 0) {
        s->status = QStringLiteral("%1 untrained critics; Play trains them for %2 steps")
                        .arg(m_models.size())
                        .arg(m_steps);
    } else {
        QStringList parts;
        for (const Model &m : m_models) {
            parts << QStringLiteral("%1: loss %2")
                         .arg(m.label)
                         .arg(m.trainer->recentInfoNce(kLossWindow), 0, 'f', 2);
        }
        s->status = QStringLiteral("step %1 of %2 (log B = %3). %4")
                        .arg(m_done)
                        .arg(m_steps)
                        .arg(logB, 0, 'f', 2)
                        .arg(parts.join(QStringLiteral("; ")));
    }
    return s;
}

} // namespace paperlab::papers::deepcrl
