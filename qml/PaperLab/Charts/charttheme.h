// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/paperlabchartsexport.h>

#include <QColor>
#include <QFont>
#include <QList>
#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <utility>
#include <vector>

class QJSEngine;
class QQmlEngine;

namespace paperlab::charts {

/// The colours, line width and font scale every chart and plugin view uses. One instance per
/// process, shared by all QML engines (QML: the `Theme` singleton). apply() takes the keys of
/// resources/themes/*.json; every chart restyles on changed(). Defaults to the light theme.
class PAPERLAB_CHARTS_EXPORT ChartTheme : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Theme)
    QML_SINGLETON
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QColor background READ background NOTIFY changed)
    Q_PROPERTY(QColor surface READ surface NOTIFY changed)
    Q_PROPERTY(QColor raised READ raised NOTIFY changed)          ///< chips and badges on surface
    Q_PROPERTY(QColor text READ text NOTIFY changed)
    Q_PROPERTY(QColor mutedText READ mutedText NOTIFY changed)
    Q_PROPERTY(QColor grid READ grid NOTIFY changed)
    Q_PROPERTY(QColor axis READ axis NOTIFY changed)
    Q_PROPERTY(QColor accent READ accent NOTIFY changed)
    Q_PROPERTY(QColor accentText READ accentText NOTIFY changed)  ///< text on accent
    Q_PROPERTY(QColor focus READ focus NOTIFY changed)
    Q_PROPERTY(QColor error READ error NOTIFY changed)
    Q_PROPERTY(QColor success READ success NOTIFY changed)
    Q_PROPERTY(QColor link READ link NOTIFY changed)
    Q_PROPERTY(QList<QColor> seriesColors READ seriesColors NOTIFY changed)
    Q_PROPERTY(qreal lineWidth READ lineWidth NOTIFY changed)
    Q_PROPERTY(qreal fontScale READ fontScale NOTIFY changed)
    Q_PROPERTY(QFont font READ font NOTIFY changed)           ///< tick labels, legend, read-outs
    Q_PROPERTY(QFont labelFont READ labelFont NOTIFY changed) ///< axis titles
    Q_PROPERTY(QFont titleFont READ titleFont NOTIFY changed) ///< chart titles

public:
    /// The process-wide theme, created on first use as a child of the application object.
    static ChartTheme *instance();
    /// QML singleton factory: returns instance() with C++ ownership, so no engine deletes it.
    static ChartTheme *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    QString name() const { return m_name; }
    QColor background() const { return m_background; }
    QColor surface() const { return m_surface; }
    QColor raised() const { return m_raised; }
    QColor text() const { return m_text; }
    QColor mutedText() const { return m_mutedText; }
    QColor grid() const { return m_grid; }
    QColor axis() const { return m_axis; }
    QColor accent() const { return m_accent; }
    QColor accentText() const { return m_accentText; }
    QColor focus() const { return m_focus; }
    QColor error() const { return m_error; }
    QColor success() const { return m_success; }
    QColor link() const { return m_link; }
    QList<QColor> seriesColors() const { return m_seriesColors; }
    qreal lineWidth() const { return m_lineWidth; }
    qreal fontScale() const { return m_fontScale; }
    QFont font() const;
    QFont labelFont() const;
    QFont titleFont() const;

    /// The colour of series number `index`, cycling through seriesColors.
    Q_INVOKABLE QColor seriesColor(int index) const;

    /// WCAG 2 relative luminance (0 black … 1 white) and the contrast ratio of two colours
    /// (1 … 21; text needs 4.5).
    static double relativeLuminance(const QColor &color);
    Q_INVOKABLE static double contrastRatio(const QColor &a, const QColor &b);

    /// Applies a theme file's keys: name, window (→ background), surface, raised, text,
    /// mutedText, grid, axis, accent, accentText, focus, error, success, link, series
    /// (→ seriesColors), lineWidth, fontScale.
    /// Missing keys keep their current value; invalid colours are ignored.
    Q_INVOKABLE void apply(const QVariantMap &themeJson);
    /// The current theme in apply()'s keys, to restore it after a temporary change.
    QVariantMap values() const;
    /// The light theme (resources/themes/light.json) at font scale 1: the default, and the
    /// look of exports for print whatever the app's theme.
    static QVariantMap lightValues();

Q_SIGNALS:
    void changed();

private:
    explicit ChartTheme(QObject *parent);
    QFont scaledFont(qreal pixelSize, int weight) const;
    /// The theme-file key of each colour member.
    static const std::vector<std::pair<const char *, QColor ChartTheme::*>> &colorKeys();

    QString m_name;
    QColor m_background, m_surface, m_raised, m_text, m_mutedText, m_grid, m_axis;
    QColor m_accent, m_accentText, m_focus, m_error, m_success, m_link;
    QList<QColor> m_seriesColors;
    qreal m_lineWidth = 2.0;
    qreal m_fontScale = 1.0;
};

} // namespace paperlab::charts
