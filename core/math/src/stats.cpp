// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/math/stats.h>

#include <paperlab/math/rng.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace paperlab::math {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<double> bootstrapStatistics(const std::vector<double> &values,
                                        const Statistic &statistic, int resamples, Rng &rng)
{
    std::vector<double> stats;
    stats.reserve(static_cast<size_t>(std::max(resamples, 0)));
    std::vector<double> sample(values.size());
    for (int r = 0; r < resamples; ++r) {
        for (double &x : sample)
            x = values[static_cast<size_t>(rng.below(values.size()))];
        stats.push_back(statistic(sample));
    }
    return stats;
}

// numpy's _lerp: the second form for t >= 0.5 keeps the result exact at t == 1.
double lerp(double a, double b, double t)
{
    const double diff = b - a;
    return t >= 0.5 ? b - diff * (1.0 - t) : a + diff * t;
}

double percentileOfSorted(const std::vector<double> &sorted, double q)
{
    const double index = static_cast<double>(sorted.size() - 1) * (q / 100.0);
    const double below = std::floor(index);
    const auto i = static_cast<size_t>(below);
    const size_t next = std::min(i + 1, sorted.size() - 1);
    return lerp(sorted[i], sorted[next], index - below);
}

} // namespace

MeanSe meanWithSe(const std::vector<double> &values)
{
    MeanSe result;
    result.n = static_cast<int>(values.size());
    if (values.empty())
        return {kNaN, kNaN, 0};
    const double n = static_cast<double>(values.size());
    result.mean = std::accumulate(values.begin(), values.end(), 0.0) / n;
    if (values.size() < 2) {
        result.se = kNaN;
        return result;
    }
    double ss = 0.0;
    for (double x : values)
        ss += (x - result.mean) * (x - result.mean);
    result.se = std::sqrt(ss / (n - 1.0)) / std::sqrt(n);
    return result;
}

double bootstrapSe(const std::vector<double> &values, const Statistic &statistic,
                   int resamples, Rng &rng)
{
    if (values.empty() || resamples < 2)
        return kNaN;
    const std::vector<double> stats = bootstrapStatistics(values, statistic, resamples, rng);
    const MeanSe ms = meanWithSe(stats);
    // meanWithSe divides the standard deviation by sqrt(n); undo that.
    return ms.se * std::sqrt(static_cast<double>(stats.size()));
}

Interval bootstrapPercentileCi(const std::vector<double> &values, const Statistic &statistic,
                               int resamples, double confidence, Rng &rng)
{
    if (values.empty() || resamples < 1 || !(confidence >= 0.0 && confidence <= 1.0))
        return {kNaN, kNaN};
    std::vector<double> stats = bootstrapStatistics(values, statistic, resamples, rng);
    std::sort(stats.begin(), stats.end());
    return {percentileOfSorted(stats, 50.0 * (1.0 - confidence)),
            percentileOfSorted(stats, 50.0 * (1.0 + confidence))};
}

LinearFit fitLinear(const std::vector<double> &x, const std::vector<double> &y)
{
    LinearFit fit{kNaN, kNaN, kNaN, FitStatus::Ok};
    if (x.size() != y.size()) {
        fit.status = FitStatus::SizeMismatch;
        return fit;
    }
    if (x.size() < 2) {
        fit.status = FitStatus::TooFewPoints;
        return fit;
    }
    const double n = static_cast<double>(x.size());
    const double xMean = std::accumulate(x.begin(), x.end(), 0.0) / n;
    const double yMean = std::accumulate(y.begin(), y.end(), 0.0) / n;
    double sxx = 0.0;
    double sxy = 0.0;
    for (size_t i = 0; i < x.size(); ++i) {
        sxx += (x[i] - xMean) * (x[i] - xMean);
        sxy += (x[i] - xMean) * (y[i] - yMean);
    }
    if (!(sxx > 0.0)) {
        fit.status = FitStatus::DegenerateX;
        return fit;
    }
    fit.slope = sxy / sxx;
    fit.intercept = yMean - fit.slope * xMean;
    if (x.size() > 2) {
        double ssr = 0.0;
        for (size_t i = 0; i < x.size(); ++i) {
            const double r = y[i] - (fit.intercept + fit.slope * x[i]);
            ssr += r * r;
        }
        fit.slopeSe = std::sqrt(ssr / (n - 2.0) / sxx);
    }
    return fit;
}

LinearFit fitLogLog(const std::vector<double> &x, const std::vector<double> &y)
{
    if (x.size() != y.size())
        return {kNaN, kNaN, kNaN, FitStatus::SizeMismatch};
    std::vector<double> lx(x.size());
    std::vector<double> ly(y.size());
    for (size_t i = 0; i < x.size(); ++i) {
        if (!(x[i] > 0.0 && y[i] > 0.0) || !std::isfinite(x[i]) || !std::isfinite(y[i]))
            return {kNaN, kNaN, kNaN, FitStatus::NonPositiveInput};
        lx[i] = std::log(x[i]);
        ly[i] = std::log(y[i]);
    }
    return fitLinear(lx, ly);
}

std::vector<double> rankAverage(const std::vector<double> &values)
{
    std::vector<size_t> order(values.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&values](size_t a, size_t b) { return values[a] < values[b]; });
    std::vector<double> ranks(values.size());
    size_t start = 0;
    while (start < order.size()) {
        size_t end = start + 1;
        while (end < order.size() && values[order[end]] == values[order[start]])
            ++end;
        // Positions start..end-1 hold 1-based ranks start+1..end; their mean is below.
        const double rank = 0.5 * static_cast<double>(start + 1 + end);
        for (size_t k = start; k < end; ++k)
            ranks[order[k]] = rank;
        start = end;
    }
    return ranks;
}

double pearson(const std::vector<double> &x, const std::vector<double> &y)
{
    if (x.size() != y.size() || x.size() < 2)
        return kNaN;
    const double n = static_cast<double>(x.size());
    const double xMean = std::accumulate(x.begin(), x.end(), 0.0) / n;
    const double yMean = std::accumulate(y.begin(), y.end(), 0.0) / n;
    double sxx = 0.0;
    double syy = 0.0;
    double sxy = 0.0;
    for (size_t i = 0; i < x.size(); ++i) {
        sxx += (x[i] - xMean) * (x[i] - xMean);
        syy += (y[i] - yMean) * (y[i] - yMean);
        sxy += (x[i] - xMean) * (y[i] - yMean);
    }
    if (!(sxx > 0.0 && syy > 0.0))
        return kNaN;
    return sxy / std::sqrt(sxx * syy);
}

double spearman(const std::vector<double> &x, const std::vector<double> &y)
{
    if (x.size() != y.size())
        return kNaN;
    return pearson(rankAverage(x), rankAverage(y));
}

double entropyBits(const std::vector<double> &probabilities)
{
    double h = 0.0;
    for (double p : probabilities) {
        if (p > 0.0)
            h -= p * std::log2(p);
    }
    return h;
}

double entropyBitsFromCounts(const std::vector<double> &counts)
{
    double total = 0.0;
    for (double c : counts) {
        if (c > 0.0)
            total += c;
    }
    if (!(total > 0.0))
        return 0.0;
    std::vector<double> p;
    p.reserve(counts.size());
    for (double c : counts)
        p.push_back(c / total);
    return entropyBits(p);
}

std::vector<int64_t> histogram(const std::vector<double> &values, int bins, double lo, double hi)
{
    if (bins < 1 || !(lo <= hi) || !std::isfinite(lo) || !std::isfinite(hi))
        return {};
    if (lo == hi) {
        lo -= 0.5;
        hi += 0.5;
    }
    // Edges exactly as numpy.linspace(lo, hi, bins + 1): i * step + lo, last edge = hi.
    const double step = (hi - lo) / bins;
    std::vector<double> edges(static_cast<size_t>(bins) + 1);
    for (int i = 0; i < bins; ++i)
        edges[static_cast<size_t>(i)] = static_cast<double>(i) * step + lo;
    edges.back() = hi;

    std::vector<int64_t> counts(static_cast<size_t>(bins), 0);
    for (double v : values) {
        if (!(v >= lo && v <= hi))
            continue;
        // numpy computes the bin arithmetically, then corrects it against the edges, so the
        // edge array is what decides values that sit within rounding of an edge.
        int index = static_cast<int>((v - lo) / (hi - lo) * bins);
        index = std::clamp(index, 0, bins - 1);
        while (index > 0 && v < edges[static_cast<size_t>(index)])
            --index;
        while (index < bins - 1 && v >= edges[static_cast<size_t>(index) + 1])
            ++index;
        ++counts[static_cast<size_t>(index)];
    }
    return counts;
}

double percentile(const std::vector<double> &values, double q)
{
    if (values.empty() || !(q >= 0.0 && q <= 100.0))
        return kNaN;
    // numpy propagates NaN; std::sort would also misbehave on it.
    if (std::any_of(values.begin(), values.end(), [](double v) { return std::isnan(v); }))
        return kNaN;
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    return percentileOfSorted(sorted, q);
}

double chiSquareSurvival(double x, int dof)
{
    if (dof < 1 || std::isnan(x))
        return std::numeric_limits<double>::quiet_NaN();
    if (x <= 0.0)
        return 1.0;
    if (std::isinf(x))
        return 0.0;
    const double a = 0.5 * dof;
    const double z = 0.5 * x;
    const double logPrefactor = a * std::log(z) - z - std::lgamma(a);
    constexpr double kTiny = 1e-300;
    constexpr double kEps = 1e-16;
    if (z < a + 1.0) {
        // P(a, z) = z^a e^-z / Gamma(a) * sum_n z^n / (a (a+1) ... (a+n)).
        double term = 1.0 / a;
        double sum = term;
        for (int n = 1; n < 1000 && std::abs(term) > kEps * std::abs(sum); ++n) {
            term *= z / (a + n);
            sum += term;
        }
        return std::max(0.0, 1.0 - sum * std::exp(logPrefactor));
    }
    // Q(a, z) = z^a e^-z / Gamma(a) * 1 / (z + 1 - a - 1 (1 - a) / (z + 3 - a - ...)).
    double b = z + 1.0 - a;
    double c = 1.0 / kTiny;
    double d = 1.0 / b;
    double h = d;
    for (int n = 1; n < 1000; ++n) {
        const double an = -n * (n - a);
        b += 2.0;
        d = an * d + b;
        if (std::abs(d) < kTiny)
            d = kTiny;
        c = b + an / c;
        if (std::abs(c) < kTiny)
            c = kTiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1.0) < kEps)
            break;
    }
    return std::exp(logPrefactor) * h;
}

double chiSquareStatistic(const std::vector<double> &observed,
                          const std::vector<double> &expected)
{
    if (observed.size() != expected.size())
        return std::numeric_limits<double>::quiet_NaN();
    double chi2 = 0.0;
    for (size_t k = 0; k < observed.size(); ++k) {
        if (expected[k] > 0.0)
            chi2 += (observed[k] - expected[k]) * (observed[k] - expected[k]) / expected[k];
    }
    return chi2;
}

} // namespace paperlab::math
