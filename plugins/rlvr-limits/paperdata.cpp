// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "paperdata.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace paperlab::papers::rlvrlimits {

namespace {

QVariantMap readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().toVariantMap();
}

} // namespace

QString PaperData::resourcePath(const QString &file)
{
    return QStringLiteral(":/qt/qml/PaperLab/Papers/RlvrLimits/data/") + file;
}

PaperData::PaperData(QObject *parent)
    : QObject(parent),
      m_results(readJson(resourcePath(QStringLiteral("paperresults.json")))),
      m_toy(readJson(resourcePath(QStringLiteral("toycurves.json"))))
{}

} // namespace paperlab::papers::rlvrlimits
