// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "kiosk/kioskclock.h"

// The kiosk's timing under test: time moves only when the test says so, so idle, dwell and
// hold tests run in microseconds and never sleep.
class ManualClock : public paperlab::app::KioskClock
{
public:
    qint64 now() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }

private:
    qint64 m_now = 1000;
};
