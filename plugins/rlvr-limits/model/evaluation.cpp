// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "evaluation.h"

#include <paperlab/math/passk.h>

#include <algorithm>
#include <cmath>

namespace paperlab::papers::rlvrlimits {

SolveProbabilities solveProbabilities(const World &world, const std::vector<double> &pathProbs,
                                      int first, int count)
{
    SolveProbabilities s;
    s.p.resize(size_t(count));
    s.logFailure.resize(size_t(count));
    for (int i = 0; i < count; ++i) {
        const int j = first + i;
        double p = 0.0;
        for (int y : world.correctPaths(j))
            p += pathProbs[size_t(y)];
        if (p <= 0.99) {
            s.logFailure[size_t(i)] = std::log1p(-p);
        } else {
            // 1 - p by direct summation, which keeps its relative accuracy when p is close
            // to 1 (rare, so the O(V^L) loop costs little).
            double q = 0.0;
            for (int y = 0; y < world.paths(); ++y) {
                if (!world.correct(j, y))
                    q += pathProbs[size_t(y)];
            }
            s.logFailure[size_t(i)] = std::log(q);
            p = 1.0 - q;
        }
        s.p[size_t(i)] = std::clamp(p, 0.0, 1.0);
    }
    return s;
}

double exactPassAtK(const SolveProbabilities &s, double k)
{
    if (s.logFailure.empty())
        return 0.0;
    double sum = 0.0;
    for (double lf : s.logFailure)
        sum += math::passAtKFromLogFailure(lf, k);
    return sum / double(s.logFailure.size());
}

std::vector<double> exactPassCurve(const SolveProbabilities &s, int kMax)
{
    std::vector<double> curve(size_t(std::max(kMax, 0)), 0.0);
    if (s.logFailure.empty())
        return curve;
    for (double lf : s.logFailure) {
        for (int k = 1; k <= kMax; ++k)
            curve[size_t(k - 1)] += math::passAtKFromLogFailure(lf, double(k));
    }
    for (double &c : curve)
        c /= double(s.logFailure.size());
    return curve;
}

Coverage coverage(const SolveProbabilities &base, const SolveProbabilities &rl, double k,
                  double threshold)
{
    Coverage c;
    const size_t n = std::min(base.logFailure.size(), rl.logFailure.size());
    for (size_t j = 0; j < n; ++j) {
        const bool b = math::passAtKFromLogFailure(base.logFailure[j], k) >= threshold;
        const bool r = math::passAtKFromLogFailure(rl.logFailure[j], k) >= threshold;
        if (b && r)
            ++c.both;
        else if (b)
            ++c.baseOnly;
        else if (r)
            ++c.rlOnly;
        else
            ++c.neither;
    }
    return c;
}

int crossoverK(const std::vector<double> &baseCurve, const std::vector<double> &rlCurve)
{
    const size_t n = std::min(baseCurve.size(), rlCurve.size());
    for (size_t i = 0; i < n; ++i) {
        if (baseCurve[i] >= rlCurve[i])
            return int(i) + 1;
    }
    return 0;
}

double perplexityUnder(const std::vector<double> &pathProbsX,
                       const std::vector<double> &logProbsRef, int length)
{
    double nll = 0.0;
    for (size_t y = 0; y < pathProbsX.size(); ++y) {
        if (pathProbsX[y] > 0.0)
            nll -= pathProbsX[y] * logProbsRef[y];
    }
    return std::exp(nll / double(length));
}

double outOfPriorMass(const PathSpace &space, const std::vector<double> &pathProbs)
{
    double m = 0.0;
    for (int y = 0; y < space.paths(); ++y) {
        if (space.outOfPrior(y))
            m += pathProbs[size_t(y)];
    }
    return m;
}

std::vector<double> weightedHistogram(const std::vector<double> &values,
                                      const std::vector<double> &weights, int bins, double lo,
                                      double hi)
{
    std::vector<double> h(size_t(std::max(bins, 0)), 0.0);
    if (bins < 1 || !(hi > lo))
        return h;
    const double width = (hi - lo) / double(bins);
    for (size_t i = 0; i < values.size(); ++i) {
        const double v = values[i];
        if (!(v >= lo && v <= hi))
            continue;
        int b = int((v - lo) / width);
        b = std::clamp(b, 0, bins - 1); // v == hi falls in the closed last bin
        h[size_t(b)] += weights[i];
    }
    return h;
}

std::vector<double> prefixMassGrid(const PathSpace &space, const std::vector<double> &pathProbs,
                                   double floor)
{
    const int L = space.length();
    const int P = space.paths();
    std::vector<double> grid(size_t(L) * size_t(P));
    std::vector<double> mass = pathProbs; // depth L
    for (int t = L; t >= 1; --t) {
        // mass holds the prefixes of length t; spread each over the paths below it.
        const int span = P / space.prefixes(t);
        for (int y = 0; y < P; ++y) {
            const double m = mass[size_t(y / span)];
            grid[size_t(t - 1) * size_t(P) + size_t(y)]
                = m > 0.0 ? std::max(std::log10(m), floor) : floor;
        }
        std::vector<double> parent(size_t(space.prefixes(t - 1)), 0.0);
        for (size_t p = 0; p < mass.size(); ++p)
            parent[p / size_t(space.vocab())] += mass[p];
        mass.swap(parent);
    }
    return grid;
}

SampledCounts sampleCounts(const World &world, const std::vector<double> &pathProbs, int first,
                           int count, int n, math::Rng &rng)
{
    SampledCounts s;
    s.n = n;
    s.correct.assign(size_t(count), 0);
    const PathSampler sampler(pathProbs);
    for (int i = 0; i < count; ++i) {
        int64_t c = 0;
        for (int draw = 0; draw < n; ++draw)
            c += world.correct(first + i, sampler.sample(rng)) ? 1 : 0;
        s.correct[size_t(i)] = c;
    }
    return s;
}

std::vector<double> estimatorCurve(const SampledCounts &counts, int kMax)
{
    kMax = std::min(kMax, counts.n);
    std::vector<double> curve(size_t(std::max(kMax, 0)), 0.0);
    if (counts.correct.empty() || kMax < 1)
        return curve;
    for (int64_t c : counts.correct) {
        const std::vector<double> one = math::passAtKCurve(counts.n, c, kMax);
        for (int k = 0; k < kMax; ++k)
            curve[size_t(k)] += one[size_t(k)];
    }
    for (double &x : curve)
        x /= double(counts.correct.size());
    return curve;
}

EstimatorCheck checkEstimator(const SampledCounts &counts, const SolveProbabilities &exact, int k)
{
    EstimatorCheck e;
    e.k = k;
    const size_t J = counts.correct.size();
    if (J == 0 || k < 1 || k > counts.n)
        return e;
    double var = 0.0;
    for (size_t j = 0; j < J; ++j) {
        e.estimate += math::passAtK(counts.n, counts.correct[j], k);
        e.exact += math::passAtKFromLogFailure(exact.logFailure[j], double(k));
        var += math::passAtKEstimatorMoments(counts.n, exact.p[j], k).variance;
    }
    e.estimate /= double(J);
    e.exact /= double(J);
    e.se = std::sqrt(var) / double(J);
    e.z = e.se > 0.0 ? (e.estimate - e.exact) / e.se : 0.0;
    return e;
}

} // namespace paperlab::papers::rlvrlimits
