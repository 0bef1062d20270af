// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/parameterschema.h>
#include <paperlab/parameterset.h>

#include <QList>
#include <QString>

namespace paperlab::app {

/// One parameter where the two runs of an A/B comparison differ, as a person reads it.
struct ParameterDifference
{
    QString key;
    QString label;
    QString a, b; ///< the two values as text (a choice's label, a file's name)
};

/// The parameters of `simulatorId` whose values differ between `a` and `b`, in schema order.
QList<ParameterDifference> parameterDifferences(const ParameterSchema &schema,
                                                const QString &simulatorId,
                                                const ParameterSet &a, const ParameterSet &b);

/// A value as the panel shows it: a choice's label, a file's name, lists joined by ", ".
QString parameterValueText(const ParamSpec &spec, const QVariant &value);

} // namespace paperlab::app
