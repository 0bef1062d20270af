// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace paperlab::app {

/// `paperlab --check-plugin FILE`: validates a plugin file from its metadata alone (no code of
/// the plugin runs), prints the metadata and every problem found on stdout, and returns
/// ExitOk, or ExitUnknownPaper when there is a problem.
int checkPlugin(const QString &path);

} // namespace paperlab::app
