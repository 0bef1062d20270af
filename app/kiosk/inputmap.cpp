// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "kiosk/inputmap.h"

#include <QKeyEvent>

namespace paperlab::app {

namespace {

// Shift and the keypad flag do not make a different key here: "B" with Caps Lock or Shift
// still blanks, and the keypad's PageDown still advances.
constexpr Qt::KeyboardModifiers kIgnored = Qt::ShiftModifier | Qt::KeypadModifier;

QKeySequence key(Qt::Key k)
{
    return QKeySequence(k);
}

} // namespace

InputMap::InputMap()
{
    m_bindings.insert(KioskAction::Next,
                      {key(Qt::Key_PageDown), key(Qt::Key_Right), key(Qt::Key_Space)});
    m_bindings.insert(KioskAction::Previous, {key(Qt::Key_PageUp), key(Qt::Key_Left)});
    m_bindings.insert(KioskAction::First, {key(Qt::Key_Home)});
    m_bindings.insert(KioskAction::Last, {key(Qt::Key_End)});
    m_bindings.insert(KioskAction::Black, {key(Qt::Key_B), key(Qt::Key_Period)});
    m_bindings.insert(KioskAction::White, {key(Qt::Key_W)});
    m_bindings.insert(KioskAction::Pause, {key(Qt::Key_P)});
    m_bindings.insert(KioskAction::Enter, {key(Qt::Key_Return), key(Qt::Key_Enter)});
    m_bindings.insert(KioskAction::Share, {key(Qt::Key_Q)});
}

QList<KioskAction> InputMap::actions()
{
    return {KioskAction::Next,  KioskAction::Previous, KioskAction::First, KioskAction::Last,
            KioskAction::Black, KioskAction::White,    KioskAction::Pause, KioskAction::Enter,
            KioskAction::Share};
}

QString InputMap::actionName(KioskAction action)
{
    switch (action) {
    case KioskAction::Next: return QStringLiteral("next");
    case KioskAction::Previous: return QStringLiteral("previous");
    case KioskAction::First: return QStringLiteral("first");
    case KioskAction::Last: return QStringLiteral("last");
    case KioskAction::Black: return QStringLiteral("black");
    case KioskAction::White: return QStringLiteral("white");
    case KioskAction::Pause: return QStringLiteral("pause");
    case KioskAction::Enter: return QStringLiteral("enter");
    case KioskAction::Share: return QStringLiteral("share");
    case KioskAction::None: break;
    }
    return {};
}

KioskAction InputMap::action(const QKeyEvent &event) const
{
    const auto pressed = QKeyCombination(event.modifiers() & ~kIgnored, Qt::Key(event.key()));
    for (auto it = m_bindings.cbegin(); it != m_bindings.cend(); ++it) {
        for (const QKeySequence &seq : it.value()) {
            if (seq.count() != 1)
                continue;
            const QKeyCombination bound = seq[0];
            if (bound.key() == pressed.key()
                && (bound.keyboardModifiers() & ~kIgnored) == pressed.keyboardModifiers())
                return it.key();
        }
    }
    return KioskAction::None;
}

int InputMap::digit(const QKeyEvent &event)
{
    if (event.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return -1;
    if (event.key() >= Qt::Key_0 && event.key() <= Qt::Key_9)
        return event.key() - Qt::Key_0;
    return -1;
}

QString InputMap::rebind(KioskAction action, const QStringList &keys)
{
    QList<QKeySequence> parsed;
    for (const QString &text : keys) {
        const QKeySequence seq
            = QKeySequence::fromString(text.trimmed(), QKeySequence::PortableText);
        if (seq.count() != 1 || seq[0].key() == Qt::Key_unknown)
            return QStringLiteral("keys/%1: \"%2\" is not a key")
                .arg(actionName(action), text.trimmed());
        if (seq[0].key() == Qt::Key_Escape)
            return QStringLiteral("keys/%1: Escape cannot be bound (it must stay harmless)")
                .arg(actionName(action));
        parsed.append(seq);
    }
    m_bindings.insert(action, parsed);
    return {};
}

} // namespace paperlab::app
