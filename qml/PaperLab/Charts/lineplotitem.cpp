// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "lineplotitem.h"

#include "charttheme.h"

#include <cmath>
#include <limits>

namespace paperlab::charts {

namespace {
constexpr qsizetype kMaxDrawnPoints = 4096;
constexpr double kMaxColumns = kMaxDrawnPoints / 4; // four points (first, min, max, last) each
constexpr qsizetype kMarkerLimit = 50;              // sparse series also get point markers
} // namespace

LinePlotItem::LinePlotItem(QQuickItem *parent)
    : SeriesPlotItem(parent)
{
}

void LinePlotItem::setDashed(const QStringList &ids)
{
    if (m_dashed == ids)
        return;
    m_dashed = ids;
    relayout();
    Q_EMIT dashedChanged();
}

ChartItem::LegendEntry::Style LinePlotItem::legendStyle(const SeriesInfo &s) const
{
    return m_dashed.contains(s.series->id) ? LegendEntry::Dashed : LegendEntry::Line;
}

std::vector<QPointF> LinePlotItem::drawnPoints(int seriesIndex) const
{
    std::vector<QPointF> out;
    if (seriesIndex >= 0 && size_t(seriesIndex) < m_info.size())
        appendDrawnPoints(m_info[size_t(seriesIndex)], out);
    return out;
}

void LinePlotItem::appendDrawnPoints(const SeriesInfo &s, std::vector<QPointF> &out) const
{
    const QPointF gap(std::numeric_limits<double>::quiet_NaN(), 0);
    auto breakRun = [&] {
        if (!out.empty() && !std::isnan(out.back().x()))
            out.push_back(gap);
    };

    if (!s.monotonic || s.valid <= kMaxDrawnPoints) {
        out.reserve(size_t(std::min(s.count, kMaxDrawnPoints * 4)) + 1);
        for (qsizetype i = 0; i < s.count; ++i) {
            if (!accepts(s, i)) {
                breakRun();
                continue;
            }
            const QPointF p = pixel(s, i);
            // Unsorted long series: drop points that land on the previous one.
            if (s.valid > kMaxDrawnPoints && !out.empty() && !std::isnan(out.back().x())
                && std::abs(p.x() - out.back().x()) + std::abs(p.y() - out.back().y()) < 0.5)
                continue;
            out.push_back(p);
        }
        return;
    }

    // M4 decimation: per pixel column keep the first, lowest, highest and last point, in
    // their original order, which draws the same pixels as the full series.
    out.reserve(size_t(kMaxDrawnPoints) + 64);
    const double columnWidth = std::max(1.0, m_plot.width() / kMaxColumns);
    struct Bucket {
        qsizetype first = -1, last, lo, hi;
        double loY, hiY;
    } b;
    qint64 column = std::numeric_limits<qint64>::min();
    auto flush = [&] {
        if (b.first < 0)
            return;
        qsizetype order[4] = {b.first, std::min(b.lo, b.hi), std::max(b.lo, b.hi), b.last};
        qsizetype previous = -1;
        for (qsizetype i : order) {
            if (i != previous)
                out.push_back(pixel(s, i));
            previous = i;
        }
        b.first = -1;
    };
    for (qsizetype i = 0; i < s.count; ++i) {
        if (!accepts(s, i)) {
            flush();
            breakRun();
            column = std::numeric_limits<qint64>::min();
            continue;
        }
        const double px = m_x.map(s.drawnX(i));
        const auto c = qint64(std::floor((px - m_plot.left()) / columnWidth));
        const double y = s.y(i);
        if (c != column || b.first < 0) {
            flush();
            column = c;
            b = {i, i, i, i, y, y};
            continue;
        }
        b.last = i;
        if (y < b.loY) {
            b.loY = y;
            b.lo = i;
        }
        if (y > b.hiY) {
            b.hiY = y;
            b.hi = i;
        }
    }
    flush();
}

void LinePlotItem::buildScene(ChartScene &scene) const
{
    buildFrame(scene);
    const ChartTheme *theme = ChartTheme::instance();
    const float width = float(theme->lineWidth());
    auto &data = scene[ChartScene::Data];
    for (const SeriesInfo &s : m_info) {
        ChartScene::Line line{{}, colorOf(s), width, m_dashed.contains(s.series->id)};
        appendDrawnPoints(s, line.points);
        const bool sparse = !line.dashed && s.valid <= kMarkerLimit && s.valid > 0
            && m_plot.width() / double(s.valid) >= 8;
        if (sparse) {
            ChartScene::Markers markers{{}, width + 1.5f, line.color, theme->surface()};
            for (const QPointF &p : line.points) {
                if (!std::isnan(p.x()))
                    markers.centers.push_back(p);
            }
            data.markers.push_back(std::move(markers));
        }
        data.lines.push_back(std::move(line));
    }
    buildReferenceLines(scene);
    buildLegend(scene);
}

} // namespace paperlab::charts
