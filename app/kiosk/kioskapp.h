// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

class QApplication;
class QCommandLineParser;

namespace paperlab {
class PaperRegistry;
}

namespace paperlab::app {

class PaperLoader;

/// Command-line options of the kiosk: --kiosk, --playlist, --screen, --console-screen,
/// --no-console, --font-scale, --kiosk-config and --check-playlist (--theme is the shell's).
struct KioskOptions {
    static void addTo(QCommandLineParser &parser);
    static bool isKiosk(const QCommandLineParser &parser);
    static bool isCheckPlaylist(const QCommandLineParser &parser);
};

/// Runs the kiosk until its exit chord (or SIGTERM) and returns the exit code: 0, or
/// ExitBadParameter (4) for an invalid playlist, ExitBadUsage (2) for a bad option.
/// It loads papers through a PaperLoader of its own, whose crash guard keeps its markers in
/// the kiosk's state file: a kiosk never touches the desktop's settings.
int runKiosk(QApplication &app, PaperRegistry &registry, const QCommandLineParser &parser);

/// --check-playlist: validates the playlist and what its steps refer to in the installed
/// papers (presets, sections), prints every problem, and returns 0 or ExitBadParameter.
int checkPlaylist(PaperLoader &loader, const QCommandLineParser &parser);

} // namespace paperlab::app
