// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

/// The paper-plugin API version this SDK implements.
/// A plugin's metadata "ApiVersion" must have the same major and a minor that is not newer.
/// Any change that breaks existing plugins bumps the major and the IID below.
/// 1.1: StandardPaperPlugin, per-simulator views in the metadata, the `file` parameter type.
/// 1.2: SteppedSimulator, PaperLab::testing.
/// 2.0: Snapshot::find*() return a shared_ptr that keeps the snapshot alive, and Snapshot
///      derives from enable_shared_from_this, which changes its layout; paperlab_math
///      builds with fixed Eigen alignments (EIGEN_MAX_ALIGN_BYTES=32,
///      EIGEN_MAX_STATIC_ALIGN_BYTES=16), so a plugin built with an older SDK could free Eigen
///      memory with the wrong alignment. Plugins for 1.x must be rebuilt.
#define PAPERLAB_API_VERSION_MAJOR 2
#define PAPERLAB_API_VERSION_MINOR 0

/// Interface id of paperlab::PaperPlugin. Carries only the API major (Marble's rule).
#define PAPERLAB_PAPER_PLUGIN_IID "org.paperlab.PaperPlugin/2"
