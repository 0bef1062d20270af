// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/snapshot.h>

#include <paperlab/math/stats.h>

#include <QJsonArray>

#include <cmath>

namespace paperlab {

namespace {

// The result shares the snapshot's ownership, so a caller cannot keep the item without
// keeping the snapshot; the owner is empty when no shared_ptr owns the snapshot.
template <typename T>
std::shared_ptr<const T> findById(const Snapshot &owner, const std::vector<T> &items,
                                  const QString &id)
{
    for (const T &item : items) {
        if (item.id == id)
            return std::shared_ptr<const T>(owner.weak_from_this().lock(), &item);
    }
    return nullptr;
}

// JSON has no NaN or infinity; write them as null so the file stays valid.
QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

QJsonArray numbers(const std::vector<double> &values)
{
    QJsonArray a;
    for (double v : values)
        a.append(number(v));
    return a;
}

} // namespace

std::shared_ptr<const Series> Snapshot::findSeries(const QString &id) const &
{
    return findById(*this, series, id);
}

std::shared_ptr<const Grid> Snapshot::findGrid(const QString &id) const &
{
    return findById(*this, grids, id);
}

std::shared_ptr<const Bars> Snapshot::findBars(const QString &id) const &
{
    return findById(*this, bars, id);
}

std::shared_ptr<const Table> Snapshot::findTable(const QString &id) const &
{
    return findById(*this, tables, id);
}

QJsonObject Snapshot::toJson() const
{
    QJsonObject readoutsJson;
    for (auto it = readouts.cbegin(); it != readouts.cend(); ++it)
        readoutsJson.insert(it.key(), number(it.value()));

    QJsonArray seriesJson;
    for (const Series &s : series) {
        seriesJson.append(QJsonObject{{QStringLiteral("name"), s.id},
                                      {QStringLiteral("label"), s.label},
                                      {QStringLiteral("x"), numbers(s.x)},
                                      {QStringLiteral("y"), numbers(s.y)}});
    }
    QJsonObject out{{QStringLiteral("readouts"), readoutsJson},
                    {QStringLiteral("series"), seriesJson},
                    {QStringLiteral("step"), step},
                    {QStringLiteral("finished"), finished},
                    {QStringLiteral("status"), status}};
    if (!grids.empty()) {
        QJsonArray a;
        for (const Grid &g : grids) {
            a.append(QJsonObject{{QStringLiteral("name"), g.id}, {QStringLiteral("label"), g.label},
                                 {QStringLiteral("rows"), g.rows}, {QStringLiteral("cols"), g.cols},
                                 {QStringLiteral("values"), numbers(g.values)}});
        }
        out.insert(QStringLiteral("grids"), a);
    }
    if (!bars.empty()) {
        QJsonArray a;
        for (const Bars &b : bars) {
            a.append(QJsonObject{{QStringLiteral("name"), b.id}, {QStringLiteral("label"), b.label},
                                 {QStringLiteral("edges"), numbers(b.edges)},
                                 {QStringLiteral("heights"), numbers(b.heights)}});
        }
        out.insert(QStringLiteral("bars"), a);
    }
    if (!tables.empty()) {
        QJsonArray a;
        for (const Table &t : tables) {
            QJsonArray rows;
            for (const QStringList &r : t.rows)
                rows.append(QJsonArray::fromStringList(r));
            a.append(QJsonObject{{QStringLiteral("name"), t.id}, {QStringLiteral("label"), t.label},
                                 {QStringLiteral("columns"), QJsonArray::fromStringList(t.columns)},
                                 {QStringLiteral("rows"), rows}});
        }
        out.insert(QStringLiteral("tables"), a);
    }
    return out;
}

Bars uniformBars(const QString &id, const QString &label, double lo, double hi,
                 std::vector<double> heights)
{
    Bars b{id, label, {}, std::move(heights)};
    const size_t n = b.heights.size();
    b.edges.reserve(n + 1);
    for (size_t k = 0; k <= n; ++k)
        b.edges.push_back(lo + (hi - lo) * double(k) / double(n));
    return b;
}

Bars histogramBars(const QString &id, const QString &label, const std::vector<double> &values,
                   int bins, double lo, double hi, double normaliseBy)
{
    const std::vector<int64_t> counts = math::histogram(values, bins, lo, hi);
    const double width = (hi - lo) / bins;
    std::vector<double> heights;
    heights.reserve(counts.size());
    for (int64_t c : counts)
        heights.push_back(normaliseBy > 0.0 ? double(c) / (normaliseBy * width) : double(c));
    return uniformBars(id, label, lo, hi, std::move(heights));
}

} // namespace paperlab
