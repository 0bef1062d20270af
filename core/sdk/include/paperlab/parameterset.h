// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/paperlabcoreexport.h>

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace paperlab {

/// A set of parameter values by key: a plain value type, cheap to copy, safe to send
/// between threads by value. Validated sets come from ParameterSchema::validate().
/// Typed getters convert without checking; validation has already fixed the types.
class PAPERLAB_CORE_EXPORT ParameterSet
{
public:
    ParameterSet() = default;
    explicit ParameterSet(QVariantMap values) : m_values(std::move(values)) {}

    bool contains(const QString &key) const { return m_values.contains(key); }
    QVariant value(const QString &key) const { return m_values.value(key); }
    void set(const QString &key, const QVariant &value) { m_values.insert(key, value); }
    void remove(const QString &key) { m_values.remove(key); }
    QStringList keys() const { return m_values.keys(); }
    bool isEmpty() const { return m_values.isEmpty(); }
    const QVariantMap &values() const { return m_values; }

    // The typed getters throw std::out_of_range for a key the set does not hold (a typo, or
    // a parameter not declared in parameters.json), rather than quietly reading 0.
    double real(const QString &key) const { return required(key).toDouble(); }
    int integer(const QString &key) const { return required(key).toInt(); }
    bool flag(const QString &key) const { return required(key).toBool(); }
    QString choice(const QString &key) const { return required(key).toString(); }
    quint64 seed(const QString &key) const { return required(key).toULongLong(); }
    /// A file parameter: empty for none, ":/…" for bundled data, else an absolute path.
    QString filePath(const QString &key) const { return required(key).toString(); }
    QList<double> realList(const QString &key) const;
    QList<int> intList(const QString &key) const;

    /// This set with every key of `overrides` replaced.
    ParameterSet mergedWith(const ParameterSet &overrides) const;

    QJsonObject toJson() const;

    friend bool operator==(const ParameterSet &a, const ParameterSet &b)
    {
        return a.m_values == b.m_values;
    }

private:
    const QVariant &required(const QString &key) const;

    QVariantMap m_values;
};

} // namespace paperlab
