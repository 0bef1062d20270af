// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "critic.h"

#include <paperlab/simulator.h>
#include <paperlab/snapshot.h>

#include <QString>
#include <QVariantMap>

#include <memory>
#include <vector>

namespace paperlab {
class ParameterSet;
}

namespace paperlab::papers::deepcrl {

/// One critic of a run, shared by the offline and the online simulator, with what the Q-map
/// pane shows of it: V(s) toward the chosen goal and the greedy rollout from the start.
struct CriticModel
{
    QString key;   // d8 or d32_noskip: the readout suffix
    QString label; // "depth 8" or "depth 32, no skips"
    std::unique_ptr<CriticTrainer> trainer;
    ValueMap goalMap;
    std::vector<int> rollout;

    /// Takes @p map as the shown goal's map and rolls the greedy policy out from @p start.
    void aim(const U4Maze &maze, ValueMap map, int start);
};

/// The critic settings of the parameters (width, rep_dim, gamma, batch, lr, penalty).
CriticConfig criticConfig(const ParameterSet &parameters);

/// One model per depth of "depths" and per setting of "skips", deepest first (parallelFor hands
/// out indices in order, so the longest runs start first), all trained on @p data from the
/// same seed: a skip and a no-skip model of one depth start from the same weights and see the
/// same batches. Throws SimulationError for an empty list or a depth not a multiple of 4.
std::vector<CriticModel> criticModels(const ParameterSet &parameters, const U4Maze &maze,
                                      std::shared_ptr<const RandomWalkData> data);

/// Means of consecutive windows of @p history, at most 300 points (x = step number).
Series averagedCurve(const QString &id, const QString &label, const std::vector<double> &history);

/// What the Q-map pane draws: start and goal readouts, per model the grid qmap_<key>, the
/// tables arrows_<key> and rollout_<key> with the rollout_* readouts, and the table "models".
void addCriticMaps(Snapshot &snapshot, const U4Maze &maze, const std::vector<CriticModel> &models,
                   int start, int goal);

/// What the offline and the online simulator share: the maze, the critics, the start and the
/// shown goal, and the command "set-goal" {row, col} (sub-cell coordinates), which moves the
/// goal of the Q-map and the rollout without retraining; a wall keeps the previous goal.
class CriticMazeSimulator : public SteppedSimulator
{
public:
    void command(const QString &id, const QVariantMap &arguments) override;

protected:
    /// The opening of both snapshots: step @p done of @p total in @p phase ("done" once
    /// finished()), and the readout log_batch with the flat line "log B (no learning)" over
    /// x in [0, @p xEnd], the InfoNCE loss of a critic that has learned nothing.
    std::shared_ptr<Snapshot> trainingSnapshot(int done, int total, const QString &phase,
                                               const QString &donePhase, double xEnd) const;

    U4Maze m_maze{3};
    std::vector<CriticModel> m_models;
    int m_start = 0;
    int m_goal = 0;
    int m_batch = 128; // the critics' batch size B, for the log B line
};

} // namespace paperlab::papers::deepcrl
