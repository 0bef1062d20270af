// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "paperdata.h"

#include <paperlab/paperdata.h>

#include <QQmlContext>
#include <QQmlEngine>

namespace paperlab::controls {

PaperData::PaperData(QObject *parent) : QObject(parent) {}

void PaperData::setSource(const QUrl &source)
{
    if (m_source == source)
        return;
    m_source = source;
    // Qt 6 no longer resolves a url property against its QML file; do it here.
    const QQmlContext *context = qmlContext(this);
    const QUrl url = context ? context->resolvedUrl(source) : source;
    // QFile names the resource qrc:/x as :/x.
    const QString path = url.scheme() == QLatin1String("qrc") ? u':' + url.path()
                         : url.isLocalFile()                  ? url.toLocalFile()
                                                               : url.toString();
    m_values = source.isEmpty() ? QVariantMap() : loadPaperData(path).toVariantMap();
    Q_EMIT changed();
}

} // namespace paperlab::controls
