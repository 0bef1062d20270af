// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "boundssimulator.h"

#include "bounds.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace paperlab::papers::transductiveonline {

namespace {

// d from 1 to 10⁶, 40 points a decade: the curves are formulas, so any grid is exact on it.
constexpr double kMaxD = 1e6;
constexpr int kPerDecade = 40;

QString qs(const std::string &s) { return QString::fromStdString(s); }

QString number(double v)
{
    // Whole numbers with separators (2,304); small values with three significant digits.
    const QLocale c(QLocale::English);
    if (v >= 100)
        return c.toString(std::round(v), 'f', 0);
    return c.toString(v, 'g', 3);
}

Series curve(const QString &id, const QString &label, double from, double (*f)(double))
{
    Series s{id, label, {}, {}};
    const int points = 6 * kPerDecade;
    for (int i = 0; i <= points; ++i) {
        const double d = std::pow(10.0, double(i) / kPerDecade);
        if (d >= from) {
            s.x.push_back(d);
            s.y.push_back(f(d));
        }
    }
    return s;
}

} // namespace

void BoundsSimulator::reset(const ParameterSet &p)
{
    m_markedD = double(p.integer(QStringLiteral("marked_d")));
}

std::shared_ptr<Snapshot> BoundsSimulator::snapshot() const
{
    namespace b = bounds;
    auto s = std::make_shared<Snapshot>();
    s->finished = true;
    s->progress = 1.0;
    const double d = m_markedD;

    // The proven curves: d (Theorem A.7), √d/10 (Theorem B.1), 48√d from d = 43 on, where
    // Theorem D.1's class exists; the trade-off at its minimum, 2√d (§2.4); and the shape of
    // the previous lower bound, log₂ d (HMS 2023, constant taken as 1).
    s->series.push_back(curve(QStringLiteral("standard"), QStringLiteral("d (standard game)"), 1,
                              &b::standard));
    s->series.push_back(curve(QStringLiteral("upper"), QStringLiteral("48√d (Thm D.1)"),
                              b::kUpperClassFrom, &b::upper));
    s->series.push_back(curve(QStringLiteral("tradeoff"), QStringLiteral("2√d = min d/k + k"), 1,
                              [](double x) { return b::tradeoff(x, std::sqrt(x)); }));
    s->series.push_back(curve(QStringLiteral("lower"), QStringLiteral("√d/10 (Thm B.1)"), 1,
                              &b::lower));
    s->series.push_back(curve(QStringLiteral("old_lower"), QStringLiteral("log₂ d (HMS 2023)"), 2,
                              &b::logShape));

    // The trade-off at the marked d, over k: leaf mistakes d/k against on-path mistakes k.
    Series sum{QStringLiteral("tradeoff_k"), QStringLiteral("d/k + k"), {}, {}};
    Series leaves{QStringLiteral("leaves_k"), QStringLiteral("d/k (leaves)"), {}, {}};
    Series path{QStringLiteral("path_k"), QStringLiteral("k (on the path)"), {}, {}};
    const int kPoints = std::max(2, int(std::ceil(std::log10(std::max(d, 10.0)) * kPerDecade)));
    for (int i = 0; i <= kPoints; ++i) {
        const double k = std::pow(d, double(i) / kPoints);
        sum.x.push_back(k);
        sum.y.push_back(b::tradeoff(d, k));
        leaves.x.push_back(k);
        leaves.y.push_back(d / k);
        path.x.push_back(k);
        path.y.push_back(k);
    }
    s->series.push_back(sum);
    s->series.push_back(leaves);
    s->series.push_back(path);

    const b::Crossings c = b::crossings();
    const b::TradeoffMinimum best = b::minimiseTradeoff(d);
    const std::pair<const char *, double> readouts[] = {
        {"marked_d", d},
        {"standard_at_d", b::standard(d)},
        {"lower_at_d", b::lower(d)},
        {"upper_at_d", b::upper(d)},
        {"tradeoff_min_at_d", best.value},
        {"tradeoff_best_k", best.k},
        {"crossing_upper_below_standard", c.upperBelowStandard},
        {"crossing_lower_at_least_one", c.lowerAtLeastOne},
        {"crossing_lower_above_log", c.lowerAboveLog},
        {"crossing_lower_above_sqrt_log", c.lowerAboveSqrtLog},
        {"crossing_lower_above_loglog", c.lowerAboveLogLog},
        {"lower_proof_from", b::kLowerBoundFrom},
        {"upper_class_from", b::kUpperClassFrom}};
    for (const auto &[key, value] : readouts)
        s->readouts.insert(QString::fromLatin1(key), value);

    // The crossings in increasing d (computed, so their order is too).
    QList<std::pair<double, QStringList>> crossingRows{
        {c.lowerAtLeastOne, {QStringLiteral("√d/10 ≥ 1: the lower bound says at least one "
                                            "mistake"), QStringLiteral("Thm B.1")}},
        {b::kLowerBoundFrom, {QStringLiteral("the lower bound is proved (d₀ = 800)"),
                              QStringLiteral("Thm B.1")}},
        {c.upperBelowStandard, {QStringLiteral("48√d < d: the upper bound beats the standard "
                                               "game"), QStringLiteral("Thm D.1")}},
        {c.lowerAboveLogLog, {QStringLiteral("√d/10 > log₂ log₂ d (BKM 1995 shape)"),
                              QStringLiteral("constant 1")}},
        {c.lowerAboveSqrtLog, {QStringLiteral("√d/10 > √(log₂ d) (BKM 1997 shape)"),
                               QStringLiteral("constant 1")}},
        {c.lowerAboveLog, {QStringLiteral("√d/10 > log₂ d (HMS 2023 shape)"),
                           QStringLiteral("constant 1")}}};
    std::sort(crossingRows.begin(), crossingRows.end(),
              [](const auto &x, const auto &y) { return x.first < y.first; });
    Table crossingTable{QStringLiteral("crossings"), QStringLiteral("Where the curves cross"),
                        {QStringLiteral("from d ="), QStringLiteral("what holds there"),
                         QStringLiteral("source")},
                        {}};
    for (const auto &[at, cells] : crossingRows)
        crossingTable.rows.append(QStringList{number(at)} + cells);
    s->tables.push_back(crossingTable);

    Table history{QStringLiteral("history"), QStringLiteral("The bounds, 1987 to 2025"),
                  {QStringLiteral("year"), QStringLiteral("bound"), QStringLiteral("kind"),
                   QStringLiteral("source"), QStringLiteral("at d = %1").arg(number(d)),
                   QStringLiteral("note")},
                  {}};
    for (const b::HistoryRow &row : b::history()) {
        history.rows.append({QString::number(row.year), qs(row.bound), qs(row.kind),
                             qs(row.source),
                             row.shape ? number(row.shape(d)) : QStringLiteral("–"),
                             qs(row.note)});
    }
    s->tables.push_back(history);

    s->status = QStringLiteral("At d = %1: standard game %2 mistakes; transductive between "
                               "√d/10 = %3 (every class) and 48√d = %4 (some class)")
                    .arg(number(d), number(b::standard(d)), number(b::lower(d)),
                         number(b::upper(d)));
    return s;
}

} // namespace paperlab::papers::transductiveonline
