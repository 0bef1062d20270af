// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "chartitem.h"

#include "chartexport.h"
#include "chartnode.h"
#include "charttheme.h"
#include "mathtext.h"
#include "staticdata.h"

#include <paperlab/logging.h>
#include <paperlab/savefile.h>
#include <paperlab/simulationrunner.h>

#include <QBuffer>
#include <QEventLoop>
#include <QFontMetricsF>
#include <QPainter>
#include <QQuickItemGrabResult>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QSvgGenerator>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <utility>

#include <QMultiHash>

namespace paperlab::charts {

namespace {

constexpr double kPad = 10;       // outer margin
constexpr double kTickLen = 5;    // major tick mark
constexpr double kTickGap = 4;    // between tick mark and label
constexpr double kLegendGap = 14; // between entries of a legend laid out in rows
constexpr int kHomeEnd = 1 << 28; // "as far as possible" step for Home and End
constexpr double kMinPlotBelowLegend = 120; // a legend moves below only if this much is left
constexpr const char *kExportNameProperty = "paperlabChartExportName";

QString localPath(const QString &path)
{
    return path.startsWith(QLatin1String("file:")) ? QUrl(path).toLocalFile() : path;
}

bool writeAtomically(const QString &path, const QByteArray &data)
{
    const QString error = paperlab::saveFileAtomically(localPath(path), data);
    if (!error.isEmpty())
        qCWarning(lcExport).noquote() << error;
    return error.isEmpty();
}

// One-pixel lines on pixel boundaries stay crisp instead of smearing over two pixels.
QRectF hLine(double y, double x0, double x1, double w = 1)
{
    return QRectF(x0, std::floor(y + 0.5 - w / 2), x1 - x0, w);
}

QRectF vLine(double x, double y0, double y1, double w = 1)
{
    return QRectF(std::floor(x + 0.5 - w / 2), y0, w, y1 - y0);
}

} // namespace

ChartItem::ChartItem(QQuickItem *parent)
    : QQuickItem(parent)
    , m_labels(new LabelModel(this))
{
    setFlag(ItemHasContents);
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(Qt::LeftButton | Qt::RightButton);
    setActiveFocusOnTab(true);
    connect(ChartTheme::instance(), &ChartTheme::changed, this, &ChartItem::relayout);
}

namespace {
// The charts of each axis group, on the GUI thread.
QMultiHash<QString, ChartItem *> &axisGroups()
{
    static QMultiHash<QString, ChartItem *> groups;
    return groups;
}
} // namespace

ChartItem::~ChartItem()
{
    // Out of its axis group, whose other charts fit their axes without it (not setAxisGroup:
    // this chart's own layout is virtual and its subclass is gone).
    if (!m_axisGroup.isEmpty()) {
        axisGroups().remove(m_axisGroup, this);
        for (ChartItem *peer : axisGroups().values(m_axisGroup))
            peer->relayout();
    }
    // The QML children (ChartOverlay's Repeater) watch m_labels, which ~QObject would delete
    // first, as the oldest child: a kiosk leaving a simulator step then crashed in the
    // Repeater's teardown. The QML children go before the model.
    const QObjectList kids = children();
    for (QObject *child : kids) {
        if (child != m_labels)
            delete child;
    }
}

void ChartItem::setSource(QObject *source)
{
    if (m_source == source)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    auto *runner = qobject_cast<paperlab::SimulationRunner *>(source);
    if (source && !runner)
        qCWarning(lcQml) << "chart source is not a SimulationRunner:" << source;
    m_source = runner;
    if (runner) {
        // Queued: the runner signals from its worker thread; latest() is then read here.
        connect(runner, &paperlab::SimulationRunner::snapshotReady, this, &ChartItem::pullSnapshot);
        connect(runner, &paperlab::SimulationRunner::stateChanged, this, &ChartItem::pullSnapshot);
        pullSnapshot();
    } else {
        setSnapshot(m_staticSnapshot);
    }
    Q_EMIT sourceChanged();
}

void ChartItem::pullSnapshot()
{
    if (auto *runner = qobject_cast<paperlab::SimulationRunner *>(m_source.data())) {
        paperlab::SnapshotPtr latest = runner->latest();
        if (latest && latest != m_snapshot)
            setSnapshot(std::move(latest));
    }
}

void ChartItem::setStaticData(const QVariant &data)
{
    m_staticData = data;
    StaticData converted = StaticData::fromVariant(data);
    m_staticSnapshot = std::move(converted.snapshot);
    m_staticCategories = converted.categories;
    if (!m_source)
        setSnapshot(m_staticSnapshot);
    Q_EMIT staticDataChanged();
}

void ChartItem::setSnapshot(paperlab::SnapshotPtr snapshot)
{
    m_snapshot = std::move(snapshot);
    refresh();
}

void ChartItem::setTitle(const QString &title)
{
    if (m_title == title)
        return;
    m_title = title;
    relayout();
    Q_EMIT titleChanged();
}

void ChartItem::setXLabel(const QString &label)
{
    if (m_xLabel == label)
        return;
    m_xLabel = label;
    relayout();
    Q_EMIT xLabelChanged();
}

void ChartItem::setYLabel(const QString &label)
{
    if (m_yLabel == label)
        return;
    m_yLabel = label;
    relayout();
    Q_EMIT yLabelChanged();
}

void ChartItem::setLegendVisible(bool visible)
{
    if (m_legendVisible == visible)
        return;
    m_legendVisible = visible;
    relayout();
    Q_EMIT legendVisibleChanged();
}

void ChartItem::componentComplete()
{
    QQuickItem::componentComplete();
    refresh();
}

void ChartItem::refresh()
{
    if (!isComponentComplete())
        return;
    analyse();
    layOut(); // at once, not at the next polish: describe() reads the axes the layout sets
    m_summary = describe();
    ++m_dataRevision;
    // The group's shared axes follow this chart's new range.
    if (!m_axisGroup.isEmpty()) {
        for (ChartItem *peer : axisGroups().values(m_axisGroup)) {
            if (peer != this)
                peer->relayout();
        }
    }
    Q_EMIT dataChanged();
}

void ChartItem::setAxisGroup(const QString &group)
{
    if (m_axisGroup == group)
        return;
    const QString old = m_axisGroup;
    if (!old.isEmpty())
        axisGroups().remove(old, this);
    m_axisGroup = group;
    if (!group.isEmpty())
        axisGroups().insert(group, this);
    // This chart's range leaves one group and joins another: both lay out again.
    for (const QString &g : {old, group}) {
        for (ChartItem *peer : axisGroups().values(g))
            peer->relayout();
    }
    relayout();
    Q_EMIT axisGroupChanged();
}

void ChartItem::includeAxisGroup(double &x0, double &x1, double &y0, double &y1) const
{
    if (m_axisGroup.isEmpty())
        return;
    for (ChartItem *peer : axisGroups().values(m_axisGroup)) {
        if (peer == this || !peer->hasData())
            continue;
        const QVariantMap r = peer->dataRange();
        auto widen = [&r](const char *key, double &end, bool low) {
            const double v = r.value(QLatin1String(key)).toDouble();
            if (std::isfinite(v))
                end = low ? std::min(end, v) : std::max(end, v);
        };
        widen("xMin", x0, true);
        widen("xMax", x1, false);
        widen("yMin", y0, true);
        widen("yMax", y1, false);
    }
}

void ChartItem::relayout()
{
    if (!isComponentComplete())
        return;
    m_layoutPending = true;
    polish();
}

void ChartItem::itemChange(ItemChange change, const ItemChangeData &value)
{
    QQuickItem::itemChange(change, value);
    const bool shown = change == ItemVisibleHasChanged && value.boolValue;
    if (shown && std::exchange(m_drawWhenShown, false))
        update();
}

void ChartItem::ensureLayout() const
{
    if (m_layoutPending)
        const_cast<ChartItem *>(this)->layOut();
}

void ChartItem::updatePolish()
{
    ensureLayout();
}

void ChartItem::layOut()
{
    m_layoutPending = false;
    const QRectF oldPlot = m_plot, oldLegend = m_legend.box;
    m_pendingLabels.clear();
    m_legend = {};
    m_legendBelow = m_legendWanted = 0;
    if (width() > 0 && height() > 0) {
        layoutChart();
        if (m_legendWanted > 0) {
            // Every corner of the plot holds data: lay out again with the legend below it.
            m_pendingLabels.clear();
            m_legend = {};
            m_legendBelow = m_legendWanted;
            layoutChart();
        }
        if (!hasDrawableData())
            addLabel(ChartLabel::AxisTitle, tr("No data"), m_plot.center(), 0, 0, false, true);
    }
    m_labels->setLabels(m_pendingLabels);
    if (m_hover.value(QStringLiteral("valid")).toBool())
        setHover(stepHover(m_hover, 0, 0, false));
    if (m_plot != oldPlot || m_legend.box != oldLegend)
        Q_EMIT layoutChanged();
    update();
}

void ChartItem::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        relayout();
}

void ChartItem::layoutAxes(const AxisSpec &xs, const AxisSpec &ys, double rightReserve)
{
    const ChartTheme *theme = ChartTheme::instance();
    const QFontMetricsF tick(theme->font());
    const double w = width(), h = height(), th = tick.height();
    // Titles wrap rather than run into the next chart; the margins keep room for every line.
    const double wide = std::max(1.0, w - 2 * kPad), tall = std::max(1.0, h - 2 * kPad);
    const QSizeF titleSize = labelSize(m_title, theme->titleFont(), wide);
    const QSizeF xTitleSize = labelSize(xs.title, theme->labelFont(), wide);
    const QSizeF yTitleSize = labelSize(ys.title, theme->labelFont(), tall);
    const double yTitle = ys.title.isEmpty() ? 0 : yTitleSize.height() + 6;
    const double xTitle = xs.title.isEmpty() ? 0 : xTitleSize.height() + 4;

    const double top = kPad + (m_title.isEmpty() ? th / 2 : titleSize.height() + 8);
    double left =
        kPad + yTitle + tick.horizontalAdvance(QStringLiteral("0.00")) + kTickLen + kTickGap;
    double bottom = kPad + kTickLen + kTickGap + th + xTitle + m_legendBelow;
    double right = kPad + rightReserve;
    bool xVertical = false;
    double xWrap = 0; // category labels wrap to this width (0: one line)
    // A label's length along its axis; neighbours keep a gap, wider between numbers.
    const auto across = [th](const Tick &) { return th; };
    const auto along = [&](const Tick &t) {
        if (xVertical)
            return labelSize(t.label, theme->font(), xWrap).height();
        return xWrap > 0 ? labelSize(t.label, theme->font(), xWrap).width()
                         : tick.horizontalAdvance(t.label);
    };
    const double yGap = ys.categoryValues.empty() ? th * 0.3 : th * 0.1;
    auto xGap = [&] { return xVertical ? th * 0.1 : xWrap > 0 ? 4.0 : 10.0; };

    // Tick labels decide the margins and the margins decide the ticks; this settles in
    // two or three rounds.
    for (int round = 0; round < 3; ++round) {
        m_plot =
            QRectF(left, top, std::max(1.0, w - left - right), std::max(1.0, h - top - bottom));
        m_x.setPixels(m_plot.left(), m_plot.right());
        m_y.setPixels(m_plot.bottom(), m_plot.top());

        if (ys.categoryValues.empty()) {
            // A lone "0" does not tell the scale: ask for finer steps until two labels show.
            for (int target = std::max(2, int(m_plot.height() / (th * 2.6)));; ++target) {
                m_yTicks = m_y.ticks(target, ys.minStep);
                const auto shown = std::count_if(m_yTicks.begin(), m_yTicks.end(),
                                                 [](const Tick &t) { return !t.label.isEmpty(); });
                if (shown >= 2 || target >= 6)
                    break;
            }
        } else {
            m_yTicks = m_y.labelledTicks(ys.categoryValues, ys.categoryLabels);
        }
        thinTickLabels(m_yTicks, across, yGap);
        double yWidth = 0;
        for (const Tick &t : m_yTicks)
            yWidth = std::max(yWidth, tick.horizontalAdvance(t.label));

        double xExtent = th; // height of the x tick label row
        xVertical = false;
        xWrap = 0;
        if (xs.categoryValues.empty()) {
            // Fewer ticks before fewer labels: a coarser step reads better than gaps.
            for (int target = std::max(2, int(m_plot.width() / 80));; --target) {
                m_xTicks = m_x.ticks(target, xs.minStep);
                if (!labelsCollide(m_xTicks, along, xGap()) || target <= 2)
                    break;
            }
        } else {
            m_xTicks = m_x.labelledTicks(xs.categoryValues, xs.categoryLabels);
            double widest = 0, longestWord = 0;
            for (const Tick &t : m_xTicks) {
                widest = std::max(widest, tick.horizontalAdvance(t.label));
                for (const QString &word : t.label.split(QLatin1Char(' ')))
                    longestWord = std::max(longestWord, labelSize(word, theme->font()).width());
            }
            const double spacing = m_plot.width() / std::max<size_t>(1, m_xTicks.size());
            if (widest + 8 > spacing) {
                // Wrapped under their bar the labels read better than turned on end, as
                // long as every word fits and a few lines do.
                const double wrap = spacing - 8;
                double tallest = 0;
                for (const Tick &t : m_xTicks)
                    tallest = std::max(tallest, labelSize(t.label, theme->font(), wrap).height());
                if (longestWord <= wrap && tallest <= 3 * th + 1) {
                    xWrap = wrap;
                    xExtent = tallest;
                } else {
                    // Turned on end; labels longer than a third of the chart wrap there.
                    xVertical = true;
                    xWrap = widest > h / 3 ? h / 3 : 0;
                    xExtent = std::min(widest, h / 3);
                }
            }
        }
        thinTickLabels(m_xTicks, along, xGap());

        left = kPad + yTitle + yWidth + kTickLen + kTickGap;
        bottom = kPad + kTickLen + kTickGap + xExtent + xTitle + m_legendBelow;
        right = kPad + rightReserve;
        if (!xVertical && xWrap <= 0) { // the last label may stick out past the plot's right
            for (auto it = m_xTicks.rbegin(); it != m_xTicks.rend(); ++it) {
                if (it->label.isEmpty())
                    continue;
                const double overhang =
                    tick.horizontalAdvance(it->label) / 2 - (m_plot.right() - it->pos);
                right = std::max(right, kPad + overhang);
                break;
            }
        }
    }
    m_plot = QRectF(left, top, std::max(1.0, w - left - right), std::max(1.0, h - top - bottom));
    m_x.setPixels(m_plot.left(), m_plot.right());
    m_y.setPixels(m_plot.bottom(), m_plot.top());
    for (Tick &t : m_xTicks)
        t.pos = m_x.map(t.value);
    for (Tick &t : m_yTicks)
        t.pos = m_y.map(t.value);
    // The last round's margins moved the ticks a little.
    thinTickLabels(m_yTicks, across, yGap);
    thinTickLabels(m_xTicks, along, xGap());

    for (const Tick &t : m_yTicks) {
        if (!t.label.isEmpty())
            addLabel(ChartLabel::Tick, t.label, {m_plot.left() - kTickLen - kTickGap, t.pos}, 1,
                     0);
    }
    for (const Tick &t : m_xTicks) {
        if (t.label.isEmpty())
            continue;
        // Only labels longer than the wrap width wrap: the others stay against the axis.
        const bool wraps = xWrap > 0 && (!xVertical || tick.horizontalAdvance(t.label) > xWrap);
        addLabel(ChartLabel::Tick, t.label, {t.pos, m_plot.bottom() + kTickLen + kTickGap}, 0,
                 -1, xVertical, false, wraps ? xWrap : 0);
    }
    // Centred on the plot area where the text fits, shifted inwards where it does not.
    auto centred = [](double centre, double extent, double lo, double hi) {
        return std::clamp(centre, lo + extent / 2, std::max(lo + extent / 2, hi - extent / 2));
    };
    if (!xs.title.isEmpty())
        addLabel(ChartLabel::AxisTitle, xs.title,
                 {centred(m_plot.center().x(), xTitleSize.width(), kPad, w - kPad),
                  h - kPad - m_legendBelow},
                 0, 1, false, false, wide);
    if (!ys.title.isEmpty())
        addLabel(ChartLabel::AxisTitle, ys.title,
                 {kPad, centred(m_plot.center().y(), yTitleSize.width(), kPad, h - kPad)}, -1, 0,
                 true, false, tall);
    if (!m_title.isEmpty())
        addLabel(ChartLabel::Title, m_title,
                 {centred(m_plot.center().x(), titleSize.width(), kPad, w - kPad), kPad}, 0, -1,
                 false, false, wide);
}

void ChartItem::addLabel(ChartLabel::Kind kind, const QString &text, QPointF anchor, int hAlign,
                         int vAlign, bool vertical, bool muted, double maxWidth)
{
    const bool rich = MathText::hasMarkup(text);
    m_pendingLabels.append({rich ? MathText::toHtml(text) : text, anchor, hAlign, vAlign,
                            vertical, kind, muted, rich, maxWidth});
}

QSizeF ChartItem::labelSize(const QString &text, const QFont &font, double maxWidth)
{
    if (text.isEmpty())
        return {};
    const bool rich = MathText::hasMarkup(text);
    return MathText::size(rich ? MathText::toHtml(text) : text, rich, font, maxWidth);
}

std::vector<ChartItem::ReferenceLine> ChartItem::parseReferenceLines(const QVariantList &lines)
{
    std::vector<ReferenceLine> out;
    for (const QVariant &v : lines) {
        const QVariantMap m = v.toMap();
        bool ok = false;
        const double value = m.value(QStringLiteral("value")).toDouble(&ok);
        if (!ok || !std::isfinite(value))
            continue;
        ReferenceLine line;
        line.vertical = m.value(QStringLiteral("axis")).toString() == QLatin1String("x");
        line.value = value;
        line.label = m.value(QStringLiteral("label")).toString();
        const double to = m.value(QStringLiteral("to")).toDouble(&ok);
        if (ok && std::isfinite(to) && to != value)
            line.to = to;
        line.color = m.value(QStringLiteral("color")).value<QColor>();
        out.push_back(std::move(line));
    }
    return out;
}

void ChartItem::includeReferenceLines(double &x0, double &x1, double &y0, double &y1) const
{
    for (const ReferenceLine &r : m_referenceLines) {
        for (const double v : {r.value, r.to}) {
            if (r.vertical && m_x.accepts(v)) {
                x0 = std::min(x0, v);
                x1 = std::max(x1, v);
            } else if (!r.vertical && m_y.accepts(v)) {
                y0 = std::min(y0, v);
                y1 = std::max(y1, v);
            }
        }
    }
}

void ChartItem::layoutReferenceLabels()
{
    m_referenceLabelRects.clear();
    const QFont font = ChartTheme::instance()->font();
    // Labels side by side with only a line between them read as one ("48√d < d | √d/10 >
    // log₂ d"): keep a gap of half a line's height.
    auto taken = [this](const QRectF &box) {
        const double gap = box.height() / 2;
        const QRectF spaced = box.adjusted(-gap, 0, gap, 0);
        return std::any_of(m_referenceLabelRects.begin(), m_referenceLabelRects.end(),
                           [&spaced](const QRectF &r) { return r.intersects(spaced); });
    };
    // Labels of nearby lines (λ₋ and λ₊ around a narrow bulk) step aside, down beside a
    // vertical line and below or left along a horizontal one, instead of printing over each
    // other or over the data (labelCost()).
    for (const ReferenceLine &r : m_referenceLines) {
        if (r.label.isEmpty())
            continue;
        const QSizeF size = labelSize(r.label, font);
        QRectF box;
        if (r.vertical && m_x.accepts(r.value)) {
            const double px = m_x.map(r.value);
            if (px < m_plot.left() || px > m_plot.right())
                continue;
            box = QRectF(QPointF(px + 4, m_plot.top() + 2), size);
            // A step a little over the measured height: Text rounds its line height up.
            while (taken(box) && box.bottom() + size.height() + 2 <= m_plot.bottom())
                box.translate(0, size.height() + 2);
            addLabel(ChartLabel::Tick, r.label, box.topLeft(), -1, -1, false, true);
        } else if (!r.vertical && m_y.accepts(r.value)) {
            const double py = m_y.map(r.value);
            if (py < m_plot.top() || py > m_plot.bottom())
                continue;
            // Above the line at the right end unless that hides data or another label: then
            // the first free place below it, or further left, else the least covered one.
            double best = std::numeric_limits<double>::infinity();
            for (double right = m_plot.right() - 4; right - size.width() >= m_plot.left();
                 right -= size.width() + 8) {
                for (const double top : {py - 2 - size.height(), py + 2}) {
                    const QRectF candidate(QPointF(right - size.width(), top), size);
                    if (candidate.top() < m_plot.top() || candidate.bottom() > m_plot.bottom())
                        continue;
                    const double cost = taken(candidate) ? 1e9 : labelCost(candidate);
                    if (cost < best) {
                        best = cost;
                        box = candidate;
                    }
                }
                if (best == 0)
                    break;
            }
            if (box.isNull())
                box = QRectF(QPointF(m_plot.right() - 4 - size.width(), py - 2 - size.height()),
                             size);
            addLabel(ChartLabel::Tick, r.label, box.bottomRight(), 1, 1, false, true);
        } else {
            continue;
        }
        m_referenceLabelRects.push_back(box);
    }
}

void ChartItem::buildReferenceLines(ChartScene &scene) const
{
    const QColor color = ChartTheme::instance()->mutedText();
    for (const ReferenceLine &r : m_referenceLines) {
        // Bands go under the data (rects come before lines in a layer); the Data layer's
        // clip keeps a band that runs past the axis range inside the plot.
        const AxisScale &axis = r.vertical ? m_x : m_y;
        if (r.isBand() && axis.accepts(r.value) && axis.accepts(r.to)) {
            QColor fill = r.color.isValid() ? r.color : color;
            fill.setAlphaF(0.14f);
            const double a = axis.map(r.value), b = axis.map(r.to);
            const QRectF band = r.vertical
                ? QRectF(QPointF(std::min(a, b), m_plot.top()),
                         QPointF(std::max(a, b), m_plot.bottom()))
                : QRectF(QPointF(m_plot.left(), std::min(a, b)),
                         QPointF(m_plot.right(), std::max(a, b)));
            scene[ChartScene::Data].rects.push_back({band.intersected(m_plot), fill});
        }
        ChartScene::Line line{{}, color, 1.25f, true};
        if (r.vertical && m_x.accepts(r.value)) {
            const double px = m_x.map(r.value);
            line.points = {QPointF(px, m_plot.top()), QPointF(px, m_plot.bottom())};
        } else if (!r.vertical && m_y.accepts(r.value)) {
            const double py = m_y.map(r.value);
            line.points = {QPointF(m_plot.left(), py), QPointF(m_plot.right(), py)};
        } else {
            continue;
        }
        scene[ChartScene::Data].lines.push_back(std::move(line));
    }
    // A label can only step down beside its line, so another line a few pixels to its right
    // (two thresholds close together, or a band's edge) would strike through its text: such a
    // label gets a backdrop. Only such a one: over data, a backdrop would hide it.
    QColor backdrop = ChartTheme::instance()->surface();
    backdrop.setAlphaF(0.85f);
    auto crosses = [this](const ReferenceLine &r, double v, const QRectF &label) {
        const AxisScale &axis = r.vertical ? m_x : m_y;
        if (!axis.accepts(v))
            return false;
        const double p = axis.map(v);
        return r.vertical ? p > label.left() && p < label.right()
                          : p > label.top() && p < label.bottom();
    };
    for (const QRectF &label : m_referenceLabelRects) {
        const bool struck = std::any_of(
            m_referenceLines.begin(), m_referenceLines.end(), [&](const ReferenceLine &r) {
                return crosses(r, r.value, label) || (r.isBand() && crosses(r, r.to, label));
            });
        if (struck)
            scene[ChartScene::Overlay].rects.push_back({label.adjusted(-2, 0, 2, 0), backdrop});
    }
}

double ChartItem::referenceLinesCost(const QRectF &rect) const
{
    double cost = 0;
    const QRectF r = rect.adjusted(-4, -4, 4, 4);
    for (const ReferenceLine &line : m_referenceLines) {
        const AxisScale &axis = line.vertical ? m_x : m_y;
        if (!axis.accepts(line.value))
            continue;
        const double at = axis.map(line.value);
        const QRectF mark = line.vertical ? QRectF(at - 2, m_plot.top(), 4, m_plot.height())
                                          : QRectF(m_plot.left(), at - 2, m_plot.width(), 4);
        cost += mark.intersects(r) ? 10 : 0;
    }
    for (const QRectF &label : m_referenceLabelRects)
        cost += label.adjusted(-4, -2, 4, 2).intersects(r) ? 10 : 0;
    return cost;
}

double ChartItem::labelCost(const QRectF &) const
{
    return 0;
}

double ChartItem::legendCost(const QRectF &) const
{
    return 0;
}

void ChartItem::layoutLegend(const std::vector<LegendEntry> &entries)
{
    m_legend = {};
    if (!m_legendVisible || entries.size() < 2)
        return;
    const QFont font = ChartTheme::instance()->font();
    const double swatchW = 22, pad = 8;
    double rowH = QFontMetricsF(font).height() + 4;
    // An entry wider than the chart wraps within it: in narrow panels a long entry below
    // the plot ran into the next chart.
    const double textMax = std::max(40.0, width() - 2 * kPad - 2 * pad - swatchW - 6);
    std::vector<double> itemW, wrapW; // swatch and text; the text's wrap width (0: none)
    for (const LegendEntry &e : entries) {
        QSizeF text = labelSize(e.label, font);
        wrapW.push_back(text.width() > textMax ? textMax : 0);
        if (wrapW.back() > 0)
            text = labelSize(e.label, font, textMax);
        rowH = std::max(rowH, text.height() + 2);
        itemW.push_back(swatchW + 6 + text.width());
    }

    // Entries in rows no wider than `maxWidth` (0: one entry a row), and the box's size
    // with `vPad` above and below the rows.
    auto flowLayout = [&](double maxWidth, double vPad, std::vector<QPointF> &offsets) {
        offsets.clear();
        double x = 0, y = 0, flowW = 0;
        for (double iw : itemW) {
            if (x > 0 && x + iw > maxWidth) {
                x = 0;
                y += rowH;
            }
            offsets.emplace_back(x, y);
            flowW = std::max(flowW, x + iw);
            x += iw + kLegendGap;
        }
        return QSizeF(flowW + 2 * pad, y + rowH + 2 * vPad);
    };

    // Below the plot: entries in rows across the chart's width.
    std::vector<QPointF> flow, offsets;
    double vPad = pad - 2;
    const QSizeF flowSize = flowLayout(std::max(1.0, width() - 2 * kPad - 2 * pad), vPad, flow);
    if (m_legendBelow > 0) {
        const double left = std::clamp(m_plot.center().x() - flowSize.width() / 2, kPad,
                                       std::max(kPad, width() - kPad - flowSize.width()));
        m_legend.box = QRectF(QPointF(left, height() - kPad - flowSize.height()), flowSize);
        offsets = flow;
    } else {
        // Inside the plot: a column of entries in a corner or, where a column is too tall
        // (short plots), the entries in compact rows; the shape and corner that hide least
        // win.
        const QRectF inner = m_plot.adjusted(8, 8, -8, -8);
        double best = std::numeric_limits<double>::infinity();
        const std::pair<double, double> shapes[] = {{0.0, pad - 2},
                                                    {m_plot.width() * 0.7 - 2 * pad, 2.0}};
        for (const auto &[rowsWidth, shapePad] : shapes) {
            std::vector<QPointF> shapeOffsets;
            const QSizeF size = flowLayout(rowsWidth, shapePad, shapeOffsets);
            if (size.width() > m_plot.width() * 0.7 || size.height() > m_plot.height() - 8)
                continue;
            const double right = inner.right() - size.width();
            const double bottom = inner.bottom() - size.height();
            const QPointF corners[] = {{right, inner.top()},
                                       {inner.left(), inner.top()},
                                       {right, bottom},
                                       {inner.left(), bottom}};
            for (const QPointF &c : corners) {
                const QRectF r(c, size);
                const double cost = legendCost(r);
                if (cost < best) {
                    best = cost;
                    m_legend.box = r;
                    offsets = shapeOffsets;
                    vPad = shapePad;
                }
            }
        }
        // Below, the legend costs the plot its height; a short plot keeps the legend in its
        // least busy corner instead, unless no corner has room for it.
        const double below = flowSize.height() + 6;
        const double plotLeft = m_plot.height() - below;
        // With no corner at all, a legend below may take more of the chart: without it the
        // series cannot be told apart.
        const bool roomBelow = below <= height() * (std::isinf(best) ? 0.45 : 0.3)
            && (std::isinf(best) || plotLeft >= std::max(kMinPlotBelowLegend, height() / 2));
        if (best > 0 && roomBelow) {
            m_legend = {};
            m_legendWanted = below; // relayout() places it below
            return;
        }
        if (std::isinf(best))
            return;
    }
    const QPointF origin = m_legend.box.topLeft() + QPointF(pad, vPad);
    for (size_t i = 0; i < entries.size(); ++i) {
        const QRectF swatch(origin + offsets[i], QSizeF(swatchW, rowH));
        m_legend.swatches.emplace_back(swatch, entries[i]);
        addLabel(ChartLabel::Legend, entries[i].label, {swatch.right() + 6, swatch.center().y()},
                 -1, 0, false, false, wrapW[i]);
    }
}

void ChartItem::buildFrame(ChartScene &scene, GridLines lines) const
{
    const ChartTheme *theme = ChartTheme::instance();
    scene[ChartScene::Background].rects.push_back(
        {QRectF(QPointF(0, 0), scene.size), theme->surface()});
    auto &grid = scene[ChartScene::Grid].rects;
    auto &over = scene[ChartScene::Overlay].rects;
    const QColor axis = theme->axis();
    for (const Tick &t : m_xTicks) {
        if (t.pos < m_plot.left() - 0.5 || t.pos > m_plot.right() + 0.5)
            continue;
        if (t.major && lines == GridLines::Both)
            grid.push_back({vLine(t.pos, m_plot.top(), m_plot.bottom()), theme->grid()});
        over.push_back(
            {vLine(t.pos, m_plot.bottom(), m_plot.bottom() + (t.major ? kTickLen : kTickLen * 0.6)),
             axis});
    }
    for (const Tick &t : m_yTicks) {
        if (t.pos < m_plot.top() - 0.5 || t.pos > m_plot.bottom() + 0.5)
            continue;
        if (t.major && lines != GridLines::None)
            grid.push_back({hLine(t.pos, m_plot.left(), m_plot.right()), theme->grid()});
        over.push_back(
            {hLine(t.pos, m_plot.left() - (t.major ? kTickLen : kTickLen * 0.6), m_plot.left()),
             axis});
    }
    over.push_back({vLine(m_plot.left(), m_plot.top(), m_plot.bottom() + 0.5), axis});
    over.push_back({hLine(m_plot.bottom(), m_plot.left() - 0.5, m_plot.right()), axis});
}

void ChartItem::buildLegend(ChartScene &scene) const
{
    if (m_legend.swatches.empty())
        return;
    const ChartTheme *theme = ChartTheme::instance();
    auto &layer = scene[ChartScene::Overlay];
    QColor fill = theme->surface();
    fill.setAlphaF(0.92f);
    const QRectF b = m_legend.box;
    layer.rects.push_back({b, fill});
    layer.rects.push_back({hLine(b.top(), b.left(), b.right()), theme->grid()});
    layer.rects.push_back({hLine(b.bottom(), b.left(), b.right()), theme->grid()});
    layer.rects.push_back({vLine(b.left(), b.top(), b.bottom()), theme->grid()});
    layer.rects.push_back({vLine(b.right(), b.top(), b.bottom()), theme->grid()});
    const float width = float(theme->lineWidth());
    for (const auto &[r, e] : m_legend.swatches) {
        const double cy = r.center().y();
        switch (e.style) {
        case LegendEntry::Line:
        case LegendEntry::Dashed: {
            ChartScene::Line line{{QPointF(r.left(), cy), QPointF(r.right(), cy)}, e.color, width};
            line.dashed = e.style == LegendEntry::Dashed;
            layer.lines.push_back(std::move(line));
            break;
        }
        case LegendEntry::Marker:
            layer.markers.push_back({{QPointF(r.center().x(), cy)}, 4.0f, e.color, QColor()});
            break;
        case LegendEntry::Box:
            layer.rects.push_back({QRectF(r.left() + 3, cy - 5, r.width() - 6, 10), e.color});
            break;
        }
    }
}

QSGNode *ChartItem::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    if (width() <= 0 || height() <= 0) {
        delete old;
        return nullptr;
    }
    // A hidden chart (another tab of a view) is drawn when it is shown again: drawn with
    // every snapshot, rlvr-limits' seven charts on its two hidden tabs cost about 30 ms a
    // frame under Qt Quick's software renderer, which paints each chart whole.
    if (old && !isVisible()) {
        m_drawWhenShown = true;
        return old;
    }
    auto *node = old ? static_cast<ChartNode *>(old) : new ChartNode;
    m_renderScene.clear();
    m_renderScene.size = size();
    m_renderScene.clip = m_plot;
    buildScene(m_renderScene);
    node->sync(m_renderScene, window());
    return node;
}

void ChartItem::paint(QPainter *painter) const
{
    ensureLayout();
    ChartScene scene;
    scene.size = size();
    scene.clip = m_plot;
    buildScene(scene);
    scene.paint(painter, &m_labels->labels(), ChartTheme::instance());
}

void ChartItem::setHover(const QVariantMap &hover)
{
    if (hover == m_hover)
        return;
    m_hover = hover;
    Q_EMIT hoverChanged();
}

bool ChartItem::hoverAt(qreal x, qreal y)
{
    ensureLayout();
    setHover(hitTest(QPointF(x, y)));
    return m_hover.value(QStringLiteral("valid")).toBool();
}

void ChartItem::clearHover()
{
    setHover({});
}

QPointF ChartItem::mapToPixel(qreal x, qreal y) const
{
    return {m_x.map(x), m_y.map(y)};
}

void ChartItem::hoverEnterEvent(QHoverEvent *event)
{
    hoverAt(event->position().x(), event->position().y());
}

void ChartItem::hoverMoveEvent(QHoverEvent *event)
{
    hoverAt(event->position().x(), event->position().y());
}

void ChartItem::hoverLeaveEvent(QHoverEvent *)
{
    clearHover();
}

void ChartItem::mousePressEvent(QMouseEvent *event)
{
    const QPointF p = event->position();
    if (event->button() == Qt::RightButton) {
        Q_EMIT contextMenuRequested(p.x(), p.y());
    } else {
        forceActiveFocus(Qt::MouseFocusReason);
        hoverAt(p.x(), p.y());
    }
    event->accept();
}

void ChartItem::keyPressEvent(QKeyEvent *event)
{
    ensureLayout();
    const bool page = event->modifiers() & Qt::ShiftModifier;
    int dx = 0, dy = 0;
    switch (event->key()) {
    case Qt::Key_Left: dx = -1; break;
    case Qt::Key_Right: dx = 1; break;
    case Qt::Key_Up: dy = -1; break;
    case Qt::Key_Down: dy = 1; break;
    case Qt::Key_PageUp: dx = -10; break;
    case Qt::Key_PageDown: dx = 10; break;
    case Qt::Key_Home: dx = -kHomeEnd; break;
    case Qt::Key_End: dx = kHomeEnd; break;
    case Qt::Key_Escape:
        if (!m_hover.value(QStringLiteral("valid")).toBool()) {
            event->ignore();
            return;
        }
        clearHover();
        return;
    case Qt::Key_Menu:
    case Qt::Key_F10:
        if (event->key() == Qt::Key_F10 && !page) {
            event->ignore();
            return;
        }
        if (m_hover.value(QStringLiteral("valid")).toBool())
            Q_EMIT contextMenuRequested(m_hover.value(QStringLiteral("px")).toReal(),
                                        m_hover.value(QStringLiteral("py")).toReal());
        else
            Q_EMIT contextMenuRequested(width() / 2, height() / 2);
        return;
    default: event->ignore(); return;
    }
    setHover(stepHover(m_hover, dx, dy, page && (dx == 1 || dx == -1)));
}

QImage ChartItem::grab(qreal scale)
{
    QQuickWindow *w = window();
    if (!w || !w->isExposed() || !isVisible() || width() <= 0 || height() <= 0)
        return {};
    // The software renderer shows a 1× QPainter image; painting afresh at N× is sharper.
    if (w->rendererInterface()->graphicsApi() == QSGRendererInterface::Software)
        return {};
    const QSize target(qRound(width() * scale), qRound(height() * scale));
    m_exporting = true; // hides the focus ring and hover read-out in the grabbed frame
    Q_EMIT exportingChanged();
    QImage image;
    if (QSharedPointer<QQuickItemGrabResult> result = grabToImage(target)) {
        // grabToImage() delivers on a later frame; wait for it so callers get a result.
        QEventLoop loop;
        connect(result.data(), &QQuickItemGrabResult::ready, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
        image = result->image();
    }
    m_exporting = false;
    Q_EMIT exportingChanged();
    return image.size() == target ? image : QImage();
}

QImage ChartItem::render(qreal scale) const
{
    QImage image(QSize(qRound(width() * scale), qRound(height() * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.fill(ChartTheme::instance()->surface());
    QPainter p(&image);
    p.scale(scale, scale);
    paint(&p);
    return image;
}

QImage ChartItem::renderForPrint(qreal scale)
{
    // Every chart follows the shared theme; it is light only while this one paints, and
    // nothing reaches the screen in between.
    ChartTheme *theme = ChartTheme::instance();
    const QVariantMap current = theme->values();
    theme->apply(ChartTheme::lightValues());
    QImage image = render(scale);
    theme->apply(current);
    return image;
}

bool ChartItem::exportPng(const QString &path, qreal scale, bool print)
{
    if (width() <= 0 || height() <= 0 || !(scale > 0))
        return false;
    scale = std::clamp(scale, 0.25, 8.0);
    QImage image = print ? renderForPrint(scale) : grab(scale);
    if (image.isNull())
        image = render(scale);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG"))
        return false;
    return writeAtomically(path, data);
}

bool ChartItem::exportSvg(const QString &path)
{
    if (width() <= 0 || height() <= 0)
        return false;
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size()));
    generator.setTitle(MathText::toPlain(m_title));
    generator.setDescription(m_summary);
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    paint(&painter);
    painter.end();
    return writeAtomically(path, data);
}

bool ChartItem::exportCsv(const QString &path)
{
    if (!m_snapshot)
        return false;
    return writeAtomically(path, csv());
}

QString ChartItem::suggestedFileName(const QString &format) const
{
    const QString view = window() ? window()->property(kExportNameProperty).toString() : QString();
    return chartexport::fileName({view, m_title.isEmpty() ? objectName() : m_title}, format);
}

QString ChartItem::askExportPath(const QString &format)
{
    const chartexport::SaveDialog &dialog = chartexport::saveDialog();
    if (!dialog) {
        qCWarning(lcExport) << "no save dialog installed: cannot ask where to export";
        return {};
    }
    return chartexport::withExtension(dialog(suggestedFileName(format), format), format);
}

void ChartItem::setExportName(QQuickWindow *window, const QString &name)
{
    window->setProperty(kExportNameProperty, name);
}

QByteArray ChartItem::csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

QByteArray ChartItem::csvNumber(double v)
{
    if (std::isnan(v))
        return {};
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v); // shortest round-trip form
    return QByteArray(buf, int(r.ptr - buf));
}

} // namespace paperlab::charts
