// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

/// The paper-plugin API version this SDK implements.
/// A plugin's metadata "ApiVersion" must have the same major and a minor that is not newer.
/// Any change that breaks existing plugins bumps the major and the IID below.
/// 1.1: StandardPaperPlugin, per-simulator views in the metadata, the `file` parameter type.
/// 1.2: SteppedSimulator, PaperLab::testing.
#define PAPERLAB_API_VERSION_MAJOR 1
#define PAPERLAB_API_VERSION_MINOR 2

/// Interface id of paperlab::PaperPlugin. Carries only the API major (Marble's rule).
#define PAPERLAB_PAPER_PLUGIN_IID "org.paperlab.PaperPlugin/1"
