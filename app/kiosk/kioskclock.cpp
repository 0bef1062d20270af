// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "kiosk/kioskclock.h"

namespace paperlab::app {

KioskClock::KioskClock()
{
    m_timer.start();
}

KioskClock::~KioskClock() = default;

qint64 KioskClock::now() const
{
    return m_timer.elapsed();
}

} // namespace paperlab::app
