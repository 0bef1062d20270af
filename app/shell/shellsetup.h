// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

namespace paperlab::app {

class QmlHost;

/// Registers the shell's QML types and image providers on the shared engine. Called once,
/// before any shell QML (explainer page, generic views) is loaded.
void registerShellQml(QmlHost &qml);

} // namespace paperlab::app
