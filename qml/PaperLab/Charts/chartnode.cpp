// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "chartnode.h"

#include "charttheme.h"

#include <QPainter>
#include <QQuickWindow>
#include <QSGClipNode>
#include <QSGImageNode>
#include <QSGRendererInterface>
#include <QSGTexture>
#include <QSGVertexColorMaterial>

#include <algorithm>
#include <cmath>
#include <limits>

namespace paperlab::charts {

namespace {

constexpr float kMiterLimit = 2.0f; // longest mitre, in half line widths
constexpr double kSharpTurn = -0.3; // normals this far apart (turns over ~107°) break the strip

QPointF normalised(QPointF v)
{
    const double len = std::hypot(v.x(), v.y());
    return len > 0 ? v / len : QPointF();
}

double dot(QPointF a, QPointF b)
{
    return a.x() * b.x() + a.y() * b.y();
}

} // namespace

void MeshBuilder::clear()
{
    vertices.clear();
    indices.clear();
}

void MeshBuilder::addVertex(QPointF p, const QColor &color, float alpha)
{
    const float a = float(color.alphaF()) * alpha;
    QSGGeometry::ColoredPoint2D v;
    v.set(float(p.x()), float(p.y()), uchar(std::lround(color.redF() * a * 255)),
          uchar(std::lround(color.greenF() * a * 255)), uchar(std::lround(color.blueF() * a * 255)),
          uchar(std::lround(a * 255)));
    vertices.push_back(v);
}

void MeshBuilder::addRect(const QRectF &rect, const QColor &color)
{
    if (rect.isEmpty() || color.alpha() == 0)
        return;
    const auto base = quint32(vertices.size());
    addVertex(rect.topLeft(), color, 1);
    addVertex(rect.topRight(), color, 1);
    addVertex(rect.bottomRight(), color, 1);
    addVertex(rect.bottomLeft(), color, 1);
    indices.insert(indices.end(), {base, base + 1, base + 2, base, base + 2, base + 3});
}

void MeshBuilder::addLine(const ChartScene::Line &line)
{
    const auto &pts = line.points;
    size_t start = 0;
    for (size_t i = 0; i <= pts.size(); ++i) {
        if (i < pts.size() && !std::isnan(pts[i].x()))
            continue;
        if (i - start >= 2) {
            if (line.dashed)
                addDashedRun(pts.data() + start, i - start, line.width, line.color);
            else
                addRun(pts.data() + start, i - start, line.width, line.color);
        }
        start = i + 1;
    }
}

void MeshBuilder::addDashedRun(const QPointF *points, size_t count, float width,
                               const QColor &color)
{
    const float dash = dashLength(width), gap = gapLength(width);
    std::vector<QPointF> piece{points[0]};
    bool on = true;
    double remaining = dash;
    for (size_t i = 1; i < count; ++i) {
        const QPointF a = points[i - 1], b = points[i];
        const double len = std::hypot(b.x() - a.x(), b.y() - a.y());
        double t = 0;
        while (len - t > remaining) {
            t += remaining;
            const QPointF q = a + (b - a) * (t / len);
            if (on) {
                piece.push_back(q);
                addRun(piece.data(), piece.size(), width, color);
            }
            piece.assign(1, q);
            on = !on;
            remaining = on ? dash : gap;
        }
        remaining -= len - t;
        if (on)
            piece.push_back(b);
    }
    if (on && piece.size() >= 2)
        addRun(piece.data(), piece.size(), width, color);
}

void MeshBuilder::addRun(const QPointF *points, size_t count, float width, const QColor &color)
{
    m_run.clear();
    for (size_t i = 0; i < count; ++i) {
        const QPointF d = m_run.empty() ? QPointF(1, 1) : points[i] - m_run.back();
        if (std::abs(d.x()) + std::abs(d.y()) > 1e-3) // repeated points have no direction
            m_run.push_back(points[i]);
    }
    const size_t n = m_run.size();
    if (n < 2 || color.alpha() == 0)
        return;

    // One cross-section per point, mitred at gentle turns. At sharp turns (min/max
    // decimated data is full of them) the strip ends and restarts at the same point with
    // the new segment's normal; a mitre there would twist the strip and leave gaps.
    m_sections.clear();
    auto segmentNormal = [this](size_t i) {
        const QPointF d = normalised(m_run[i + 1] - m_run[i]);
        return QPointF(-d.y(), d.x());
    };
    QPointF in = segmentNormal(0);
    m_sections.push_back({m_run[0], in, 1.0f, true});
    for (size_t i = 1; i + 1 < n; ++i) {
        const QPointF out = segmentNormal(i);
        if (dot(in, out) < kSharpTurn) {
            m_sections.push_back({m_run[i], in, 1.0f, false});
            m_sections.push_back({m_run[i], out, 1.0f, true});
        } else {
            const QPointF m = normalised(in + out);
            m_sections.push_back(
                {m_run[i], m, std::min(kMiterLimit, float(1.0 / dot(m, out))), false});
        }
        in = out;
    }
    m_sections.push_back({m_run[n - 1], in, 1.0f, false});

    const float half = width / 2;
    const float inner = half >= 0.5f ? half - 0.5f : 0.0f;
    const float outer = half >= 0.5f ? half + 0.5f : 1.0f;
    const float alpha = half >= 0.5f ? 1.0f : width;
    const auto base = quint32(vertices.size());
    for (const Section &s : m_sections) {
        const QPointF o = s.normal * s.miter;
        addVertex(s.point + o * outer, color, 0);
        addVertex(s.point + o * inner, color, alpha);
        addVertex(s.point - o * inner, color, alpha);
        addVertex(s.point - o * outer, color, 0);
    }
    for (quint32 i = 0; i + 1 < m_sections.size(); ++i) {
        if (m_sections[i + 1].startsPiece)
            continue;
        const quint32 a = base + 4 * i, b = a + 4;
        for (quint32 k = 0; k < 3; ++k)
            indices.insert(indices.end(), {a + k, a + k + 1, b + k + 1, a + k, b + k + 1, b + k});
    }
}

void MeshBuilder::addDisc(QPointF c, float radius, const QColor &color)
{
    if (radius <= 0 || color.alpha() == 0)
        return;
    // Two segments per pixel of radius keep the polygon within about 0.3 px of the circle,
    // under its 1 px antialiased edge. Three, as before, cost a third more vertices: a
    // scatter of 1,100 outlined markers (hivemind's) was 61,200, and with software OpenGL
    // uploading and drawing them took most of a frame.
    const int segments = std::clamp(int(radius * 2), 8, 32);
    const float inner = std::max(0.0f, radius - 0.5f), outer = radius + 0.5f;
    const auto centre = quint32(vertices.size());
    addVertex(c, color, 1);
    for (int i = 0; i < segments; ++i) {
        const double t = 2 * M_PI * i / segments;
        const QPointF d(std::cos(t), std::sin(t));
        addVertex(c + d * inner, color, 1);
        addVertex(c + d * outer, color, 0);
    }
    for (int i = 0; i < segments; ++i) {
        const quint32 a = centre + 1 + 2 * quint32(i);
        const quint32 b = centre + 1 + 2 * quint32((i + 1) % segments);
        indices.insert(indices.end(), {centre, a, b, a, a + 1, b + 1, a, b + 1, b});
    }
}

void MeshBuilder::addConvexPolygon(const QPointF *p, size_t n, const QColor &color)
{
    if (n < 3 || color.alpha() == 0)
        return;
    double area = 0;
    for (size_t i = 0; i < n; ++i)
        area += p[i].x() * p[(i + 1) % n].y() - p[(i + 1) % n].x() * p[i].y();
    const double side = area > 0 ? 1.0 : -1.0; // outward normals for either winding
    const auto base = quint32(vertices.size());
    for (size_t i = 0; i < n; ++i) {
        const QPointF d1 = normalised(p[i] - p[(i + n - 1) % n]);
        const QPointF d2 = normalised(p[(i + 1) % n] - p[i]);
        const QPointF n1(d1.y() * side, -d1.x() * side), n2(d2.y() * side, -d2.x() * side);
        QPointF m = normalised(n1 + n2);
        const double s = std::min(3.0, 1.0 / std::max(1e-3, dot(m, n1)));
        m *= 0.5 * s;
        addVertex(p[i] - m, color, 1);
        addVertex(p[i] + m, color, 0);
    }
    for (quint32 i = 1; i + 1 < n; ++i)
        indices.insert(indices.end(), {base, base + 2 * i, base + 2 * (i + 1)});
    for (quint32 i = 0; i < n; ++i) {
        const quint32 a = base + 2 * i, b = base + 2 * quint32((i + 1) % n);
        indices.insert(indices.end(), {a, a + 1, b + 1, a, b + 1, b});
    }
}

ChartNode::ChartNode()
{
    for (int l = 0; l < ChartScene::LayerCount; ++l) {
        LayerNodes &layer = m_layers[l];
        if (l == ChartScene::Data) {
            m_clip = new QSGClipNode;
            m_clip->setIsRectangular(true);
            auto *clipGeometry = new QSGGeometry(QSGGeometry::defaultAttributes_Point2D(), 4);
            m_clip->setGeometry(clipGeometry);
            m_clip->setFlag(QSGNode::OwnsGeometry);
            layer.container = m_clip;
        } else {
            layer.container = new QSGNode;
        }
        appendChildNode(layer.container);
        layer.opaque = createMeshNode(true);
        layer.container->appendChildNode(layer.opaque);
        layer.mesh = createMeshNode(false);
        layer.container->appendChildNode(layer.mesh);
    }
}

namespace {

QSGGeometry *newMeshGeometry(QSGGeometry::Type indexType)
{
    auto *geometry = new QSGGeometry(QSGGeometry::defaultAttributes_ColoredPoint2D(), 0, 0,
                                     indexType);
    geometry->setDrawingMode(QSGGeometry::DrawTriangles);
    return geometry;
}

} // namespace

QSGGeometryNode *ChartNode::createMeshNode(bool opaque)
{
    auto *node = new QSGGeometryNode;
    node->setGeometry(newMeshGeometry(QSGGeometry::UnsignedShortType));
    auto *material = new QSGVertexColorMaterial;
    // Opaque geometry goes to the renderer's opaque pass: with a software GL such as
    // llvmpipe, not blending the full-size background nearly doubles the frame rate.
    material->setFlag(QSGMaterial::Blending, !opaque);
    node->setMaterial(material);
    node->setFlags(QSGNode::OwnsGeometry | QSGNode::OwnsMaterial);
    return node;
}

void ChartNode::upload(QSGGeometryNode *node, const MeshBuilder &mesh)
{
    // 16-bit indices where they suffice: hivemind's scatter (1,100 outlined markers, 37,400
    // vertices) took 1.1 MB with 32-bit ones, over the allocator's threshold for blocks
    // mapped on their own, so every rebuild faulted in fresh pages; with 16-bit, 0.77 MB.
    const auto type = mesh.vertices.size() <= std::numeric_limits<quint16>::max()
        ? QSGGeometry::UnsignedShortType : QSGGeometry::UnsignedIntType;
    QSGGeometry *g = node->geometry();
    if (g->indexType() != type) {
        g = newMeshGeometry(type);
        node->setGeometry(g); // deletes the old one (OwnsGeometry)
    }
    g->allocate(int(mesh.vertices.size()), int(mesh.indices.size()));
    std::copy(mesh.vertices.begin(), mesh.vertices.end(), g->vertexDataAsColoredPoint2D());
    if (type == QSGGeometry::UnsignedShortType)
        std::copy(mesh.indices.begin(), mesh.indices.end(), g->indexDataAsUShort());
    else
        std::copy(mesh.indices.begin(), mesh.indices.end(), g->indexDataAsUInt());
    node->markDirty(QSGNode::DirtyGeometry);
}

ChartNode::~ChartNode()
{
    // Image nodes are children and are deleted by QSGNode; their textures are ours.
    for (LayerNodes &layer : m_layers) {
        for (TexturedImage &img : layer.images)
            delete img.texture;
    }
    delete m_software.texture;
}

void ChartNode::setImage(TexturedImage &slot, const QImage &image, QQuickWindow *window)
{
    if (slot.texture && slot.cacheKey == image.cacheKey())
        return;
    QSGTexture *texture = window->createTextureFromImage(image);
    slot.node->setTexture(texture);
    delete slot.texture;
    slot.texture = texture;
    slot.cacheKey = image.cacheKey();
}

void ChartNode::syncLayer(LayerNodes &nodes, const ChartScene::LayerContent &content,
                          QQuickWindow *window)
{
    while (nodes.images.size() > content.images.size()) {
        QSGImageNode *node = nodes.images.back().node;
        nodes.container->removeChildNode(node);
        delete node;
        delete nodes.images.back().texture;
        nodes.images.pop_back();
    }
    for (size_t i = 0; i < content.images.size(); ++i) {
        if (i == nodes.images.size()) {
            TexturedImage slot;
            slot.node = window->createImageNode();
            slot.node->setFiltering(QSGTexture::Nearest);
            slot.node->setOwnsTexture(false);
            nodes.container->insertChildNodeBefore(slot.node, nodes.opaque);
            nodes.images.push_back(slot);
        }
        const ChartScene::Image &img = content.images[i];
        setImage(nodes.images[i], img.image, window);
        nodes.images[i].node->setRect(img.target);
        nodes.images[i].node->setSourceRect(QRectF(QPointF(0, 0), img.image.size()));
    }

    m_opaque.clear();
    m_mesh.clear();
    for (const ChartScene::Rect &r : content.rects)
        (r.color.alpha() == 255 ? m_opaque : m_mesh).addRect(r.rect, r.color);
    for (const ChartScene::Line &line : content.lines)
        m_mesh.addLine(line);
    for (const ChartScene::Polygon &poly : content.polygons)
        m_mesh.addConvexPolygon(poly.points.data(), poly.points.size(), poly.color);
    for (const ChartScene::Markers &m : content.markers) {
        for (const QPointF &c : m.centers) {
            if (m.outline.alpha() > 0)
                m_mesh.addDisc(c, m.radius + 1.0f, m.outline);
            m_mesh.addDisc(c, m.radius, m.fill);
        }
    }
    upload(nodes.opaque, m_opaque);
    upload(nodes.mesh, m_mesh);
}

void ChartNode::syncSoftware(const ChartScene &scene, QQuickWindow *window)
{
    // The software renderer draws image nodes but not geometry nodes.
    const qreal dpr = window->effectiveDevicePixelRatio();
    QImage image((scene.size * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        scene.paint(&p, nullptr, ChartTheme::instance());
    }
    if (!m_software.node) {
        m_software.node = window->createImageNode();
        m_software.node->setFiltering(QSGTexture::Linear);
        m_software.node->setOwnsTexture(false);
        appendChildNode(m_software.node);
    }
    setImage(m_software, image, window);
    m_software.node->setRect(QRectF(QPointF(0, 0), scene.size));
    m_software.node->setSourceRect(QRectF(QPointF(0, 0), image.size()));
}

void ChartNode::sync(const ChartScene &scene, QQuickWindow *window)
{
    if (window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software) {
        syncSoftware(scene, window);
        return;
    }
    m_clip->setClipRect(scene.clip);
    QSGGeometry::updateRectGeometry(m_clip->geometry(), scene.clip);
    m_clip->markDirty(QSGNode::DirtyGeometry);
    for (int l = 0; l < ChartScene::LayerCount; ++l)
        syncLayer(m_layers[l], scene.layers[l], window);
}

} // namespace paperlab::charts
