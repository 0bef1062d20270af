// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "chartitem.h"

#include <QStringList>
#include <QVariantList>

namespace paperlab::charts {

/// Box plots of samples, one box per category (QML: BoxPlot). The data is a grid: row i
/// holds the samples of category i (NaN cells are missing samples, so rows may differ in
/// length). Each box spans the quartiles (numpy's linear percentiles) with a line at the
/// median; whiskers reach the furthest sample within `whisker` × IQR of the box (Tukey's
/// rule, as matplotlib draws it); samples beyond are outliers, drawn when `showOutliers`.
class PAPERLAB_CHARTS_EXPORT BoxPlotItem : public ChartItem
{
    Q_OBJECT
    QML_ELEMENT
    /// Id of the grid to show; empty shows the first grid.
    Q_PROPERTY(QString grid READ grid WRITE setGrid NOTIFY gridChanged)
    /// One label per row (category) under its box; missing labels are the row numbers 1, 2, …
    Q_PROPERTY(QStringList categories READ categories WRITE setCategories NOTIFY categoriesChanged)
    Q_PROPERTY(bool showOutliers READ showOutliers WRITE setShowOutliers NOTIFY styleChanged)
    /// Whisker reach in interquartile ranges; 0 or less: from the minimum to the maximum.
    Q_PROPERTY(qreal whisker READ whisker WRITE setWhisker NOTIFY styleChanged)
    /// Fixed ends of the value axis; NaN (the default) fits the data and reference lines.
    Q_PROPERTY(qreal yMin READ yMin WRITE setYMin NOTIFY limitsChanged)
    Q_PROPERTY(qreal yMax READ yMax WRITE setYMax NOTIFY limitsChanged)
    /// [{value: 2.0, label: "separated"}]: labelled dashed horizontal lines across the plot.
    Q_PROPERTY(QVariantList referenceLines READ referenceLines WRITE setReferenceLines NOTIFY
                   referenceLinesChanged)
    /// Categories with at least one finite sample.
    Q_PROPERTY(int boxCount READ boxCount NOTIFY dataChanged)

public:
    explicit BoxPlotItem(QQuickItem *parent = nullptr);

    QString grid() const { return m_gridId; }
    void setGrid(const QString &id);
    QStringList categories() const { return m_categories; }
    void setCategories(const QStringList &labels);
    bool showOutliers() const { return m_showOutliers; }
    void setShowOutliers(bool show);
    qreal whisker() const { return m_whisker; }
    void setWhisker(qreal iqrs);
    qreal yMin() const { return m_yMin; }
    void setYMin(qreal v);
    qreal yMax() const { return m_yMax; }
    void setYMax(qreal v);
    QVariantList referenceLines() const { return m_referenceLinesValue; }
    void setReferenceLines(const QVariantList &lines);

    int boxCount() const;
    QVariantMap dataRange() const override;
    /// {valid, label, n, min, lowWhisker, q1, median, q3, highWhisker, max, outliers: [...]}
    /// of category `index` (valid false when it has no samples).
    Q_INVOKABLE QVariantMap boxAt(int index) const;

Q_SIGNALS:
    void gridChanged();
    void categoriesChanged();
    void styleChanged();
    void limitsChanged();
    void referenceLinesChanged();

protected:
    void analyse() override;
    void layoutChart() override;
    void buildScene(ChartScene &scene) const override;
    QVariantMap hitTest(QPointF pos) const override;
    QVariantMap stepHover(const QVariantMap &current, int dx, int dy, bool page) const override;
    QString describe() const override;
    bool hasDrawableData() const override { return boxCount() > 0; }
    QByteArray csv() const override;
    double legendCost(const QRectF &rect) const override;
    double labelCost(const QRectF &rect) const override;

private:
    struct Box {
        int n = 0; ///< finite samples
        double min = 0, lowWhisker = 0, q1 = 0, median = 0, q3 = 0, highWhisker = 0, max = 0;
        std::vector<double> outliers;
    };
    QString labelOf(int i) const;
    QVariantMap hoverFor(int i) const;
    void setLimit(qreal &limit, qreal v);

    QString m_gridId;
    QStringList m_categories;
    bool m_showOutliers = true;
    qreal m_whisker = 1.5;
    qreal m_yMin, m_yMax;
    QVariantList m_referenceLinesValue;

    std::shared_ptr<const paperlab::Grid> m_data;
    std::vector<Box> m_boxes; // one per grid row
};

} // namespace paperlab::charts
