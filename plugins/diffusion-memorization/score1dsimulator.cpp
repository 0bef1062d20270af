// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "score1dsimulator.h"

#include "snapshotutil.h"

#include <paperlab/math/rng.h>

#include <cmath>
#include <numbers>

namespace paperlab::papers::diffusionmemorization {

namespace {
constexpr int kSamples = 2000;
// Two training points can lie a few hundredths apart; stopping at t = 1e-5 (noise 0.0045)
// separates them before the final denoising step.
constexpr double kTMin = 1e-5;
constexpr double kTMax = 4.0;
constexpr int kReverseSteps = 400;
} // namespace

void Score1dSimulator::reset(const ParameterSet &p)
{
    m_mix = twoGaussians1d(p.real(QStringLiteral("mode_m")), p.real(QStringLiteral("mode_s")));
    m_seed = p.seed(QStringLiteral("seed"));
    math::Rng data = math::Rng(m_seed).split(1);
    m_train = sampleMixture(m_mix, p.integer(QStringLiteral("n_1d")), data);
    m_t = p.real(QStringLiteral("t_1d"));
    m_samples.resize(0, 1);
    m_fmem = {};
    m_done = false;
}

void Score1dSimulator::applyLive(const ParameterSet &p)
{
    m_t = p.real(QStringLiteral("t_1d"));
}

void Score1dSimulator::advance(std::chrono::milliseconds)
{
    if (m_done)
        return;
    math::Rng noise = math::Rng(m_seed).split(2);
    const Eigen::MatrixXd start = noise.normalMatrix(kSamples, 1, 1.0);
    const ReverseRun run = reverseSample(
        [&](const Eigen::MatrixXd &x, double t) { return empiricalScore(m_train, x, t); }, start,
        reverseTimes(kTMax, kTMin, kReverseSteps), noise);
    m_samples = run.samples;
    m_fmem = memorisedFraction(gapRatios(m_samples, m_train), 1.0 / 3.0, 1000, noise);
    m_done = true;
}

std::shared_ptr<Snapshot> Score1dSimulator::snapshot() const
{
    auto s = std::make_shared<Snapshot>();
    s->step = m_done ? 1 : 0;
    s->finished = m_done;
    s->progress = m_done ? 1.0 : 0.0;
    const double reach = m_mix.means.cwiseAbs().maxCoeff() + 4.0 * m_mix.std + 0.5;
    const int points = 801;
    Eigen::MatrixXd grid(points, 1);
    for (int i = 0; i < points; ++i)
        grid(i, 0) = -reach + 2.0 * reach * i / (points - 1);
    const Eigen::MatrixXd emp = empiricalScore(m_train, grid, m_t);
    const Eigen::MatrixXd pop = mixtureScore(m_mix, grid, m_t);
    const Eigen::VectorXd logEmp = empiricalLogDensity(m_train, grid, m_t);
    // log P_t of the mixture: each component is N(e^{−t}μ_k, e^{−2t}s² + Δ_t).
    const double var = std::exp(-2.0 * m_t) * m_mix.std * m_mix.std + (1.0 - std::exp(-2.0 * m_t));
    Series se = namedSeries(QStringLiteral("score_empirical"), QStringLiteral("Empirical score"));
    Series sp
        = namedSeries(QStringLiteral("score_population"), QStringLiteral("Population score"));
    Series le = namedSeries(QStringLiteral("logp_empirical"), QStringLiteral("log P_t^{emp}"));
    Series lp = namedSeries(QStringLiteral("logp_population"), QStringLiteral("log P_t"));
    // The steepest rise of the empirical score: the jumps of its staircase between training
    // points, of order (gap)²/Δ_t², which the smooth population score never has.
    double maxSlope = 0.0;
    for (int i = 0; i < points; ++i) {
        const double x = grid(i, 0);
        double density = 0.0;
        for (Eigen::Index k = 0; k < m_mix.means.rows(); ++k) {
            const double z = x - std::exp(-m_t) * m_mix.means(k, 0);
            density += m_mix.weights[size_t(k)] * std::exp(-z * z / (2.0 * var))
                       / std::sqrt(2.0 * std::numbers::pi * var);
        }
        se.x.push_back(x);
        se.y.push_back(emp(i, 0));
        sp.x.push_back(x);
        sp.y.push_back(pop(i, 0));
        le.x.push_back(x);
        le.y.push_back(logEmp(i));
        lp.x.push_back(x);
        lp.y.push_back(std::log(density));
        if (i > 0)
            maxSlope
                = std::max(maxSlope, (emp(i, 0) - emp(i - 1, 0)) / (grid(i, 0) - grid(i - 1, 0)));
    }
    s->series.push_back(std::move(se));
    s->series.push_back(std::move(sp));
    s->series.push_back(std::move(le));
    s->series.push_back(std::move(lp));
    s->series.push_back(scatterSeries(QStringLiteral("train_points"),
                                      QStringLiteral("Training points x^ν"), m_train));
    s->series.push_back(scatterSeries(QStringLiteral("scaled_points"),
                                      QStringLiteral("e^{−t} x^ν"), std::exp(-m_t) * m_train));
    putReadout(*s, QStringLiteral("t"), m_t);
    putReadout(*s, QStringLiteral("n"), double(m_train.rows()));
    putReadout(*s, QStringLiteral("max_score_slope"), maxSlope);
    if (m_done) {
        std::vector<double> values(m_samples.data(), m_samples.data() + m_samples.size());
        s->bars.push_back(histogramBars(QStringLiteral("samples"),
                                        QStringLiteral("Samples of the backward SDE (empirical score)"),
                                        values, 160, -reach, reach));
        putReadout(*s, QStringLiteral("f_mem_1d"), m_fmem.fraction);
        putReadout(*s, QStringLiteral("f_mem_1d_se"), m_fmem.se);
        s->status = QStringLiteral("t = %1: %2 of backward samples memorised")
                        .arg(m_t, 0, 'g', 3)
                        .arg(m_fmem.fraction, 0, 'f', 3);
    }
    s->phase = m_done ? QStringLiteral("done") : QStringLiteral("sampling");
    return s;
}

} // namespace paperlab::papers::diffusionmemorization
