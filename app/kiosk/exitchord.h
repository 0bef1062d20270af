// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QKeyCombination>
#include <QObject>

class QKeyEvent;

namespace paperlab::app {

class KioskClock;

/// The deliberate way out of the kiosk: a chord (Ctrl+Alt+Shift+Q by default) held down for
/// a while (2 s by default). Kiosk compositors such as cage remove the usual exits, so the
/// app provides its own; holding, not pressing, keeps a visitor mashing keys from finding it.
///
/// Feed it every key event of the kiosk windows and call tick() regularly. X11 key
/// auto-repeat (release/press pairs flagged isAutoRepeat) does not break the hold; releasing
/// the key or one of the chord's modifiers, another key, or losing focus does.
class ExitChord : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultHoldMs = 2000;
    static QKeyCombination defaultChord();

    ExitChord(const KioskClock *clock, QObject *parent = nullptr);

    /// At least two of Ctrl, Alt, Shift and Meta plus one key: anything less is too easy to
    /// hit by accident. Returns false (and keeps the old chord) otherwise.
    bool setChord(QKeyCombination chord);
    QKeyCombination chord() const { return m_chord; }
    void setHoldMs(int ms) { m_holdMs = ms; }
    int holdMs() const { return m_holdMs; }

    /// Returns true when the event is part of the chord (the caller then swallows it).
    bool handle(const QKeyEvent &event);
    void cancel();
    void tick();

    bool isHeld() const { return m_held; }
    /// 0..1 of the hold time, for the "keep holding" feedback.
    double progress() const;

Q_SIGNALS:
    void heldChanged(bool held);
    void triggered();

private:
    void setHeld(bool held);
    void release(quint64 stamp);

    static constexpr int kRepeatGraceMs = 100; ///< X auto-repeat pairs arrive together

    const KioskClock *m_clock;
    QKeyCombination m_chord;
    int m_holdMs = kDefaultHoldMs;
    bool m_held = false;
    qint64 m_since = 0;
    quint64 m_pressStamp = 0; ///< the window system's timestamp of the chord's press
    bool m_releasePending = false;
    quint64 m_releaseStamp = 0;
    qint64 m_releaseAt = 0;
};

} // namespace paperlab::app
