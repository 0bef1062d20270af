// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "chartitem.h"

#include <QImage>
#include <QStringList>

namespace paperlab::charts {

/// A matrix as coloured cells (QML: Heatmap), row 0 at the top, with a colour bar. The
/// cells are one texture (one texel per cell), rebuilt only when the data or the colour
/// mapping changes; matrices up to 1024×1024 stay interactive.
class PAPERLAB_CHARTS_EXPORT HeatmapItem : public ChartItem
{
    Q_OBJECT
    QML_ELEMENT
    /// Id of the grid to show; empty shows the first grid.
    Q_PROPERTY(QString grid READ grid WRITE setGrid NOTIFY gridChanged)
    /// "viridis" (sequential) or "diverging" (blue-white-red, symmetric around 0).
    Q_PROPERTY(QString colormap READ colormap WRITE setColormap NOTIFY colormapChanged)
    /// Fixed ends of the colour range; NaN (the default) fits the data.
    Q_PROPERTY(qreal minValue READ minValue WRITE setMinValue NOTIFY rangeChanged)
    Q_PROPERTY(qreal maxValue READ maxValue WRITE setMaxValue NOTIFY rangeChanged)
    Q_PROPERTY(QStringList rowLabels READ rowLabels WRITE setRowLabels NOTIFY rowLabelsChanged)
    Q_PROPERTY(
        QStringList columnLabels READ columnLabels WRITE setColumnLabels NOTIFY columnLabelsChanged)
    /// Title of the colour bar.
    Q_PROPERTY(QString valueLabel READ valueLabel WRITE setValueLabel NOTIFY valueLabelChanged)
    /// Whether this heatmap draws its colour bar. Heatmaps side by side with one fixed range
    /// (minValue, maxValue) can share the last one's and give the others its width.
    Q_PROPERTY(bool colorBar READ colorBar WRITE setColorBar NOTIFY colorBarChanged)
    /// The width the colour bar, its ticks and its title take right of the plot (0 without
    /// one): what a neighbour without a bar is narrower by for an equal plot.
    Q_PROPERTY(qreal colorBarWidth READ colorBarWidth NOTIFY colorBarWidthChanged)
    Q_PROPERTY(int rows READ rows NOTIFY dataChanged)
    Q_PROPERTY(int columns READ columns NOTIFY dataChanged)
    /// The values mapped to the two ends of the colour bar: {min, max}.
    Q_PROPERTY(QVariantMap colorRange READ colorRange NOTIFY dataChanged)

public:
    explicit HeatmapItem(QQuickItem *parent = nullptr);

    QString grid() const { return m_gridId; }
    void setGrid(const QString &id);
    QString colormap() const;
    void setColormap(const QString &name);
    qreal minValue() const { return m_fixedMin; }
    void setMinValue(qreal v);
    qreal maxValue() const { return m_fixedMax; }
    void setMaxValue(qreal v);
    QStringList rowLabels() const { return m_rowLabels; }
    void setRowLabels(const QStringList &labels);
    QStringList columnLabels() const { return m_columnLabels; }
    void setColumnLabels(const QStringList &labels);
    QString valueLabel() const { return m_valueLabel; }
    void setValueLabel(const QString &label);
    bool colorBar() const { return m_colorBar; }
    void setColorBar(bool shown);
    qreal colorBarWidth() const { return m_colorBarWidth; }

    int rows() const { return m_data ? m_data->rows : 0; }
    int columns() const { return m_data ? m_data->cols : 0; }
    QVariantMap colorRange() const;
    /// {min, max} of the finite values.
    QVariantMap dataRange() const override;

    /// Item coordinates of the centre of a cell.
    Q_INVOKABLE QPointF cellCenter(int row, int column) const { return mapToPixel(column, row); }
    /// The value of a cell (NaN outside the matrix).
    Q_INVOKABLE qreal valueAt(int row, int column) const;

Q_SIGNALS:
    void gridChanged();
    void colormapChanged();
    void rangeChanged();
    void rowLabelsChanged();
    void columnLabelsChanged();
    void valueLabelChanged();
    void colorBarChanged();
    void colorBarWidthChanged();

protected:
    void analyse() override;
    void layoutChart() override;
    void buildScene(ChartScene &scene) const override;
    QVariantMap hitTest(QPointF pos) const override;
    QVariantMap stepHover(const QVariantMap &current, int dx, int dy, bool page) const override;
    QString describe() const override;
    bool hasDrawableData() const override { return m_data != nullptr; }
    QByteArray csv() const override;

private:
    QVariantMap hoverFor(int row, int column) const;
    void updateColorRange();
    const QImage &cellImage() const;

    QString m_gridId;
    bool m_diverging = false;
    qreal m_fixedMin, m_fixedMax;
    QStringList m_rowLabels, m_columnLabels;
    QString m_valueLabel;
    bool m_colorBar = true;
    qreal m_colorBarWidth = 0;

    std::shared_ptr<const paperlab::Grid> m_data;
    double m_dataMin = 0, m_dataMax = 0;
    int m_maxRow = -1, m_maxCol = -1;
    double m_lo = 0, m_hi = 1; // colour range
    AxisScale m_bar;
    QRectF m_barRect;
    std::vector<Tick> m_barTicks;

    // Built lazily by whichever thread draws first (never concurrently, see buildScene()).
    quint64 m_generation = 0; // bumped by analyse(): the image cache key
    mutable QImage m_image;
    mutable quint64 m_imageGeneration = 0;
    mutable double m_imageLo = 0, m_imageHi = 0;
    mutable bool m_imageDiverging = false;
};

} // namespace paperlab::charts
