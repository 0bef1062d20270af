// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/paperlabcoreexport.h>

#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>

namespace paperlab {

/// "paperlab.paperdata": a paper's frozen data file is missing or broken. (Spelled out:
/// Qt 6.4 has no exported form of Q_DECLARE_LOGGING_CATEGORY.)
PAPERLAB_CORE_EXPORT const QLoggingCategory &lcPaperData();

/// Reads a paper's frozen data: a JSON object in a file, usually one of the plugin's
/// resources (":/qt/qml/PaperLab/Papers/<Module>/data/results.json"). A missing file, a parse
/// error or a top level that is not an object is a warning in lcPaperData() that names the
/// path (and the line and offset of a parse error), and gives an empty object: views then
/// show no numbers rather than wrong ones, and the warning fails the shell's view tests.
/// QML: PaperData in PaperLab.Controls.
PAPERLAB_CORE_EXPORT QJsonObject loadPaperData(const QString &path);

} // namespace paperlab
