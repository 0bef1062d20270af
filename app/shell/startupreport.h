// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QWidget;

namespace paperlab::app {

/// --startup-report: how long start-up takes, from the process's start (as the kernel
/// recorded it) to each milestone, printed once per milestone as "startup <milestone> <ms>"
/// on stdout. The milestones: discovered (plugins found, metadata read), first-frame (the
/// window's first frame on screen), thumbnails (every home card's thumbnail drawn) and
/// paper-open (the paper named on the command line drawn, its Qt Quick views included).
namespace startupReport {

void enable();
bool enabled();
/// Prints the milestone now (once; nothing when the report is off).
void mark(const QString &milestone);
/// Prints the milestone when `window` has drawn its next frame and every visible Qt Quick
/// view inside `content` (the window itself when null) has rendered at least once.
void markWhenDrawn(QWidget *window, const QString &milestone, QWidget *content = nullptr);

} // namespace startupReport

} // namespace paperlab::app
