// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

namespace paperlab::app {

class QmlHost;

/// Registers the shell's QML types and image providers on the shared engine. Called once,
/// before any shell QML (explainer page, generic views) is loaded.
void registerShellQml(QmlHost &qml);

/// Makes glibc's allocator keep fewer freed pages resident in a windowed run. Call first in
/// main(), before any thread exists: the desktop and the kiosk, not the headless commands,
/// whose sweeps use every core.
void limitAllocatorFragmentation();

/// Keeps libdbus from trying to start a session bus where it cannot (no session bus, no
/// dbus-launch): Qt's accessibility connects as the window opens. Call before QApplication.
void skipFailingSessionBusLaunch();

} // namespace paperlab::app
