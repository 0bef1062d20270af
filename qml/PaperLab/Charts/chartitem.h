// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "axisscale.h"
#include "chartscene.h"
#include "labelmodel.h"

#include <paperlab/paperlabchartsexport.h>
#include <paperlab/snapshot.h>

#include <QPointer>
#include <QQuickItem>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

#include <cmath>
#include <limits>

namespace paperlab::charts {

/// The common base of the chart items: data binding, layout, hover, keyboard and export.
///
/// Data comes from `source` (a paperlab::SimulationRunner: the item keeps the newest
/// SnapshotPtr and reads it while building the scene, without copying series on the GUI
/// thread) or, when there is no source, from `staticData` (converted once). Layout (axes,
/// ticks, labels) is computed on the GUI thread; the scene is built in updatePaintNode().
/// Texts are QML Text items (ChartOverlay.qml) placed from the `labels` model.
class PAPERLAB_CHARTS_EXPORT ChartItem : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ChartItem is the base of the chart types")
    Q_PROPERTY(QObject *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(QVariant staticData READ staticData WRITE setStaticData NOTIFY staticDataChanged)
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY titleChanged)
    Q_PROPERTY(QString xLabel READ xLabel WRITE setXLabel NOTIFY xLabelChanged)
    Q_PROPERTY(QString yLabel READ yLabel WRITE setYLabel NOTIFY yLabelChanged)
    Q_PROPERTY(
        bool legendVisible READ legendVisible WRITE setLegendVisible NOTIFY legendVisibleChanged)
    Q_PROPERTY(bool hasData READ hasData NOTIFY dataChanged)
    Q_PROPERTY(int dataRevision READ dataRevision NOTIFY dataChanged)
    Q_PROPERTY(QVariantMap dataRange READ dataRange NOTIFY dataChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY dataChanged)
    Q_PROPERTY(QVariantMap hover READ hover NOTIFY hoverChanged)
    Q_PROPERTY(QRectF plotArea READ plotArea NOTIFY layoutChanged)
    /// Where the legend is drawn (empty when there is none): inside the plot area in the
    /// corner that hides the least data, or below the plot when every corner hides some
    /// and the plot stays tall enough without that room.
    Q_PROPERTY(QRectF legendRect READ legendRect NOTIFY layoutChanged)
    Q_PROPERTY(LabelModel *labels READ labels CONSTANT)
    Q_PROPERTY(bool exporting READ isExporting NOTIFY exportingChanged)
    /// Charts with the same non-empty group share their axes: each fits the union of the
    /// group's data ranges (an A/B comparison's twin charts). Fixed limits still win.
    Q_PROPERTY(QString axisGroup READ axisGroup WRITE setAxisGroup NOTIFY axisGroupChanged)

public:
    explicit ChartItem(QQuickItem *parent = nullptr);
    ~ChartItem() override;

    QObject *source() const { return m_source; }
    void setSource(QObject *source);
    QVariant staticData() const { return m_staticData; }
    void setStaticData(const QVariant &data);
    QString title() const { return m_title; }
    void setTitle(const QString &title);
    QString axisGroup() const { return m_axisGroup; }
    void setAxisGroup(const QString &group);
    QString xLabel() const { return m_xLabel; }
    void setXLabel(const QString &label);
    QString yLabel() const { return m_yLabel; }
    void setYLabel(const QString &label);
    bool legendVisible() const { return m_legendVisible; }
    void setLegendVisible(bool visible);

    bool hasData() const { return m_snapshot != nullptr; }
    int dataRevision() const { return m_dataRevision; }
    /// Extent of the drawable data: {xMin, xMax, yMin, yMax} (Heatmap: {min, max}).
    virtual QVariantMap dataRange() const = 0;
    QString summary() const { return m_summary; }
    /// {valid, text, px, py, ...}: the point, cell or bar under the hover cursor.
    QVariantMap hover() const { return m_hover; }
    // The last layout, not ensureLayout(): these are read in QML bindings, and a layout
    // there would emit layoutChanged inside the binding that reads it (a binding loop).
    QRectF plotArea() const { return m_plot; }
    QRectF legendRect() const { return m_legend.box; }
    LabelModel *labels() const { return m_labels; }
    bool isExporting() const { return m_exporting; }

    /// Shows this snapshot (C++ only): for custom sources, benchmarks and tests.
    void setSnapshot(paperlab::SnapshotPtr snapshot);
    paperlab::SnapshotPtr snapshot() const { return m_snapshot; }

    /// Moves the hover cursor to the data nearest to (x, y) in item coordinates.
    Q_INVOKABLE bool hoverAt(qreal x, qreal y);
    Q_INVOKABLE void clearHover();
    /// Item coordinates of data coordinates (Heatmap: x = column, y = row), in the last
    /// layout: a binding that calls it reads plotArea too, to follow the next one.
    Q_INVOKABLE QPointF mapToPixel(qreal x, qreal y) const;

    /// Saves the chart as PNG at `scale`× its size. Grabs the rendered item when it is
    /// on an exposed window, otherwise (offscreen, hidden) paints it with QPainter. `print`:
    /// painted in the light theme at font scale 1 (for paper and slides), whatever the
    /// app's theme.
    Q_INVOKABLE bool exportPng(const QString &path, qreal scale = 2.0, bool print = false);
    /// Saves the chart as SVG, re-drawn from the data with QPainter.
    Q_INVOKABLE bool exportSvg(const QString &path);
    /// Saves the data shown as CSV with a header row (written atomically).
    Q_INVOKABLE bool exportCsv(const QString &path);

    /// "paper-view-chart.<format>": the window's export name (setExportName) and the title.
    Q_INVOKABLE QString suggestedFileName(const QString &format) const;
    /// Asks the user where to save an export (chartexport::saveDialog()); the chosen path,
    /// ending in ".<format>", or empty when cancelled.
    Q_INVOKABLE QString askExportPath(const QString &format);
    /// Names the charts of a view in their exports' suggested names ("rlvr-limits-tabular").
    static void setExportName(QQuickWindow *window, const QString &name);

    /// Paints the whole chart, texts included, at the item's size.
    void paint(QPainter *painter) const;

Q_SIGNALS:
    void axisGroupChanged();
    void sourceChanged();
    void staticDataChanged();
    void titleChanged();
    void xLabelChanged();
    void yLabelChanged();
    void legendVisibleChanged();
    void dataChanged();
    void hoverChanged();
    void layoutChanged();
    void exportingChanged();
    /// Right click, the Menu key or Shift+F10: the overlay opens its export menu here.
    void contextMenuRequested(qreal x, qreal y);

protected:
    /// The first of one of m_snapshot's lists, or null. Like find*(), it shares the
    /// snapshot's ownership, so a kept result cannot outlive the data it points to.
    template <typename T>
    std::shared_ptr<const T> firstOf(const std::vector<T> &items) const
    {
        return items.empty() ? nullptr : std::shared_ptr<const T>(m_snapshot, &items.front());
    }

    struct AxisSpec {
        QString title;
        std::vector<double> categoryValues; ///< ticks at these values with categoryLabels
        QStringList categoryLabels;
        double minStep = 0.0; ///< 1 for index axes
    };
    struct LegendEntry {
        enum Style { Line, Dashed, Marker, Box };
        QString label;
        QColor color;
        Style style = Line;
    };

    /// Scans the selected data (GUI thread) after the snapshot or the selection changed.
    virtual void analyse() = 0;
    /// Sets the axis ranges and calls layoutAxes() and layoutLegend().
    virtual void layoutChart() = 0;
    /// Emits the primitives. Runs on the render thread (GUI thread blocked) or, for
    /// exports, on the GUI thread; it reads only the snapshot and the layout.
    virtual void buildScene(ChartScene &scene) const = 0;
    virtual QVariantMap hitTest(QPointF pos) const = 0;
    /// The hover moved by (dx, dy) steps from `current` (an invalid map: start somewhere);
    /// (0, 0) re-reads the same point after the data changed.
    virtual QVariantMap stepHover(const QVariantMap &current, int dx, int dy, bool page) const = 0;
    virtual QString describe() const = 0;
    /// Whether anything would be drawn; otherwise the plot area says "No data".
    virtual bool hasDrawableData() const = 0;
    virtual QByteArray csv() const = 0;
    /// How much data a legend placed at `rect` would hide; the emptiest corner wins, and a
    /// legend that would hide anything goes below the plot instead, unless the plot would
    /// then be short (under 120 px or half the chart).
    virtual double legendCost(const QRectF &rect) const;
    /// How much data a reference line's label at `rect` would hide (legendCost() without the
    /// reference lines, which the label placement handles itself). Default: none.
    virtual double labelCost(const QRectF &rect) const;

    /// Data, selection or log scale changed: analyse, lay out, repaint.
    void refresh();
    /// Size, labels or theme changed: lay out and repaint before the next frame, once for
    /// however many changes come first (a chart being created and sized gets a dozen).
    void relayout();
    /// Lays out now if relayout() asked for it: for what acts on the layout between a change
    /// and the next frame (hit tests, keys, exports). Const for const readers; the layout is
    /// a cache of the chart's state.
    void ensureLayout() const;

    void layoutAxes(const AxisSpec &x, const AxisSpec &y, double rightReserve = 0.0);
    void layoutLegend(const std::vector<LegendEntry> &entries);
    /// Places a text; `text` is in MathText notation. A positive `maxWidth` wraps it.
    void addLabel(ChartLabel::Kind kind, const QString &text, QPointF anchor, int hAlign,
                  int vAlign, bool vertical = false, bool muted = false, double maxWidth = 0);
    /// The size addLabel()'s text will have on screen in `font`.
    static QSizeF labelSize(const QString &text, const QFont &font, double maxWidth = 0);
    void clearLabels() { m_pendingLabels.clear(); }

    /// A labelled dashed line across the plot: {axis: "x"|"y", value, label} in QML. With a
    /// finite `to` the range from value to `to` is shaded too, in `color` (a colour, e.g.
    /// Theme.seriesColor(2); default the muted text colour), made translucent.
    struct ReferenceLine {
        bool vertical = false; ///< axis "x": a vertical line at x = value
        double value = 0;
        QString label;
        double to = std::numeric_limits<double>::quiet_NaN(); ///< finite: a shaded band
        QColor color;
        bool isBand() const { return std::isfinite(to); }
    };
    /// The lines with a finite value; the others are left out.
    static std::vector<ReferenceLine> parseReferenceLines(const QVariantList &lines);
    /// Widens a data extent so that every line the axes accept is inside it.
    void includeReferenceLines(double &x0, double &x1, double &y0, double &y1) const;
    /// Widens a data extent to the other charts of the axis group (their dataRange()).
    void includeAxisGroup(double &x0, double &x1, double &y0, double &y1) const;
    /// Places the reference lines' labels (and notes where, for referenceLinesCost()).
    void layoutReferenceLabels();
    void buildReferenceLines(ChartScene &scene) const;
    /// How much of the reference lines and their labels a legend at `rect` would hide.
    double referenceLinesCost(const QRectF &rect) const;

    enum class GridLines { Both, Horizontal, None };
    void buildFrame(ChartScene &scene, GridLines lines = GridLines::Both) const;
    void buildLegend(ChartScene &scene) const;

    static QByteArray csvField(const QString &text);
    static QByteArray csvNumber(double v);

    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    void componentComplete() override;
    void itemChange(ItemChange change, const ItemChangeData &value) override;
    void updatePolish() override;
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;
    void hoverEnterEvent(QHoverEvent *event) override;
    void hoverMoveEvent(QHoverEvent *event) override;
    void hoverLeaveEvent(QHoverEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

    paperlab::SnapshotPtr m_snapshot;
    QStringList m_staticCategories; ///< bar labels that came with staticData
    AxisScale m_x, m_y;
    QRectF m_plot;
    std::vector<Tick> m_xTicks, m_yTicks;
    std::vector<ReferenceLine> m_referenceLines;
    QString m_axisGroup;
    std::vector<QRectF> m_referenceLabelRects; ///< where layoutReferenceLabels() put them

private:
    void layOut();
    void pullSnapshot();
    void setHover(const QVariantMap &hover);
    QImage grab(qreal scale);
    QImage render(qreal scale) const;
    QImage renderForPrint(qreal scale);

    QPointer<QObject> m_source;
    QVariant m_staticData;
    paperlab::SnapshotPtr m_staticSnapshot;
    QString m_title, m_xLabel, m_yLabel;
    bool m_legendVisible = true;
    int m_dataRevision = 0;
    QString m_summary;
    QVariantMap m_hover;
    LabelModel *m_labels;
    QList<ChartLabel> m_pendingLabels;
    bool m_exporting = false;
    bool m_layoutPending = false;
    bool m_drawWhenShown = false; ///< a change came while hidden

    struct Legend {
        QRectF box;
        std::vector<std::pair<QRectF, LegendEntry>> swatches;
    } m_legend;
    double m_legendBelow = 0;  ///< height kept free under the x-axis title for the legend
    double m_legendWanted = 0; ///< layoutLegend() asks for this much room below the plot

    ChartScene m_renderScene; // render thread only: reused so its buffers keep their capacity
};

} // namespace paperlab::charts
