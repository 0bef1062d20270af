// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "heatmapitem.h"

#include "chartexport.h"
#include "charttheme.h"
#include "mathtext.h"

#include <paperlab/math/colormap.h>

#include <QFontMetricsF>

#include <array>
#include <cmath>
#include <limits>

namespace paperlab::charts {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kBarGap = 14, kBarWidth = 14, kTickLen = 5, kTickGap = 4;
constexpr int kLutSize = 256;

using Lut = std::array<QRgb, kLutSize>;

// 256 samples of the math library's maps; a lookup per cell keeps 1024×1024 rebuilds fast.
const Lut &lut(bool diverging)
{
    static const auto build = [](paperlab::math::Colormap map) {
        Lut table;
        for (int i = 0; i < kLutSize; ++i) {
            const double t = double(i) / (kLutSize - 1);
            const paperlab::math::Rgb c = paperlab::math::colormap(
                map, map == paperlab::math::Colormap::Diverging ? 2 * t - 1 : t);
            table[size_t(i)] = qRgb(int(std::lround(c.r * 255)), int(std::lround(c.g * 255)),
                                    int(std::lround(c.b * 255)));
        }
        return table;
    };
    static const Lut viridis = build(paperlab::math::Colormap::Viridis);
    static const Lut divergingMap = build(paperlab::math::Colormap::Diverging);
    return diverging ? divergingMap : viridis;
}

// The colour bar: one texel wide, maximum at the top.
const QImage &colorBarImage(bool diverging)
{
    static const auto build = [](bool d) {
        QImage img(1, kLutSize, QImage::Format_ARGB32_Premultiplied);
        for (int i = 0; i < kLutSize; ++i)
            img.setPixel(0, kLutSize - 1 - i, lut(d)[size_t(i)]);
        return img;
    };
    static const QImage viridis = build(false);
    static const QImage divergingMap = build(true);
    return diverging ? divergingMap : viridis;
}

QRgb colorFor(const Lut &table, double v, double lo, double hi)
{
    if (!std::isfinite(v))
        return qRgba(0, 0, 0, 0);
    const double t = hi > lo ? std::clamp((v - lo) / (hi - lo), 0.0, 1.0) : 0.5;
    return table[size_t(std::lround(t * (kLutSize - 1)))];
}

} // namespace

HeatmapItem::HeatmapItem(QQuickItem *parent)
    : ChartItem(parent)
    , m_fixedMin(kNaN)
    , m_fixedMax(kNaN)
{
}

void HeatmapItem::setGrid(const QString &id)
{
    if (m_gridId == id)
        return;
    m_gridId = id;
    refresh();
    Q_EMIT gridChanged();
}

QString HeatmapItem::colormap() const
{
    return m_diverging ? QStringLiteral("diverging") : QStringLiteral("viridis");
}

void HeatmapItem::setColormap(const QString &name)
{
    const bool diverging = name.compare(QLatin1String("diverging"), Qt::CaseInsensitive) == 0;
    if (m_diverging == diverging)
        return;
    m_diverging = diverging;
    refresh();
    Q_EMIT colormapChanged();
}

void HeatmapItem::setMinValue(qreal v)
{
    if (m_fixedMin == v || (std::isnan(m_fixedMin) && std::isnan(v)))
        return;
    m_fixedMin = v;
    refresh();
    Q_EMIT rangeChanged();
}

void HeatmapItem::setMaxValue(qreal v)
{
    if (m_fixedMax == v || (std::isnan(m_fixedMax) && std::isnan(v)))
        return;
    m_fixedMax = v;
    refresh();
    Q_EMIT rangeChanged();
}

void HeatmapItem::setRowLabels(const QStringList &labels)
{
    if (m_rowLabels == labels)
        return;
    m_rowLabels = labels;
    relayout();
    Q_EMIT rowLabelsChanged();
}

void HeatmapItem::setColumnLabels(const QStringList &labels)
{
    if (m_columnLabels == labels)
        return;
    m_columnLabels = labels;
    relayout();
    Q_EMIT columnLabelsChanged();
}

void HeatmapItem::setValueLabel(const QString &label)
{
    if (m_valueLabel == label)
        return;
    m_valueLabel = label;
    relayout();
    Q_EMIT valueLabelChanged();
}

void HeatmapItem::setColorBar(bool shown)
{
    if (m_colorBar == shown)
        return;
    m_colorBar = shown;
    relayout();
    Q_EMIT colorBarChanged();
}

QVariantMap HeatmapItem::colorRange() const
{
    return {{QStringLiteral("min"), m_lo}, {QStringLiteral("max"), m_hi}};
}

QVariantMap HeatmapItem::dataRange() const
{
    const bool any = m_data && m_maxRow >= 0;
    return {{QStringLiteral("min"), any ? m_dataMin : kNaN},
            {QStringLiteral("max"), any ? m_dataMax : kNaN}};
}

qreal HeatmapItem::valueAt(int row, int column) const
{
    if (!m_data || row < 0 || column < 0 || row >= m_data->rows || column >= m_data->cols)
        return kNaN;
    return m_data->values[size_t(row) * size_t(m_data->cols) + size_t(column)];
}

void HeatmapItem::analyse()
{
    m_data = nullptr;
    m_maxRow = m_maxCol = -1;
    ++m_generation;
    if (m_snapshot)
        m_data = m_gridId.isEmpty() ? firstOf(m_snapshot->grids) : m_snapshot->findGrid(m_gridId);
    if (m_data
        && (m_data->rows <= 0 || m_data->cols <= 0
            || m_data->values.size() < size_t(m_data->rows) * size_t(m_data->cols)))
        m_data = nullptr;
    if (m_data) {
        m_dataMin = std::numeric_limits<double>::infinity();
        m_dataMax = -std::numeric_limits<double>::infinity();
        for (int r = 0; r < m_data->rows; ++r) {
            for (int c = 0; c < m_data->cols; ++c) {
                const double v = m_data->values[size_t(r) * size_t(m_data->cols) + size_t(c)];
                if (!std::isfinite(v))
                    continue;
                m_dataMin = std::min(m_dataMin, v);
                if (v > m_dataMax || m_maxRow < 0) {
                    m_dataMax = v;
                    m_maxRow = r;
                    m_maxCol = c;
                }
            }
        }
    }
    updateColorRange();
}

void HeatmapItem::updateColorRange()
{
    const bool any = m_data && m_maxRow >= 0;
    double lo = any ? m_dataMin : 0, hi = any ? m_dataMax : 1;
    if (m_diverging) { // symmetric, so white is exactly zero
        const double m = std::max(std::abs(lo), std::abs(hi));
        lo = -m;
        hi = m;
    }
    if (std::isfinite(m_fixedMin))
        lo = m_fixedMin;
    if (std::isfinite(m_fixedMax))
        hi = m_fixedMax;
    if (!(hi > lo)) {
        const double d = lo == 0 ? 1 : std::abs(lo) * 0.1;
        lo -= d;
        hi += d;
    }
    m_lo = lo;
    m_hi = hi;
}

void HeatmapItem::layoutChart()
{
    const int rows = std::max(1, this->rows()), cols = std::max(1, columns());
    m_x.setRange(-0.5, cols - 0.5);
    m_y.setRange(rows - 0.5, -0.5); // row 0 at the top
    m_bar.setRange(m_lo, m_hi);

    const ChartTheme *theme = ChartTheme::instance();
    const QFontMetricsF tick(theme->font()), axis(theme->labelFont());
    const double barHeightGuess = std::max(40.0, height() - 60);
    m_bar.setPixels(barHeightGuess, 0);
    double barLabelWidth = 0;
    for (const Tick &t : m_bar.ticks(std::max(2, int(barHeightGuess / (tick.height() * 2.6)))))
        barLabelWidth = std::max(barLabelWidth, tick.horizontalAdvance(t.label));
    const double reserve = !m_colorBar ? 0.0
        : kBarGap + kBarWidth + kTickLen + kTickGap + barLabelWidth
            + (m_valueLabel.isEmpty() ? 0 : axis.height() + 8);
    if (m_colorBarWidth != reserve) {
        m_colorBarWidth = reserve;
        Q_EMIT colorBarWidthChanged();
    }

    auto indexAxis = [](const QString &title, int n, const QStringList &labels) {
        AxisSpec spec{title, {}, {}, 1.0};
        if (!labels.isEmpty()) {
            for (int i = 0; i < n; ++i)
                spec.categoryValues.push_back(i);
            spec.categoryLabels = labels;
        }
        return spec;
    };
    layoutAxes(indexAxis(xLabel(), cols, m_columnLabels), indexAxis(yLabel(), rows, m_rowLabels),
               reserve);

    if (!m_colorBar) {
        m_barRect = QRectF();
        m_barTicks.clear();
        return;
    }
    m_barRect = QRectF(m_plot.right() + kBarGap, m_plot.top(), kBarWidth, m_plot.height());
    m_bar.setPixels(m_barRect.bottom(), m_barRect.top());
    m_barTicks = m_bar.ticks(std::max(2, int(m_barRect.height() / (tick.height() * 2.6))));
    const double th = tick.height();
    thinTickLabels(m_barTicks, [th](const Tick &) { return th; }, th * 0.3);
    for (const Tick &t : m_barTicks)
        addLabel(ChartLabel::Tick, t.label, {m_barRect.right() + kTickLen + kTickGap, t.pos}, -1,
                 0);
    if (!m_valueLabel.isEmpty())
        addLabel(ChartLabel::AxisTitle, m_valueLabel, {width() - 10, m_barRect.center().y()}, 1, 0,
                 true);
}

const QImage &HeatmapItem::cellImage() const
{
    if (m_image.isNull() || m_imageGeneration != m_generation || m_imageLo != m_lo
        || m_imageHi != m_hi || m_imageDiverging != m_diverging) {
        const Lut &table = lut(m_diverging);
        m_image = QImage(m_data->cols, m_data->rows, QImage::Format_ARGB32_Premultiplied);
        for (int r = 0; r < m_data->rows; ++r) {
            auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(r));
            const double *values = m_data->values.data() + size_t(r) * size_t(m_data->cols);
            for (int c = 0; c < m_data->cols; ++c)
                line[c] = colorFor(table, values[c], m_lo, m_hi);
        }
        m_imageGeneration = m_generation;
        m_imageLo = m_lo;
        m_imageHi = m_hi;
        m_imageDiverging = m_diverging;
    }
    return m_image;
}

void HeatmapItem::buildScene(ChartScene &scene) const
{
    buildFrame(scene, GridLines::None);
    const ChartTheme *theme = ChartTheme::instance();
    if (m_data)
        scene[ChartScene::Data].images.push_back({cellImage(), m_plot});

    if (!m_colorBar)
        return;
    auto &over = scene[ChartScene::Overlay];
    over.images.push_back({colorBarImage(m_diverging), m_barRect});
    const QRectF b = m_barRect;
    over.rects.push_back({QRectF(b.left(), b.top(), b.width(), 1), theme->axis()});
    over.rects.push_back({QRectF(b.left(), b.bottom() - 1, b.width(), 1), theme->axis()});
    over.rects.push_back({QRectF(b.left(), b.top(), 1, b.height()), theme->axis()});
    over.rects.push_back({QRectF(b.right() - 1, b.top(), 1, b.height()), theme->axis()});
    for (const Tick &t : m_barTicks)
        over.rects.push_back({QRectF(b.right(), std::floor(t.pos), kTickLen, 1), theme->axis()});
}

QVariantMap HeatmapItem::hoverFor(int row, int column) const
{
    const double v = valueAt(row, column);
    const QPointF centre = cellCenter(row, column);
    const double cw = m_plot.width() / m_data->cols, ch = m_plot.height() / m_data->rows;
    // The read-out is plain text: labels in math notation (a_{ij}) go to their Unicode form.
    const QString rowName = row < m_rowLabels.size() ? MathText::toPlain(m_rowLabels[row])
                                                     : tr("row %1").arg(row);
    const QString colName = column < m_columnLabels.size()
        ? MathText::toPlain(m_columnLabels[column])
        : tr("column %1").arg(column);
    return {{QStringLiteral("valid"), true},
            {QStringLiteral("row"), row},
            {QStringLiteral("column"), column},
            {QStringLiteral("value"), v},
            {QStringLiteral("px"), centre.x()},
            {QStringLiteral("py"), centre.y()},
            {QStringLiteral("cell"), QRectF(centre.x() - cw / 2, centre.y() - ch / 2, cw, ch)},
            {QStringLiteral("text"),
             QStringLiteral("%1, %2\n%3 = %4")
                 .arg(rowName, colName,
                      m_valueLabel.isEmpty() ? tr("value") : MathText::toPlain(m_valueLabel),
                      formatNumber(v, 6))}};
}

QVariantMap HeatmapItem::hitTest(QPointF pos) const
{
    if (!m_data || !m_plot.contains(pos))
        return {};
    const int column = std::clamp(int(std::floor(m_x.unmap(pos.x()) + 0.5)), 0, m_data->cols - 1);
    const int row = std::clamp(int(std::floor(m_y.unmap(pos.y()) + 0.5)), 0, m_data->rows - 1);
    return hoverFor(row, column);
}

QVariantMap HeatmapItem::stepHover(const QVariantMap &current, int dx, int dy, bool page) const
{
    if (!m_data)
        return {};
    int row = 0, column = 0;
    if (current.value(QStringLiteral("valid")).toBool()) {
        row = current.value(QStringLiteral("row")).toInt();
        column = current.value(QStringLiteral("column")).toInt();
        const int pageX = std::max(1, m_data->cols / 10), pageY = std::max(1, m_data->rows / 10);
        column += page ? dx * pageX : dx;
        row += page ? dy * pageY : dy;
    }
    return hoverFor(std::clamp(row, 0, m_data->rows - 1), std::clamp(column, 0, m_data->cols - 1));
}

QString HeatmapItem::describe() const
{
    if (!m_data)
        return tr("No data yet.");
    QString text = tr("%1 by %2 heatmap").arg(m_data->rows).arg(m_data->cols);
    if (!m_data->label.isEmpty())
        text += tr(" of %1").arg(m_data->label);
    if (m_maxRow >= 0) {
        text += tr(", values from %1 to %2; the largest is at %3, %4")
                    .arg(formatNumber(m_dataMin), formatNumber(m_dataMax),
                         m_maxRow < m_rowLabels.size() ? m_rowLabels[m_maxRow]
                                                       : tr("row %1").arg(m_maxRow),
                         m_maxCol < m_columnLabels.size() ? m_columnLabels[m_maxCol]
                                                          : tr("column %1").arg(m_maxCol));
    }
    return text + QLatin1Char('.');
}

QByteArray HeatmapItem::csv() const
{
    if (!m_data)
        return "row,column,value\n";
    const bool labelled = !m_rowLabels.isEmpty() || !m_columnLabels.isEmpty();
    QByteArray out = "row,column,";
    if (labelled) {
        out += csvField(chartexport::columnName(yLabel(), QStringLiteral("row_label"))) + ','
            + csvField(chartexport::columnName(xLabel(), QStringLiteral("column_label"))) + ',';
    }
    out += csvField(chartexport::columnName(m_valueLabel, QStringLiteral("value"))) + '\n';
    out.reserve(out.size() + qsizetype(m_data->values.size()) * 16);
    for (int r = 0; r < m_data->rows; ++r) {
        for (int c = 0; c < m_data->cols; ++c) {
            out += QByteArray::number(r) + ',' + QByteArray::number(c) + ',';
            if (labelled) {
                out += csvField(r < m_rowLabels.size() ? m_rowLabels[r] : QString()) + ','
                    + csvField(c < m_columnLabels.size() ? m_columnLabels[c] : QString()) + ',';
            }
            out += csvNumber(valueAt(r, c)) + '\n';
        }
    }
    return out;
}

} // namespace paperlab::charts
