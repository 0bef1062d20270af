// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/paperdata.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace paperlab {

Q_LOGGING_CATEGORY(lcPaperData, "paperlab.paperdata")

QJsonObject loadPaperData(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qCWarning(lcPaperData).noquote()
            << QStringLiteral("%1: cannot read the paper data: %2").arg(path, f.errorString());
        return {};
    }
    const QByteArray bytes = f.readAll();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        // A line number finds the mistake in a hand-edited file faster than an offset does.
        const qsizetype line = bytes.left(error.offset).count('\n') + 1;
        qCWarning(lcPaperData).noquote()
            << QStringLiteral("%1:%2: broken paper data at offset %3: %4")
                   .arg(path)
                   .arg(line)
                   .arg(error.offset)
                   .arg(error.errorString());
        return {};
    }
    if (!doc.isObject()) {
        qCWarning(lcPaperData).noquote()
            << QStringLiteral("%1: the paper data is not a JSON object").arg(path);
        return {};
    }
    return doc.object();
}

} // namespace paperlab
