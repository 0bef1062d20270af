// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "tabularrlvrsimulator.h"

#include <paperlab/math/parallel.h>
#include <paperlab/math/stats.h>


#include <algorithm>
#include <cmath>
#include <numeric>

namespace paperlab::papers::rlvrlimits {

namespace {

constexpr int kSweepThreads = 2; // the machine has 2 cores (architecture §7.5)

QString pct(double x)
{
    return QString::number(100.0 * x, 'f', 1);
}

Series fullCurve(const QString &id, const QString &label, const std::vector<double> &curve)
{
    Series s{id, label, {}, curve};
    s.x.resize(curve.size());
    std::iota(s.x.begin(), s.x.end(), 1.0);
    return s;
}

// The estimator at k = 1, 2, 4, ... (markers over the exact curve).
Series powersOfTwo(const QString &id, const QString &label, const std::vector<double> &curve)
{
    Series s{id, label, {}, {}};
    for (size_t k = 1; k <= curve.size(); k *= 2) {
        s.x.push_back(double(k));
        s.y.push_back(curve[k - 1]);
    }
    return s;
}

Bars accuracyHistogram(const QString &id, const QString &label, const SolveProbabilities &t)
{
    return histogramBars(id, label, t.p, 10, 0.0, 1.0);
}

// Exact distribution of the per-token NLL under the base model, -log pi_0(y) / L, of samples
// from a model (weights pi_X(y)); values past the range are put in the last bin.
Bars nllHistogram(const QString &id, const QString &label, const ModelEvaluation &x,
                  const std::vector<double> &baseLogProbs, int length)
{
    constexpr int bins = 40;
    constexpr double hi = 4.0; // in-prior samples lie below ~2.5; out-of-prior ones far above
    std::vector<double> nll(baseLogProbs.size());
    for (size_t y = 0; y < nll.size(); ++y)
        nll[y] = std::min(-baseLogProbs[y] / double(length), hi);
    return uniformBars(id, label, 0.0, hi, weightedHistogram(nll, x.pathProbs, bins, 0.0, hi));
}

Series rankedMass(const QString &id, const QString &label, const ModelEvaluation &x)
{
    std::vector<double> p = x.pathProbs;
    std::sort(p.begin(), p.end(), std::greater<>());
    Series s{id, label, {}, {}};
    for (size_t i = 0; i < p.size(); ++i) {
        s.x.push_back(double(i + 1));
        s.y.push_back(std::max(p[i], 1e-16));
    }
    return s;
}

Grid treeGrid(const QString &id, const QString &label, const PathSpace &space,
              const ModelEvaluation &x)
{
    return Grid{id, label, space.length(), space.paths(),
                prefixMassGrid(space, x.pathProbs, -12.0)};
}

} // namespace

LabConfig TabularRlvrSimulator::configFrom(const ParameterSet &p)
{
    LabConfig c;
    c.vocab = p.integer(QStringLiteral("vocab"));
    c.length = p.integer(QStringLiteral("length"));
    c.priorBeta = p.real(QStringLiteral("prior_beta"));
    c.priorRho = p.real(QStringLiteral("prior_rho"));
    c.oopBonus = p.real(QStringLiteral("oop_bonus"));
    c.oopWeight = p.real(QStringLiteral("oop_weight"));
    c.difficultySd = p.real(QStringLiteral("difficulty_sd"));
    c.verifierSlope = p.real(QStringLiteral("verifier_slope"));
    c.verifierOffset = p.real(QStringLiteral("verifier_offset"));
    c.trainProblems = p.integer(QStringLiteral("train_problems"));
    c.testProblems = p.integer(QStringLiteral("test_problems"));
    c.groupSize = p.integer(QStringLiteral("group_size"));
    c.problemsPerStep = p.integer(QStringLiteral("problems_per_step"));
    c.rlSteps = p.integer(QStringLiteral("rl_steps"));
    c.rlLr = p.real(QStringLiteral("rl_lr"));
    c.klCoef = p.real(QStringLiteral("kl_coef"));
    c.checkpoints.clear();
    for (int s : p.intList(QStringLiteral("checkpoints")))
        c.checkpoints.push_back(s);
    c.distillSteps = p.integer(QStringLiteral("distill_steps"));
    c.distillLr = p.real(QStringLiteral("distill_lr"));
    c.distillBatch = p.integer(QStringLiteral("distill_batch"));
    c.teacherBeta = p.real(QStringLiteral("teacher_beta"));
    c.estimatorSamples = p.integer(QStringLiteral("estimator_samples"));
    c.kMax = p.integer(QStringLiteral("k_max"));
    c.coverageK = p.integer(QStringLiteral("coverage_k"));
    return c;
}

void TabularRlvrSimulator::reset(const ParameterSet &p)
{
    const LabConfig config = configFrom(p);
    // A rule between parameters (such as V^L) broken: refused before anything changes.
    if (const std::string problem = validateConfig(config); !problem.empty())
        throw InputError({}, 0, {}, QString::fromStdString(problem));
    m_config = config;
    m_seed = p.seed(QStringLiteral("seed"));
    m_lab = std::make_unique<Lab>(m_config, m_seed);
    m_sweepSeeds = p.integer(QStringLiteral("sweep_seeds"));
    m_sweep.clear();
    m_step = 0;
    m_rlSoFar = {};
    m_studentSoFar = {};
    applyLive(p);
}

void TabularRlvrSimulator::applyLive(const ParameterSet &p)
{
    setStepsPerAdvance(p.integer(QStringLiteral("steps_per_tick")));
}

bool TabularRlvrSimulator::finished() const
{
    return m_lab && m_lab->done() && int(m_sweep.size()) >= std::max(m_sweepSeeds, 1);
}

void TabularRlvrSimulator::step()
{
    if (!m_lab->done()) {
        m_lab->step();
        if (m_lab->done() && m_sweep.empty())
            m_sweep.push_back(m_lab->result()); // the main run is sweep seed 0
    } else {
        // Two seeds at a time in parallel; each run owns its streams (seed + index), so the
        // results do not depend on scheduling.
        const int first = int(m_sweep.size());
        const int count = std::min(kSweepThreads, m_sweepSeeds - first);
        std::vector<LabResult> results(size_t(std::max(count, 0)));
        math::parallelFor(count, kSweepThreads, [&](int i) {
            results[size_t(i)] = runLab(m_config, m_seed + quint64(first + i));
        });
        m_sweep.insert(m_sweep.end(), results.begin(), results.end());
    }
    ++m_step;
}

std::shared_ptr<Snapshot> TabularRlvrSimulator::snapshot() const
{
    auto s = std::make_shared<Snapshot>();
    s->step = m_step;
    s->finished = finished();
    if (!m_lab)
        return s;
    const Lab &lab = *m_lab;
    const LabConfig &c = m_config;
    const PathSpace &space = *lab.world().space();
    const int sweepTotal = std::max(m_sweepSeeds, 1) - 1;
    const double labFrac = double(lab.stepsDone()) / double(lab.totalSteps());
    const double sweepFrac
        = sweepTotal > 0 ? double(std::max<int>(0, int(m_sweep.size()) - 1)) / sweepTotal : 1.0;
    s->progress = sweepTotal > 0 ? 0.6 * labFrac + 0.4 * sweepFrac : labFrac;

    const ModelEvaluation &base = lab.base();
    // The RL model: the final checkpoint once trained, else the policy as trained so far.
    const int rlStep = lab.rlHistory().back().step;
    const ModelEvaluation rl = lab.finalRl()
        ? *lab.finalRl()
        : m_rlSoFar.get(rlStep, [&] {
              return lab.evaluatePolicy(lab.rlPolicy(), "rl",
                                        "RL (step " + std::to_string(rlStep) + ")", rlStep);
          });
    std::optional<ModelEvaluation> dist;
    if (lab.distilled()) {
        dist = *lab.distilled();
    } else if (lab.studentPolicy()) {
        const int distillStep = lab.distillHistory().back().step;
        dist = m_studentSoFar.get(distillStep, [&] {
            return lab.evaluatePolicy(*lab.studentPolicy(), "distilled", "Distilled (so far)",
                                      distillStep);
        });
    }

    switch (lab.phase()) {
    case Lab::Phase::Rl:
        s->phase
            = QStringLiteral("GRPO step %1 of %2").arg(lab.rlHistory().back().step).arg(c.rlSteps);
        break;
    case Lab::Phase::Distill:
        s->phase = QStringLiteral("distillation step %1 of %2")
                       .arg(lab.distillHistory().back().step)
                       .arg(c.distillSteps);
        break;
    case Lab::Phase::Evaluate:
        s->phase = QStringLiteral("sampling %1 answers per problem for the estimator")
                       .arg(c.estimatorSamples);
        break;
    case Lab::Phase::Done:
        s->phase = finished()
            ? QStringLiteral("done")
            : QStringLiteral("seed sweep: %1 of %2 seeds").arg(m_sweep.size()).arg(m_sweepSeeds);
        break;
    }

    // pass@k curves (Fig. 2 / Fig. 7 analogues).
    const QString rlLabel
        = QString::fromStdString(lab.finalRl() ? lab.finalRl()->label : rl.label);
    s->series.push_back(
        fullCurve(QStringLiteral("passk_base"), QStringLiteral("Base model"), base.curve));
    int ck = 0;
    for (const ModelEvaluation &e : lab.checkpoints()) {
        if (e.step == c.rlSteps)
            continue;
        s->series.push_back(fullCurve(QStringLiteral("passk_ckpt_%1").arg(ck++),
                                      QStringLiteral("RL step %1").arg(e.step), e.curve));
    }
    s->series.push_back(fullCurve(QStringLiteral("passk_rl"), rlLabel, rl.curve));
    if (dist)
        s->series.push_back(fullCurve(QStringLiteral("passk_distilled"),
                                      QString::fromStdString(dist->label), dist->curve));

    const int kStar = crossoverK(base.curve, rl.curve);
    if (kStar > 0)
        s->series.push_back({QStringLiteral("crossover"),
                             QStringLiteral("crossover k*"),
                             {double(kStar)},
                             {base.curve[size_t(kStar - 1)]}});

    // Training curves (Fig. 1 right, Table 4 analogues).
    Series p1{QStringLiteral("rl_pass1_test"), QStringLiteral("pass@1 (test)"), {}, {}};
    Series pk{QStringLiteral("rl_passk_test"),
              QStringLiteral("pass@%1 (test)").arg(c.coverageK),
              {},
              {}};
    Series p1tr{QStringLiteral("rl_pass1_train"), QStringLiteral("pass@1 (train)"), {}, {}};
    Series pktr{QStringLiteral("rl_passk_train"),
                QStringLiteral("pass@%1 (train)").arg(c.coverageK),
                {},
                {}};
    Series ent{QStringLiteral("rl_entropy"), QStringLiteral("policy entropy (nats)"), {}, {}};
    Series rew{QStringLiteral("rl_reward"), QStringLiteral("batch reward"), {}, {}};
    Series zero{
        QStringLiteral("rl_zero_adv"), QStringLiteral("groups with zero advantage"), {}, {}};
    for (const TrainingPoint &t : lab.rlHistory()) {
        p1.x.push_back(t.step);
        p1.y.push_back(t.pass1Test);
        pk.x.push_back(t.step);
        pk.y.push_back(t.passKTest);
        p1tr.x.push_back(t.step);
        p1tr.y.push_back(t.pass1Train);
        pktr.x.push_back(t.step);
        pktr.y.push_back(t.passKTrain);
        ent.x.push_back(t.step);
        ent.y.push_back(t.entropy);
        if (t.step > 0) {
            rew.x.push_back(t.step);
            rew.y.push_back(t.meanReward);
            zero.x.push_back(t.step);
            zero.y.push_back(t.zeroAdvantageFrac);
        }
    }
    for (Series *x : {&p1, &pk, &p1tr, &pktr, &ent, &rew, &zero})
        s->series.push_back(std::move(*x));
    if (!lab.distillHistory().empty()) {
        Series d1{QStringLiteral("distill_pass1_test"),
                  QStringLiteral("distilled pass@1 (test)"),
                  {},
                  {}};
        Series dk{QStringLiteral("distill_passk_test"),
                  QStringLiteral("distilled pass@%1 (test)").arg(c.coverageK),
                  {},
                  {}};
        Series doop{QStringLiteral("distill_oop_mass"),
                    QStringLiteral("mass on out-of-prior paths"),
                    {},
                    {}};
        for (const TrainingPoint &t : lab.distillHistory()) {
            d1.x.push_back(t.step);
            d1.y.push_back(t.pass1Test);
            dk.x.push_back(t.step);
            dk.y.push_back(t.passKTest);
            doop.x.push_back(t.step);
            doop.y.push_back(t.outOfPriorMass);
        }
        s->series.push_back(std::move(d1));
        s->series.push_back(std::move(dk));
        s->series.push_back(std::move(doop));
    }

    // Narrowing: per-problem accuracy (Fig. 5), NLL under the base model (Fig. 6), the tree.
    s->bars.push_back(
        accuracyHistogram(QStringLiteral("acc_base"), QStringLiteral("Base model"), base.test));
    s->bars.push_back(accuracyHistogram(QStringLiteral("acc_rl"), rlLabel, rl.test));
    s->bars.push_back(nllHistogram(QStringLiteral("nll_base"),
                                   QStringLiteral("samples of the base model"), base,
                                   base.logPathProbs, c.length));
    s->bars.push_back(nllHistogram(QStringLiteral("nll_rl"),
                                   QStringLiteral("samples of the RL model"), rl,
                                   base.logPathProbs, c.length));
    s->series.push_back(
        rankedMass(QStringLiteral("rank_base"), QStringLiteral("Base model"), base));
    s->series.push_back(rankedMass(QStringLiteral("rank_rl"), rlLabel, rl));
    s->grids.push_back(treeGrid(QStringLiteral("tree_base"),
                                QStringLiteral("Base model: log10 prefix mass"), space, base));
    s->grids.push_back(treeGrid(QStringLiteral("tree_rl"),
                                QStringLiteral("RL model: log10 prefix mass"), space, rl));
    if (dist) {
        s->bars.push_back(accuracyHistogram(QStringLiteral("acc_distilled"),
                                            QStringLiteral("Distilled"), dist->test));
        s->bars.push_back(nllHistogram(QStringLiteral("nll_distilled"),
                                       QStringLiteral("samples of the distilled model"), *dist,
                                       base.logPathProbs, c.length));
        s->series.push_back(
            rankedMass(QStringLiteral("rank_distilled"), QStringLiteral("Distilled"), *dist));
        s->grids.push_back(treeGrid(QStringLiteral("tree_distilled"),
                                    QStringLiteral("Distilled model: log10 prefix mass"), space,
                                    *dist));
    }

    // Coverage (v5 Table 2 analogue).
    const Coverage cov = coverage(base.test, rl.test, double(c.coverageK));
    const double J = double(std::max(1, cov.total()));
    s->tables.push_back(
        {QStringLiteral("coverage"),
         QStringLiteral("Solvable at k = %1 (pass@k ≥ 0.5), test problems").arg(c.coverageK),
         {QStringLiteral("Outcome"), QStringLiteral("Problems"), QStringLiteral("Share (%)")},
         {{QStringLiteral("Both solve"), QString::number(cov.both), pct(cov.both / J)},
          {QStringLiteral("Base only"), QString::number(cov.baseOnly), pct(cov.baseOnly / J)},
          {QStringLiteral("RL only"), QString::number(cov.rlOnly), pct(cov.rlOnly / J)},
          {QStringLiteral("Neither"), QString::number(cov.neither), pct(cov.neither / J)}}});

    // Checkpoints (v5 Table 4 analogue).
    Table ckt{QStringLiteral("checkpoints"),
              QStringLiteral("Exact pass@k on the test set over training"),
              {QStringLiteral("Model"), QStringLiteral("pass@1 (%)"),
               QStringLiteral("pass@%1 (%)").arg(c.coverageK)},
              {}};
    ckt.rows.append({QStringLiteral("Base"), pct(exactPassAtK(base.test, 1)),
                     pct(exactPassAtK(base.test, c.coverageK))});
    for (const ModelEvaluation &e : lab.checkpoints())
        ckt.rows.append({QStringLiteral("RL step %1").arg(e.step), pct(exactPassAtK(e.test, 1)),
                         pct(exactPassAtK(e.test, c.coverageK))});
    if (lab.distilled())
        ckt.rows.append({QStringLiteral("Distilled"), pct(exactPassAtK(dist->test, 1)),
                         pct(exactPassAtK(dist->test, c.coverageK))});
    s->tables.push_back(std::move(ckt));

    // Readouts: the names, on the test set.
    auto &r = s->readouts;
    r.insert(QStringLiteral("pass1_base"), exactPassAtK(base.test, 1));
    r.insert(QStringLiteral("pass256_base"), exactPassAtK(base.test, 256));
    r.insert(QStringLiteral("pass1024_base"), exactPassAtK(base.test, 1024));
    r.insert(QStringLiteral("pass1_rl"), exactPassAtK(rl.test, 1));
    r.insert(QStringLiteral("pass256_rl"), exactPassAtK(rl.test, 256));
    r.insert(QStringLiteral("pass1024_rl"), exactPassAtK(rl.test, 1024));
    if (dist) {
        r.insert(QStringLiteral("pass1_distilled"), exactPassAtK(dist->test, 1));
        r.insert(QStringLiteral("pass256_distilled"), exactPassAtK(dist->test, 256));
        r.insert(QStringLiteral("pass1024_distilled"), exactPassAtK(dist->test, 1024));
        r.insert(QStringLiteral("ppl_base_on_distilled"), dist->perplexityUnderBase);
        r.insert(QStringLiteral("oop_mass_distilled"), dist->outOfPriorMass);
    }
    r.insert(QStringLiteral("crossover_k"), kStar);
    r.insert(QStringLiteral("rl_only_frac"), cov.rlOnly / J);
    r.insert(QStringLiteral("base_only_frac"), cov.baseOnly / J);
    r.insert(QStringLiteral("both_frac"), cov.both / J);
    r.insert(QStringLiteral("neither_frac"), cov.neither / J);
    r.insert(QStringLiteral("ppl_base_on_base"), base.perplexityUnderBase);
    r.insert(QStringLiteral("ppl_base_on_rl"), rl.perplexityUnderBase);
    r.insert(QStringLiteral("entropy_base"), base.entropy);
    r.insert(QStringLiteral("entropy_rl"), rl.entropy);
    r.insert(QStringLiteral("oop_mass_base"), base.outOfPriorMass);
    r.insert(QStringLiteral("oop_mass_rl"), rl.outOfPriorMass);
    r.insert(QStringLiteral("delta_se"), exactPassAtK(base.test, 256) - exactPassAtK(rl.test, 1));
    r.insert(QStringLiteral("coverage_k"), c.coverageK);
    r.insert(QStringLiteral("path_length"), c.length);
    r.insert(QStringLiteral("rl_step"), lab.rlHistory().back().step);
    for (const ModelEvaluation &e : lab.checkpoints()) {
        r.insert(QStringLiteral("pass1_step%1").arg(e.step), exactPassAtK(e.test, 1));
        r.insert(QStringLiteral("pass256_step%1").arg(e.step), exactPassAtK(e.test, 256));
    }

    if (lab.done()) {
        const LabResult &res = lab.result();
        r.insert(QStringLiteral("zero_adv_frac"), res.zeroAdvantageFrac);
        s->series.push_back(
            powersOfTwo(QStringLiteral("est_base"),
                        QStringLiteral("Base, estimator (n = %1)").arg(c.estimatorSamples),
                        lab.estimatorCurveBase()));
        s->series.push_back(
            powersOfTwo(QStringLiteral("est_rl"),
                        QStringLiteral("RL, estimator (n = %1)").arg(c.estimatorSamples),
                        lab.estimatorCurveRl()));
        s->series.push_back(
            powersOfTwo(QStringLiteral("est_distilled"),
                        QStringLiteral("Distilled, estimator (n = %1)").arg(c.estimatorSamples),
                        lab.estimatorCurveDistilled()));
        Table est{QStringLiteral("estimator"),
                  QStringLiteral("Unbiased estimator from n = %1 samples vs the exact pass@k")
                      .arg(c.estimatorSamples),
                  {QStringLiteral("Model"), QStringLiteral("k"), QStringLiteral("Estimate"),
                   QStringLiteral("Exact"), QStringLiteral("SE"), QStringLiteral("z")},
                  {}};
        const std::pair<QString, const std::vector<EstimatorCheck> *> rows[]
            = {{QStringLiteral("Base"), &res.estimatorBase},
               {QStringLiteral("RL"), &res.estimatorRl},
               {QStringLiteral("Distilled"), &res.estimatorDistilled}};
        double worst = 0.0;
        for (const auto &[name, checks] : rows) {
            for (const EstimatorCheck &e : *checks) {
                est.rows.append({name, QString::number(e.k), QString::number(e.estimate, 'f', 4),
                                 QString::number(e.exact, 'f', 4), QString::number(e.se, 'f', 4),
                                 QString::number(e.z, 'f', 2)});
                worst = std::max(worst, std::abs(e.z));
                if (name == QLatin1String("RL"))
                    r.insert(QStringLiteral("estimator_z_rl_k%1").arg(e.k), e.z);
            }
        }
        r.insert(QStringLiteral("estimator_max_abs_z"), worst);
        s->tables.push_back(std::move(est));
    }
    addSweep(*s);

    s->status = QStringLiteral("pass@1 base %1% → RL %2%; pass@256 base %3% vs RL %4%; k* = %5")
                    .arg(pct(r.value(QStringLiteral("pass1_base"))),
                         pct(r.value(QStringLiteral("pass1_rl"))),
                         pct(r.value(QStringLiteral("pass256_base"))),
                         pct(r.value(QStringLiteral("pass256_rl"))),
                         kStar > 0 ? QString::number(kStar) : QStringLiteral("none"));
    return s;
}

void TabularRlvrSimulator::addSweep(Snapshot &s) const
{
    if (m_sweepSeeds < 2 || m_sweep.size() < 2)
        return;
    Series kstar{QStringLiteral("sweep_kstar"), QStringLiteral("crossover k* per seed"), {}, {}};
    Series gain{QStringLiteral("sweep_pass1_gain"), QStringLiteral("pass@1 gain of RL"), {}, {}};
    Series loss{
        QStringLiteral("sweep_pass256_loss"), QStringLiteral("pass@256 loss of RL"), {}, {}};
    std::vector<double> ks;
    for (size_t i = 0; i < m_sweep.size(); ++i) {
        const LabResult &r = m_sweep[i];
        const double seed = double(m_seed + i);
        if (r.crossoverK > 0) {
            kstar.x.push_back(seed);
            kstar.y.push_back(r.crossoverK);
            ks.push_back(r.crossoverK);
        }
        gain.x.push_back(seed);
        gain.y.push_back(r.pass1Rl - r.pass1Base);
        loss.x.push_back(seed);
        loss.y.push_back(r.pass256Base - r.pass256Rl);
    }
    s.series.push_back(std::move(kstar));
    s.series.push_back(std::move(gain));
    s.series.push_back(std::move(loss));

    // k* on log2 bins: 1-2, 2-4, ..., up to k max.
    Bars hist{QStringLiteral("kstar_hist"), QStringLiteral("seeds by crossover k*"), {1.0}, {}};
    while (hist.edges.back() < m_config.kMax)
        hist.edges.push_back(hist.edges.back() * 2.0);
    hist.heights.assign(hist.edges.size() - 1, 0.0);
    for (double k : ks) {
        for (size_t b = 0; b + 1 < hist.edges.size(); ++b) {
            if (k >= hist.edges[b] && (k < hist.edges[b + 1] || b + 2 == hist.edges.size())) {
                hist.heights[b] += 1.0;
                break;
            }
        }
    }
    s.bars.push_back(std::move(hist));

    // The sheet's robust claims (§8), held in how many seeds.
    Table claims{
        QStringLiteral("sweep_claims"),
        QStringLiteral("Robust claims over %1 seeds").arg(m_sweep.size()),
        {QStringLiteral("Claim"), QStringLiteral("Held in"), QStringLiteral("Smallest margin")},
        {}};
    std::vector<std::vector<ClaimOutcome>> all;
    for (const LabResult &r : m_sweep)
        all.push_back(robustClaims(r, m_config.kMax));
    int allHeld = 0;
    for (size_t c = 0; c < all.front().size(); ++c) {
        int held = 0;
        double minMargin = all.front()[c].margin;
        for (const auto &seedClaims : all) {
            held += seedClaims[c].held ? 1 : 0;
            minMargin = std::min(minMargin, seedClaims[c].margin);
        }
        allHeld += held == int(all.size()) ? 1 : 0;
        claims.rows.append({QString::fromStdString(all.front()[c].claim),
                            QStringLiteral("%1 / %2").arg(held).arg(all.size()),
                            QString::number(minMargin, 'g', 3)});
    }
    s.tables.push_back(std::move(claims));
    s.readouts.insert(QStringLiteral("sweep_seeds_done"), double(m_sweep.size()));
    s.readouts.insert(QStringLiteral("sweep_claims_held_everywhere"), allHeld);
    if (!ks.empty()) {
        s.readouts.insert(QStringLiteral("sweep_kstar_median"), math::percentile(ks, 50.0));
        s.readouts.insert(QStringLiteral("sweep_kstar_min"),
                          *std::min_element(ks.begin(), ks.end()));
        s.readouts.insert(QStringLiteral("sweep_kstar_max"),
                          *std::max_element(ks.begin(), ks.end()));
    }
}

} // namespace paperlab::papers::rlvrlimits
