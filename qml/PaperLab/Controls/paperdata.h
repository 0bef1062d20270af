// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/paperlabcontrolsexport.h>

#include <QObject>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace paperlab::controls {

/// QML: a paper's frozen data, read by paperlab::loadPaperData() (which warns about a missing
/// or broken file). `source` is resolved against the QML file, and a plugin's QML files and
/// resources share one resource directory, so a view names the resource as it is listed:
///
///     PaperData { id: paperData; source: "data/results.json" }
///     ... paperData.values.exponents ...
class PAPERLAB_CONTROLS_EXPORT PaperData : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QUrl source READ source WRITE setSource NOTIFY changed)
    Q_PROPERTY(QVariantMap values READ values NOTIFY changed)

public:
    explicit PaperData(QObject *parent = nullptr);

    QUrl source() const { return m_source; }
    void setSource(const QUrl &source);
    QVariantMap values() const { return m_values; }

Q_SIGNALS:
    void changed();

private:
    QUrl m_source;
    QVariantMap m_values;
};

} // namespace paperlab::controls
