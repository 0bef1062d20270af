// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "staticdata.h"

#include <QJSValue>

#include <cmath>
#include <limits>

namespace paperlab::charts {

using namespace paperlab;

namespace {

QVariant plain(const QVariant &v)
{
    return v.userType() == qMetaTypeId<QJSValue>() ? v.value<QJSValue>().toVariant() : v;
}

double number(const QVariant &v)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    return ok && !v.isNull() ? d : std::numeric_limits<double>::quiet_NaN();
}

std::vector<double> numbers(const QVariant &v)
{
    std::vector<double> out;
    const QVariantList list = plain(v).toList();
    out.reserve(size_t(list.size()));
    for (const QVariant &item : list)
        out.push_back(number(item));
    return out;
}

QString idOf(const QVariantMap &m, const QString &fallback)
{
    for (const char *key : {"id", "name"}) {
        const QString s = m.value(QLatin1String(key)).toString();
        if (!s.isEmpty())
            return s;
    }
    return fallback;
}

QString labelOf(const QVariantMap &m, const QString &id)
{
    const QString s = m.value(QStringLiteral("label")).toString();
    return s.isEmpty() ? id : s;
}

void addEntry(Snapshot &snap, QStringList &categories, const QVariantMap &m)
{
    if (m.contains(QStringLiteral("heights"))) {
        Bars b;
        b.id = idOf(m, QStringLiteral("bars%1").arg(snap.bars.size()));
        b.label = labelOf(m, b.id);
        b.heights = numbers(m.value(QStringLiteral("heights")));
        b.edges = numbers(m.value(QStringLiteral("edges")));
        const QStringList labels = plain(m.value(QStringLiteral("labels"))).toStringList();
        if (b.edges.size() != b.heights.size() + 1) { // categorical: unit-wide bins at 0, 1, 2...
            b.edges.resize(b.heights.size() + 1);
            for (size_t i = 0; i < b.edges.size(); ++i)
                b.edges[i] = double(i) - 0.5;
        }
        if (categories.isEmpty())
            categories = labels;
        snap.bars.push_back(std::move(b));
    } else if (m.contains(QStringLiteral("values"))) {
        Grid g;
        g.id = idOf(m, QStringLiteral("grid%1").arg(snap.grids.size()));
        g.label = labelOf(m, g.id);
        const QVariantList values = plain(m.value(QStringLiteral("values"))).toList();
        const bool nested =
            !values.isEmpty() && plain(values.first()).userType() == QMetaType::QVariantList;
        if (nested) { // [[row 0], [row 1], ...]; short rows are padded with NaN
            std::vector<std::vector<double>> rows;
            for (const QVariant &row : values) {
                rows.push_back(numbers(row));
                g.cols = std::max(g.cols, int(rows.back().size()));
            }
            g.rows = int(rows.size());
            g.values.assign(size_t(g.rows) * size_t(g.cols),
                            std::numeric_limits<double>::quiet_NaN());
            for (int r = 0; r < g.rows; ++r)
                std::copy(rows[size_t(r)].begin(), rows[size_t(r)].end(),
                          g.values.begin() + qsizetype(r) * g.cols);
        } else {
            g.values = numbers(values);
            g.rows = m.value(QStringLiteral("rows")).toInt();
            g.cols = m.value(QStringLiteral("cols")).toInt();
            if (g.rows <= 0 && g.cols > 0)
                g.rows = int(g.values.size()) / g.cols;
            if (g.cols <= 0 && g.rows > 0)
                g.cols = int(g.values.size()) / g.rows;
            g.values.resize(size_t(std::max(0, g.rows)) * size_t(std::max(0, g.cols)),
                            std::numeric_limits<double>::quiet_NaN());
        }
        snap.grids.push_back(std::move(g));
    } else if (m.contains(QStringLiteral("y"))) {
        Series s;
        s.id = idOf(m, QStringLiteral("series%1").arg(snap.series.size()));
        s.label = labelOf(m, s.id);
        s.x = numbers(m.value(QStringLiteral("x")));
        s.y = numbers(m.value(QStringLiteral("y")));
        snap.series.push_back(std::move(s));
    }
}

} // namespace

StaticData StaticData::fromVariant(const QVariant &value)
{
    StaticData out;
    const QVariant v = plain(value);
    auto snap = std::make_shared<Snapshot>();
    auto addList = [&](const QVariant &list) {
        for (const QVariant &item : plain(list).toList())
            addEntry(*snap, out.categories, plain(item).toMap());
    };
    if (v.userType() == QMetaType::QVariantList) {
        addList(v);
    } else if (v.userType() == QMetaType::QVariantMap) {
        const QVariantMap m = v.toMap();
        const bool resultJson = m.contains(QStringLiteral("series"))
            || m.contains(QStringLiteral("grids")) || m.contains(QStringLiteral("bars"));
        if (resultJson) {
            for (const char *key : {"series", "grids", "bars"})
                addList(m.value(QLatin1String(key)));
        } else {
            addEntry(*snap, out.categories, m);
        }
    }
    if (snap->series.empty() && snap->grids.empty() && snap->bars.empty())
        return out;
    snap->finished = true;
    out.snapshot = std::move(snap);
    return out;
}

} // namespace paperlab::charts
