// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "session/simulationsession.h"

#include <QElapsedTimer>
#include <QStringList>

#include <cstdio>
#include <unistd.h>

namespace paperlab {
class PaperSpec;
}

namespace paperlab::app {

class PaperLoader;

/// A progress line on stderr: redrawn in place on a terminal, else a line when the percent
/// changes, and every 2 s.
class ProgressLine
{
public:
    void show(int percent, const QString &text);
    void done();

private:
    bool m_tty = isatty(fileno(stderr));
    int m_percent = -1;
    QElapsedTimer m_clock;
};

/// A CSV field, quoted when it must be; a number in full precision, empty when not finite.
QString csvField(const QString &s);
QString csvNumber(double v);

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

/// The paper `paperId`, loaded: null after a message on stderr, with the exit code in `code`.
PaperSpec *loadPaperForCli(PaperLoader &loader, const QString &paperId, int *code);

/// `--set key=value` items, then `--seed` (when not empty), on the session's pending values:
/// ExitOk, or the exit code after a message on stderr naming the item.
int applySetsAndSeed(SimulationSession &session, const QStringList &sets, const QString &seed);

/// `--command id` or `id={json object}` items: ExitOk, or ExitBadUsage after a message.
int parseCommands(const QStringList &texts, QList<SimulationSession::Command> *commands);

/// `paperlab run <id> ...`: runs a simulator without a window and writes its final snapshot.
int runHeadless(PaperLoader &loader, const RunRequest &request);

} // namespace paperlab::app
