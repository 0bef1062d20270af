// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "chartscene.h"

#include "charttheme.h"
#include "mathtext.h"

#include <QPainter>
#include <QPainterPath>
#include <QPaintEngine>

#include <cmath>
#include <vector>

namespace paperlab::charts {

void ChartScene::LayerContent::clear()
{
    images.clear();
    rects.clear();
    lines.clear();
    polygons.clear();
    markers.clear();
}

void ChartScene::clear()
{
    for (LayerContent &l : layers)
        l.clear();
}

namespace {

void paintLayer(QPainter *p, const ChartScene::LayerContent &layer)
{
    for (const ChartScene::Image &img : layer.images) {
        p->setRenderHint(QPainter::SmoothPixmapTransform, false);
        p->drawImage(img.target, img.image);
    }
    for (const ChartScene::Rect &r : layer.rects)
        p->fillRect(r.rect, r.color);

    p->setRenderHint(QPainter::Antialiasing, true);
    for (const ChartScene::Line &line : layer.lines) {
        QPen pen(line.color, line.width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
        p->setBrush(Qt::NoBrush);
        if (line.dashed) {
            pen.setDashPattern(
                {dashLength(line.width) / line.width, gapLength(line.width) / line.width});
            p->setPen(pen);
            QPainterPath path;
            bool penDown = false;
            for (const QPointF &pt : line.points) {
                if (std::isnan(pt.x())) {
                    penDown = false;
                } else if (penDown) {
                    path.lineTo(pt);
                } else {
                    path.moveTo(pt);
                    penDown = true;
                }
            }
            p->drawPath(path);
            continue;
        }
        const auto &pts = line.points;
        if (p->paintEngine() && p->paintEngine()->type() == QPaintEngine::Raster) {
            // Into an image (the software renderer, PNG export): separate segments with square
            // caps take the raster engine's antialiased line rasterizer, where a polyline goes
            // through its general stroker; at chart widths the joins look the same. rlvr-limits'
            // frame work under the software renderer went from 8-10 ms (p50) to 2.5-4.2.
            pen.setCapStyle(Qt::SquareCap);
            p->setPen(pen);
            std::vector<QLineF> segments;
            segments.reserve(pts.size());
            for (size_t i = 0; i + 1 < pts.size(); ++i) {
                if (!std::isnan(pts[i].x()) && !std::isnan(pts[i + 1].x()))
                    segments.emplace_back(pts[i], pts[i + 1]);
            }
            p->drawLines(segments.data(), int(segments.size()));
            continue;
        }
        // Other engines (SVG export) keep polylines, in short overlapping pieces with round
        // caps that look like one: a long jagged polyline was once stroked very slowly
        // (hundreds of ms for a few thousand points).
        pen.setCapStyle(Qt::RoundCap);
        p->setPen(pen);
        constexpr size_t piece = 32;
        size_t runStart = 0;
        for (size_t i = 0; i <= pts.size(); ++i) {
            if (i < pts.size() && !std::isnan(pts[i].x()))
                continue;
            for (size_t s = runStart; s + 1 < i; s += piece - 1)
                p->drawPolyline(pts.data() + s, int(std::min(piece, i - s)));
            runStart = i + 1;
        }
    }
    p->setPen(Qt::NoPen);
    for (const ChartScene::Polygon &poly : layer.polygons) {
        p->setBrush(poly.color);
        p->drawPolygon(poly.points.data(), int(poly.points.size()));
    }
    for (const ChartScene::Markers &m : layer.markers) {
        const bool outline = m.outline.alpha() > 0;
        p->setPen(outline ? QPen(m.outline, 1.0) : QPen(Qt::NoPen));
        p->setBrush(m.fill);
        for (const QPointF &c : m.centers)
            p->drawEllipse(c, m.radius, m.radius);
    }
    p->setRenderHint(QPainter::Antialiasing, false);
}

QFont fontFor(const ChartTheme *theme, ChartLabel::Kind kind)
{
    switch (kind) {
    case ChartLabel::Title: return theme->titleFont();
    case ChartLabel::AxisTitle: return theme->labelFont();
    default: return theme->font();
    }
}

} // namespace

void ChartScene::paint(QPainter *p, const QList<ChartLabel> *labels, const ChartTheme *theme) const
{
    paintLayer(p, layers[Background]);
    paintLayer(p, layers[Grid]);
    p->save();
    p->setClipRect(clip);
    paintLayer(p, layers[Data]);
    p->restore();
    paintLayer(p, layers[Overlay]);
    if (!labels)
        return;

    p->setRenderHint(QPainter::TextAntialiasing, true);
    for (const ChartLabel &l : *labels) {
        const QFont font = fontFor(theme, l.kind);
        const QSizeF text = MathText::size(l.text, l.rich, font, l.maxWidth);
        const QSizeF box = l.vertical ? text.transposed() : text;
        const QPointF centre(l.anchor.x() - l.hAlign * box.width() / 2,
                             l.anchor.y() - l.vAlign * box.height() / 2);
        p->save();
        p->setFont(font);
        p->setPen(l.muted ? theme->mutedText() : theme->text());
        p->translate(centre);
        if (l.vertical)
            p->rotate(-90);
        MathText::draw(p, QRectF(QPointF(-text.width() / 2, -text.height() / 2), text), l.text,
                       l.rich, l.maxWidth);
        p->restore();
    }
}

} // namespace paperlab::charts
