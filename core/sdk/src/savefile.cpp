// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/savefile.h>

#include <QSaveFile>

namespace paperlab {

QString saveFileAtomically(const QString &path, const std::function<bool(QIODevice &)> &write)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && write(file) && file.commit())
        return {};
    // QSaveFile's error text is empty when only the writer failed; never show "cannot write X: ".
    const QString reason = file.errorString().isEmpty() || file.error() == QFileDevice::NoError
        ? QStringLiteral("the data could not be written")
        : file.errorString();
    return QStringLiteral("cannot write %1: %2").arg(path, reason);
}

QString saveFileAtomically(const QString &path, const QByteArray &bytes)
{
    return saveFileAtomically(path, [&bytes](QIODevice &device) {
        return device.write(bytes) == bytes.size();
    });
}

} // namespace paperlab
