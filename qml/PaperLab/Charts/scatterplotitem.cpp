// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "scatterplotitem.h"

#include "charttheme.h"

#include <cmath>

namespace paperlab::charts {

namespace {
constexpr qsizetype kDedupeAbove = 20000; // beyond this, one marker per pixel per series
} // namespace

ScatterPlotItem::ScatterPlotItem(QQuickItem *parent)
    : SeriesPlotItem(parent)
{
    m_xPadding = 0.05; // whole markers stay inside the plot
}

void ScatterPlotItem::setPointSize(qreal radius)
{
    if (m_pointSize == radius || !(radius > 0))
        return;
    m_pointSize = radius;
    update();
    Q_EMIT pointSizeChanged();
}

void ScatterPlotItem::buildScene(ChartScene &scene) const
{
    buildFrame(scene);
    const QColor outline = ChartTheme::instance()->surface();
    const int w = int(std::ceil(m_plot.width())) + 1, h = int(std::ceil(m_plot.height())) + 1;
    std::vector<bool> occupied;
    for (const SeriesInfo &s : m_info) {
        ChartScene::Markers markers{{}, float(m_pointSize), colorOf(s), outline};
        const bool dedupe = s.valid > kDedupeAbove;
        if (dedupe)
            occupied.assign(size_t(w) * size_t(h), false);
        markers.centers.reserve(size_t(dedupe ? std::min<qsizetype>(s.valid, w * h) : s.valid));
        for (qsizetype i = 0; i < s.count; ++i) {
            if (!accepts(s, i))
                continue;
            const QPointF p = pixel(s, i);
            if (dedupe) {
                const int cx = int(p.x() - m_plot.left()), cy = int(p.y() - m_plot.top());
                if (cx < 0 || cy < 0 || cx >= w || cy >= h)
                    continue;
                const size_t cell = size_t(cy) * size_t(w) + size_t(cx);
                if (occupied[cell])
                    continue;
                occupied[cell] = true;
            }
            markers.centers.push_back(p);
        }
        scene[ChartScene::Data].markers.push_back(std::move(markers));
    }
    buildReferenceLines(scene);
    buildLegend(scene);
}

} // namespace paperlab::charts
