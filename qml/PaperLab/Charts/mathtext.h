// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/paperlabchartsexport.h>

#include <QObject>
#include <QSizeF>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QFont;
class QPainter;
class QRectF;

namespace paperlab::charts {

/// Chart labels written in a small TeX-like notation, so authors write `τ_{mem}` once and
/// every chart, legend and control shows a real subscript (QML: the `MathText` singleton).
///
/// The notation: `_x` and `^x` put one character (or one `\name`) low or high, `_{…}` and
/// `^{…}` a group, which may nest; `\alpha` … `\Omega` and a few symbols (`\sum`,
/// `\propto`, `\sqrt`, `\infty`, `\approx`, `\cdot`, …) become Unicode. `\_`, `\^`, `\\`,
/// `\{` and `\}` are the characters themselves. Text without `_`, `^` or `\` is plain.
class PAPERLAB_CHARTS_EXPORT MathText : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    /// `text` as it is, in the notation: names such as a readout's "bos_attn" keep their
    /// underscores instead of becoming subscripts.
    static QString escaped(const QString &text);
    /// Whether `tex` uses the notation, i.e. needs rich text to be shown.
    static bool hasMarkup(const QString &tex);
    /// Qt rich text (HTML subset): escaped text with <sub>/<sup>.
    static QString toHtml(const QString &tex);
    /// Unicode only, for places without rich text (widgets, CSV, screen readers): sub- and
    /// superscript characters where Unicode has all of them, otherwise `_x` / `_(…)`.
    static QString toPlain(const QString &tex);

    /// Size of a label as a QML Text shows it: rich text when `rich`, word-wrapped to
    /// `maxWidth` when that is positive.
    static QSizeF size(const QString &text, bool rich, const QFont &font, double maxWidth = 0);
    /// Draws a label into `box` (its size()), centring each line when it wraps.
    static void draw(QPainter *painter, const QRectF &box, const QString &text, bool rich,
                     double maxWidth = 0);

    Q_INVOKABLE QString html(const QString &tex) const { return toHtml(tex); }
    Q_INVOKABLE QString plain(const QString &tex) const { return toPlain(tex); }
    Q_INVOKABLE bool rich(const QString &tex) const { return hasMarkup(tex); }
};

} // namespace paperlab::charts
