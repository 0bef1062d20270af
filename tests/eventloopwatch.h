// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTimer>

namespace paperlab::test {

/// Counts the turns of this thread's event loop from its creation on: proof that the loop
/// (the GUI's, in the app) was never held up for long while something else hung.
class EventLoopWatch
{
public:
    EventLoopWatch()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] { ++m_turns; });
        m_timer.start(kIntervalMs);
        m_clock.start();
    }

    qint64 elapsed() const { return m_clock.elapsed(); }
    /// At least half the turns a free loop would have made: no long stall.
    bool neverStalled() const { return m_turns >= m_clock.elapsed() / kIntervalMs / 2; }
    QString report() const
    {
        return QStringLiteral("%1 turns in %2 ms").arg(m_turns).arg(m_clock.elapsed());
    }

private:
    static constexpr int kIntervalMs = 50;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_turns = 0;
};

} // namespace paperlab::test
