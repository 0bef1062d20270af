// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "chartscene.h"

#include <QSGGeometry>
#include <QSGNode>

#include <array>
#include <vector>

class QQuickWindow;
class QSGClipNode;
class QSGImageNode;
class QSGTexture;

namespace paperlab::charts {

/// Triangles with per-vertex premultiplied colours. Lines, discs and polygons get a
/// one-pixel alpha fringe, which antialiases them without MSAA; thick lines are always
/// tessellated (setLineWidth is not dependable across RHI backends, architecture §11 #25).
class MeshBuilder
{
public:
    void clear();
    void addRect(const QRectF &rect, const QColor &color);
    void addLine(const ChartScene::Line &line);
    void addDisc(QPointF centre, float radius, const QColor &color);
    void addConvexPolygon(const QPointF *points, size_t count, const QColor &color);

    std::vector<QSGGeometry::ColoredPoint2D> vertices;
    std::vector<quint32> indices;

private:
    void addRun(const QPointF *points, size_t count, float width, const QColor &color);
    void addDashedRun(const QPointF *points, size_t count, float width, const QColor &color);
    void addVertex(QPointF p, const QColor &color, float alpha);

    struct Section {
        QPointF point;
        QPointF normal;
        float miter;
        bool startsPiece; ///< not joined to the previous section
    };
    std::vector<QPointF> m_run;
    std::vector<Section> m_sections;
};

/// The scene-graph side of a chart: nodes are created once and then refilled in place
/// (geometry->allocate(), markDirty) on every update. Under the software renderer, which
/// ignores geometry nodes, the scene is painted into one image instead.
class ChartNode : public QSGNode
{
public:
    ChartNode();
    ~ChartNode() override;

    void sync(const ChartScene &scene, QQuickWindow *window);

private:
    struct TexturedImage {
        QSGImageNode *node = nullptr;
        QSGTexture *texture = nullptr;
        qint64 cacheKey = 0;
    };
    struct LayerNodes {
        QSGNode *container = nullptr;
        std::vector<TexturedImage> images;
        QSGGeometryNode *opaque = nullptr; ///< opaque rects: no blending, drawn front to back
        QSGGeometryNode *mesh = nullptr;   ///< everything else
    };

    void syncLayer(LayerNodes &nodes, const ChartScene::LayerContent &content,
                   QQuickWindow *window);
    void syncSoftware(const ChartScene &scene, QQuickWindow *window);
    static void setImage(TexturedImage &slot, const QImage &image, QQuickWindow *window);
    static QSGGeometryNode *createMeshNode(bool opaque);
    static void upload(QSGGeometryNode *node, const MeshBuilder &mesh);

    std::array<LayerNodes, ChartScene::LayerCount> m_layers;
    QSGClipNode *m_clip = nullptr;
    TexturedImage m_software;
    MeshBuilder m_opaque, m_mesh;
};

} // namespace paperlab::charts
