// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace paperlab::app {

class PaperLoader;
class SimulationSession;

/// `paperlab --list-papers [--json]`: every discovered plugin with its state.
int listPapers(PaperLoader &loader, bool json);

struct RunRequest {
    QString paperId;           ///< may be empty with a scenario: the scenario's paper
    QString scenarioPath;      ///< a .paperlab file; --simulator, --preset, --set apply on top
    QString simulatorId;       ///< empty: the preset's, else the first declared
    QString preset;
    QStringList sets;          ///< "key=value"
    QString seed;              ///< empty: keep the parameter set's seed
    QStringList commands;      ///< "id" or "id={json object of arguments}", run in order
    qint64 steps = -1;         ///< -1: run to the natural end
    QString outPath;           ///< .json or .csv; empty: JSON on stdout
};

/// `--simulator ID` then `--preset NAME` (either may be empty), for `run` and the window
/// alike: ExitOk, or the exit code after a message on stderr.
int selectSimulatorAndPreset(SimulationSession &session, const QString &simulatorId,
                             const QString &presetId);

/// `paperlab run <id> ...`: runs a simulator without a window and writes its final snapshot.
int runHeadless(PaperLoader &loader, const RunRequest &request);

} // namespace paperlab::app
