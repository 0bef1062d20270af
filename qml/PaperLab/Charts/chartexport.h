// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/paperlabchartsexport.h>

#include <QString>
#include <QStringList>

#include <functional>

namespace paperlab::charts {

/// File names and the save dialog of chart exports (PNG, SVG, CSV).
namespace chartexport {

/// "paper-view-chart.png": each part made lower-case, its runs of other characters than
/// letters and digits turned into one "-", long parts cut at a word; empty parts are left
/// out, and nothing at all gives "chart".
PAPERLAB_CHARTS_EXPORT QString fileName(const QStringList &parts, const QString &format);

/// `path` ending in ".<format>" (any case); otherwise with it appended, so that a name typed
/// without an extension ("results") still saves as "results.csv".
PAPERLAB_CHARTS_EXPORT QString withExtension(const QString &path, const QString &format);

/// A CSV column named after an axis title (plain text, units included), else `fallback`.
PAPERLAB_CHARTS_EXPORT QString columnName(const QString &axisTitle, const QString &fallback);

/// Asks where to save: (suggested file name, format) → chosen path, or empty when the user
/// cancels. The application installs one (a themed save dialog); without one, interactive
/// export is unavailable and says so in the log.
using SaveDialog = std::function<QString(const QString &suggestedName, const QString &format)>;
PAPERLAB_CHARTS_EXPORT void setSaveDialog(SaveDialog dialog);
PAPERLAB_CHARTS_EXPORT const SaveDialog &saveDialog();

} // namespace chartexport

} // namespace paperlab::charts
