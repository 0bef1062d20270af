// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "chartexport.h"

#include "mathtext.h"

#include <QFileInfo>

namespace paperlab::charts::chartexport {

namespace {

constexpr int kMaxPartLength = 40; // a whole chart title makes an unwieldy file name

QString slug(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    if (out.size() > kMaxPartLength) {
        const qsizetype cut = out.lastIndexOf(u'-', kMaxPartLength);
        out.truncate(cut > 0 ? cut : kMaxPartLength);
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

SaveDialog &installedDialog()
{
    static SaveDialog dialog;
    return dialog;
}

} // namespace

QString fileName(const QStringList &parts, const QString &format)
{
    QStringList slugs;
    for (const QString &part : parts) {
        if (const QString s = slug(MathText::toPlain(part)); !s.isEmpty())
            slugs.append(s);
    }
    if (slugs.isEmpty())
        slugs.append(QStringLiteral("chart"));
    return slugs.join(u'-') + u'.' + format;
}

QString withExtension(const QString &path, const QString &format)
{
    if (path.isEmpty() || QFileInfo(path).suffix().compare(format, Qt::CaseInsensitive) == 0)
        return path;
    return path + u'.' + format;
}

QString columnName(const QString &axisTitle, const QString &fallback)
{
    const QString plain = MathText::toPlain(axisTitle).simplified();
    return plain.isEmpty() ? fallback : plain;
}

void setSaveDialog(SaveDialog dialog)
{
    installedDialog() = std::move(dialog);
}

const SaveDialog &saveDialog()
{
    return installedDialog();
}

} // namespace paperlab::charts::chartexport
