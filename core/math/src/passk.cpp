// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/math/passk.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace paperlab::math {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// C(n - c, k) / C(n, k) for c = 0..n at fixed k, by r(c + 1) = r(c) (n - c - k) / (n - c).
std::vector<double> failureRatios(int64_t n, int64_t k)
{
    std::vector<double> r(size_t(n + 1), 0.0);
    r[0] = 1.0;
    for (int64_t c = 0; c < n && n - c - k > 0; ++c)
        r[size_t(c + 1)] = r[size_t(c)] * (double(n - c - k) / double(n - c));
    return r;
}

} // namespace

double passAtK(int64_t n, int64_t c, int64_t k)
{
    if (c < 0 || c > n || k < 1 || k > n)
        return kNaN;
    if (n - c < k)
        return 1.0;
    double prod = 1.0;
    for (int64_t i = n - c + 1; i <= n; ++i)
        prod *= 1.0 - double(k) / double(i);
    return 1.0 - prod;
}

std::vector<double> passAtKCurve(int64_t n, int64_t c, int64_t kMax)
{
    if (c < 0 || c > n || kMax < 1 || kMax > n)
        return {};
    std::vector<double> out(size_t(kMax), 1.0);
    double q = 1.0;
    for (int64_t k = 1; k <= kMax; ++k) {
        const int64_t wrong = n - c - k + 1; // failures left to choose the k-th sample from
        if (wrong <= 0)
            break; // n - c < k: every k-subset holds a success
        q *= double(wrong) / double(n - k + 1);
        out[size_t(k - 1)] = 1.0 - q;
    }
    return out;
}

double passAtKFromProbability(double p, double k)
{
    if (!(p >= 0.0 && p <= 1.0))
        return kNaN;
    if (p == 1.0)
        return k > 0.0 ? 1.0 : 0.0;
    return -std::expm1(k * std::log1p(-p));
}

double passAtKFromLogFailure(double logFailure, double k)
{
    if (!(logFailure <= 0.0))
        return kNaN;
    if (k == 0.0)
        return 0.0;
    return -std::expm1(k * logFailure);
}

double logBinomial(int64_t n, int64_t k)
{
    if (k < 0 || k > n)
        return kNaN;
    int sign = 0;
    return ::lgamma_r(double(n) + 1.0, &sign) - ::lgamma_r(double(k) + 1.0, &sign)
        - ::lgamma_r(double(n - k) + 1.0, &sign);
}

PassAtKMoments passAtKEstimatorMoments(int64_t n, double p, int64_t k)
{
    if (k < 1 || k > n || !(p >= 0.0 && p <= 1.0))
        return {kNaN, kNaN};
    if (p == 0.0)
        return {0.0, 0.0};
    if (p == 1.0)
        return {1.0, 0.0};
    const std::vector<double> r = failureRatios(n, k);
    // Binomial(n, p) weights in log space, over the window where they are not negligible:
    // beyond np +- 40 sd (+ 12) the weights are far below 1e-300 of the total.
    const double mu = double(n) * p;
    const double spread = 40.0 * std::sqrt(mu * (1.0 - p)) + 12.0;
    const int64_t lo = std::max<int64_t>(0, int64_t(std::floor(mu - spread)));
    const int64_t hi = std::min<int64_t>(n, int64_t(std::ceil(mu + spread)));
    const double logP = std::log(p);
    const double logQ = std::log1p(-p);
    std::vector<double> w(size_t(hi - lo + 1));
    double logC = logBinomial(n, lo); // then ln C(n, c + 1) = ln C(n, c) + ln((n - c) / (c + 1))
    double total = 0.0;
    for (int64_t c = lo; c <= hi; ++c) {
        w[size_t(c - lo)] = std::exp(logC + double(c) * logP + double(n - c) * logQ);
        total += w[size_t(c - lo)];
        if (c < n)
            logC += std::log(double(n - c) / double(c + 1));
    }
    double mean = 0.0;
    for (int64_t c = lo; c <= hi; ++c)
        mean += w[size_t(c - lo)] * (1.0 - r[size_t(c)]);
    mean /= total;
    double var = 0.0;
    for (int64_t c = lo; c <= hi; ++c) {
        const double d = (1.0 - r[size_t(c)]) - mean;
        var += w[size_t(c - lo)] * d * d;
    }
    return {mean, var / total};
}

} // namespace paperlab::math
