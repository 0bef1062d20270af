// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QLabel>
#include <QPointer>

#include <deque>

class QQuickWindow;
class QTimer;

namespace paperlab {
class SimulationRunner;
}

namespace paperlab::app {

/// The frame-time overlay of a simulator view (F12, or --profile from the start), like
/// PhET's profiler: the view's frame interval (mean and 99th percentile over the last
/// second), the time the scene graph takes to render a frame, the simulator's steps per
/// second and how many snapshots it publishes per second. Updated twice a second; it keeps
/// to its parent's top-right corner.
class FrameProfiler : public QLabel
{
    Q_OBJECT
public:
    explicit FrameProfiler(QWidget *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

public:

    /// What it measures: the view's window and the run that feeds it (either may be null).
    void track(QQuickWindow *window, SimulationRunner *runner);

    struct Figures {
        double frameMs = 0;     ///< mean frame interval
        double frameP50Ms = 0;  ///< median frame interval
        double frameP99Ms = 0;  ///< 99th percentile of the frame interval
        double renderMs = 0;    ///< mean render time per frame
        /// The work of a frame on the view's thread, from the start of its scene graph
        /// synchronisation to the end of its rendering: what decides whether the view could
        /// draw 60 frames a second. (The interval also holds the wait for the next snapshot.)
        double workP50Ms = 0;
        double workP99Ms = 0;
        double frames = 0;      ///< frames per second
        double stepsPerSecond = 0;
        double snapshotsPerSecond = 0;
    };
    /// The figures shown now (over the last second, or setWindow()).
    Figures figures() const { return m_figures; }
    /// How far back the figures reach (a benchmark takes several seconds).
    void setWindow(qint64 ms) { m_windowNs = ms * 1'000'000; }

    /// Whether new overlays start shown (--profile).
    static void setShownByDefault(bool shown);
    static bool shownByDefault();

private:
    void update();
    void place();

    QPointer<QQuickWindow> m_window;
    QPointer<SimulationRunner> m_runner;
    QElapsedTimer m_clock;
    qint64 m_windowNs = 1'000'000'000;
    qint64 m_lastFrameNs = -1;
    qint64 m_syncStartNs = -1;
    qint64 m_renderStartNs = -1;
    // The last second's frames: when each ended, its interval, its work and its render time.
    struct Frame {
        qint64 atNs;
        double intervalMs;
        double workMs;
        double renderMs;
    };
    std::deque<Frame> m_frames;
    std::deque<qint64> m_snapshots; ///< when each snapshot arrived
    QTimer *m_timer;
    Figures m_figures;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace paperlab::app
