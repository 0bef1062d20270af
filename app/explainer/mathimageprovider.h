// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QQuickImageProvider>

namespace paperlab::app {

/// Serves pre-rendered equations to QML as image://math/<dir>/<key>?color=<hex>&px=<font px>
/// [&dpr=<ratio>][&top=<px>][&bottom=<px>].
///
/// <dir> is a resource directory without its leading ":/" (qt/qml/PaperLab/Papers/X/content/
/// math) or, for explainers read from disk, an absolute directory without its leading "/".
/// The SVG's currentColor becomes <hex> (the theme's text colour), 1 em is <px> pixels, and
/// the image is rendered at <dpr> device pixels per logical pixel with that devicePixelRatio,
/// so that equations stay crisp on high-density screens. `top`/`bottom` add logical padding
/// (see inlineMathLayout()). A missing or unreadable SVG yields a red box.
class MathImageProvider final : public QQuickImageProvider
{
public:
    MathImageProvider();

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    /// The file an id (or an id's path part) refers to, or "" if none exists.
    static QString svgPath(const QString &id);
};

} // namespace paperlab::app
