// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "session/comparison.h"

#include <QFileInfo>
#include <QStringList>

namespace paperlab::app {

QString parameterValueText(const ParamSpec &spec, const QVariant &value)
{
    switch (spec.type) {
    case ParamType::Choice:
        for (const auto &[id, label] : spec.choices) {
            if (id == value.toString())
                return label;
        }
        return value.toString();
    case ParamType::Bool:
        return value.toBool() ? QStringLiteral("on") : QStringLiteral("off");
    case ParamType::File:
        return value.toString().isEmpty() ? QStringLiteral("no file")
                                          : QFileInfo(value.toString()).fileName();
    case ParamType::Real:
        return QString::number(value.toDouble(), 'g', 6);
    case ParamType::RealList:
    case ParamType::IntList: {
        QStringList parts;
        for (const QVariant &v : value.toList())
            parts.append(spec.type == ParamType::RealList ? QString::number(v.toDouble(), 'g', 6)
                                                          : v.toString());
        return parts.join(QStringLiteral(", "));
    }
    case ParamType::Int:
    case ParamType::Seed:
        break;
    }
    return value.toString();
}

QList<ParameterDifference> parameterDifferences(const ParameterSchema &schema,
                                                const QString &simulatorId,
                                                const ParameterSet &a, const ParameterSet &b)
{
    QList<ParameterDifference> out;
    for (const ParamSpec &spec : schema.parametersFor(simulatorId)) {
        const QVariant va = a.value(spec.id), vb = b.value(spec.id);
        if (va == vb)
            continue;
        out.append({spec.id, spec.label, parameterValueText(spec, va),
                    parameterValueText(spec, vb)});
    }
    return out;
}

} // namespace paperlab::app
