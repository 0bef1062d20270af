// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "barplotitem.h"

#include "mathtext.h"

#include "chartexport.h"
#include "charttheme.h"

#include <cmath>
#include <limits>

namespace paperlab::charts {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kCategoryWidth = 0.7; // share of its slot a categorical bar fills
} // namespace

BarPlotItem::BarPlotItem(QQuickItem *parent)
    : ChartItem(parent)
{
}

void BarPlotItem::setBars(const QString &id)
{
    if (m_barsId == id)
        return;
    m_barsId = id;
    refresh();
    Q_EMIT barsChanged();
}

void BarPlotItem::setLogX(bool log)
{
    if (m_x.isLog() == log)
        return;
    m_x.setLog(log);
    refresh();
    Q_EMIT logXChanged();
}

void BarPlotItem::setLogY(bool log)
{
    if (m_y.isLog() == log)
        return;
    m_y.setLog(log);
    refresh();
    Q_EMIT logYChanged();
}

void BarPlotItem::setCategories(const QStringList &labels)
{
    if (m_categories == labels)
        return;
    m_categories = labels;
    refresh();
    Q_EMIT categoriesChanged();
}

QStringList BarPlotItem::effectiveCategories() const
{
    return m_categories.isEmpty() ? m_staticCategories : m_categories;
}

bool BarPlotItem::accepts(int i) const
{
    const double l = m_data->edges[size_t(i)], r = m_data->edges[size_t(i) + 1];
    return m_y.accepts(m_data->heights[size_t(i)]) && m_x.accepts(l) && m_x.accepts(r);
}

QString BarPlotItem::nameOf(int i) const
{
    const QStringList cats = effectiveCategories();
    if (i < cats.size())
        return cats[i];
    return QStringLiteral("[%1, %2)")
        .arg(formatNumber(m_data->edges[size_t(i)]), formatNumber(m_data->edges[size_t(i) + 1]));
}

void BarPlotItem::analyse()
{
    m_data = nullptr;
    m_count = m_valid = 0;
    m_tallest = -1;
    if (m_snapshot)
        m_data = m_barsId.isEmpty() ? firstOf(m_snapshot->bars) : m_snapshot->findBars(m_barsId);
    if (!m_data)
        return;
    m_count =
        int(std::min(m_data->heights.size(), m_data->edges.empty() ? 0 : m_data->edges.size() - 1));
    m_x0 = m_y0 = std::numeric_limits<double>::infinity();
    m_x1 = m_y1 = -std::numeric_limits<double>::infinity();
    for (int i = 0; i < m_count; ++i) {
        if (!accepts(i))
            continue;
        ++m_valid;
        const double h = m_data->heights[size_t(i)];
        m_x0 = std::min({m_x0, m_data->edges[size_t(i)], m_data->edges[size_t(i) + 1]});
        m_x1 = std::max({m_x1, m_data->edges[size_t(i)], m_data->edges[size_t(i) + 1]});
        m_y0 = std::min(m_y0, h);
        m_y1 = std::max(m_y1, h);
        if (m_tallest < 0 || h > m_data->heights[size_t(m_tallest)])
            m_tallest = i;
    }
}

QVariantMap BarPlotItem::dataRange() const
{
    const bool any = m_valid > 0;
    return {{QStringLiteral("xMin"), any ? m_x0 : kNaN},
            {QStringLiteral("xMax"), any ? m_x1 : kNaN},
            {QStringLiteral("yMin"), any ? m_y0 : kNaN},
            {QStringLiteral("yMax"), any ? m_y1 : kNaN}};
}

void BarPlotItem::layoutChart()
{
    double x0 = m_x0, x1 = m_x1;
    // Bars grow from zero, so zero is always on the axis; only the far end gets headroom.
    double y0 = std::min(0.0, m_valid > 0 ? m_y0 : 0.0),
           y1 = std::max(0.0, m_valid > 0 ? m_y1 : 1.0);
    if (m_valid == 0) {
        x0 = m_x.isLog() ? 1 : 0;
        x1 = m_x.isLog() ? 10 : 1;
    }
    AxisScale::pad(x0, x1, m_x.isLog(), 0.01);
    if (m_y.isLog()) {
        // No zero on a log axis: the bars grow from the power of ten below the lowest one,
        // so even the lowest bar has some height.
        y0 = m_valid > 0 ? std::pow(10.0, std::ceil(std::log10(m_y0)) - 1) : 1.0;
        y1 = m_valid > 0 ? m_y1 * std::pow(m_y1 / y0, 0.05) : 10.0;
    } else {
        const double span = y1 > y0 ? y1 - y0 : 1.0;
        if (y1 > 0)
            y1 += span * 0.05;
        if (y0 < 0)
            y0 -= span * 0.05;
    }
    m_x.setRange(x0, x1);
    m_y.setRange(y0, y1);

    AxisSpec xs{xLabel(), {}, {}, 0};
    const QStringList cats = effectiveCategories();
    if (!cats.isEmpty() && m_data) {
        for (int i = 0; i < m_count && i < cats.size(); ++i) {
            xs.categoryValues.push_back(
                m_x.isLog() ? std::sqrt(m_data->edges[size_t(i)] * m_data->edges[size_t(i) + 1])
                            : (m_data->edges[size_t(i)] + m_data->edges[size_t(i) + 1]) / 2);
            xs.categoryLabels.append(cats[i]);
        }
    }
    layoutAxes(xs, {yLabel(), {}, {}, 0});
}

void BarPlotItem::buildScene(ChartScene &scene) const
{
    buildFrame(scene, effectiveCategories().isEmpty() ? GridLines::Both : GridLines::Horizontal);
    if (!m_data)
        return;
    const ChartTheme *theme = ChartTheme::instance();
    const QColor color = theme->seriesColor(0);
    const bool categorical = !effectiveCategories().isEmpty();
    const double base = m_y.map(std::clamp(0.0, m_y.lo(), m_y.hi()));
    auto &rects = scene[ChartScene::Data].rects;
    for (int i = 0; i < m_count; ++i) {
        if (!accepts(i))
            continue;
        double l = m_x.map(m_data->edges[size_t(i)]), r = m_x.map(m_data->edges[size_t(i) + 1]);
        if (categorical) {
            const double c = (l + r) / 2, w = (r - l) * kCategoryWidth / 2;
            l = c - w;
            r = c + w;
        } else if (r - l >= 3) {
            r -= 1; // a hairline gap keeps adjacent bins apart
        }
        const double top = m_y.map(m_data->heights[size_t(i)]);
        rects.push_back(
            {QRectF(QPointF(l, std::min(top, base)), QPointF(r, std::max(top, base))), color});
    }
    scene[ChartScene::Overlay].rects.push_back(
        {QRectF(m_plot.left(), std::floor(base), m_plot.width(), 1), theme->axis()});
}

QVariantMap BarPlotItem::hoverFor(int i) const
{
    const double l = m_data->edges[size_t(i)], r = m_data->edges[size_t(i) + 1],
                 h = m_data->heights[size_t(i)];
    const double px = (m_x.map(l) + m_x.map(r)) / 2;
    return {{QStringLiteral("valid"), true},
            {QStringLiteral("index"), i},
            {QStringLiteral("from"), l},
            {QStringLiteral("to"), r},
            {QStringLiteral("height"), h},
            {QStringLiteral("label"), nameOf(i)},
            {QStringLiteral("px"), px},
            {QStringLiteral("py"), m_y.map(h)},
            {QStringLiteral("text"),
             QStringLiteral("%1\n%2").arg(MathText::toPlain(nameOf(i)), formatNumber(h, 6))}};
}

QVariantMap BarPlotItem::hitTest(QPointF pos) const
{
    if (!m_data || !m_plot.contains(pos))
        return {};
    const double x = m_x.unmap(pos.x());
    int nearest = -1;
    double best = std::numeric_limits<double>::infinity();
    for (int i = 0; i < m_count; ++i) {
        if (!accepts(i))
            continue;
        const double l = m_data->edges[size_t(i)], r = m_data->edges[size_t(i) + 1];
        if (x >= std::min(l, r) && x <= std::max(l, r))
            return hoverFor(i);
        const double d = std::abs(pos.x() - (m_x.map(l) + m_x.map(r)) / 2);
        if (d < best) {
            best = d;
            nearest = i;
        }
    }
    return nearest < 0 ? QVariantMap() : hoverFor(nearest);
}

QVariantMap BarPlotItem::stepHover(const QVariantMap &current, int dx, int, bool page) const
{
    if (!m_data || m_valid == 0)
        return {};
    int i = 0;
    int direction = 1;
    if (current.value(QStringLiteral("valid")).toBool()) {
        const int step = page ? std::max(1, m_count / 10) : 1;
        i = std::clamp(current.value(QStringLiteral("index")).toInt() + dx * step, 0, m_count - 1);
        direction = dx < 0 ? -1 : 1;
    }
    for (int k = 0; k < m_count; ++k) {
        for (int c : {i + direction * k, i - direction * k}) {
            if (c >= 0 && c < m_count && accepts(c))
                return hoverFor(c);
        }
    }
    return {};
}

QString BarPlotItem::describe() const
{
    if (!m_data)
        return tr("No data yet.");
    if (m_valid == 0)
        return tr("No bars to show.");
    QString text = tr("%n bars", nullptr, m_valid);
    if (effectiveCategories().isEmpty())
        text += tr(" from %1 to %2").arg(formatNumber(m_x0), formatNumber(m_x1));
    if (m_x.isLog())
        text += tr(" (log x)");
    text += tr("; the tallest is %1 at %2").arg(formatNumber(m_y1), nameOf(m_tallest));
    return text + QLatin1Char('.');
}

QByteArray BarPlotItem::csv() const
{
    const bool categorical = !effectiveCategories().isEmpty();
    // The bars' edges are x values: named after the x axis, as the height after the y axis.
    const QString x = chartexport::columnName(xLabel(), {});
    QByteArray out = categorical ? "label," : "";
    out += csvField(x.isEmpty() ? QStringLiteral("left") : x + tr(" (left edge)")) + ','
        + csvField(x.isEmpty() ? QStringLiteral("right") : x + tr(" (right edge)")) + ','
        + csvField(chartexport::columnName(yLabel(), QStringLiteral("height"))) + '\n';
    for (int i = 0; m_data && i < m_count; ++i) {
        if (categorical)
            out += csvField(nameOf(i)) + ',';
        out += csvNumber(m_data->edges[size_t(i)]) + ',' + csvNumber(m_data->edges[size_t(i) + 1])
            + ',' + csvNumber(m_data->heights[size_t(i)]) + '\n';
    }
    return out;
}

} // namespace paperlab::charts
