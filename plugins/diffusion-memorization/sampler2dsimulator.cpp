// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "sampler2dsimulator.h"

#include "rfflow.h"
#include "snapshotutil.h"

#include <paperlab/math/rng.h>


#include <algorithm>
#include <cmath>
#include <limits>

namespace paperlab::papers::diffusionmemorization {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The recorded cloud whose time is nearest to t in log time.
const Eigen::MatrixXd *cloudAt(const ReverseRun &run, double t)
{
    const Eigen::MatrixXd *best = nullptr;
    double gap = std::numeric_limits<double>::infinity();
    for (size_t i = 0; i < run.kept.size(); ++i) {
        const double g = std::abs(std::log(run.keptTimes[i] / t));
        if (g < gap) {
            gap = g;
            best = &run.kept[i];
        }
    }
    return best;
}

GaussianMixture datasetMixture(const QString &id)
{
    if (id == QLatin1String("pair")) {
        GaussianMixture mix = ringMixture(2, 1.0, 0.35);
        return mix;
    }
    if (id == QLatin1String("blob")) {
        GaussianMixture mix = ringMixture(1, 0.0, 0.7);
        return mix;
    }
    return ringMixture(8, 1.2, 0.25);
}

} // namespace

struct Sampler2dSimulator::Run {
    std::unique_ptr<MemorisationRun> model;
    ReverseRun empirical;
    MemorisedFraction fmemEmpirical;
    MemorisedFraction fmemPopulation;
    size_t nextCheckpoint = 0;
    bool started = false;
    double tauGen = kNaN;
    double tauMem = kNaN;
    double qualityMin = kNaN;
};

Sampler2dSimulator::Sampler2dSimulator() = default;
Sampler2dSimulator::~Sampler2dSimulator() = default;

void Sampler2dSimulator::reset(const ParameterSet &p)
{
    const QList<int> ns = p.intList(QStringLiteral("n"));
    if (ns.isEmpty() || ns.size() > kMaxRuns) { // before any change: the run shown goes on
        throw InputError({}, 0, QStringLiteral("n"),
                         QStringLiteral("n: give between 1 and %1 training-set sizes")
                             .arg(kMaxRuns));
    }
    m_config = MemorisationConfig{};
    m_config.net.width = p.integer(QStringLiteral("width"));
    m_config.net.lr = p.real(QStringLiteral("lr"));
    m_config.net.batch = p.integer(QStringLiteral("batch"));
    m_config.net.tMin = p.real(QStringLiteral("t_min"));
    m_config.net.tMax = 4.0;
    m_config.samples = p.integer(QStringLiteral("samples"));
    m_config.reverseSteps = p.integer(QStringLiteral("reverse_steps"));
    m_config.keepEvery = std::max(1, m_config.reverseSteps / 40);
    m_scrubT = p.real(QStringLiteral("scrub_t"));

    const int nMax = *std::max_element(ns.begin(), ns.end());
    m_runs.clear(); // before the draws they refer to
    m_master = math::Rng(p.seed(QStringLiteral("seed")));
    const math::Rng &master = m_master;
    m_draws = std::make_unique<SharedDraws>(makeSharedDraws(
        datasetMixture(p.choice(QStringLiteral("dataset"))), nMax, m_config.samples, master));
    // Rounded up to whole blocks, so that chunking never changes where training stops.
    m_totalSteps = (p.integer(QStringLiteral("train_steps")) + kBlock - 1) / kBlock * kBlock;
    m_schedule = checkpointSchedule(kBlock, m_totalSteps, p.integer(QStringLiteral("checkpoints")),
                                    kBlock);
    for (int i = 0; i < ns.size(); ++i) {
        auto run = std::make_unique<Run>();
        run->model = std::make_unique<MemorisationRun>(*m_draws, ns[i], m_config,
                                                       master.split(100 + uint64_t(i)));
        m_runs.push_back(std::move(run));
    }
    const int copies = std::max(1, 512 / nMax);
    math::Rng forward = master.split(4);
    m_forwardNoise = forward.normalMatrix(nMax * copies, 2, 1.0);
    math::Rng oneD = master.split(5);
    m_data1d = sampleMixture(twoGaussians1d(2.0, 0.5), ns.front(), oneD);
    m_cursor = 0;
    m_steps = 0;
}

void Sampler2dSimulator::applyLive(const ParameterSet &p)
{
    m_scrubT = p.real(QStringLiteral("scrub_t"));
}

bool Sampler2dSimulator::finished() const
{
    for (const auto &run : m_runs) {
        if (!run->started || run->nextCheckpoint < m_schedule.size())
            return false;
    }
    return !m_runs.empty();
}

void Sampler2dSimulator::step()
{
    // Each step gives one unit of work (a training block or an evaluation) to at most as many
    // runs as there are worker threads, in turn, so that a step stays short whatever the
    // number of runs. A run's numbers depend only on its own sequence of units, not on the
    // interleaving.
    std::vector<size_t> picked;
    const size_t count = m_runs.size();
    for (size_t i = 0; i < count && int(picked.size()) < runThreads(); ++i) {
        const size_t k = (m_cursor + i) % count;
        const Run &run = *m_runs[k];
        if (!run.started || run.nextCheckpoint < m_schedule.size())
            picked.push_back(k);
    }
    if (picked.empty())
        return;
    m_cursor = (picked.back() + 1) % count;
    math::parallelFor(int(picked.size()), int(picked.size()), [&](int j) {
        const size_t i = picked[size_t(j)];
        Run &run = *m_runs[i];
        MemorisationRun &model = *run.model;
        if (!run.started) {
            // Exact empirical score: the global minimiser of the training loss (eq. 5).
            math::Rng rng = m_master.split(200 + uint64_t(i));
            run.empirical = sampleWithEmpiricalScore(model.train(), m_draws->start, m_config, rng);
            run.fmemEmpirical = memorisedFraction(gapRatios(run.empirical.samples, model.train()),
                                                  m_config.gapK, m_config.bootstrap, rng);
            // Baseline: fresh population samples are "memorised" by chance in 2-D.
            run.fmemPopulation = memorisedFraction(gapRatios(m_draws->population, model.train()),
                                                   m_config.gapK, m_config.bootstrap, rng);
            model.evaluate();
            run.nextCheckpoint = 1;
            run.started = true;
        } else {
            const int target = m_schedule[run.nextCheckpoint];
            if (model.steps() < target) {
                model.trainSteps(std::min(kBlock, target - model.steps()));
            } else {
                model.evaluate();
                ++run.nextCheckpoint;
            }
        }
        updateWindow(run);
    });
    ++m_steps;
}

void Sampler2dSimulator::updateWindow(Run &run) const
{
    // The 2-D analogues of the paper's two timescales (explainer, "Under the hood"):
    // τ_gen: first checkpoint where the population score error Q has made 95% of its drop
    // from the untrained value to its minimum so far; τ_mem: where f_mem first reaches half
    // way from the population baseline to the empirical-score value (log-interpolated).
    const auto &h = run.model->history();
    if (h.size() < 2)
        return;
    double qMin = h[1].quality;
    for (size_t i = 1; i < h.size(); ++i)
        qMin = std::min(qMin, h[i].quality);
    run.qualityMin = qMin;
    const double q0 = h.front().quality;
    run.tauGen = kNaN;
    for (size_t i = 1; i < h.size(); ++i) {
        if (h[i].quality - qMin <= 0.05 * (q0 - qMin)) {
            run.tauGen = h[i].step;
            break;
        }
    }
    const double half = 0.5 * (run.fmemPopulation.fraction + run.fmemEmpirical.fraction);
    run.tauMem = kNaN;
    for (size_t i = 1; i < h.size(); ++i) {
        if (h[i].fmem.fraction >= half) {
            const double f0 = h[i - 1].fmem.fraction;
            const double f1 = h[i].fmem.fraction;
            if (i == 1 || f1 <= f0) {
                run.tauMem = h[i].step;
            } else {
                const double a = std::log(double(std::max(h[i - 1].step, 1)));
                const double b = std::log(double(h[i].step));
                run.tauMem = std::exp(a + (b - a) * (half - f0) / (f1 - f0));
            }
            break;
        }
    }
}

std::shared_ptr<Snapshot> Sampler2dSimulator::snapshot() const
{
    auto s = std::make_shared<Snapshot>();
    s->step = m_steps;
    s->finished = finished();
    size_t done = 0;
    for (const auto &run : m_runs)
        done += run->started ? std::min(run->nextCheckpoint, m_schedule.size()) : 0;
    const size_t total = m_runs.size() * m_schedule.size();
    s->progress = total > 0 ? double(done) / double(total) : 1.0;
    putReadout(*s, QStringLiteral("scrub_t"), m_scrubT);
    if (!m_draws)
        return s;
    s->series.push_back(scatterSeries(QStringLiteral("population"),
                                      QStringLiteral("Population samples"), m_draws->population));

    double fEmpMin = 1.0;
    for (size_t k = 0; k < m_runs.size(); ++k) {
        const Run &run = *m_runs[k];
        const MemorisationRun &model = *run.model;
        const QString tag = QString::number(k);
        const QString nText = QStringLiteral("n = %1").arg(model.n());
        s->series.push_back(scatterSeries(QStringLiteral("train_") + tag,
                                          QStringLiteral("Training points, ") + nText,
                                          model.train()));

        // Forward OU cloud at the scrubbed time: x_t = e^{−t} x_0 + √Δ_t ξ, with copies of each
        // training point and fixed ξ.
        const int copies = int(m_forwardNoise.rows()) / std::max(1, int(m_draws->data.rows()));
        const int rows = copies * model.n();
        Eigen::MatrixXd x0(rows, 2);
        for (int i = 0; i < rows; ++i)
            x0.row(i) = model.train().row(i % model.n());
        s->series.push_back(scatterSeries(QStringLiteral("forward_") + tag,
                                          QStringLiteral("Forward process at t"),
                                          ouForward(x0, m_scrubT, m_forwardNoise.topRows(rows))));

        if (run.started) {
            s->series.push_back(scatterSeries(QStringLiteral("samples_empirical_") + tag,
                                              QStringLiteral("Samples, exact empirical score"),
                                              run.empirical.samples));
            if (const Eigen::MatrixXd *c = cloudAt(run.empirical, m_scrubT)) {
                s->series.push_back(
                    scatterSeries(QStringLiteral("reverse_empirical_") + tag,
                                  QStringLiteral("Reverse process (empirical score) at t"), *c));
            }
            s->series.push_back(scatterSeries(QStringLiteral("samples_mlp_") + tag,
                                              QStringLiteral("Samples, trained network"),
                                              model.latestSamples().samples));
            if (const Eigen::MatrixXd *c = cloudAt(model.latestSamples(), m_scrubT)) {
                s->series.push_back(scatterSeries(QStringLiteral("reverse_mlp_") + tag,
                                                  QStringLiteral("Reverse process (network) at t"),
                                                  *c));
            }
            fEmpMin = std::min(fEmpMin, run.fmemEmpirical.fraction);
            putReadout(*s, QStringLiteral("f_mem_empirical_score_") + tag,
                       run.fmemEmpirical.fraction);
            putReadout(*s, QStringLiteral("f_mem_population_") + tag, run.fmemPopulation.fraction);
            putReadout(*s, QStringLiteral("f_mem_population_se_") + tag, run.fmemPopulation.se);
            if (k == 0) {
                putReadout(*s, QStringLiteral("f_mem_empirical_score"),
                           run.fmemEmpirical.fraction);
                putReadout(*s, QStringLiteral("f_mem_empirical_score_se"), run.fmemEmpirical.se);
            }
        }

        // Training-time curves (checkpoint 0, the untrained network, is left off log axes).
        Series fmem
            = namedSeries(QStringLiteral("fmem_") + tag, QStringLiteral("f_{mem}, ") + nText);
        Series lo = namedSeries(QStringLiteral("fmem_lo_") + tag, QStringLiteral("f_{mem} − SE"));
        Series hi = namedSeries(QStringLiteral("fmem_hi_") + tag, QStringLiteral("f_{mem} + SE"));
        Series quality = namedSeries(QStringLiteral("quality_") + tag,
                                     QStringLiteral("Score error vs population, ") + nText);
        Series trainLoss = namedSeries(QStringLiteral("train_loss_") + tag,
                                       QStringLiteral("Train loss, ") + nText);
        Series testLoss = namedSeries(QStringLiteral("test_loss_") + tag,
                                      QStringLiteral("Test loss, ") + nText);
        const auto &h = model.history();
        for (size_t i = 1; i < h.size(); ++i) {
            const double x = h[i].step;
            fmem.x.push_back(x);
            fmem.y.push_back(h[i].fmem.fraction);
            lo.x.push_back(x);
            lo.y.push_back(std::max(0.0, h[i].fmem.fraction - h[i].fmem.se));
            hi.x.push_back(x);
            hi.y.push_back(std::min(1.0, h[i].fmem.fraction + h[i].fmem.se));
            quality.x.push_back(x);
            quality.y.push_back(h[i].quality);
            trainLoss.x.push_back(x);
            trainLoss.y.push_back(h[i].trainLoss);
            testLoss.x.push_back(x);
            testLoss.y.push_back(h[i].testLoss);
        }
        const double x0Axis = kBlock;
        const double x1Axis = std::max<double>(m_totalSteps, kBlock);
        if (run.started) {
            s->series.push_back({QStringLiteral("fmem_baseline_") + tag,
                                 QStringLiteral("f_{mem} of population samples"),
                                 {x0Axis, x1Axis},
                                 {run.fmemPopulation.fraction, run.fmemPopulation.fraction}});
            s->series.push_back({QStringLiteral("fmem_empirical_") + tag,
                                 QStringLiteral("f_{mem} of the empirical score"),
                                 {x0Axis, x1Axis},
                                 {run.fmemEmpirical.fraction, run.fmemEmpirical.fraction}});
            s->series.push_back({QStringLiteral("quality_empirical_") + tag,
                                 QStringLiteral("Score error of the empirical score"),
                                 {x0Axis, x1Axis},
                                 {model.empiricalQuality(), model.empiricalQuality()}});
        }
        if (!h.empty()) {
            putReadout(*s, QStringLiteral("f_mem_mlp_") + tag, h.back().fmem.fraction);
            putReadout(*s, QStringLiteral("f_mem_mlp_se_") + tag, h.back().fmem.se);
            putReadout(*s, QStringLiteral("steps_") + tag, h.back().step);
        }
        putReadout(*s, QStringLiteral("n_") + tag, model.n());
        putReadout(*s, QStringLiteral("quality_min_") + tag, run.qualityMin);
        putReadout(*s, QStringLiteral("quality_empirical_") + tag, model.empiricalQuality());
        putReadout(*s, QStringLiteral("tau_gen_steps_") + tag, run.tauGen);
        putReadout(*s, QStringLiteral("tau_mem_steps_") + tag, run.tauMem);
        if (std::isfinite(run.tauGen))
            s->series.push_back(markerSeries(QStringLiteral("tau_gen_mark_") + tag,
                                             QStringLiteral("τ_{gen}"), run.tauGen, 0.0, 1.0));
        if (std::isfinite(run.tauMem))
            s->series.push_back(markerSeries(QStringLiteral("tau_mem_mark_") + tag,
                                             QStringLiteral("τ_{mem}"), run.tauMem, 0.0, 1.0));
        for (Series *series : {&fmem, &lo, &hi, &quality, &trainLoss, &testLoss})
            s->series.push_back(std::move(*series));
    }
    if (m_runs.front()->started)
        putReadout(*s, QStringLiteral("f_mem_empirical_score_min"), fEmpMin);

    // The 1-D picture of Fig. 1: empirical against population score at the scrubbed time.
    const GaussianMixture mix1d = twoGaussians1d(2.0, 0.5);
    const int points = 481;
    Eigen::MatrixXd grid(points, 1);
    for (int i = 0; i < points; ++i)
        grid(i, 0) = -4.0 + 8.0 * i / (points - 1);
    const Eigen::MatrixXd emp = empiricalScore(m_data1d, grid, m_scrubT);
    const Eigen::MatrixXd pop = mixtureScore(mix1d, grid, m_scrubT);
    Series e = namedSeries(QStringLiteral("score1d_empirical"), QStringLiteral("Empirical score"));
    Series q
        = namedSeries(QStringLiteral("score1d_population"), QStringLiteral("Population score"));
    for (int i = 0; i < points; ++i) {
        e.x.push_back(grid(i, 0));
        e.y.push_back(emp(i, 0));
        q.x.push_back(grid(i, 0));
        q.y.push_back(pop(i, 0));
    }
    s->series.push_back(std::move(e));
    s->series.push_back(std::move(q));
    s->series.push_back(scatterSeries(QStringLiteral("score1d_points"),
                                      QStringLiteral("Training points e^{−t}x^ν"),
                                      std::exp(-m_scrubT) * m_data1d));

    if (!m_runs.front()->started) {
        s->phase = QStringLiteral("sampling with the empirical score");
        s->status = QStringLiteral("ready");
    } else if (finished()) {
        s->phase = QStringLiteral("done");
        s->status = QStringLiteral("trained %1 steps").arg(m_totalSteps);
    } else {
        s->phase = QStringLiteral("training step %1 of %2")
                       .arg(m_runs.front()->model->steps())
                       .arg(m_totalSteps);
        const auto &h = m_runs.front()->model->history();
        s->status = QStringLiteral("f_mem = %1 (n = %2)")
                        .arg(h.empty() ? 0.0 : h.back().fmem.fraction, 0, 'f', 2)
                        .arg(m_runs.front()->model->n());
    }
    return s;
}

} // namespace paperlab::papers::diffusionmemorization
