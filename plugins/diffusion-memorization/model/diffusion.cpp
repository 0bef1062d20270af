// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "diffusion.h"

#include "rfconstants.h"

#include <paperlab/math/rng.h>
#include <paperlab/math/stats.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace paperlab::papers::diffusionmemorization {

namespace {

// Softmax weights over the components (columns) of per-row log-weights, max-subtracted.
Eigen::MatrixXd rowSoftmax(Eigen::MatrixXd logw)
{
    for (Eigen::Index i = 0; i < logw.rows(); ++i) {
        const double mx = logw.row(i).maxCoeff();
        logw.row(i) = (logw.row(i).array() - mx).exp().matrix();
        logw.row(i) /= logw.row(i).sum();
    }
    return logw;
}

// ‖x_i − c_j‖² for all rows i of x and j of c.
Eigen::MatrixXd squaredDistances(const Eigen::MatrixXd &x, const Eigen::MatrixXd &c)
{
    Eigen::MatrixXd d2 = -2.0 * x * c.transpose();
    d2.colwise() += x.rowwise().squaredNorm();
    d2.rowwise() += c.rowwise().squaredNorm().transpose();
    return d2.cwiseMax(0.0);
}

} // namespace

Eigen::MatrixXd ouForward(const Eigen::MatrixXd &x0, double t, const Eigen::MatrixXd &noise)
{
    return std::exp(-t) * x0 + std::sqrt(ouDelta(t)) * noise;
}

GaussianMixture ringMixture(int modes, double radius, double std)
{
    GaussianMixture mix;
    mix.means.resize(modes, 2);
    for (int k = 0; k < modes; ++k) {
        const double a = 2.0 * std::numbers::pi * double(k) / double(modes);
        mix.means(k, 0) = radius * std::cos(a);
        mix.means(k, 1) = radius * std::sin(a);
    }
    mix.weights.assign(size_t(modes), 1.0 / double(modes));
    mix.std = std;
    return mix;
}

GaussianMixture twoGaussians1d(double m, double s)
{
    GaussianMixture mix;
    mix.means.resize(2, 1);
    mix.means << -m, m;
    mix.weights = {0.5, 0.5};
    mix.std = s;
    return mix;
}

Eigen::MatrixXd sampleMixture(const GaussianMixture &mix, int count, math::Rng &rng)
{
    Eigen::MatrixXd x(count, mix.dim());
    for (int i = 0; i < count; ++i) {
        const int k = rng.categorical(mix.weights);
        for (int j = 0; j < mix.dim(); ++j)
            x(i, j) = mix.means(k, j) + mix.std * rng.normal();
    }
    return x;
}

Eigen::MatrixXd mixtureScore(const GaussianMixture &mix, const Eigen::MatrixXd &x, double t)
{
    const double decay = std::exp(-t);
    const double var = decay * decay * mix.std * mix.std + ouDelta(t);
    const Eigen::MatrixXd centres = decay * mix.means;
    Eigen::MatrixXd logw = -squaredDistances(x, centres) / (2.0 * var);
    for (Eigen::Index k = 0; k < logw.cols(); ++k)
        logw.col(k).array() += std::log(mix.weights[size_t(k)]);
    const Eigen::MatrixXd w = rowSoftmax(std::move(logw));
    return (w * centres - x) / var;
}

Eigen::MatrixXd empiricalScore(const Eigen::MatrixXd &train, const Eigen::MatrixXd &x, double t)
{
    const double delta = ouDelta(t);
    const Eigen::MatrixXd centres = std::exp(-t) * train;
    const Eigen::MatrixXd w = rowSoftmax(-squaredDistances(x, centres) / (2.0 * delta));
    return (w * centres - x) / delta;
}

Eigen::VectorXd empiricalLogDensity(const Eigen::MatrixXd &train, const Eigen::MatrixXd &x,
                                    double t)
{
    const double delta = ouDelta(t);
    const double dim = double(x.cols());
    const Eigen::MatrixXd e = -squaredDistances(x, std::exp(-t) * train) / (2.0 * delta);
    Eigen::VectorXd out(x.rows());
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        const double mx = e.row(i).maxCoeff();
        out(i) = mx + std::log((e.row(i).array() - mx).exp().sum())
                 - std::log(double(train.rows()))
                 - 0.5 * dim * std::log(2.0 * std::numbers::pi * delta);
    }
    return out;
}

std::vector<double> reverseTimes(double tMax, double tMin, int steps)
{
    std::vector<double> times;
    steps = std::max(steps, 1);
    const double a = std::log(tMax);
    const double b = std::log(tMin);
    for (int i = 0; i <= steps; ++i)
        times.push_back(std::exp(a + (b - a) * double(i) / double(steps)));
    times.back() = tMin;
    return times;
}

ReverseRun reverseSample(const ScoreFunction &score, const Eigen::MatrixXd &start,
                         const std::vector<double> &times, math::Rng &rng, int keepEvery)
{
    ReverseRun run;
    Eigen::MatrixXd x = start;
    const auto keep = [&](size_t i) {
        if (keepEvery > 0 && (i % size_t(keepEvery) == 0 || i + 1 == times.size())) {
            run.keptTimes.push_back(times[i]);
            run.kept.push_back(x);
        }
    };
    keep(0);
    for (size_t i = 0; i + 1 < times.size(); ++i) {
        const double t = times[i];
        const double h = t - times[i + 1];
        // arXiv 2505.17638 §1: backward process −dx = [x + 2 s(x, t)] dt + dB.
        const Eigen::MatrixXd drift = x + 2.0 * score(x, t);
        Eigen::MatrixXd z = rng.normalMatrix(int(x.rows()), int(x.cols()), 1.0);
        x += h * drift + std::sqrt(2.0 * h) * z;
        keep(i + 1);
    }
    const double tEnd = times.back();
    run.samples = std::exp(tEnd) * (x + ouDelta(tEnd) * score(x, tEnd));
    return run;
}

std::vector<double> gapRatios(const Eigen::MatrixXd &samples, const Eigen::MatrixXd &train)
{
    std::vector<double> ratios;
    if (train.rows() < 2)
        return ratios;
    const Eigen::MatrixXd d2 = squaredDistances(samples, train);
    ratios.reserve(size_t(samples.rows()));
    for (Eigen::Index i = 0; i < d2.rows(); ++i) {
        double first = std::numeric_limits<double>::infinity();
        double second = first;
        for (Eigen::Index j = 0; j < d2.cols(); ++j) {
            const double v = d2(i, j);
            if (v < first) {
                second = first;
                first = v;
            } else if (v < second) {
                second = v;
            }
        }
        ratios.push_back(second > 0.0 ? std::sqrt(first / second) : 1.0);
    }
    return ratios;
}

MemorisedFraction memorisedFraction(const std::vector<double> &ratios, double k, int resamples,
                                    math::Rng &rng)
{
    MemorisedFraction f;
    f.total = int(ratios.size());
    if (ratios.empty())
        return f;
    std::vector<double> indicator;
    indicator.reserve(ratios.size());
    for (double r : ratios) {
        indicator.push_back(r < k ? 1.0 : 0.0);
        f.memorised += r < k ? 1 : 0;
    }
    f.fraction = double(f.memorised) / double(f.total);
    if (f.memorised > 0 && resamples >= 2) {
        const math::Statistic mean = [](const std::vector<double> &v) {
            double s = 0.0;
            for (double x : v)
                s += x;
            return s / double(v.size());
        };
        f.se = math::bootstrapSe(indicator, mean, resamples, rng);
    }
    return f;
}

} // namespace paperlab::papers::diffusionmemorization
