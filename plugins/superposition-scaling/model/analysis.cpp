// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "analysis.h"

#include <paperlab/math/rng.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace paperlab::papers::superpositionscaling {

namespace {

Eigen::MatrixXd normalisedRows(const Eigen::MatrixXd &W, double minNorm, int maxRows)
{
    const Eigen::VectorXd norms = rowNorms(W);
    std::vector<Eigen::Index> keep;
    for (Eigen::Index i = 0; i < W.rows() && int(keep.size()) < maxRows; ++i) {
        if (norms[i] > minNorm && norms[i] > 0.0)
            keep.push_back(i);
    }
    Eigen::MatrixXd u(Eigen::Index(keep.size()), W.cols());
    for (size_t k = 0; k < keep.size(); ++k)
        u.row(Eigen::Index(k)) = W.row(keep[k]) / norms[keep[k]];
    return u;
}

} // namespace

Eigen::VectorXd rowNorms(const Eigen::MatrixXd &W)
{
    return W.rowwise().norm();
}

int countAbove(const Eigen::VectorXd &norms, double threshold)
{
    return int((norms.array() > threshold).count());
}

double phiHalf(const Eigen::VectorXd &norms)
{
    return norms.size() > 0 ? countAbove(norms, 0.5) / double(norms.size()) : 0.0;
}

double phiOne(const Eigen::VectorXd &norms)
{
    return norms.size() > 0 ? countAbove(norms, 1.0) / double(norms.size()) : 0.0;
}

OverlapStats meanSquaredOverlap(const Eigen::MatrixXd &W, double minNorm)
{
    const Eigen::MatrixXd u = normalisedRows(W, minNorm, std::numeric_limits<int>::max());
    OverlapStats stats;
    stats.rows = int(u.rows());
    if (stats.rows < 2) {
        stats.meanSquared = std::numeric_limits<double>::quiet_NaN();
        return stats;
    }
    // ||U U^T||_F^2 = ||U^T U||_F^2, and the k diagonal entries of U U^T are 1.
    const Eigen::MatrixXd small = u.transpose() * u;
    const double k = stats.rows;
    stats.meanSquared = std::max(0.0, small.squaredNorm() - k) / (k * (k - 1.0));
    return stats;
}

std::vector<double> squaredOverlaps(const Eigen::MatrixXd &W, double minNorm, int maxRows)
{
    const Eigen::MatrixXd u = normalisedRows(W, minNorm, maxRows);
    const Eigen::MatrixXd gram = u * u.transpose();
    std::vector<double> out;
    out.reserve(size_t(gram.rows()) * size_t(std::max<Eigen::Index>(gram.rows() - 1, 0)) / 2);
    for (Eigen::Index j = 0; j < gram.cols(); ++j) {
        for (Eigen::Index i = 0; i < j; ++i)
            out.push_back(gram(i, j) * gram(i, j));
    }
    return out;
}

double betaHalfDensity(double x, int m)
{
    if (m < 2 || !(x > 0.0) || !(x < 1.0))
        return 0.0;
    const double a = 0.5;
    const double b = 0.5 * (m - 1);
    const double logBeta = std::lgamma(a) + std::lgamma(b) - std::lgamma(a + b);
    return std::exp((a - 1.0) * std::log(x) + (b - 1.0) * std::log1p(-x) - logBeta);
}

double betaHalfProbability(double lo, double hi, int m)
{
    lo = std::clamp(lo, 0.0, 1.0);
    hi = std::clamp(hi, 0.0, 1.0);
    if (m < 2 || !(hi > lo))
        return 0.0;
    if (m == 2) // (u . v)^2 = cos^2 theta with theta uniform: the arcsine law
        return 2.0 / std::numbers::pi * (std::asin(std::sqrt(hi)) - std::asin(std::sqrt(lo)));
    // With x = t^2: density dx = 2 t f(t^2) dt = 2 (1 - t^2)^((m-3)/2) / B(1/2, (m-1)/2) dt.
    const double b = 0.5 * (m - 1);
    const double logBeta = std::lgamma(0.5) + std::lgamma(b) - std::lgamma(0.5 + b);
    const auto g = [&](double t) {
        const double q = 1.0 - t * t;
        if (q <= 0.0)
            return m == 3 ? 2.0 * std::exp(-logBeta) : 0.0;
        return 2.0 * std::exp((b - 1.0) * std::log(q) - logBeta);
    };
    const double t0 = std::sqrt(lo);
    const double t1 = std::sqrt(hi);
    const int intervals = 200; // even
    const double h = (t1 - t0) / intervals;
    double sum = g(t0) + g(t1);
    for (int k = 1; k < intervals; ++k)
        sum += (k % 2 ? 4.0 : 2.0) * g(t0 + k * h);
    return sum * h / 3.0;
}

double randomUnitMeanSquaredOverlap(int count, int m, math::Rng &rng)
{
    Eigen::MatrixXd u(count, m);
    for (int i = 0; i < count; ++i)
        u.row(i) = rng.unitVector(m).transpose();
    return meanSquaredOverlap(u, 0.0).meanSquared;
}

ScalingFit fitScaling(const std::vector<double> &widths, const std::vector<double> &losses)
{
    const math::LinearFit fit = math::fitLogLog(widths, losses);
    ScalingFit out;
    out.status = fit.status;
    out.alpha = -fit.slope;
    out.se = fit.slopeSe;
    out.logPrefactor = fit.intercept;
    return out;
}

} // namespace paperlab::papers::superpositionscaling
