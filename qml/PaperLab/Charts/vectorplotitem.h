// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "seriesplotitem.h"

namespace paperlab::charts {

/// 2-D geometry with equal scales on both axes (QML: VectorPlot): arrows from the origin
/// to each point of the `arrows` series (feature directions), polylines for the other
/// series (trajectories, ending in a dot), and optionally the unit circle.
class PAPERLAB_CHARTS_EXPORT VectorPlotItem : public SeriesPlotItem
{
    Q_OBJECT
    QML_ELEMENT
    /// Ids of series whose points are drawn as arrows from the origin.
    Q_PROPERTY(QStringList arrows READ arrows WRITE setArrows NOTIFY arrowsChanged)
    Q_PROPERTY(bool unitCircle READ unitCircle WRITE setUnitCircle NOTIFY unitCircleChanged)

public:
    explicit VectorPlotItem(QQuickItem *parent = nullptr);

    QStringList arrows() const { return m_arrows; }
    void setArrows(const QStringList &ids);
    bool unitCircle() const { return m_unitCircle; }
    void setUnitCircle(bool on);

Q_SIGNALS:
    void arrowsChanged();
    void unitCircleChanged();

protected:
    void layoutChart() override;
    void buildScene(ChartScene &scene) const override;
    QString describe() const override;

private:
    bool isArrows(const SeriesInfo &s) const { return m_arrows.contains(s.series->id); }

    QStringList m_arrows;
    bool m_unitCircle = false;
};

} // namespace paperlab::charts
