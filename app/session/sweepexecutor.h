// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "session/simulationsession.h"

#include <QObject>
#include <QThreadPool>

#include <memory>
#include <stop_token>
#include <vector>

namespace paperlab::app {

/// Runs the prepared Headless sessions of a sweep (each restarted with its parameters and
/// seed) to their end, `jobs` at a time on a pool of its own; the command line and the
/// desktop's Sweep dialog both go through it. Each result is read on the executor's thread
/// after runFinished() for it.
class SweepExecutor : public QObject
{
    Q_OBJECT
public:
    explicit SweepExecutor(QObject *parent = nullptr);
    /// Stops and waits for the runs in flight.
    ~SweepExecutor() override;

    /// `steps` < 0: every run to its natural end. Starts at once; not while isRunning().
    void start(std::vector<std::unique_ptr<SimulationSession>> sessions, qint64 steps,
               const QList<SimulationSession::Command> &commands, int jobs);
    /// Asks every run to stop between two steps; runs not yet started never start.
    void stop();
    bool stopRequested() const { return m_stop.stop_requested(); }
    bool isRunning() const { return m_running; }
    /// Waits up to `msecs` for every run (delivers no signals): true when all are done.
    bool waitForDone(int msecs) { return m_pool.waitForDone(msecs); }

    int runCount() const { return int(m_sessions.size()); }
    /// Runs that ended (with a snapshot or an error), not those stopped.
    int finishedCount() const { return m_finished; }
    /// The run's snapshot, or its error (ErrorReason::Cancelled when stopped or not run).
    const Result<SnapshotPtr> &result(int index) const { return m_results[size_t(index)]; }

Q_SIGNALS:
    /// A run ended with a snapshot or an error (not when stopped).
    void runFinished(int index);
    /// Every run ended or was stopped.
    void finished();

protected:
    bool event(QEvent *e) override;

private:
    // Posted from the pool's threads (threadhandover.h), so it runs on this one.
    void onRunEnded(int index, bool cancelled);

    QThreadPool m_pool;
    std::stop_source m_stop;
    std::vector<std::unique_ptr<SimulationSession>> m_sessions;
    std::vector<Result<SnapshotPtr>> m_results;
    int m_ended = 0;
    int m_finished = 0;
    bool m_running = false;
};

} // namespace paperlab::app
