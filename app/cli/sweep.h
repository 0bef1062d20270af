// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace paperlab::app {

class PaperLoader;

struct SweepRequest {
    QString paperId;
    QString simulatorId;       ///< empty: the preset's, else the first declared
    QString preset;
    QStringList sets;          ///< fixed "key=value" for every point
    QStringList varies;        ///< "key=v1,v2,…": the grid is their product
    QString seeds;             ///< "1-5", "1,4,9" or "3"; empty: the parameter set's seed
    QStringList commands;      ///< as `run --command`
    qint64 steps = -1;         ///< -1: every run to its natural end
    int jobs = 0;              ///< worker threads; 0: one per core
    QString outPath;           ///< .csv or .json; with emitJobsPath: the results' directory
    QString emitJobsPath;      ///< write one `paperlab run` command per point instead of running
    QString mergeDirectory;    ///< gather the results of emitted jobs instead of running
    QStringList pluginDirs;    ///< --plugin-dir, passed on to emitted jobs
};

/// `paperlab sweep <id> --vary key=v1,v2 … --seeds 1-5 --out table.csv|json`: runs the
/// simulator over the grid × seeds on a thread pool and writes every readout per point, and
/// the mean and standard error over seeds per grid point. Every point is validated before
/// anything runs. SIGINT stops it: the points finished by then are written (exit 130).
/// With --emit-jobs it writes the commands instead; with --merge it gathers their results.
int runSweep(PaperLoader &loader, const SweepRequest &request);

} // namespace paperlab::app
