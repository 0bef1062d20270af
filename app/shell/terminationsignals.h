// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace paperlab::app {

/// SIGTERM (systemctl stop, logout), SIGINT and SIGHUP as a Qt signal on the GUI thread, so
/// that the desktop window and the kiosk leave the way a user's Quit does: windows close,
/// settings are saved, runners stop, exit status 0. The handler only writes the signal's
/// number; the event loop does the rest (the self-pipe pattern of Qt's Unix-signal docs).
/// One instance at a time.
class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

Q_SIGNALS:
    /// `name` is "SIGTERM", "SIGINT" or "SIGHUP".
    void received(const QString &name);
};

} // namespace paperlab::app
