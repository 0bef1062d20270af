// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "testhelper.h"

#include <QFile>
#include <QImage>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>

#include <cstdlib>

QString TestHelper::tempPath(const QString &name) const
{
    return m_dir.filePath(name);
}

QString TestHelper::readText(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QVariantMap TestHelper::imageInfo(const QString &path) const
{
    const QImage image(path);
    if (image.isNull())
        return {{QStringLiteral("width"), 0}, {QStringLiteral("height"), 0}};
    QSet<QRgb> colors;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colors.insert(image.pixel(x, y));
    }
    return {{QStringLiteral("width"), image.width()},
            {QStringLiteral("height"), image.height()},
            {QStringLiteral("distinctColors"), colors.size()},
            {QStringLiteral("topLeft"), QColor(image.pixel(2, 2))}};
}

namespace {

int count(const QImage &source, const QColor &color, int tolerance)
{
    const QImage image = source.convertToFormat(QImage::Format_RGB32);
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (std::abs(qRed(line[x]) - color.red()) <= tolerance
                && std::abs(qGreen(line[x]) - color.green()) <= tolerance
                && std::abs(qBlue(line[x]) - color.blue()) <= tolerance)
                ++n;
        }
    }
    return n;
}

} // namespace

int TestHelper::countColor(const QString &path, const QColor &color, int tolerance) const
{
    return count(QImage(path), color, tolerance);
}

int TestHelper::countColorOnScreen(QQuickItem *item, const QColor &color, int tolerance) const
{
    if (!item || !item->window())
        return -1;
    const QImage frame = item->window()->grabWindow();
    const qreal dpr = frame.devicePixelRatio();
    const QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    return count(frame.copy(QRectF(r.topLeft() * dpr, r.size() * dpr).toRect()), color, tolerance);
}

void TestSetup::qmlEngineAvailable(QQmlEngine *engine)
{
    engine->rootContext()->setContextProperty(QStringLiteral("testHelper"), &m_helper);
}
