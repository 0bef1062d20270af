// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "paperdata.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace paperlab::papers::diffusionmemorization {

namespace {

QVariantMap readJson(const QString &file)
{
    QFile f(QStringLiteral(":/qt/qml/PaperLab/Papers/DiffusionMemorization/content/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().toVariantMap();
}

} // namespace

PaperData::PaperData(QObject *parent)
    : QObject(parent)
    , m_measurements(readJson(QStringLiteral("papermeasurements.json")))
    , m_rfScaling(readJson(QStringLiteral("rfscaling.json")))
{}

} // namespace paperlab::papers::diffusionmemorization
