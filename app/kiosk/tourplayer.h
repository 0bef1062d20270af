// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFlags>
#include <QObject>

#include <algorithm>

namespace paperlab::app {

class KioskClock;

/// Where the kiosk is in its playlist and when it moves on. The dwell clock only runs while
/// nothing holds the tour: the presenter's pause (P), a black or white screen, someone using
/// the simulator, or the exit PIN pad. The last step loops back to the first.
class TourPlayer : public QObject
{
    Q_OBJECT
public:
    enum class Hold {
        Paused = 0x1,      ///< P: the presenter stopped the auto-advance
        Blanked = 0x2,     ///< B, ".", W: nothing of the step is visible
        Interacting = 0x4, ///< someone clicks or touches the content
        Locked = 0x8,      ///< the exit PIN pad is up
    };
    Q_DECLARE_FLAGS(Holds, Hold)
    /// Why the step changed: the logs, the console and the crash-loop guard care.
    enum class Reason { Start, Auto, Manual, Attract };

    TourPlayer(int count, const KioskClock *clock, QObject *parent = nullptr);

    int count() const { return m_count; }
    int current() const { return m_current; }
    int nextIndex() const { return (m_current + 1) % m_count; }

    /// The dwell of the current step (set for each step by whoever shows it).
    void setDwellMs(qint64 ms) { m_dwellMs = ms; }
    qint64 dwellMs() const { return m_dwellMs; }
    qint64 elapsedMs() const;
    qint64 remainingMs() const { return std::max<qint64>(0, m_dwellMs - elapsedMs()); }

    Holds holds() const { return m_holds; }
    bool isHeld(Hold hold) const { return m_holds.testFlag(hold); }
    void setHold(Hold hold, bool on);

    /// Shows step `index` (clamped) and restarts its dwell. Emits currentChanged even when
    /// the index is the same, so that a step can be shown afresh.
    void go(int index, Reason reason);
    void next() { go((m_current + 1) % m_count, Reason::Manual); }
    void previous() { go(std::max(0, m_current - 1), Reason::Manual); }
    void first() { go(0, Reason::Manual); }
    void last() { go(m_count - 1, Reason::Manual); }

    /// Moves on when the dwell is over.
    void tick();

Q_SIGNALS:
    void currentChanged(int index, paperlab::app::TourPlayer::Reason reason);
    void holdsChanged();

private:
    int m_count;
    const KioskClock *m_clock;
    int m_current = 0;
    qint64 m_dwellMs = 60000;
    qint64 m_banked = 0;       // dwell time run before the last hold
    qint64 m_runningSince = 0; // when the dwell clock last started
    Holds m_holds;
};

} // namespace paperlab::app

Q_DECLARE_OPERATORS_FOR_FLAGS(paperlab::app::TourPlayer::Holds)
