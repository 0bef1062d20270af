// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/parameterset.h>

#include <QJsonValue>

#include <stdexcept>

namespace paperlab {

const QVariant &ParameterSet::required(const QString &key) const
{
    const auto it = m_values.constFind(key);
    if (it == m_values.cend()) {
        throw std::out_of_range("no parameter \"" + key.toStdString()
                                + "\": it is not declared in parameters.json (or not for this "
                                  "simulator)");
    }
    return *it;
}

QList<double> ParameterSet::realList(const QString &key) const
{
    QList<double> out;
    for (const QVariant &v : required(key).toList())
        out.append(v.toDouble());
    return out;
}

QList<int> ParameterSet::intList(const QString &key) const
{
    QList<int> out;
    for (const QVariant &v : required(key).toList())
        out.append(v.toInt());
    return out;
}

ParameterSet ParameterSet::mergedWith(const ParameterSet &overrides) const
{
    ParameterSet merged = *this;
    for (auto it = overrides.m_values.cbegin(); it != overrides.m_values.cend(); ++it)
        merged.m_values.insert(it.key(), it.value());
    return merged;
}

QJsonObject ParameterSet::toJson() const
{
    QJsonObject o;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        // Seeds are unsigned 64-bit; JSON numbers are doubles, so large seeds go out as strings.
        if (it.value().typeId() == QMetaType::ULongLong && it.value().toULongLong() > (1ull << 53))
            o.insert(it.key(), QString::number(it.value().toULongLong()));
        else
            o.insert(it.key(), QJsonValue::fromVariant(it.value()));
    }
    return o;
}

} // namespace paperlab
