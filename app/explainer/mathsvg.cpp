// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "explainer/mathsvg.h"

#include <QFile>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>

#include <cmath>

namespace paperlab::app {

namespace {

// MathJax's TeX fonts have an x-height of 0.442 em; its vertical-align is given in ex.
constexpr qreal kMathJaxExInEm = 0.442;

} // namespace

MathSvg MathSvg::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return fromData(file.readAll());
}

MathSvg MathSvg::fromData(const QByteArray &data)
{
    MathSvg svg;
    static const QRegularExpression viewBoxRe(QStringLiteral(
        R"(<svg\b[^>]*\bviewBox="\s*([-0-9.eE]+)[\s,]+([-0-9.eE]+)[\s,]+)"
        R"(([-0-9.eE]+)[\s,]+([-0-9.eE]+)\s*")"));
    static const QRegularExpression valignRe(
        QStringLiteral(R"(<svg\b[^>]*vertical-align:\s*([-0-9.]+)ex)"));
    const QString text = QString::fromUtf8(data.left(4096));
    const auto m = viewBoxRe.match(text);
    if (!m.hasMatch())
        return svg;
    svg.m_viewBox = QRectF(m.captured(1).toDouble(), m.captured(2).toDouble(),
                           m.captured(3).toDouble(), m.captured(4).toDouble());
    if (svg.m_viewBox.width() <= 0 || svg.m_viewBox.height() <= 0)
        return svg;
    svg.m_data = data;
    svg.m_width = svg.m_viewBox.width() / 1000.0;
    if (svg.m_viewBox.top() < 0) {
        // MathJax puts the baseline at y = 0, so the viewBox alone gives the exact depth.
        svg.m_ascent = -svg.m_viewBox.top() / 1000.0;
        svg.m_descent = svg.m_viewBox.bottom() / 1000.0;
    } else {
        // Otherwise trust the style MathJax writes for browsers.
        const auto v = valignRe.match(text);
        const qreal depth = v.hasMatch() ? -v.captured(1).toDouble() * kMathJaxExInEm : 0;
        svg.m_descent = depth;
        svg.m_ascent = svg.m_viewBox.height() / 1000.0 - depth;
    }
    svg.m_valid = true;
    return svg;
}

QSize MathSvg::deviceSize(qreal px, qreal dpr, qreal padTop, qreal padBottom) const
{
    const qreal w = m_width * px * dpr;
    const qreal h = ((m_ascent + m_descent) * px + padTop + padBottom) * dpr;
    // The tolerance absorbs the rounding of the padding in image URLs (3 decimals): the
    // provider must arrive at the size the rich text was laid out with, or Qt rescales the
    // image and blurs it.
    constexpr qreal tolerance = 0.01;
    return QSize(std::max(1, int(std::ceil(w - tolerance))),
                 std::max(1, int(std::ceil(h - tolerance))));
}

QImage MathSvg::render(const QColor &color, qreal px, qreal dpr, qreal padTop, qreal padBottom,
                       QSize size) const
{
    if (!m_valid)
        return {};
    const QSize natural = deviceSize(px, dpr, padTop, padBottom);
    // A requested size with one dimension left at 0 keeps the aspect ratio (as for Image's
    // sourceSize).
    QSize target = natural;
    if (size.width() > 0 && size.height() > 0)
        target = natural.scaled(size, Qt::KeepAspectRatio);
    else if (size.width() > 0)
        target = QSize(size.width(), std::max(1, int(std::lround(
                           qreal(natural.height()) * size.width() / natural.width()))));
    else if (size.height() > 0)
        target = QSize(std::max(1, int(std::lround(
                           qreal(natural.width()) * size.height() / natural.height()))),
                       size.height());
    const qreal scale = std::min(qreal(target.width()) / natural.width(),
                                 qreal(target.height()) / natural.height());

    QImage image(target, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QByteArray data = m_data;
    data.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(data);
    if (!renderer.isValid())
        return {};
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    // The rounding slack of the device size goes half above and half below, which keeps
    // the baseline of a vertically centred image exact.
    const qreal glyphW = m_width * px * dpr * scale;
    const qreal glyphH = (m_ascent + m_descent) * px * dpr * scale;
    const qreal exactH = glyphH + (padTop + padBottom) * dpr * scale;
    const qreal slack = (target.height() - exactH) / 2;
    renderer.render(&painter, QRectF(0, slack + padTop * dpr * scale, glyphW, glyphH));
    painter.end();
    if (color.alpha() < 255) {
        QPainter fade(&image);
        fade.setCompositionMode(QPainter::CompositionMode_DestinationIn);
        fade.fillRect(image.rect(), QColor(0, 0, 0, color.alpha()));
    }
    image.setDevicePixelRatio(dpr);
    return image;
}

InlineMathLayout inlineMathLayout(const MathSvg &svg, qreal px, qreal dpr, qreal fontAscent,
                                  qreal fontDescent)
{
    InlineMathLayout layout;
    const qreal a = svg.ascentEm() * px;
    const qreal d = svg.descentEm() * px;
    const qreal ascent = std::round(fontAscent);
    const qreal descent = std::round(fontDescent);
    // Whole pixels, so that the image height matches what Qt lays out.
    const qreal above = std::ceil(std::max({a, ascent, d + ascent - descent}) - 1e-6);
    const qreal below = above - (ascent - descent);
    layout.padTop = above - a;
    layout.padBottom = below - d;
    layout.deviceSize = svg.deviceSize(px, dpr, layout.padTop, layout.padBottom);
    layout.size = QSizeF(layout.deviceSize) / dpr;
    return layout;
}

} // namespace paperlab::app
