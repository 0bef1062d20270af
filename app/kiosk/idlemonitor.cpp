// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "kiosk/idlemonitor.h"

#include "kiosk/kioskclock.h"

#include <algorithm>

namespace paperlab::app {

IdleMonitor::IdleMonitor(const KioskClock *clock, QObject *parent)
    : QObject(parent), m_clock(clock), m_lastMotion(clock->now()), m_lastInput(clock->now())
{ }

void IdleMonitor::noteMotion()
{
    m_lastMotion = m_clock->now();
    setCursorHidden(false);
}

void IdleMonitor::noteInput()
{
    m_lastInput = m_clock->now();
    m_armed = true;
}

qint64 IdleMonitor::idleMs() const
{
    return m_clock->now() - std::max(m_lastInput, m_lastMotion);
}

void IdleMonitor::tick()
{
    const qint64 now = m_clock->now();
    if (!m_cursorHidden && now - m_lastMotion >= m_cursorHideMs)
        setCursorHidden(true);
    if (m_armed && m_attractMs > 0 && idleMs() >= m_attractMs) {
        m_armed = false;
        Q_EMIT attract();
    }
}

void IdleMonitor::setCursorHidden(bool hidden)
{
    if (hidden == m_cursorHidden)
        return;
    m_cursorHidden = hidden;
    Q_EMIT cursorHiddenChanged(hidden);
}

} // namespace paperlab::app
