// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "chartitem.h"

#include <QStringList>

namespace paperlab::charts {

/// Histograms from bin edges and heights (numpy semantics), or categorical bars when
/// `categories` are given (QML: BarPlot). The x axis may be logarithmic.
class PAPERLAB_CHARTS_EXPORT BarPlotItem : public ChartItem
{
    Q_OBJECT
    QML_ELEMENT
    /// Id of the bar set to show; empty shows the first.
    Q_PROPERTY(QString bars READ bars WRITE setBars NOTIFY barsChanged)
    Q_PROPERTY(bool logX READ logX WRITE setLogX NOTIFY logXChanged)
    /// Heights on a log axis (counts that span decades); bars then grow from the axis' lower
    /// end, a decade below the lowest bar, and bars of height <= 0 are skipped.
    Q_PROPERTY(bool logY READ logY WRITE setLogY NOTIFY logYChanged)
    /// One label per bar: draws separate bars labelled on the x axis. Static data given as
    /// {labels, heights} sets this implicitly.
    Q_PROPERTY(QStringList categories READ categories WRITE setCategories NOTIFY categoriesChanged)
    /// Bars that can be drawn (finite; on a log axis, with positive edges).
    Q_PROPERTY(int barCount READ barCount NOTIFY dataChanged)
    Q_PROPERTY(int skippedCount READ skippedCount NOTIFY dataChanged)

public:
    explicit BarPlotItem(QQuickItem *parent = nullptr);

    QString bars() const { return m_barsId; }
    void setBars(const QString &id);
    bool logX() const { return m_x.isLog(); }
    void setLogX(bool log);
    bool logY() const { return m_y.isLog(); }
    void setLogY(bool log);
    QStringList categories() const { return m_categories; }
    void setCategories(const QStringList &labels);

    int barCount() const { return m_valid; }
    int skippedCount() const { return m_count - m_valid; }
    QVariantMap dataRange() const override;

Q_SIGNALS:
    void barsChanged();
    void logXChanged();
    void logYChanged();
    void categoriesChanged();

protected:
    void analyse() override;
    void layoutChart() override;
    void buildScene(ChartScene &scene) const override;
    QVariantMap hitTest(QPointF pos) const override;
    QVariantMap stepHover(const QVariantMap &current, int dx, int dy, bool page) const override;
    QString describe() const override;
    bool hasDrawableData() const override { return m_valid > 0; }
    QByteArray csv() const override;

private:
    bool accepts(int i) const;
    QStringList effectiveCategories() const;
    QString nameOf(int i) const;
    QVariantMap hoverFor(int i) const;

    QString m_barsId;
    QStringList m_categories;
    std::shared_ptr<const paperlab::Bars> m_data;
    int m_count = 0, m_valid = 0, m_tallest = -1;
    double m_x0 = 0, m_x1 = 1, m_y0 = 0, m_y1 = 1;
};

} // namespace paperlab::charts
