// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "chartitem.h"

#include <QStringList>
#include <QVariantList>

namespace paperlab::charts {

/// Shared base of LinePlot, ScatterPlot and VectorPlot: series selection, linear or log
/// axes, reference lines, nearest-point hover and CSV of the selected series.
class PAPERLAB_CHARTS_EXPORT SeriesPlotItem : public ChartItem
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SeriesPlotItem is the base of LinePlot, ScatterPlot and VectorPlot")
    /// Ids of the series to show, in legend and colour order; empty shows every series.
    Q_PROPERTY(QStringList series READ series WRITE setSeries NOTIFY seriesChanged)
    Q_PROPERTY(bool logX READ logX WRITE setLogX NOTIFY logXChanged)
    Q_PROPERTY(bool logY READ logY WRITE setLogY NOTIFY logYChanged)
    /// Fixed axis limits; NaN (the default) fits the data.
    Q_PROPERTY(qreal xMin READ xMin WRITE setXMin NOTIFY limitsChanged)
    Q_PROPERTY(qreal xMax READ xMax WRITE setXMax NOTIFY limitsChanged)
    Q_PROPERTY(qreal yMin READ yMin WRITE setYMin NOTIFY limitsChanged)
    Q_PROPERTY(qreal yMax READ yMax WRITE setYMax NOTIFY limitsChanged)
    /// [{axis: "x"|"y", value: 1.0, label: "φ₁"}]: labelled dashed lines across the plot;
    /// with `to: 5.0` (and optionally `color`) the range from value to 5 is shaded as well.
    Q_PROPERTY(QVariantList referenceLines READ referenceLines WRITE setReferenceLines NOTIFY
                   referenceLinesChanged)
    /// Per shown series (in `series` order), an offset added to x where its points are drawn,
    /// e.g. [-0.2, 0.2]: dodges series that share x positions (a category per x) so that
    /// their markers sit side by side instead of on top of each other. Hover, keyboard
    /// readout and CSV keep the true x.
    Q_PROPERTY(QVariantList xOffsets READ xOffsets WRITE setXOffsets NOTIFY xOffsetsChanged)
    /// Per shown series (in `series` order), the index of its colour in the theme's series
    /// colours, e.g. [0, 0, 0] for an estimate and its error band's two lines; by default a
    /// series takes the colour of its place.
    Q_PROPERTY(QVariantList colors READ colors WRITE setColors NOTIFY colorsChanged)
    Q_PROPERTY(int seriesCount READ seriesCount NOTIFY dataChanged)
    /// Points that can be drawn (finite, and positive on log axes), over all shown series.
    Q_PROPERTY(int pointCount READ pointCount NOTIFY dataChanged)
    /// Points left out: not finite, or not positive on a log axis.
    Q_PROPERTY(int skippedCount READ skippedCount NOTIFY dataChanged)

public:
    explicit SeriesPlotItem(QQuickItem *parent = nullptr);

    QStringList series() const { return m_series; }
    void setSeries(const QStringList &ids);
    bool logX() const { return m_x.isLog(); }
    void setLogX(bool log);
    bool logY() const { return m_y.isLog(); }
    void setLogY(bool log);
    qreal xMin() const { return m_limits[0]; }
    void setXMin(qreal v) { setLimit(0, v); }
    qreal xMax() const { return m_limits[1]; }
    void setXMax(qreal v) { setLimit(1, v); }
    qreal yMin() const { return m_limits[2]; }
    void setYMin(qreal v) { setLimit(2, v); }
    qreal yMax() const { return m_limits[3]; }
    void setYMax(qreal v) { setLimit(3, v); }
    QVariantList referenceLines() const { return m_referenceLinesValue; }
    void setReferenceLines(const QVariantList &lines);
    QVariantList xOffsets() const { return m_xOffsets; }
    void setXOffsets(const QVariantList &offsets);
    QVariantList colors() const { return m_colors; }
    void setColors(const QVariantList &colors);

    int seriesCount() const { return int(m_info.size()); }
    int pointCount() const;
    int skippedCount() const;
    QVariantMap dataRange() const override;

Q_SIGNALS:
    void seriesChanged();
    void logXChanged();
    void logYChanged();
    void limitsChanged();
    void referenceLinesChanged();
    void xOffsetsChanged();
    void colorsChanged();

protected:
    struct SeriesInfo {
        std::shared_ptr<const paperlab::Series> series; ///< shares the snapshot's ownership
        int color = 0;          ///< index into the theme's series colours
        qsizetype count = 0;    ///< points in the series
        qsizetype valid = 0;    ///< drawable points
        bool implicitX = false; ///< no x values: x is the index
        bool monotonic = true;  ///< x never decreases (allows min/max decimation)
        double x0 = 0, x1 = 0, y0 = 0, y1 = 0; ///< extent as drawn (x offset included)
        double dx = 0;          ///< xOffsets entry

        double x(qsizetype i) const { return implicitX ? double(i) : series->x[size_t(i)]; }
        double drawnX(qsizetype i) const { return x(i) + dx; }
        double y(qsizetype i) const { return series->y[size_t(i)]; }
    };
    bool accepts(const SeriesInfo &s, qsizetype i) const
    {
        return m_x.accepts(s.x(i)) && m_y.accepts(s.y(i));
    }
    QColor colorOf(const SeriesInfo &s) const;
    QString labelOf(const SeriesInfo &s) const;
    QPointF pixel(const SeriesInfo &s, qsizetype i) const
    {
        return {m_x.map(s.drawnX(i)), m_y.map(s.y(i))};
    }
    /// The data extent with reference lines and fixed limits applied, before padding.
    void dataExtent(double &x0, double &x1, double &y0, double &y1) const;
    /// Applies fixed limits over padded automatic ones.
    void applyLimits(double &x0, double &x1, double &y0, double &y1) const;
    virtual LegendEntry::Style legendStyle(const SeriesInfo &) const { return LegendEntry::Line; }
    std::vector<LegendEntry> legendEntries() const;

    void analyse() override;
    void layoutChart() override;
    QVariantMap hitTest(QPointF pos) const override;
    QVariantMap stepHover(const QVariantMap &current, int dx, int dy, bool page) const override;
    QString describe() const override;
    bool hasDrawableData() const override { return pointCount() > 0; }
    QByteArray csv() const override;
    double legendCost(const QRectF &rect) const override;
    double labelCost(const QRectF &rect) const override;
    /// Whether the points are drawn joined by lines, which a legend must not hide either.
    virtual bool joinsPoints() const { return false; }
    static bool segmentCrosses(QPointF a, QPointF b, const QRectF &r);

    QVariantMap hoverFor(int seriesIndex, qsizetype index) const;

    std::vector<SeriesInfo> m_info;
    double m_xPadding = 0.02; ///< share of the x span left free at each end

private:
    void setLimit(int which, qreal v);

    QStringList m_series;
    QVariantList m_referenceLinesValue;
    QVariantList m_xOffsets;
    QVariantList m_colors;
    qreal m_limits[4];
};

} // namespace paperlab::charts
