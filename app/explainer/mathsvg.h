// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

namespace paperlab::app {

// One MathJax equation typeset at build time (tools/mathjax/typeset-math.mjs). QtSvg ignores the SVG's
// width/height in ex (architecture §11 trap #26), so sizes come from the viewBox, where
// 1000 units are 1 em and y = 0 is the baseline.
class MathSvg
{
public:
    /// Reads an SVG file (":/…" resources work); isValid() is false if it cannot be read or
    /// has no usable viewBox.
    static MathSvg load(const QString &path);

    /// Parses SVG text (for tests and for load()).
    static MathSvg fromData(const QByteArray &data);

    bool isValid() const { return m_valid; }
    QRectF viewBox() const { return m_viewBox; }

    /// Height above and depth below the baseline, and the advance width, in em.
    qreal ascentEm() const { return m_ascent; }
    qreal descentEm() const { return m_descent; }
    qreal widthEm() const { return m_width; }

    /// Device pixels of the rendered image for a font of `px` pixels at `dpr`, with
    /// `padTop`/`padBottom` logical pixels of empty space (used to align the baseline).
    QSize deviceSize(qreal px, qreal dpr, qreal padTop = 0, qreal padBottom = 0) const;

    /// The equation with currentColor replaced by `color`. `size`, if valid, overrides
    /// deviceSize() (the equation is fitted into it, keeping its aspect ratio); the image's
    /// devicePixelRatio is set to `dpr`.
    QImage render(const QColor &color, qreal px, qreal dpr, qreal padTop = 0,
                  qreal padBottom = 0, QSize size = {}) const;

private:
    bool m_valid = false;
    QByteArray m_data;
    QRectF m_viewBox;
    qreal m_ascent = 0;
    qreal m_descent = 0;
    qreal m_width = 0;
};

/// How an inline equation sits in a line of QML rich text. Measured on Qt 6.4.2: an image
/// with "vertical-align: bottom" sits on the bottom of its line box, and a line box grows
/// evenly above and below to fit an image taller than the font's ascent + descent (both
/// rounded to whole pixels). Qt has no baseline alignment for images (CSS "baseline" is
/// ignored, "middle" centres the image in the line box but sizes the box as if it did
/// not), so the equation is padded until its own baseline lands on the text's in both cases:
/// above its baseline the image holds P pixels, below Q, with P - Q = ascent - descent and
/// P, Q at least the font's (so a small equation fills the line box exactly) and at least
/// the equation's. Two equations of different heights on one line still align only if
/// neither is taller than the font.
struct InlineMathLayout {
    qreal padTop = 0;
    qreal padBottom = 0;
    QSizeF size;          // logical size to put into <img width height>
    QSize deviceSize;
};

InlineMathLayout inlineMathLayout(const MathSvg &svg, qreal px, qreal dpr, qreal fontAscent,
                                  qreal fontDescent);

} // namespace paperlab::app
