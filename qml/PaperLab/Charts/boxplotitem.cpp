// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "boxplotitem.h"

#include "chartexport.h"
#include "charttheme.h"
#include "mathtext.h"

#include <paperlab/math/stats.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace paperlab::charts {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kBoxWidth = 0.6; // share of its slot a box fills
constexpr double kCapWidth = 0.3; // whisker caps

bool sameValue(qreal a, qreal b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}
} // namespace

BoxPlotItem::BoxPlotItem(QQuickItem *parent)
    : ChartItem(parent)
    , m_yMin(kNaN)
    , m_yMax(kNaN)
{
}

void BoxPlotItem::setGrid(const QString &id)
{
    if (m_gridId == id)
        return;
    m_gridId = id;
    refresh();
    Q_EMIT gridChanged();
}

void BoxPlotItem::setCategories(const QStringList &labels)
{
    if (m_categories == labels)
        return;
    m_categories = labels;
    relayout();
    Q_EMIT categoriesChanged();
}

void BoxPlotItem::setShowOutliers(bool show)
{
    if (m_showOutliers == show)
        return;
    m_showOutliers = show;
    refresh();
    Q_EMIT styleChanged();
}

void BoxPlotItem::setWhisker(qreal iqrs)
{
    if (sameValue(m_whisker, iqrs))
        return;
    m_whisker = iqrs;
    refresh();
    Q_EMIT styleChanged();
}

void BoxPlotItem::setLimit(qreal &limit, qreal v)
{
    if (sameValue(limit, v))
        return;
    limit = v;
    relayout();
    Q_EMIT limitsChanged();
}

void BoxPlotItem::setYMin(qreal v)
{
    setLimit(m_yMin, v);
}

void BoxPlotItem::setYMax(qreal v)
{
    setLimit(m_yMax, v);
}

void BoxPlotItem::setReferenceLines(const QVariantList &lines)
{
    m_referenceLinesValue = lines;
    m_referenceLines = parseReferenceLines(lines);
    relayout();
    Q_EMIT referenceLinesChanged();
}

int BoxPlotItem::boxCount() const
{
    return int(
        std::count_if(m_boxes.begin(), m_boxes.end(), [](const Box &b) { return b.n > 0; }));
}

QString BoxPlotItem::labelOf(int i) const
{
    return i < m_categories.size() ? m_categories[i] : QString::number(i + 1);
}

void BoxPlotItem::analyse()
{
    m_boxes.clear();
    m_data = nullptr;
    if (m_snapshot)
        m_data = m_gridId.isEmpty() ? firstOf(m_snapshot->grids) : m_snapshot->findGrid(m_gridId);
    if (!m_data || m_data->rows <= 0 || m_data->cols <= 0
        || m_data->values.size() < size_t(m_data->rows) * size_t(m_data->cols)) {
        m_data = nullptr;
        return;
    }
    std::vector<double> samples;
    for (int r = 0; r < m_data->rows; ++r) {
        samples.clear();
        for (int c = 0; c < m_data->cols; ++c) {
            const double v = m_data->values[size_t(r) * size_t(m_data->cols) + size_t(c)];
            if (std::isfinite(v))
                samples.push_back(v);
        }
        Box b;
        b.n = int(samples.size());
        if (b.n > 0) {
            std::sort(samples.begin(), samples.end());
            b.min = samples.front();
            b.max = samples.back();
            b.q1 = paperlab::math::percentile(samples, 25);
            b.median = paperlab::math::percentile(samples, 50);
            b.q3 = paperlab::math::percentile(samples, 75);
            const double reach = m_whisker > 0 ? m_whisker * (b.q3 - b.q1)
                                               : std::numeric_limits<double>::infinity();
            // The whiskers end on samples: the furthest ones inside the fences.
            b.lowWhisker = b.q1;
            b.highWhisker = b.q3;
            for (double v : samples) {
                if (v >= b.q1 - reach && v <= b.q3 + reach) {
                    b.lowWhisker = std::min(b.lowWhisker, v);
                    b.highWhisker = std::max(b.highWhisker, v);
                } else {
                    b.outliers.push_back(v);
                }
            }
        }
        m_boxes.push_back(std::move(b));
    }
}

QVariantMap BoxPlotItem::dataRange() const
{
    double y0 = std::numeric_limits<double>::infinity(), y1 = -y0;
    for (const Box &b : m_boxes) {
        if (b.n == 0)
            continue;
        y0 = std::min(y0, b.min);
        y1 = std::max(y1, b.max);
    }
    const bool any = boxCount() > 0;
    return {{QStringLiteral("xMin"), any ? 0.0 : kNaN},
            {QStringLiteral("xMax"), any ? double(m_boxes.size() - 1) : kNaN},
            {QStringLiteral("yMin"), any ? y0 : kNaN},
            {QStringLiteral("yMax"), any ? y1 : kNaN}};
}

void BoxPlotItem::layoutChart()
{
    const int n = std::max<int>(1, int(m_boxes.size()));
    double x0 = -0.5, x1 = n - 0.5;
    double y0 = std::numeric_limits<double>::infinity(), y1 = -y0;
    for (const Box &b : m_boxes) {
        if (b.n == 0)
            continue;
        // Hidden outliers do not stretch the axis.
        y0 = std::min(y0, m_showOutliers ? b.min : b.lowWhisker);
        y1 = std::max(y1, m_showOutliers ? b.max : b.highWhisker);
    }
    includeAxisGroup(x0, x1, y0, y1);
    includeReferenceLines(x0, x1, y0, y1);
    if (!(y1 >= y0)) {
        y0 = 0;
        y1 = 1;
    }
    AxisScale::pad(y0, y1, false, 0.05);
    if (std::isfinite(m_yMin))
        y0 = m_yMin;
    if (std::isfinite(m_yMax))
        y1 = m_yMax;
    if (!(y1 > y0))
        AxisScale::pad(y0, y1, false, 0);
    m_x.setRange(x0, x1);
    m_y.setRange(y0, y1);

    AxisSpec xs{xLabel(), {}, {}, 1};
    for (int i = 0; i < int(m_boxes.size()); ++i) {
        xs.categoryValues.push_back(i);
        xs.categoryLabels.append(labelOf(i));
    }
    layoutAxes(xs, {yLabel(), {}, {}, 0});
    layoutReferenceLabels();
}

void BoxPlotItem::buildScene(ChartScene &scene) const
{
    buildFrame(scene, GridLines::Horizontal);
    buildReferenceLines(scene);
    const ChartTheme *theme = ChartTheme::instance();
    const QColor color = theme->seriesColor(0);
    QColor fill = color;
    fill.setAlphaF(0.3f);
    const double slot = std::abs(m_x.map(1) - m_x.map(0));
    auto &layer = scene[ChartScene::Data];
    ChartScene::Markers outliers{{}, 2.5f, theme->background(), color};
    for (int i = 0; i < int(m_boxes.size()); ++i) {
        const Box &b = m_boxes[size_t(i)];
        if (b.n == 0)
            continue;
        const double cx = m_x.map(i), half = slot * kBoxWidth / 2, cap = slot * kCapWidth / 2;
        const double top = m_y.map(b.q3), bottom = m_y.map(b.q1);
        const QRectF box(QPointF(cx - half, top), QPointF(cx + half, bottom));
        layer.rects.push_back({box, fill});
        layer.lines.push_back({{box.topLeft(), box.topRight(), box.bottomRight(),
                                box.bottomLeft(), box.topLeft()},
                               color, 1.5f, false});
        layer.lines.push_back(
            {{QPointF(cx - half, m_y.map(b.median)), QPointF(cx + half, m_y.map(b.median))},
             theme->text(), 2.5f, false});
        const double lo = m_y.map(b.lowWhisker), hi = m_y.map(b.highWhisker);
        layer.lines.push_back({{QPointF(cx, bottom), QPointF(cx, lo)}, color, 1.5f, false});
        layer.lines.push_back({{QPointF(cx, top), QPointF(cx, hi)}, color, 1.5f, false});
        layer.lines.push_back(
            {{QPointF(cx - cap, lo), QPointF(cx + cap, lo)}, color, 1.5f, false});
        layer.lines.push_back(
            {{QPointF(cx - cap, hi), QPointF(cx + cap, hi)}, color, 1.5f, false});
        if (m_showOutliers) {
            for (double v : b.outliers)
                outliers.centers.emplace_back(cx, m_y.map(v));
        }
    }
    if (!outliers.centers.empty())
        layer.markers.push_back(std::move(outliers));
}

QVariantMap BoxPlotItem::boxAt(int index) const
{
    if (index < 0 || index >= int(m_boxes.size()) || m_boxes[size_t(index)].n == 0)
        return {{QStringLiteral("valid"), false}};
    const Box &b = m_boxes[size_t(index)];
    QVariantList outliers;
    for (double v : b.outliers)
        outliers.append(v);
    return {{QStringLiteral("valid"), true},
            {QStringLiteral("index"), index},
            {QStringLiteral("label"), MathText::toPlain(labelOf(index))},
            {QStringLiteral("n"), b.n},
            {QStringLiteral("min"), b.min},
            {QStringLiteral("lowWhisker"), b.lowWhisker},
            {QStringLiteral("q1"), b.q1},
            {QStringLiteral("median"), b.median},
            {QStringLiteral("q3"), b.q3},
            {QStringLiteral("highWhisker"), b.highWhisker},
            {QStringLiteral("max"), b.max},
            {QStringLiteral("outliers"), outliers}};
}

QVariantMap BoxPlotItem::hoverFor(int i) const
{
    QVariantMap m = boxAt(i);
    const Box &b = m_boxes[size_t(i)];
    m.insert(QStringLiteral("px"), m_x.map(i));
    m.insert(QStringLiteral("py"), m_y.map(b.median));
    m.insert(QStringLiteral("text"),
             tr("%1 (n = %2)\nmedian %3\nquartiles %4 to %5\nwhiskers %6 to %7")
                 .arg(MathText::toPlain(labelOf(i)))
                 .arg(b.n)
                 .arg(formatNumber(b.median, 4), formatNumber(b.q1, 4), formatNumber(b.q3, 4),
                      formatNumber(b.lowWhisker, 4), formatNumber(b.highWhisker, 4)));
    return m;
}

QVariantMap BoxPlotItem::hitTest(QPointF pos) const
{
    if (m_boxes.empty() || !m_plot.contains(pos))
        return {};
    const int i = std::clamp(int(std::lround(m_x.unmap(pos.x()))), 0, int(m_boxes.size()) - 1);
    return m_boxes[size_t(i)].n > 0 ? hoverFor(i) : QVariantMap();
}

QVariantMap BoxPlotItem::stepHover(const QVariantMap &current, int dx, int, bool page) const
{
    const int count = int(m_boxes.size());
    if (boxCount() == 0)
        return {};
    int i = 0, direction = 1;
    if (current.value(QStringLiteral("valid")).toBool()) {
        const int step = page ? std::max(1, count / 10) : 1;
        i = std::clamp(current.value(QStringLiteral("index")).toInt() + dx * step, 0, count - 1);
        direction = dx < 0 ? -1 : 1;
    }
    for (int k = 0; k < count; ++k) {
        for (int c : {i + direction * k, i - direction * k}) {
            if (c >= 0 && c < count && m_boxes[size_t(c)].n > 0)
                return hoverFor(c);
        }
    }
    return {};
}

QString BoxPlotItem::describe() const
{
    if (!m_data)
        return tr("No data yet.");
    const int shown = boxCount();
    if (shown == 0)
        return tr("No samples to show.");
    QString text = tr("%n boxes", nullptr, shown);
    int lowest = -1, highest = -1;
    for (int i = 0; i < int(m_boxes.size()); ++i) {
        if (m_boxes[size_t(i)].n == 0)
            continue;
        if (lowest < 0 || m_boxes[size_t(i)].median < m_boxes[size_t(lowest)].median)
            lowest = i;
        if (highest < 0 || m_boxes[size_t(i)].median > m_boxes[size_t(highest)].median)
            highest = i;
    }
    text += tr("; medians from %1 at %2 to %3 at %4")
                .arg(formatNumber(m_boxes[size_t(lowest)].median),
                     MathText::toPlain(labelOf(lowest)),
                     formatNumber(m_boxes[size_t(highest)].median),
                     MathText::toPlain(labelOf(highest)));
    return text + QLatin1Char('.');
}

QByteArray BoxPlotItem::csv() const
{
    const QString x = chartexport::columnName(xLabel(), QStringLiteral("category"));
    const QString y = chartexport::columnName(yLabel(), QString());
    const QString unit = y.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(y);
    QByteArray out = csvField(x) + ",n";
    for (const char *name : {"min", "low whisker", "q1", "median", "q3", "high whisker", "max"})
        out += ',' + csvField(QLatin1String(name) + unit);
    out += ",outliers\n";
    for (int i = 0; i < int(m_boxes.size()); ++i) {
        const Box &b = m_boxes[size_t(i)];
        out += csvField(MathText::toPlain(labelOf(i))) + ',' + QByteArray::number(b.n);
        for (double v : {b.min, b.lowWhisker, b.q1, b.median, b.q3, b.highWhisker, b.max})
            out += ',' + (b.n > 0 ? csvNumber(v) : QByteArray());
        QStringList outliers;
        for (double v : b.outliers)
            outliers.append(QString::fromLatin1(csvNumber(v)));
        out += ',' + csvField(outliers.join(QLatin1Char(' '))) + '\n';
    }
    return out;
}

double BoxPlotItem::legendCost(const QRectF &rect) const
{
    return labelCost(rect) + referenceLinesCost(rect);
}

double BoxPlotItem::labelCost(const QRectF &rect) const
{
    // Each box, whiskers and shown outliers included, that the rectangle touches.
    const double slot = std::abs(m_x.map(1) - m_x.map(0));
    const QRectF r = rect.adjusted(-2, -2, 2, 2);
    double cost = 0;
    for (int i = 0; i < int(m_boxes.size()); ++i) {
        const Box &b = m_boxes[size_t(i)];
        if (b.n == 0)
            continue;
        const double cx = m_x.map(i), half = slot * kBoxWidth / 2;
        const double hi = m_y.map(m_showOutliers ? b.max : b.highWhisker);
        const double lo = m_y.map(m_showOutliers ? b.min : b.lowWhisker);
        cost += QRectF(QPointF(cx - half, hi), QPointF(cx + half, lo)).intersects(r) ? 1 : 0;
    }
    return cost;
}

} // namespace paperlab::charts
