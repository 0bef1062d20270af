// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "criticmodels.h"

#include <paperlab/parameterset.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace paperlab::papers::deepcrl {

namespace {
constexpr int kRolloutSteps = 100; // the rollout gives up after this many moves
constexpr int kCurvePoints = 300;
const char *const kArrows[kActionCount] = {"↑", "↓", "←", "→"};
} // namespace

void CriticModel::aim(const U4Maze &maze, ValueMap map, int start)
{
    goalMap = std::move(map);
    rollout = CriticTrainer::greedyRollout(maze, goalMap, start, kRolloutSteps);
}

CriticConfig criticConfig(const ParameterSet &p)
{
    CriticConfig config;
    config.width = int(p.integer(QStringLiteral("width")));
    config.repDim = int(p.integer(QStringLiteral("rep_dim")));
    config.gamma = p.real(QStringLiteral("gamma"));
    config.batch = int(p.integer(QStringLiteral("batch")));
    config.learningRate = p.real(QStringLiteral("lr"));
    config.penalty = p.real(QStringLiteral("penalty"));
    return config;
}

std::vector<CriticModel> criticModels(const ParameterSet &p, const U4Maze &maze,
                                      std::shared_ptr<const RandomWalkData> data)
{
    const QList<int> depthList = p.intList(QStringLiteral("depths"));
    std::vector<int> depths(depthList.begin(), depthList.end());
    if (depths.empty())
        throw InputError({}, 0, QStringLiteral("depths"), QStringLiteral("depths: none given"));
    for (int d : depths) {
        if (d % 4 != 0) {
            throw InputError({}, 0, QStringLiteral("depths"),
                             QStringLiteral("depths: %1 is not a multiple of 4 (one residual "
                                            "block is four Dense layers)")
                                 .arg(d));
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

    const CriticConfig config = criticConfig(p);
    const uint64_t seed = p.seed(QStringLiteral("seed"));
    std::vector<CriticModel> models;
    for (auto it = depths.rbegin(); it != depths.rend(); ++it) {
        for (bool on : skipSettings) {
            CriticModel m;
            m.key = QStringLiteral("d%1").arg(*it) + (on ? QString() : QStringLiteral("_noskip"));
            m.label = on ? QStringLiteral("depth %1").arg(*it)
                         : QStringLiteral("depth %1, no skips").arg(*it);
            CriticConfig c = config;
            c.depth = *it;
            c.skips = on;
            m.trainer = std::make_unique<CriticTrainer>(maze, data, c, seed);
            models.push_back(std::move(m));
        }
    }
    return models;
}

std::shared_ptr<Snapshot> CriticMazeSimulator::trainingSnapshot(int done, int total,
                                                               const QString &phase,
                                                               const QString &donePhase,
                                                               double xEnd) const
{
    auto s = std::make_shared<Snapshot>();
    if (m_models.empty())
        return s;
    s->step = done;
    s->finished = finished();
    s->progress = double(done) / total;
    s->phase = s->finished ? donePhase : phase;
    const double logB = std::log(double(m_batch));
    s->readouts.insert(QStringLiteral("log_batch"), logB);
    s->series.push_back({QStringLiteral("log_b"), QStringLiteral("log B (no learning)"),
                         {0.0, xEnd}, {logB, logB}});
    return s;
}

void CriticMazeSimulator::command(const QString &id, const QVariantMap &arguments)
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
    for (CriticModel &m : m_models)
        m.aim(m_maze, m.trainer->qMap(m_goal), m_start);
}

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

void addCriticMaps(Snapshot &s, const U4Maze &maze, const std::vector<CriticModel> &models,
                   int start, int goal)
{
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    s.readouts.insert(QStringLiteral("goal_row"), maze.rowOf(goal));
    s.readouts.insert(QStringLiteral("goal_col"), maze.colOf(goal));
    s.readouts.insert(QStringLiteral("start_row"), maze.rowOf(start));
    s.readouts.insert(QStringLiteral("start_col"), maze.colOf(start));
    s.readouts.insert(QStringLiteral("goal_distance"), maze.distancesTo(goal)[size_t(start)]);
    s.readouts.insert(QStringLiteral("models"), double(models.size()));

    // The models in display order, for the view's picker.
    Table list{QStringLiteral("models"), QStringLiteral("Trained models"),
               {QStringLiteral("key"), QStringLiteral("label")}, {}};
    for (const CriticModel &m : models) {
        list.rows.push_back({m.key, m.label});
        const bool reached = m.rollout.back() == goal;
        s.readouts.insert(QStringLiteral("rollout_reached_") + m.key, reached ? 1.0 : 0.0);
        s.readouts.insert(QStringLiteral("rollout_moves_") + m.key, double(m.rollout.size() - 1));
        s.readouts.insert(QStringLiteral("rollout_loop_") + m.key,
                          CriticTrainer::rolloutLoop(m.rollout));

        // V(s) on the sub-cell grid, walls blank.
        Grid g{QStringLiteral("qmap_") + m.key,
               QStringLiteral("V(s) = maxₐ Q(s, a, g), %1").arg(m.label), maze.rows(),
               maze.cols(), std::vector<double>(size_t(maze.rows() * maze.cols()), kNaN)};
        Table arrows{QStringLiteral("arrows_") + m.key,
                     QStringLiteral("Greedy moves, %1").arg(m.label),
                     {QStringLiteral("row"), QStringLiteral("col"), QStringLiteral("move")},
                     {}};
        for (int st = 0; st < maze.stateCount(); ++st) {
            g.values[size_t(maze.rowOf(st) * maze.cols() + maze.colOf(st))] =
                m.goalMap.value[size_t(st)];
            if (st != goal) {
                arrows.rows.push_back({QString::number(maze.rowOf(st)),
                                       QString::number(maze.colOf(st)),
                                       QString::fromUtf8(kArrows[m.goalMap.greedy[size_t(st)]])});
            }
        }
        s.grids.push_back(std::move(g));
        s.tables.push_back(std::move(arrows));
        Table path{QStringLiteral("rollout_") + m.key,
                   QStringLiteral("Greedy rollout, %1").arg(m.label),
                   {QStringLiteral("move"), QStringLiteral("row"), QStringLiteral("col")},
                   {}};
        for (size_t k = 0; k < m.rollout.size(); ++k) {
            path.rows.push_back({QString::number(k), QString::number(maze.rowOf(m.rollout[k])),
                                 QString::number(maze.colOf(m.rollout[k]))});
        }
        s.tables.push_back(std::move(path));
    }
    s.tables.push_back(std::move(list));
}

} // namespace paperlab::papers::deepcrl
