// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace paperlab::app {

class KioskClock;

/// Watches for people: hides the mouse cursor a few seconds after it last moved, and calls
/// for the attract loop after a longer stretch without any input. Fed by the kiosk's event
/// filter, timed by tick() on the injected clock.
class IdleMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultCursorHideMs = 3000;
    static constexpr int kDefaultAttractMs = 3 * 60 * 1000;

    IdleMonitor(const KioskClock *clock, QObject *parent = nullptr);

    void setCursorHideMs(int ms) { m_cursorHideMs = ms; }
    /// 0 turns the attract loop off.
    void setAttractMs(qint64 ms) { m_attractMs = ms; }
    qint64 attractMs() const { return m_attractMs; }

    /// The pointer moved: the cursor shows again; it is not yet a reason to stop the tour.
    void noteMotion();
    /// A key, click, wheel turn or touch: someone is here.
    void noteInput();
    void tick();

    bool cursorHidden() const { return m_cursorHidden; }
    qint64 idleMs() const;

Q_SIGNALS:
    void cursorHiddenChanged(bool hidden);
    /// Once per quiet spell of attractMs after some input.
    void attract();

private:
    void setCursorHidden(bool hidden);

    const KioskClock *m_clock;
    int m_cursorHideMs = kDefaultCursorHideMs;
    qint64 m_attractMs = kDefaultAttractMs;
    qint64 m_lastMotion = 0;
    qint64 m_lastInput = 0;
    bool m_cursorHidden = false;
    bool m_armed = false;
};

} // namespace paperlab::app
