// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace paperlab::papers::superpositionscaling {

/// Frozen data for the QML views (data/paperdata.json): the paper's measured exponents
/// (`PaperData.paper.exponents`, `.toy_large`) and the reference runs of the authors'
/// algorithm at the paper's small-toy scale (`.paper_scale`, from the paper sheet §7.4).
class PaperData : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QVariantMap paper READ paper CONSTANT)

public:
    explicit PaperData(QObject *parent = nullptr);
    QVariantMap paper() const { return m_paper; }

private:
    QVariantMap m_paper;
};

} // namespace paperlab::papers::superpositionscaling
