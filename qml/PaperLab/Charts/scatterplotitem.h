// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "seriesplotitem.h"

namespace paperlab::charts {

/// Points, one colour per series (QML: ScatterPlot); a series is a group, e.g. the PCA
/// projection of one model's outputs.
class PAPERLAB_CHARTS_EXPORT ScatterPlotItem : public SeriesPlotItem
{
    Q_OBJECT
    QML_ELEMENT
    /// Marker radius in pixels.
    Q_PROPERTY(qreal pointSize READ pointSize WRITE setPointSize NOTIFY pointSizeChanged)

public:
    explicit ScatterPlotItem(QQuickItem *parent = nullptr);

    qreal pointSize() const { return m_pointSize; }
    void setPointSize(qreal radius);

Q_SIGNALS:
    void pointSizeChanged();

protected:
    LegendEntry::Style legendStyle(const SeriesInfo &) const override
    {
        return LegendEntry::Marker;
    }
    void buildScene(ChartScene &scene) const override;

private:
    qreal m_pointSize = 3.5;
};

} // namespace paperlab::charts
