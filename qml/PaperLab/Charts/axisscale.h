// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cmath>
#include <functional>
#include <vector>

namespace paperlab::charts {

/// One axis tick: its data value, pixel position and label (empty for minor ticks).
struct Tick {
    double value = 0.0;
    double pos = 0.0;
    QString label;
    bool major = true;
};

/// Maps one data axis, linear or log10, onto a pixel interval and proposes nice ticks.
class AxisScale
{
public:
    void setLog(bool log) { m_log = log; }
    bool isLog() const { return m_log; }
    /// Data range; on a log axis both ends must be positive.
    void setRange(double lo, double hi);
    double lo() const { return m_lo; }
    double hi() const { return m_hi; }
    /// Pixel positions of lo and hi (hi may be smaller, as on a y axis).
    void setPixels(double p0, double p1);

    /// Whether v can be drawn on this axis: finite, and positive on a log axis.
    bool accepts(double v) const { return std::isfinite(v) && (!m_log || v > 0); }
    double map(double v) const { return m_p0 + (transform(v) - m_t0) * m_k; }
    double unmap(double px) const;

    /// About `target` labelled ticks inside the range: 1-2-5 steps no finer than
    /// `minStep`, or decades (with unlabelled minor ticks) on a log axis. Positions are
    /// filled in.
    std::vector<Tick> ticks(int target, double minStep = 0.0) const;
    /// Ticks at given values with given labels (categories, matrix rows).
    std::vector<Tick> labelledTicks(const std::vector<double> &values,
                                    const QStringList &labels) const;

    /// Expands [lo, hi] by `fraction` of its span on each side (multiplicatively on a log
    /// axis), and opens up an empty range so the axis always has extent.
    static void pad(double &lo, double &hi, bool log, double fraction);

private:
    double transform(double v) const { return m_log ? std::log10(v) : v; }
    void update();

    bool m_log = false;
    double m_lo = 0.0, m_hi = 1.0;
    double m_p0 = 0.0, m_p1 = 1.0;
    double m_t0 = 0.0, m_k = 1.0;
};

/// Whether two neighbouring labels of `ticks` are less than `gap` pixels apart; `extent`
/// is a tick label's length along the axis.
bool labelsCollide(const std::vector<Tick> &ticks,
                   const std::function<double(const Tick &)> &extent, double gap);
/// Keeps the label of every n-th labelled tick, with the smallest n whose labels do not
/// collide, counted from 0 when the axis labels it; the other ticks keep their marks.
void thinTickLabels(std::vector<Tick> &ticks, const std::function<double(const Tick &)> &extent,
                    double gap);

/// A compact human-readable number for labels and read-outs ("0.25", "1.5×10⁻⁶", "−3").
QString formatNumber(double v, int significant = 4);
/// A tick label for v on a linear axis with tick spacing `step` (decimals follow the step).
QString formatTick(double v, double step);

} // namespace paperlab::charts
