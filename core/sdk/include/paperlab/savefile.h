// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/paperlabcoreexport.h>

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <functional>

namespace paperlab {

/// Writes a file atomically (QSaveFile): a reader, or the next start of the app, sees either
/// the old file or the complete new one, never half of it, even when the disk fills or the
/// process is killed mid-save. \a write fills the device and returns false on failure.
/// Returns an empty string on success, otherwise "cannot write PATH: REASON", ready to show.
PAPERLAB_CORE_EXPORT QString saveFileAtomically(const QString &path,
                                                const std::function<bool(QIODevice &)> &write);

/// The same for bytes already in memory.
PAPERLAB_CORE_EXPORT QString saveFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace paperlab
