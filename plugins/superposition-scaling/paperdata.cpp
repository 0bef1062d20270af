// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "paperdata.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace paperlab::papers::superpositionscaling {

PaperData::PaperData(QObject *parent)
    : QObject(parent)
{
    QFile f(QStringLiteral(":/qt/qml/PaperLab/Papers/SuperpositionScaling/data/paperdata.json"));
    if (f.open(QIODevice::ReadOnly))
        m_paper = QJsonDocument::fromJson(f.readAll()).object().toVariantMap();
}

} // namespace paperlab::papers::superpositionscaling
