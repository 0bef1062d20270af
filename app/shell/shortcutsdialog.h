// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QAction;

namespace paperlab::app {

/// The keyboard-help overlay (F1 or ?), generated from the actions that carry shortcuts, so it
/// cannot drift from what the keys really do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};

} // namespace paperlab::app
