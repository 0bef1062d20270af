// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QApplication;
class QCommandLineParser;

namespace paperlab::app {

class PaperLoader;

/// Command-line options of the desktop shell (screenshots, start paper, theme).
struct ShellOptions {
    static void addTo(QCommandLineParser &parser);
    /// --startup-report: main() starts the report before it discovers the plugins.
    static bool wantsStartupReport(const QCommandLineParser &parser);
};

/// Runs the desktop application (or renders a --screenshot) and returns the exit code.
/// `scenario`, when given, is a .paperlab file or a paperlab:// link to open first.
int runShell(QApplication &app, PaperLoader &loader, const QCommandLineParser &parser,
             const QString &scenario = {});

} // namespace paperlab::app
