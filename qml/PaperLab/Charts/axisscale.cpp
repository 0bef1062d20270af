// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "axisscale.h"

#include <QStringList>

#include <algorithm>

namespace paperlab::charts {

namespace {

const QChar kMinus(0x2212); // typographic minus: same width as a digit in most fonts

QString superscript(int n)
{
    static const char16_t digits[] = u"⁰¹²³⁴⁵⁶⁷⁸⁹";
    QString s;
    if (n < 0)
        s += QChar(0x207B);
    for (const QChar c : QString::number(std::abs(n)))
        s += QChar(digits[c.digitValue()]);
    return s;
}

QString withMinus(QString s)
{
    if (s.startsWith(QLatin1Char('-')))
        s[0] = kMinus;
    return s;
}

// "2.5×10⁻⁶" for mantissa 2.5 and exponent -6; "10⁻⁶" for mantissa 1.
QString scientific(double mantissa, int exponent, int decimals)
{
    const QString power = QStringLiteral("10") + superscript(exponent);
    if (mantissa == 1.0)
        return power;
    if (mantissa == -1.0)
        return kMinus + power;
    return withMinus(QString::number(mantissa, 'f', decimals)) + QChar(0x00D7) + power;
}

double niceStep(double span, int target)
{
    const double raw = span / std::max(1, target);
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / mag;
    const double nice = norm < 1.5 ? 1.0 : norm < 3.0 ? 2.0 : norm < 7.0 ? 5.0 : 10.0;
    return nice * mag;
}

} // namespace

QString formatNumber(double v, int significant)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("∞") : kMinus + QStringLiteral("∞");
    if (v == 0)
        return QStringLiteral("0");
    const double a = std::abs(v);
    if (a >= 1e5 || a < 1e-3) {
        int e = int(std::floor(std::log10(a)));
        double m = v / std::pow(10.0, e);
        m = QString::number(m, 'g', significant).toDouble();
        if (std::abs(m) >= 10.0) { // rounding carried into the next decade
            m /= 10.0;
            ++e;
        }
        QString ms = withMinus(QString::number(m, 'g', significant));
        const QString power = QStringLiteral("10") + superscript(e);
        return ms == QStringLiteral("1") ? power : ms + QChar(0x00D7) + power;
    }
    return withMinus(QString::number(v, 'g', std::max(significant, int(std::log10(a)) + 1)));
}

QString formatTick(double v, double step)
{
    if (std::abs(v) < step * 1e-6)
        return QStringLiteral("0");
    const double a = std::abs(v);
    const int decimals = std::max(0, -int(std::floor(std::log10(step) + 1e-9)));
    if (a >= 1e6 || (step < 1e-4)) {
        const int e = int(std::floor(std::log10(a)));
        const double m = v / std::pow(10.0, e);
        const int md = std::clamp(e - int(std::floor(std::log10(step) + 1e-9)), 0, 6);
        return scientific(QString::number(m, 'f', md).toDouble(), e, md);
    }
    return withMinus(QString::number(v, 'f', decimals));
}

void AxisScale::setRange(double lo, double hi)
{
    m_lo = lo;
    m_hi = hi;
    update();
}

void AxisScale::setPixels(double p0, double p1)
{
    m_p0 = p0;
    m_p1 = p1;
    update();
}

void AxisScale::update()
{
    m_t0 = transform(m_lo);
    const double span = transform(m_hi) - m_t0;
    m_k = span != 0 && std::isfinite(span) ? (m_p1 - m_p0) / span : 0.0;
}

double AxisScale::unmap(double px) const
{
    if (m_k == 0)
        return m_lo;
    const double t = m_t0 + (px - m_p0) / m_k;
    return m_log ? std::pow(10.0, t) : t;
}

void AxisScale::pad(double &lo, double &hi, bool log, double fraction)
{
    if (!std::isfinite(lo) || !std::isfinite(hi) || (log && (lo <= 0 || hi <= 0))) {
        lo = log ? 1.0 : 0.0;
        hi = log ? 10.0 : 1.0;
        return;
    }
    if (log) {
        double a = std::log10(lo), b = std::log10(hi);
        if (b - a < 1e-12) {
            a -= 0.5;
            b += 0.5;
        } else {
            const double d = (b - a) * fraction;
            a -= d;
            b += d;
        }
        lo = std::pow(10.0, a);
        hi = std::pow(10.0, b);
        return;
    }
    if (hi - lo <= std::abs(hi) * 1e-12) {
        const double d = lo == 0 ? 1.0 : std::abs(lo) * 0.1;
        lo -= d;
        hi += d;
        return;
    }
    const double d = (hi - lo) * fraction;
    lo -= d;
    hi += d;
}

std::vector<Tick> AxisScale::ticks(int target, double minStep) const
{
    std::vector<Tick> out;
    target = std::max(2, target);
    const double lo = std::min(m_lo, m_hi), hi = std::max(m_lo, m_hi);
    auto add = [&](double v, QString label, bool major) {
        out.push_back({v, map(v), std::move(label), major});
    };

    if (m_log && lo > 0) {
        const double a = std::log10(lo), b = std::log10(hi);
        const int d0 = int(std::ceil(a - 1e-9)), d1 = int(std::floor(b + 1e-9));
        const int decades = d1 - d0 + 1;
        if (decades >= 2) {
            const int stride = (decades + target - 1) / target;
            const bool plain = d0 >= -2 && d1 <= 4;
            for (int d = d0; d <= d1; ++d) {
                const double v = std::pow(10.0, d);
                if ((d - d0) % stride == 0) {
                    add(v,
                        plain ? QString::number(v, 'f', std::max(0, -d))
                              : QStringLiteral("10") + superscript(d),
                        true);
                } else {
                    add(v, {}, false);
                }
            }
            if (stride == 1 && decades <= 8) { // 2×…9× minor marks between decades
                for (int d = int(std::floor(a)); d <= d1; ++d) {
                    for (int m = 2; m <= 9; ++m) {
                        const double v = m * std::pow(10.0, d);
                        if (v >= lo && v <= hi)
                            add(v, {}, false);
                    }
                }
            }
            return out;
        }
        // Less than two decades: 1-2-5 multiples, else fall through to linear ticks.
        std::vector<double> values;
        for (int d = int(std::floor(a)); d <= int(std::ceil(b)); ++d) {
            for (double m : {1.0, 2.0, 5.0}) {
                const double v = m * std::pow(10.0, d);
                if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9))
                    values.push_back(v);
            }
        }
        if (values.size() >= 2 && int(values.size()) <= target + 1) {
            for (double v : values)
                add(v, formatNumber(v, 3), true);
            return out;
        }
    }

    const double span = hi - lo;
    if (!(span > 0) || !std::isfinite(span))
        return out;
    const double step = std::max(niceStep(span, target), minStep);
    const double first = std::ceil(lo / step - 1e-9) * step;
    for (int i = 0;; ++i) {
        double v = first + i * step;
        if (v > hi + step * 1e-9 || i > 1000)
            break;
        if (std::abs(v) < step * 1e-9)
            v = 0.0;
        add(v, formatTick(v, step), true);
    }
    return out;
}

bool labelsCollide(const std::vector<Tick> &ticks,
                   const std::function<double(const Tick &)> &extent, double gap)
{
    const Tick *prev = nullptr;
    for (const Tick &t : ticks) {
        if (t.label.isEmpty())
            continue;
        if (prev && std::abs(t.pos - prev->pos) < (extent(t) + extent(*prev)) / 2 + gap)
            return true;
        prev = &t;
    }
    return false;
}

void thinTickLabels(std::vector<Tick> &ticks, const std::function<double(const Tick &)> &extent,
                    double gap)
{
    std::vector<size_t> labelled;
    size_t zero = 0; // counting from the 0 label keeps it: it anchors the reader
    for (size_t i = 0; i < ticks.size(); ++i) {
        if (ticks[i].label.isEmpty())
            continue;
        if (ticks[i].value == 0)
            zero = labelled.size();
        labelled.push_back(i);
    }
    for (size_t n = 1; n <= labelled.size(); ++n) {
        std::vector<Tick> kept = ticks;
        for (size_t k = 0; k < labelled.size(); ++k) {
            if ((k + n - zero % n) % n != 0)
                kept[labelled[k]].label.clear();
        }
        if (!labelsCollide(kept, extent, gap) || n == labelled.size()) {
            ticks = std::move(kept);
            return;
        }
    }
}

std::vector<Tick> AxisScale::labelledTicks(const std::vector<double> &values,
                                           const QStringList &labels) const
{
    std::vector<Tick> out;
    out.reserve(values.size());
    for (size_t i = 0; i < values.size(); ++i)
        out.push_back({values[i], map(values[i]),
                       i < size_t(labels.size()) ? labels[int(i)] : QString(), true});
    return out;
}

} // namespace paperlab::charts
