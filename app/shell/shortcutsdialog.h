// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QAction;

namespace paperlab::app {

/// The keyboard-help overlay (F1 or ?): what the screen's parts are, then the keys in groups
/// (navigation, simulation, view, general). The rows are generated from the actions that
/// carry shortcuts, so they cannot drift from what the keys really do; actions with the same
/// name share one row.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Group {
        QString title;
        QList<QAction *> actions;
        QList<QPair<QString, QString>> extraRows; ///< (what, keys) that are not actions
    };

    ShortcutsDialog(const QList<Group> &groups, QWidget *parent = nullptr);

    /// The rows shown for a group: (action name, keys), in order, one per name.
    static QList<QPair<QString, QString>> rows(const Group &group);
};

} // namespace paperlab::app
