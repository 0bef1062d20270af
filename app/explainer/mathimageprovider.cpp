// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "explainer/mathimageprovider.h"

#include "explainer/mathsvg.h"

#include <QFile>
#include <QPainter>
#include <QUrlQuery>

#include <cmath>

namespace paperlab::app {

MathImageProvider::MathImageProvider()
    : QQuickImageProvider(QQuickImageProvider::Image)
{
}

QString MathImageProvider::svgPath(const QString &id)
{
    const QString path = id.section(u'?', 0, 0);
    if (path.isEmpty() || path.contains(QStringLiteral("..")))
        return {};
    for (const QString &candidate : {QStringLiteral(":/") + path + QStringLiteral(".svg"),
                                     u'/' + path + QStringLiteral(".svg")}) {
        if (QFile::exists(candidate))
            return candidate;
    }
    return {};
}

QImage MathImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const QUrlQuery query(id.section(u'?', 1));
    const auto number = [&](const QString &key, qreal fallback) {
        bool ok = false;
        const qreal v = query.queryItemValue(key).toDouble(&ok);
        return ok && std::isfinite(v) && v >= 0 ? v : fallback;
    };
    QString colorText = query.queryItemValue(QStringLiteral("color"));
    if (!colorText.isEmpty() && !colorText.startsWith(u'#'))
        colorText.prepend(u'#');
    const QColor color = QColor::isValidColorName(colorText) ? QColor(colorText)
                                                             : QColor(Qt::black);
    const qreal px = std::clamp<qreal>(number(QStringLiteral("px"), 16), 1, 512);
    const qreal dpr = std::clamp<qreal>(number(QStringLiteral("dpr"), 1), 0.25, 8);
    const qreal top = std::min<qreal>(number(QStringLiteral("top"), 0), 4 * px);
    const qreal bottom = std::min<qreal>(number(QStringLiteral("bottom"), 0), 4 * px);

    const QString path = svgPath(id);
    const MathSvg svg = path.isEmpty() ? MathSvg() : MathSvg::load(path);
    QImage image = svg.render(color, px, dpr, top, bottom, requestedSize);
    if (image.isNull()) {
        // Never fail silently: a missing equation is a visible red box.
        const int side = int(std::ceil(px * dpr));
        image = QImage(side, side, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setPen(QPen(QColor(0xc6, 0x28, 0x28), std::max<qreal>(1, dpr)));
        p.drawRect(QRectF(image.rect()).adjusted(0.5, 0.5, -0.5, -0.5));
        p.drawLine(image.rect().topLeft(), image.rect().bottomRight());
        p.end();
        image.setDevicePixelRatio(dpr);
    }
    if (size)
        *size = image.size();
    return image;
}

} // namespace paperlab::app
