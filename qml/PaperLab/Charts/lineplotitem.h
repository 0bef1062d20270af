// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "seriesplotitem.h"

namespace paperlab::charts {

/// Lines through each series (QML: LinePlot). Series longer than 4096 points are drawn
/// min/max-decimated per pixel column, which keeps every spike (architecture §7.3).
class PAPERLAB_CHARTS_EXPORT LinePlotItem : public SeriesPlotItem
{
    Q_OBJECT
    QML_ELEMENT
    /// Ids of series drawn dashed, e.g. theory curves next to measured ones.
    Q_PROPERTY(QStringList dashed READ dashed WRITE setDashed NOTIFY dashedChanged)

public:
    explicit LinePlotItem(QQuickItem *parent = nullptr);

    QStringList dashed() const { return m_dashed; }
    void setDashed(const QStringList &ids);

    /// The points drawn for the n-th shown series: decimated, in pixels, NaN x between runs.
    std::vector<QPointF> drawnPoints(int seriesIndex) const;

Q_SIGNALS:
    void dashedChanged();

protected:
    LegendEntry::Style legendStyle(const SeriesInfo &s) const override;
    void buildScene(ChartScene &scene) const override;
    bool joinsPoints() const override { return true; }

private:
    void appendDrawnPoints(const SeriesInfo &s, std::vector<QPointF> &out) const;

    QStringList m_dashed;
};

} // namespace paperlab::charts
