// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace paperlab::papers::diffusionmemorization {

/// Frozen data for the QML views, read once from the plugin's resources:
/// `PaperData.measurements` is the paper's own numbers (content/papermeasurements.json, from
/// the paper sheet), `PaperData.rfScaling` is this plugin's `rf-scaling` run with seed 1
/// (content/rfscaling.json), drawn by the summary without recomputing it.
class PaperData : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QVariantMap measurements READ measurements CONSTANT)
    Q_PROPERTY(QVariantMap rfScaling READ rfScaling CONSTANT)

public:
    explicit PaperData(QObject *parent = nullptr);
    QVariantMap measurements() const { return m_measurements; }
    QVariantMap rfScaling() const { return m_rfScaling; }

private:
    QVariantMap m_measurements;
    QVariantMap m_rfScaling;
};

} // namespace paperlab::papers::diffusionmemorization
