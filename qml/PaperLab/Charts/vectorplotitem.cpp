// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "vectorplotitem.h"

#include "charttheme.h"

#include <cmath>

namespace paperlab::charts {

VectorPlotItem::VectorPlotItem(QQuickItem *parent)
    : SeriesPlotItem(parent)
{
}

void VectorPlotItem::setArrows(const QStringList &ids)
{
    if (m_arrows == ids)
        return;
    m_arrows = ids;
    refresh();
    Q_EMIT arrowsChanged();
}

void VectorPlotItem::setUnitCircle(bool on)
{
    if (m_unitCircle == on)
        return;
    m_unitCircle = on;
    relayout();
    Q_EMIT unitCircleChanged();
}

void VectorPlotItem::layoutChart()
{
    double x0, x1, y0, y1;
    dataExtent(x0, x1, y0, y1);
    if (!(x1 >= x0) || !(y1 >= y0)) {
        x0 = y0 = -1;
        x1 = y1 = 1;
    }
    // Arrows start at the origin; the unit circle is part of the picture when shown.
    const double r = m_unitCircle ? 1.0 : 0.0;
    x0 = std::min(x0, -r);
    x1 = std::max(x1, r);
    y0 = std::min(y0, -r);
    y1 = std::max(y1, r);
    AxisScale::pad(x0, x1, false, 0.06);
    AxisScale::pad(y0, y1, false, 0.06);
    applyLimits(x0, x1, y0, y1);

    // Equal aspect: widen whichever axis has fewer data units per pixel. The margins
    // depend on the tick labels, so repeat until the plot rectangle settles.
    double ex0 = x0, ex1 = x1, ey0 = y0, ey1 = y1;
    for (int round = 0; round < 3; ++round) {
        clearLabels();
        m_x.setRange(ex0, ex1);
        m_y.setRange(ey0, ey1);
        layoutAxes({xLabel(), {}, {}, 0}, {yLabel(), {}, {}, 0});
        const double u = std::max((x1 - x0) / m_plot.width(), (y1 - y0) / m_plot.height());
        const double cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
        ex0 = cx - u * m_plot.width() / 2;
        ex1 = cx + u * m_plot.width() / 2;
        ey0 = cy - u * m_plot.height() / 2;
        ey1 = cy + u * m_plot.height() / 2;
    }
    clearLabels();
    m_x.setRange(ex0, ex1);
    m_y.setRange(ey0, ey1);
    layoutAxes({xLabel(), {}, {}, 0}, {yLabel(), {}, {}, 0});
    layoutReferenceLabels();
    layoutLegend(legendEntries());
}

void VectorPlotItem::buildScene(ChartScene &scene) const
{
    buildFrame(scene);
    const ChartTheme *theme = ChartTheme::instance();
    auto &data = scene[ChartScene::Data];
    const QPointF origin(m_x.map(0), m_y.map(0));
    data.lines.push_back({{QPointF(m_plot.left(), origin.y()), QPointF(m_plot.right(), origin.y())},
                          theme->axis(),
                          1.0f,
                          false});
    data.lines.push_back({{QPointF(origin.x(), m_plot.top()), QPointF(origin.x(), m_plot.bottom())},
                          theme->axis(),
                          1.0f,
                          false});
    if (m_unitCircle) {
        ChartScene::Line circle{{}, theme->mutedText(), 1.25f, true};
        constexpr int segments = 180;
        for (int i = 0; i <= segments; ++i) {
            const double t = 2 * M_PI * i / segments;
            circle.points.emplace_back(m_x.map(std::cos(t)), m_y.map(std::sin(t)));
        }
        data.lines.push_back(std::move(circle));
    }

    const float width = float(theme->lineWidth());
    const double head = 7.0 + 2.0 * width;
    for (const SeriesInfo &s : m_info) {
        const QColor color = colorOf(s);
        if (isArrows(s)) {
            for (qsizetype i = 0; i < s.count; ++i) {
                if (!accepts(s, i))
                    continue;
                const QPointF tip = pixel(s, i), d = tip - origin;
                const double len = std::hypot(d.x(), d.y());
                if (len < 1)
                    continue;
                const QPointF u = d / len, n(-u.y(), u.x());
                const double h = std::min(head, len * 0.6);
                const QPointF base = tip - u * h;
                data.lines.push_back({{origin, base + u * 0.5}, color, width, false});
                data.polygons.push_back(
                    {{tip, base + n * (h * 0.45), base - n * (h * 0.45)}, color});
            }
        } else {
            ChartScene::Line line{{}, color, width, false};
            for (qsizetype i = 0; i < s.count; ++i) {
                if (accepts(s, i))
                    line.points.push_back(pixel(s, i));
                else if (!line.points.empty() && !std::isnan(line.points.back().x()))
                    line.points.emplace_back(std::nan(""), 0);
            }
            for (auto it = line.points.rbegin(); it != line.points.rend(); ++it) {
                if (!std::isnan(it->x())) {
                    data.markers.push_back({{*it}, width + 2.0f, color, theme->surface()});
                    break;
                }
            }
            data.lines.push_back(std::move(line));
        }
    }
    buildReferenceLines(scene);
    buildLegend(scene);
}

QString VectorPlotItem::describe() const
{
    if (m_info.empty())
        return tr("No data yet.");
    qsizetype arrows = 0, paths = 0;
    double longest = 0;
    for (const SeriesInfo &s : m_info) {
        if (!isArrows(s)) {
            ++paths;
            continue;
        }
        for (qsizetype i = 0; i < s.count; ++i) {
            if (accepts(s, i)) {
                ++arrows;
                longest = std::max(longest, std::hypot(s.x(i), s.y(i)));
            }
        }
    }
    QString text =
        tr("%n vectors", nullptr, int(arrows)) + tr(" and %n trajectories", nullptr, int(paths));
    if (arrows > 0)
        text += tr("; the longest vector has length %1").arg(formatNumber(longest));
    return text + QLatin1Char('.');
}

} // namespace paperlab::charts
