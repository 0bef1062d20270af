// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "shell/frameprofiler.h"

#include <paperlab/math/stats.h>
#include <paperlab/simulationrunner.h>

#include <QEvent>
#include <QQuickWindow>
#include <QTimer>

#include <vector>

namespace paperlab::app {

namespace {
bool g_shownByDefault = false;
} // namespace

void FrameProfiler::setShownByDefault(bool shown)
{
    g_shownByDefault = shown;
}

bool FrameProfiler::shownByDefault()
{
    return g_shownByDefault;
}

FrameProfiler::FrameProfiler(QWidget *parent) : QLabel(parent), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("frameProfiler"));
    setAccessibleName(tr("Frame profiler"));
    setTextFormat(Qt::PlainText);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    // Light on dark in every theme: it sits over charts of any colour.
    setStyleSheet(QStringLiteral("background: rgba(0, 0, 0, 190); color: white; "
                                 "border-radius: 6px; padding: 6px 10px; font-family: monospace;"));
    m_clock.start();
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &FrameProfiler::update);
    m_timer->start();
    parent->installEventFilter(this);
    update();
}

bool FrameProfiler::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QLabel::eventFilter(watched, event);
}

void FrameProfiler::place()
{
    constexpr int kMargin = 8;
    move(std::max(0, parentWidget()->width() - width() - kMargin), kMargin);
    raise();
}

void FrameProfiler::track(QQuickWindow *window, SimulationRunner *runner)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_frames.clear();
    m_snapshots.clear();
    m_lastFrameNs = -1;
    m_window = window;
    m_runner = runner;
    // A QQuickWidget renders on this thread; the direct connections time it as it happens.
    if (window) {
        m_connections << connect(window, &QQuickWindow::beforeSynchronizing, this, [this] {
            m_syncStartNs = m_clock.nsecsElapsed();
        }, Qt::DirectConnection);
        m_connections << connect(window, &QQuickWindow::beforeRendering, this, [this] {
            m_renderStartNs = m_clock.nsecsElapsed();
        }, Qt::DirectConnection);
        m_connections << connect(window, &QQuickWindow::afterRendering, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double render = m_renderStartNs >= 0 ? (now - m_renderStartNs) / 1e6 : 0.0;
            const double work = m_syncStartNs >= 0 ? (now - m_syncStartNs) / 1e6 : render;
            if (m_lastFrameNs >= 0)
                m_frames.push_back({now, (now - m_lastFrameNs) / 1e6, work, render});
            m_lastFrameNs = now;
        }, Qt::DirectConnection);
    }
    if (runner) {
        m_connections << connect(runner, &SimulationRunner::snapshotReady, this,
                                 [this] { m_snapshots.push_back(m_clock.nsecsElapsed()); });
    }
}

void FrameProfiler::update()
{
    const qint64 now = m_clock.nsecsElapsed();
    while (!m_frames.empty() && now - m_frames.front().atNs > m_windowNs)
        m_frames.pop_front();
    while (!m_snapshots.empty() && now - m_snapshots.front() > m_windowNs)
        m_snapshots.pop_front();
    Figures f;
    if (!m_frames.empty()) {
        std::vector<double> intervals;
        std::vector<double> work;
        for (const Frame &frame : m_frames) {
            intervals.push_back(frame.intervalMs);
            work.push_back(frame.workMs);
            f.frameMs += frame.intervalMs;
            f.renderMs += frame.renderMs;
        }
        f.frameMs /= double(m_frames.size());
        f.renderMs /= double(m_frames.size());
        f.frameP50Ms = math::percentile(intervals, 50);
        f.frameP99Ms = math::percentile(intervals, 99);
        f.workP50Ms = math::percentile(work, 50);
        f.workP99Ms = math::percentile(work, 99);
        const double seconds = double(m_windowNs) / 1e9;
        f.frames = double(m_frames.size()) / seconds;
    }
    f.snapshotsPerSecond = double(m_snapshots.size()) / (double(m_windowNs) / 1e9);
    f.stepsPerSecond = m_runner ? m_runner->stepsPerSecond() : 0.0;
    m_figures = f;
    // Frames are drawn only when something changes: an idle view has none to time.
    const QString frames = m_frames.empty()
        ? tr("frame     –  (no frames in the last second)")
        : tr("frame  %1 ms  p99 %2 ms  (%3 fps)")
              .arg(f.frameMs, 0, 'f', 1).arg(f.frameP99Ms, 0, 'f', 1).arg(f.frames, 0, 'f', 0);
    setText(frames + u'\n'
            + tr("work   %1 ms  p99 %2 ms  (render %3 ms)")
                  .arg(f.workP50Ms, 0, 'f', 1).arg(f.workP99Ms, 0, 'f', 1)
                  .arg(f.renderMs, 0, 'f', 1) + u'\n'
            + tr("steps  %1 /s   snapshots %2 /s")
                  .arg(f.stepsPerSecond, 0, 'f', 0).arg(f.snapshotsPerSecond, 0, 'f', 0));
    adjustSize();
    place();
}

} // namespace paperlab::app
