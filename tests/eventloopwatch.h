// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTimer>

#include <algorithm>

namespace paperlab::test {

/// Watches the turns of this thread's event loop from its creation on: proof that the loop
/// (the GUI's, in the app) was never held up for long while something else hung.
class EventLoopWatch
{
public:
    EventLoopWatch()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] { turn(); });
        m_timer.start(kIntervalMs);
        m_clock.start();
    }

    qint64 elapsed() const { return m_clock.elapsed(); }
    /// No gap between two turns (or since the last) of half the runner's 5-s grace period:
    /// waiting on a stuck thread would take all of it. A slow machine, or a sanitizer build,
    /// only spaces the turns out: under ASan with full stacks one gap was 1.7 s (counting
    /// turns, as this did before, failed there too).
    bool neverStalled() const { return longestGap() < kStallMs; }
    QString report() const
    {
        return QStringLiteral("%1 turns in %2 ms, longest gap %3 ms")
            .arg(m_turns)
            .arg(m_clock.elapsed())
            .arg(longestGap());
    }

private:
    static constexpr int kIntervalMs = 50;
    static constexpr qint64 kStallMs = 2500;

    void turn()
    {
        const qint64 now = m_clock.elapsed();
        m_longestGap = std::max(m_longestGap, now - m_lastTurn);
        m_lastTurn = now;
        ++m_turns;
    }
    qint64 longestGap() const { return std::max(m_longestGap, m_clock.elapsed() - m_lastTurn); }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_turns = 0;
    qint64 m_lastTurn = 0;
    qint64 m_longestGap = 0;
};

} // namespace paperlab::test
