// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QString>
#include <QStringList>

class QKeyEvent;

namespace paperlab::app {

/// What a key does in the kiosk. Digits are not actions: they enter a step number.
enum class KioskAction { None, Next, Previous, First, Last, Black, White, Pause, Enter, Share };

/// The presenter-remote and keyboard bindings. The defaults follow the clickers lecturers
/// use (PageUp/PageDown, "." and B for black); an administrator can rebind any action in
/// kiosk.conf, e.g. `[keys] pause=P, F5`. Escape is bound to nothing.
class InputMap
{
public:
    InputMap();

    KioskAction action(const QKeyEvent &event) const;
    /// 0–9 for a digit key (main row or keypad) without Ctrl, Alt or Meta; otherwise -1.
    static int digit(const QKeyEvent &event);

    QList<QKeySequence> bindings(KioskAction action) const { return m_bindings.value(action); }
    /// Replaces an action's keys, each in QKeySequence's portable text ("PgDown", "Shift+B").
    /// Returns an error naming the bad key, and changes nothing then.
    QString rebind(KioskAction action, const QStringList &keys);

    /// The settings name of an action ("next", "previous", …); empty for None.
    static QString actionName(KioskAction action);
    static QList<KioskAction> actions();

private:
    QHash<KioskAction, QList<QKeySequence>> m_bindings;
};

} // namespace paperlab::app
