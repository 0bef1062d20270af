// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "session/sweepexecutor.h"

#include <paperlab/threadhandover.h>

#include <QThread>

#include <functional>

namespace paperlab::app {

namespace {
// The token of the hand-over of tasks to the pool: the task reads its captures only after
// taking it over, so the token cannot be one of them.
const char kTasksHandedOver = 0;
} // namespace

SweepExecutor::SweepExecutor(QObject *parent) : QObject(parent) { }

SweepExecutor::~SweepExecutor()
{
    m_stop.request_stop();
    m_pool.waitForDone();
}

void SweepExecutor::start(std::vector<std::unique_ptr<SimulationSession>> sessions, qint64 steps,
                          const QList<SimulationSession::Command> &commands, int jobs)
{
    Q_ASSERT(!m_running);
    m_stop = std::stop_source();
    m_sessions = std::move(sessions);
    m_results.assign(m_sessions.size(), Error::make(ErrorReason::Cancelled, tr("Not run")));
    m_ended = 0;
    m_finished = 0;
    m_running = !m_sessions.empty();
    m_pool.setMaxThreadCount(jobs > 0 ? jobs : QThread::idealThreadCount());
    for (size_t i = 0; i < m_sessions.size(); ++i) {
        // Each task writes its own result, then hands it to this thread with the call of
        // onRunEnded(). Both hand-overs, through the pool's queue and the event queue, are
        // marked for ThreadSanitizer (threadhandover.h).
        std::function<void()> task = [this, i, steps, commands, stop = m_stop.get_token()] {
            markTakenOver(&kTasksHandedOver);
            bool cancelled = stop.stop_requested();
            if (!cancelled) {
                m_results[i] = m_sessions[i]->runToEnd(steps, commands, {},
                                                       SimulationSession::StepCount::Calls, stop);
                cancelled = !m_results[i] && m_results[i].error().reason == ErrorReason::Cancelled;
            }
            postCall(this, [this, i, cancelled] { onRunEnded(int(i), cancelled); });
        };
        markHandedOver(&kTasksHandedOver);
        m_pool.start(std::move(task));
    }
    if (!m_running)
        QMetaObject::invokeMethod(this, &SweepExecutor::finished, Qt::QueuedConnection);
}

void SweepExecutor::stop()
{
    m_stop.request_stop();
}

bool SweepExecutor::event(QEvent *e)
{
    return runPostedCall(e) || QObject::event(e);
}

void SweepExecutor::onRunEnded(int index, bool cancelled)
{
    ++m_ended;
    if (!cancelled) {
        ++m_finished;
        Q_EMIT runFinished(index);
    }
    if (m_ended == runCount() && m_running) {
        m_running = false;
        Q_EMIT finished();
    }
}

} // namespace paperlab::app
