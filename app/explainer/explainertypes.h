// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

class QQmlEngine;

namespace paperlab::app {

/// Registers ExplainerDocument under the URI "PaperLab.Shell" 1.0. Call once, before any QML
/// that imports PaperLab.Shell is loaded; later calls do nothing.
void registerExplainerTypes();

/// Installs the "math" image provider (image://math/…) that ExplainerPage.qml needs; the
/// engine takes ownership. Call once per engine, before loading ExplainerPage.qml.
void addMathImageProvider(QQmlEngine &engine);

} // namespace paperlab::app
