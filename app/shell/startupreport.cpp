// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "shell/startupreport.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QPointer>
#include <QQuickWidget>
#include <QQuickWindow>
#include <QSet>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

#include <time.h>
#include <unistd.h>

namespace paperlab::app::startupReport {

namespace {

bool g_enabled = false;
double g_startOffsetMs = 0; // from the process's start to the moment enable() ran
QElapsedTimer g_clock;
QSet<QString> g_marked;

// How long ago the process started: /proc/self/stat's start time (clock ticks after boot)
// against the boot-time clock now. 0 where /proc cannot tell.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // Field 22 (starttime); the command name (field 2) may hold spaces, so count after ')'.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return 0;
    const double startTicks = fields.at(19).toDouble();
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    return std::max(0.0, nowMs - startTicks * 1e3 / double(sysconf(_SC_CLK_TCK)));
}

// Waits for a window's next paint and for the first frame of each Qt Quick view given.
class FrameWatcher : public QObject
{
public:
    FrameWatcher(QWidget *window, const QString &milestone, const QList<QQuickWidget *> &views)
        : QObject(window), m_milestone(milestone)
    {
        for (QQuickWidget *view : views) {
            ++m_pendingViews;
            connect(view->quickWindow(), &QQuickWindow::afterRendering, this,
                    [this, done = std::make_shared<bool>(false)] {
                        if (!*done) {
                            *done = true;
                            --m_pendingViews;
                            QTimer::singleShot(0, this, &FrameWatcher::check);
                        }
                    },
                    Qt::QueuedConnection);
            view->quickWindow()->update(); // a view drawn before this watcher draws again
        }
        window->installEventFilter(this);
        window->update();
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // After the paint event has been handled: the frame is then on its way to screen.
            QTimer::singleShot(0, this, &FrameWatcher::check);
        }
        return false;
    }

private:
    void check()
    {
        if (!m_painted || m_pendingViews > 0)
            return;
        mark(m_milestone);
        deleteLater();
    }

    QString m_milestone;
    int m_pendingViews = 0;
    bool m_painted = false;
};

} // namespace

void enable()
{
    g_startOffsetMs = msSinceProcessStart();
    g_clock.start();
    g_enabled = true;
}

bool enabled()
{
    return g_enabled;
}

void mark(const QString &milestone)
{
    if (!g_enabled || g_marked.contains(milestone))
        return;
    g_marked.insert(milestone);
    const double ms = g_startOffsetMs + double(g_clock.nsecsElapsed()) / 1e6;
    QTextStream(stdout) << "startup " << milestone << ' ' << qRound(ms) << Qt::endl;
}

void markWhenDrawn(QWidget *window, const QString &milestone, QWidget *content)
{
    if (!g_enabled)
        return;
    QList<QQuickWidget *> views;
    for (QQuickWidget *view : (content ? content : window)->findChildren<QQuickWidget *>()) {
        if (view->isVisibleTo(window))
            views.append(view);
    }
    new FrameWatcher(window, milestone, views);
}

} // namespace paperlab::app::startupReport
