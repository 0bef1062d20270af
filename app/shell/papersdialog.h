// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

namespace paperlab {
class PaperRegistry;
}

namespace paperlab::app {

/// Every discovered plugin with its state, version, origin (which search path), path and error.
class PapersDialog : public QDialog
{
    Q_OBJECT
public:
    PapersDialog(PaperRegistry *registry, QWidget *parent = nullptr);
};

} // namespace paperlab::app
