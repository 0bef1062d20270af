// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "seriesplotitem.h"

#include "charttheme.h"
#include "chartexport.h"
#include "mathtext.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace paperlab::charts {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kMaxSummarySeries = 4;
} // namespace

SeriesPlotItem::SeriesPlotItem(QQuickItem *parent)
    : ChartItem(parent)
    , m_limits{kNaN, kNaN, kNaN, kNaN}
{
}

void SeriesPlotItem::setSeries(const QStringList &ids)
{
    if (m_series == ids)
        return;
    m_series = ids;
    refresh();
    Q_EMIT seriesChanged();
}

void SeriesPlotItem::setLogX(bool log)
{
    if (m_x.isLog() == log)
        return;
    m_x.setLog(log);
    refresh();
    Q_EMIT logXChanged();
}

void SeriesPlotItem::setLogY(bool log)
{
    if (m_y.isLog() == log)
        return;
    m_y.setLog(log);
    refresh();
    Q_EMIT logYChanged();
}

void SeriesPlotItem::setLimit(int which, qreal v)
{
    const qreal old = m_limits[which];
    if (old == v || (std::isnan(old) && std::isnan(v)))
        return;
    m_limits[which] = v;
    relayout();
    Q_EMIT limitsChanged();
}

void SeriesPlotItem::setReferenceLines(const QVariantList &lines)
{
    m_referenceLinesValue = lines;
    m_referenceLines = parseReferenceLines(lines);
    relayout();
    Q_EMIT referenceLinesChanged();
}

void SeriesPlotItem::setXOffsets(const QVariantList &offsets)
{
    if (m_xOffsets == offsets)
        return;
    m_xOffsets = offsets;
    refresh();
    Q_EMIT xOffsetsChanged();
}

void SeriesPlotItem::setColors(const QVariantList &colors)
{
    if (m_colors == colors)
        return;
    m_colors = colors;
    refresh();
    Q_EMIT colorsChanged();
}

int SeriesPlotItem::pointCount() const
{
    qsizetype n = 0;
    for (const SeriesInfo &s : m_info)
        n += s.valid;
    return int(n);
}

int SeriesPlotItem::skippedCount() const
{
    qsizetype n = 0;
    for (const SeriesInfo &s : m_info)
        n += s.count - s.valid;
    return int(n);
}

QColor SeriesPlotItem::colorOf(const SeriesInfo &s) const
{
    return ChartTheme::instance()->seriesColor(s.color);
}

QString SeriesPlotItem::labelOf(const SeriesInfo &s) const
{
    return s.series->label.isEmpty() ? s.series->id : s.series->label;
}

void SeriesPlotItem::analyse()
{
    m_info.clear();
    if (!m_snapshot)
        return;
    auto add = [this](const std::shared_ptr<const paperlab::Series> &series, int place) {
        SeriesInfo s;
        s.series = series;
        s.color = place < m_colors.size() ? m_colors[place].toInt() : place;
        if (place < m_xOffsets.size())
            s.dx = m_xOffsets[place].toDouble();
        if (!std::isfinite(s.dx))
            s.dx = 0;
        s.implicitX = series->x.empty();
        s.count = qsizetype(s.implicitX ? series->y.size()
                                        : std::min(series->x.size(), series->y.size()));
        s.x0 = s.y0 = std::numeric_limits<double>::infinity();
        s.x1 = s.y1 = -std::numeric_limits<double>::infinity();
        double lastX = -std::numeric_limits<double>::infinity();
        for (qsizetype i = 0; i < s.count; ++i) {
            if (!accepts(s, i))
                continue;
            const double x = s.drawnX(i), y = s.y(i);
            ++s.valid;
            s.monotonic = s.monotonic && x >= lastX;
            lastX = x;
            s.x0 = std::min(s.x0, x);
            s.x1 = std::max(s.x1, x);
            s.y0 = std::min(s.y0, y);
            s.y1 = std::max(s.y1, y);
        }
        m_info.push_back(s);
    };
    if (m_series.isEmpty()) {
        for (size_t i = 0; i < m_snapshot->series.size(); ++i)
            add(std::shared_ptr<const paperlab::Series>(m_snapshot, &m_snapshot->series[i]),
                int(i));
    } else {
        for (int i = 0; i < m_series.size(); ++i) {
            if (const auto s = m_snapshot->findSeries(m_series[i]))
                add(s, i);
        }
    }
}

QVariantMap SeriesPlotItem::dataRange() const
{
    double x0 = kNaN, x1 = kNaN, y0 = kNaN, y1 = kNaN;
    for (const SeriesInfo &s : m_info) {
        if (s.valid == 0)
            continue;
        x0 = std::isnan(x0) ? s.x0 : std::min(x0, s.x0);
        x1 = std::isnan(x1) ? s.x1 : std::max(x1, s.x1);
        y0 = std::isnan(y0) ? s.y0 : std::min(y0, s.y0);
        y1 = std::isnan(y1) ? s.y1 : std::max(y1, s.y1);
    }
    return {{QStringLiteral("xMin"), x0},
            {QStringLiteral("xMax"), x1},
            {QStringLiteral("yMin"), y0},
            {QStringLiteral("yMax"), y1}};
}

void SeriesPlotItem::dataExtent(double &x0, double &x1, double &y0, double &y1) const
{
    x0 = y0 = std::numeric_limits<double>::infinity();
    x1 = y1 = -std::numeric_limits<double>::infinity();
    for (const SeriesInfo &s : m_info) {
        if (s.valid == 0)
            continue;
        x0 = std::min(x0, s.x0);
        x1 = std::max(x1, s.x1);
        y0 = std::min(y0, s.y0);
        y1 = std::max(y1, s.y1);
    }
    includeAxisGroup(x0, x1, y0, y1);
    includeReferenceLines(x0, x1, y0, y1);
}

void SeriesPlotItem::applyLimits(double &x0, double &x1, double &y0, double &y1) const
{
    double *ends[] = {&x0, &x1, &y0, &y1};
    const AxisScale *axes[] = {&m_x, &m_x, &m_y, &m_y};
    for (int i = 0; i < 4; ++i) {
        if (axes[i]->accepts(m_limits[i]))
            *ends[i] = m_limits[i];
    }
    if (!(x1 > x0))
        AxisScale::pad(x0, x1, m_x.isLog(), 0);
    if (!(y1 > y0))
        AxisScale::pad(y0, y1, m_y.isLog(), 0);
}

void SeriesPlotItem::layoutChart()
{
    double x0, x1, y0, y1;
    dataExtent(x0, x1, y0, y1);
    AxisScale::pad(x0, x1, m_x.isLog(), m_xPadding);
    AxisScale::pad(y0, y1, m_y.isLog(), 0.05);
    applyLimits(x0, x1, y0, y1);
    m_x.setRange(x0, x1);
    m_y.setRange(y0, y1);
    layoutAxes({xLabel(), {}, {}, 0}, {yLabel(), {}, {}, 0});
    layoutReferenceLabels();
    layoutLegend(legendEntries());
}

std::vector<ChartItem::LegendEntry> SeriesPlotItem::legendEntries() const
{
    std::vector<LegendEntry> entries;
    for (const SeriesInfo &s : m_info)
        entries.push_back({labelOf(s), colorOf(s), legendStyle(s)});
    return entries;
}

double SeriesPlotItem::legendCost(const QRectF &rect) const
{
    return labelCost(rect) + referenceLinesCost(rect);
}

double SeriesPlotItem::labelCost(const QRectF &rect) const
{
    // A sample of each series is enough to tell an empty corner from a busy one. Lines
    // count where they cross the corner, even between points: sparse curves (pass@k at
    // k = 1, 2, 4, …) have few points but still run through it.
    double cost = 0;
    const QRectF r = rect.adjusted(-4, -4, 4, 4);
    for (const SeriesInfo &s : m_info) {
        const qsizetype stride = std::max<qsizetype>(1, s.count / 500);
        bool havePrevious = false;
        QPointF previous;
        for (qsizetype i = 0; i < s.count; i += stride) {
            if (!accepts(s, i)) {
                havePrevious = false;
                continue;
            }
            const QPointF p = pixel(s, i);
            if (r.contains(p))
                cost += double(stride);
            else if (joinsPoints() && havePrevious && segmentCrosses(previous, p, r))
                cost += 1;
            previous = p;
            havePrevious = true;
        }
    }
    return cost;
}

bool SeriesPlotItem::segmentCrosses(QPointF a, QPointF b, const QRectF &r)
{
    // Liang–Barsky: clip the parameter range of a + t (b − a) to the rectangle's slabs.
    double t0 = 0, t1 = 1;
    const double d[2] = {b.x() - a.x(), b.y() - a.y()};
    const double lo[2] = {r.left() - a.x(), r.top() - a.y()};
    const double hi[2] = {r.right() - a.x(), r.bottom() - a.y()};
    for (int k = 0; k < 2; ++k) {
        if (d[k] == 0) {
            if (lo[k] > 0 || hi[k] < 0)
                return false;
            continue;
        }
        double ta = lo[k] / d[k], tb = hi[k] / d[k];
        if (ta > tb)
            std::swap(ta, tb);
        t0 = std::max(t0, ta);
        t1 = std::min(t1, tb);
        if (t0 > t1)
            return false;
    }
    return true;
}

QVariantMap SeriesPlotItem::hoverFor(int seriesIndex, qsizetype index) const
{
    const SeriesInfo &s = m_info[size_t(seriesIndex)];
    const QPointF p = pixel(s, index);
    const QString label = MathText::toPlain(labelOf(s)); // the read-out is plain text
    return {{QStringLiteral("valid"), true},
            {QStringLiteral("seriesIndex"), seriesIndex},
            {QStringLiteral("series"), s.series->id},
            {QStringLiteral("label"), label},
            {QStringLiteral("index"), qlonglong(index)},
            {QStringLiteral("x"), s.x(index)},
            {QStringLiteral("y"), s.y(index)},
            {QStringLiteral("px"), p.x()},
            {QStringLiteral("py"), p.y()},
            {QStringLiteral("color"), colorOf(s)},
            {QStringLiteral("text"),
             QStringLiteral("%1\nx = %2\ny = %3")
                 .arg(label, formatNumber(s.x(index), 6), formatNumber(s.y(index), 6))}};
}

QVariantMap SeriesPlotItem::hitTest(QPointF pos) const
{
    if (!m_plot.adjusted(-6, -6, 6, 6).contains(pos))
        return {};
    double best = std::numeric_limits<double>::infinity();
    int bestSeries = -1;
    qsizetype bestIndex = -1;
    for (size_t si = 0; si < m_info.size(); ++si) {
        const SeriesInfo &s = m_info[si];
        for (qsizetype i = 0; i < s.count; ++i) {
            if (!accepts(s, i))
                continue;
            const QPointF d = pixel(s, i) - pos;
            const double dist = d.x() * d.x() + d.y() * d.y();
            if (dist < best) {
                best = dist;
                bestSeries = int(si);
                bestIndex = i;
            }
        }
    }
    return bestSeries < 0 ? QVariantMap() : hoverFor(bestSeries, bestIndex);
}

QVariantMap SeriesPlotItem::stepHover(const QVariantMap &current, int dx, int dy, bool page) const
{
    if (m_info.empty())
        return {};
    auto nearestValid = [this](const SeriesInfo &s, qsizetype i, int direction) -> qsizetype {
        i = std::clamp<qsizetype>(i, 0, s.count - 1);
        for (qsizetype k = 0; k < s.count; ++k) { // search outwards, preferring `direction`
            for (qsizetype c : {i + direction * k, i - direction * k}) {
                if (c >= 0 && c < s.count && accepts(s, c))
                    return c;
            }
        }
        return -1;
    };

    int si = 0;
    qsizetype index = 0;
    const bool valid = current.value(QStringLiteral("valid")).toBool();
    if (valid) {
        si = std::clamp(current.value(QStringLiteral("seriesIndex")).toInt(), 0,
                        int(m_info.size()) - 1);
        index = current.value(QStringLiteral("index")).toLongLong();
    } else {
        while (si + 1 < int(m_info.size()) && m_info[size_t(si)].valid == 0)
            ++si;
        index = dx < 0 ? m_info[size_t(si)].count - 1 : 0;
        dx = 0;
    }

    if (dy != 0 && valid) {
        // Another series: the point nearest in x to the current one.
        const int target = std::clamp(si + dy, 0, int(m_info.size()) - 1);
        const double x = current.value(QStringLiteral("x")).toDouble();
        const SeriesInfo &t = m_info[size_t(target)];
        qsizetype bestIndex = -1;
        double best = std::numeric_limits<double>::infinity();
        for (qsizetype i = 0; i < t.count; ++i) {
            if (accepts(t, i) && std::abs(t.x(i) - x) < best) {
                best = std::abs(t.x(i) - x);
                bestIndex = i;
            }
        }
        if (bestIndex >= 0) {
            si = target;
            index = bestIndex;
        }
    }

    const SeriesInfo &s = m_info[size_t(si)];
    if (s.count == 0)
        return {};
    if (dx != 0) {
        // One arrow press moves about one pixel column, or one point on short series.
        const qsizetype perPixel =
            std::max<qsizetype>(1, qsizetype(double(s.count) / std::max(1.0, m_plot.width())));
        const qsizetype step = page ? std::max<qsizetype>(1, s.count / 10) : perPixel;
        const double target = double(index) + double(dx) * double(step);
        index = qsizetype(std::clamp(target, 0.0, double(s.count - 1)));
    }
    const qsizetype found = nearestValid(s, index, dx < 0 ? -1 : 1);
    return found < 0 ? QVariantMap() : hoverFor(si, found);
}

QString SeriesPlotItem::describe() const
{
    if (m_info.empty())
        return tr("No data yet.");
    const QVariantMap range = dataRange();
    QString text = tr("%n series", nullptr, int(m_info.size()));
    if (pointCount() > 0) {
        text += tr(", x from %1 to %2")
                    .arg(formatNumber(range.value(QStringLiteral("xMin")).toDouble()),
                         formatNumber(range.value(QStringLiteral("xMax")).toDouble()));
    }
    if (m_x.isLog() && m_y.isLog())
        text += tr(" (log–log)");
    else if (m_x.isLog())
        text += tr(" (log x)");
    else if (m_y.isLog())
        text += tr(" (log y)");
    for (size_t i = 0; i < m_info.size() && i < size_t(kMaxSummarySeries); ++i) {
        const SeriesInfo &s = m_info[i];
        for (qsizetype k = s.count - 1; k >= 0; --k) {
            if (accepts(s, k)) {
                text += tr("; %1 ends at %2")
                            .arg(MathText::toPlain(labelOf(s)), formatNumber(s.y(k)));
                break;
            }
        }
    }
    if (m_info.size() > size_t(kMaxSummarySeries))
        text += tr("; and %n more", nullptr, int(m_info.size()) - kMaxSummarySeries);
    return text + QLatin1Char('.');
}

QByteArray SeriesPlotItem::csv() const
{
    QByteArray out = "series,label,"
        + csvField(chartexport::columnName(xLabel(), QStringLiteral("x"))) + ','
        + csvField(chartexport::columnName(yLabel(), QStringLiteral("y"))) + '\n';
    for (const SeriesInfo &s : m_info) {
        const QByteArray id = csvField(s.series->id);
        const QByteArray label = csvField(MathText::toPlain(labelOf(s)));
        for (qsizetype i = 0; i < s.count; ++i)
            out += id + ',' + label + ',' + csvNumber(s.x(i)) + ',' + csvNumber(s.y(i)) + '\n';
    }
    return out;
}

} // namespace paperlab::charts
