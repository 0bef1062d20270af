// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "labelmodel.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QRectF>

#include <array>
#include <vector>

class QPainter;

namespace paperlab::charts {

class ChartTheme;

/// What a chart draws, in item pixels, independent of the backend: the scene graph
/// tessellates it (ChartNode), QPainter draws it for SVG/PNG export and for the software
/// renderer. Built from an immutable snapshot, so it can be built on the render thread.
struct ChartScene {
    enum Layer { Background, Grid, Data, Overlay, LayerCount };

    struct Rect {
        QRectF rect;
        QColor color;
    };
    /// A polyline; a point with NaN x breaks it into separate runs.
    struct Line {
        std::vector<QPointF> points;
        QColor color;
        float width = 1;
        bool dashed = false;
    };
    /// Filled discs with an optional outline ring (scatter points, trajectory ends).
    struct Markers {
        std::vector<QPointF> centers;
        float radius = 3;
        QColor fill;
        QColor outline;
    };
    /// A convex polygon (arrow heads).
    struct Polygon {
        std::vector<QPointF> points;
        QColor color;
    };
    /// An image stretched over a rectangle without smoothing (heatmap cells, colour bars).
    struct Image {
        QImage image;
        QRectF target;
    };

    /// Within a layer: images, then rects, lines, polygons, markers.
    struct LayerContent {
        std::vector<Image> images;
        std::vector<Rect> rects;
        std::vector<Line> lines;
        std::vector<Polygon> polygons;
        std::vector<Markers> markers;
        void clear();
    };

    QSizeF size;
    QRectF clip; ///< the Data layer is clipped to this rectangle (the plot area)
    std::array<LayerContent, LayerCount> layers;

    void clear();
    LayerContent &operator[](Layer l) { return layers[l]; }

    /// Draws everything; texts (the chart's labels) are drawn on top when given.
    void paint(QPainter *painter, const QList<ChartLabel> *labels, const ChartTheme *theme) const;
};

/// Dash and gap lengths, in pixels, for a dashed line of the given width.
inline float dashLength(float width)
{
    return 3.0f * width + 3.0f;
}
inline float gapLength(float width)
{
    return 2.0f * width + 2.0f;
}

} // namespace paperlab::charts
