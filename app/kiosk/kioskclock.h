// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>

namespace paperlab::app {

/// Milliseconds on a monotonic clock. Everything timed in the kiosk (dwell, idle, cursor,
/// the exit chord, digit entry) reads this clock on a tick instead of owning timers, so
/// tests inject a clock they advance by hand and never sleep.
class KioskClock
{
public:
    KioskClock();
    virtual ~KioskClock();
    KioskClock(const KioskClock &) = delete;
    KioskClock &operator=(const KioskClock &) = delete;

    virtual qint64 now() const;

private:
    QElapsedTimer m_timer;
};

} // namespace paperlab::app
