// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "memorisationrun.h"

#include "rfconstants.h"

#include <algorithm>
#include <cmath>

namespace paperlab::papers::diffusionmemorization {

SharedDraws makeSharedDraws(const GaussianMixture &mix, int nMax, int samples,
                            const math::Rng &master)
{
    SharedDraws d;
    d.mix = mix;
    math::Rng data = master.split(1);
    math::Rng start = master.split(2);
    math::Rng population = master.split(3);
    d.data = sampleMixture(mix, nMax, data);
    d.start = start.normalMatrix(samples, mix.dim(), 1.0);
    d.population = sampleMixture(mix, samples, population);
    return d;
}

ReverseRun sampleWithEmpiricalScore(const Eigen::MatrixXd &train, const Eigen::MatrixXd &start,
                                    const MemorisationConfig &config, math::Rng &rng)
{
    const auto times = reverseTimes(config.net.tMax, config.net.tMin, config.reverseSteps);
    return reverseSample(
        [&](const Eigen::MatrixXd &x, double t) { return empiricalScore(train, x, t); }, start,
        times, rng, config.keepEvery);
}

MemorisationRun::MemorisationRun(const SharedDraws &draws, int n, const MemorisationConfig &config,
                                 const math::Rng &streams)
    : m_draws(draws)
    , m_config(config)
    , m_train(draws.data.topRows(n))
    , m_trainRng(streams.split(1))
    , m_sampleStream(streams.split(2))
    , m_bootstrapStream(streams.split(3))
{
    math::Rng init = streams.split(0);
    m_net = std::make_unique<ScoreNet>(draws.mix.dim(), config.net, init);

    math::Rng q = streams.split(4);
    const int dim = draws.mix.dim();
    m_empiricalQuality = 0.0;
    for (double t : config.qualityTimes) {
        const Eigen::MatrixXd x0 = sampleMixture(draws.mix, config.qualityPoints, q);
        const Eigen::MatrixXd xi = q.normalMatrix(config.qualityPoints, dim, 1.0);
        const Eigen::MatrixXd xt = ouForward(x0, t, xi);
        const double root = std::sqrt(ouDelta(t));
        m_qualityX.push_back(xt);
        m_qualityEps.push_back(-root * mixtureScore(draws.mix, xt, t));
        const Eigen::MatrixXd emp = -root * empiricalScore(m_train, xt, t);
        m_empiricalQuality += (emp - m_qualityEps.back()).squaredNorm() / double(xt.rows() * dim);
    }
    m_empiricalQuality /= double(config.qualityTimes.size());

    math::Rng monitor = streams.split(5);
    Eigen::MatrixXd cycled(config.lossPoints, dim);
    for (int i = 0; i < config.lossPoints; ++i)
        cycled.row(i) = m_train.row(i % n);
    m_trainMonitor
        = makeDsmBatch(cycled, config.lossPoints, config.net.tMin, config.net.tMax, monitor);
    const Eigen::MatrixXd fresh = sampleMixture(draws.mix, config.lossPoints, monitor);
    m_testMonitor
        = makeDsmBatch(fresh, config.lossPoints, config.net.tMin, config.net.tMax, monitor);
}

void MemorisationRun::trainSteps(int count)
{
    for (int i = 0; i < count; ++i)
        m_net->trainStep(m_train, m_trainRng);
}

double MemorisationRun::quality()
{
    double q = 0.0;
    for (size_t k = 0; k < m_qualityX.size(); ++k) {
        const Eigen::MatrixXd &x = m_qualityX[k];
        const Eigen::VectorXd t = Eigen::VectorXd::Constant(x.rows(), m_config.qualityTimes[k]);
        q += (m_net->predictNoise(x, t) - m_qualityEps[k]).squaredNorm()
             / double(x.rows() * x.cols());
    }
    return q / double(m_qualityX.size());
}

const Checkpoint &MemorisationRun::evaluate()
{
    Checkpoint c;
    c.step = m_net->steps();
    math::Rng noise = m_sampleStream;
    const auto times = reverseTimes(m_config.net.tMax, m_config.net.tMin, m_config.reverseSteps);
    m_latest
        = reverseSample([&](const Eigen::MatrixXd &x, double t) { return m_net->score(x, t); },
                        m_draws.start, times, noise, m_config.keepEvery);
    math::Rng boot = m_bootstrapStream;
    c.fmem = memorisedFraction(gapRatios(m_latest.samples, m_train), m_config.gapK,
                               m_config.bootstrap, boot);
    c.quality = quality();
    c.trainLoss = m_net->dsmLoss(m_trainMonitor.xt, m_trainMonitor.t, m_trainMonitor.noise, false);
    c.testLoss = m_net->dsmLoss(m_testMonitor.xt, m_testMonitor.t, m_testMonitor.noise, false);
    m_history.push_back(c);
    return m_history.back();
}

std::vector<int> checkpointSchedule(int first, int last, int count, int multiple)
{
    std::vector<int> s = {0};
    multiple = std::max(multiple, 1);
    if (last <= 0)
        return s;
    first = std::clamp(first, 1, last);
    count = std::max(count, 1);
    for (int i = 0; i < count; ++i) {
        const double f = count == 1 ? 1.0 : double(i) / double(count - 1);
        const double v
            = std::exp(std::log(double(first)) * (1.0 - f) + std::log(double(last)) * f);
        int k = int(std::lround(v / double(multiple))) * multiple;
        k = std::clamp(k, multiple, std::max(last, multiple));
        if (k > s.back())
            s.push_back(k);
    }
    return s;
}

} // namespace paperlab::papers::diffusionmemorization
