// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "kiosk/exitchord.h"

#include "kiosk/kioskclock.h"

#include <QKeyEvent>

#include <algorithm>

namespace paperlab::app {

namespace {

constexpr Qt::KeyboardModifiers kChordModifiers
    = Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier | Qt::MetaModifier;

Qt::KeyboardModifiers modifierOfKey(int key)
{
    switch (key) {
    case Qt::Key_Control: return Qt::ControlModifier;
    case Qt::Key_Alt:
    case Qt::Key_AltGr: return Qt::AltModifier;
    case Qt::Key_Shift: return Qt::ShiftModifier;
    case Qt::Key_Meta:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R: return Qt::MetaModifier;
    default: return Qt::NoModifier;
    }
}

} // namespace

QKeyCombination ExitChord::defaultChord()
{
    return QKeyCombination(Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier, Qt::Key_Q);
}

ExitChord::ExitChord(const KioskClock *clock, QObject *parent)
    : QObject(parent), m_clock(clock), m_chord(defaultChord())
{ }

bool ExitChord::setChord(QKeyCombination chord)
{
    const Qt::KeyboardModifiers mods = chord.keyboardModifiers() & kChordModifiers;
    const int count = int(bool(mods & Qt::ControlModifier)) + int(bool(mods & Qt::AltModifier))
        + int(bool(mods & Qt::ShiftModifier)) + int(bool(mods & Qt::MetaModifier));
    if (count < 2 || chord.key() == Qt::Key_unknown
        || modifierOfKey(chord.key()) != Qt::NoModifier)
        return false;
    cancel();
    m_chord = QKeyCombination(mods, chord.key());
    return true;
}

bool ExitChord::handle(const QKeyEvent &event)
{
    const Qt::KeyboardModifiers mods = event.modifiers() & kChordModifiers;
    const Qt::KeyboardModifiers wanted = m_chord.keyboardModifiers();
    if (event.type() == QEvent::KeyPress) {
        if (event.key() == m_chord.key() && mods == wanted) {
            if (m_held && m_releasePending && event.timestamp() == m_releaseStamp) {
                m_releasePending = false; // the second half of an auto-repeat pair
            } else if (!m_held || m_releasePending) {
                m_since = m_clock->now();
                m_pressStamp = event.timestamp();
                m_releasePending = false;
                setHeld(true);
            }
            tick();
            return true;
        }
        // Pressing the chord's modifiers on the way to the chord is fine; anything else ends it.
        if (modifierOfKey(event.key()) & wanted)
            return m_held;
        cancel();
        return false;
    }
    if (event.type() == QEvent::KeyRelease && m_held) {
        if (event.isAutoRepeat())
            return true;
        if (event.key() == m_chord.key()) {
            // X11 repeats a held key as release/press pairs sharing one timestamp, and Qt
            // does not always flag them: a release counts only when no press follows at once.
            m_releasePending = true;
            m_releaseStamp = event.timestamp();
            m_releaseAt = m_clock->now();
            return true;
        }
        if (modifierOfKey(event.key()) & wanted) {
            release(event.timestamp());
            return true;
        }
    }
    return false;
}

void ExitChord::release(quint64 stamp)
{
    // A busy GUI thread may handle the release before any tick: the window system's
    // timestamps tell how long the keys were really held.
    const bool longEnough = m_pressStamp > 0 && stamp >= m_pressStamp + quint64(m_holdMs);
    m_releasePending = false;
    setHeld(false);
    if (longEnough)
        Q_EMIT triggered();
}

void ExitChord::cancel()
{
    m_releasePending = false;
    setHeld(false);
}

void ExitChord::tick()
{
    if (!m_held)
        return;
    if (m_releasePending) {
        if (m_clock->now() - m_releaseAt >= kRepeatGraceMs)
            release(m_releaseStamp);
        return;
    }
    if (m_clock->now() - m_since >= m_holdMs) {
        setHeld(false);
        Q_EMIT triggered();
    }
}

double ExitChord::progress() const
{
    if (!m_held || m_holdMs <= 0)
        return 0.0;
    return std::clamp(double(m_clock->now() - m_since) / m_holdMs, 0.0, 1.0);
}

void ExitChord::setHeld(bool held)
{
    if (held == m_held)
        return;
    m_held = held;
    Q_EMIT heldChanged(held);
}

} // namespace paperlab::app
