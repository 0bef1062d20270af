// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "kiosk/tourplayer.h"

#include "kiosk/kioskclock.h"

#include <algorithm>

namespace paperlab::app {

TourPlayer::TourPlayer(int count, const KioskClock *clock, QObject *parent)
    : QObject(parent), m_count(std::max(1, count)), m_clock(clock), m_runningSince(clock->now())
{ }

qint64 TourPlayer::elapsedMs() const
{
    return m_banked + (m_holds ? 0 : m_clock->now() - m_runningSince);
}

void TourPlayer::setHold(Hold hold, bool on)
{
    if (m_holds.testFlag(hold) == on)
        return;
    const bool wasRunning = !m_holds;
    if (wasRunning)
        m_banked += m_clock->now() - m_runningSince;
    m_holds.setFlag(hold, on);
    if (!m_holds)
        m_runningSince = m_clock->now();
    Q_EMIT holdsChanged();
}

void TourPlayer::go(int index, Reason reason)
{
    m_current = std::clamp(index, 0, m_count - 1);
    m_banked = 0;
    m_runningSince = m_clock->now();
    Q_EMIT currentChanged(m_current, reason);
}

void TourPlayer::tick()
{
    if (!m_holds && elapsedMs() >= m_dwellMs)
        go(nextIndex(), Reason::Auto);
}

} // namespace paperlab::app
