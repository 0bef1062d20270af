// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace paperlab::papers::rlvrlimits {

/// Frozen data for the QML views: the paper's own measurements (data/paperresults.json, from
/// the paper sheet: `PaperData.results.algorithms.rows`, `.trainingSteps`, `.coverage`) and
/// the toy lab's default run (data/toycurves.json, `PaperData.toy`) for the summary figure.
class PaperData : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QVariantMap results READ results CONSTANT)
    Q_PROPERTY(QVariantMap toy READ toy CONSTANT)

public:
    explicit PaperData(QObject *parent = nullptr);
    QVariantMap results() const { return m_results; }
    QVariantMap toy() const { return m_toy; }

    /// The resource path of a data file, e.g. "paperresults.json".
    static QString resourcePath(const QString &file);

private:
    QVariantMap m_results;
    QVariantMap m_toy;
};

} // namespace paperlab::papers::rlvrlimits
