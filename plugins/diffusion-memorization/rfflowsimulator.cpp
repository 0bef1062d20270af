// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "rfflowsimulator.h"

#include "snapshotutil.h"

#include <paperlab/math/rng.h>
#include <paperlab/math/stats.h>


#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace paperlab::papers::diffusionmemorization {

namespace {

// Keeps one eigendecomposition near 1–2 s (paper sheet §7.A: p ≤ 2000 for interactivity).
constexpr int kMaxFeatures = 2000;
constexpr double kDeltaTol = 1e-6;
// λ values at which Theorem 3.1 is solved for the spectrum view (about 0.3 ms each).
constexpr int kDensityPoints = 240;

QString fmt(double v, int digits = 3)
{
    return std::isfinite(v) ? QString::number(v, 'g', digits) : QStringLiteral("–");
}

} // namespace

void RfFlowSimulator::reset(const ParameterSet &p)
{
    // The rules between parameters first, before anything changes: breaking one is an
    // InputError, and the run shown goes on.
    const int d = int(p.integer(QStringLiteral("d")));
    const double psiP = p.real(QStringLiteral("psi_p"));
    const int features = int(std::lround(psiP * d));
    if (features > kMaxFeatures) {
        throw InputError({}, 0, QStringLiteral("psi_p"),
                         QStringLiteral("p = psi_p·d = %1 exceeds %2 features; lower d or psi_p")
                             .arg(features)
                             .arg(kMaxFeatures));
    }
    if (p.realList(QStringLiteral("psi_n")).isEmpty())
        throw InputError({}, 0, QStringLiteral("psi_n"), QStringLiteral("psi_n: the list is empty"));
    const double tauMin = p.real(QStringLiteral("tau_min"));
    const double tauMax = p.real(QStringLiteral("tau_max"));
    if (!(tauMax > tauMin)) {
        throw InputError({}, 0, QStringLiteral("tau_max"),
                         QStringLiteral("the τ grid must end after it starts (tau_max > tau_min)"));
    }
    m_d = d;
    m_psiP = psiP;
    m_p = features;
    m_fitMin = p.real(QStringLiteral("fit_min"));
    m_fitMax = p.real(QStringLiteral("fit_max"));
    m_n.clear();
    for (double psiN : p.realList(QStringLiteral("psi_n")))
        m_n.push_back(std::max(1, int(std::lround(psiN * m_d))));
    m_grid = logGrid(tauMin, tauMax, p.integer(QStringLiteral("tau_points")));
    m_c = rfConstants(p.real(QStringLiteral("t")));
    const math::Rng master(p.seed(QStringLiteral("seed")));
    m_draws = drawRf(m_d, m_p, *std::max_element(m_n.begin(), m_n.end()), master);
    m_results.assign(m_n.size(), RfPointResult{});
    m_next = 0;
    m_steps = 0;
    rebuildCache();
}

bool RfFlowSimulator::finished() const
{
    return m_next >= m_n.size();
}

void RfFlowSimulator::step()
{
    // The ψ_n values are independent given the shared draws, so two run at once on two cores;
    // each result lands in its own slot, so the numbers do not depend on the scheduling.
    const int count = std::min<int>(runThreads(), int(m_n.size() - m_next));
    const size_t first = m_next;
    math::parallelFor(count, count, [&](int i) {
        const size_t k = first + size_t(i);
        m_results[k] = runRfPoint(m_c, m_draws, m_n[k], m_grid, kDeltaTol, kDensityPoints);
    });
    for (int i = 0; i < count; ++i) {
        if (!m_results[first + size_t(i)].ok)
            throw SimulationError("the eigendecomposition of U failed");
    }
    m_next += size_t(count);
    ++m_steps;
    rebuildCache();
}

void RfFlowSimulator::rebuildCache()
{
    Snapshot s;
    const double psiP = double(m_p) / double(m_d);
    putReadout(s, QStringLiteral("a_t"), m_c.a);
    putReadout(s, QStringLiteral("b_t"), m_c.b);
    putReadout(s, QStringLiteral("v_t2"), m_c.v2);
    putReadout(s, QStringLiteral("s_t2"), m_c.s2);
    putReadout(s, QStringLiteral("mu_1"), m_c.mu1);
    putReadout(s, QStringLiteral("t"), m_c.t);
    putReadout(s, QStringLiteral("delta_t"), m_c.delta);
    putReadout(s, QStringLiteral("p"), m_p);
    putReadout(s, QStringLiteral("d"), m_d);
    putReadout(s, QStringLiteral("psi_p"), psiP);

    Table table{QStringLiteral("timescales"),
                QStringLiteral("Timescales per ψ_n"),
                {QStringLiteral("ψ_n"), QStringLiteral("n"), QStringLiteral("δ-peak count"),
                 QStringLiteral("p − n − d"), QStringLiteral("ρ₂ count"), QStringLiteral("τ_gen"),
                 QStringLiteral("τ_mem"), QStringLiteral("ψ_p/(2Δλ₋)"), QStringLiteral("E*_score"),
                 QStringLiteral("L_gen(τ_gen)")},
                {}};

    std::vector<size_t> done;
    for (size_t k = 0; k < m_results.size(); ++k) {
        const RfPointResult &r = m_results[k];
        if (!r.ok)
            continue;
        done.push_back(k);
        const QString tag = QString::number(k);
        const RfCurves &c = r.curves;
        s.series.push_back({QStringLiteral("train_") + tag,
                            QStringLiteral("L_{train}, ψ_n = %1").arg(r.psiN), c.tau, c.train});
        s.series.push_back({QStringLiteral("test_") + tag,
                            QStringLiteral("L_{test}, ψ_n = %1").arg(r.psiN), c.tau, c.test});
        s.series.push_back({QStringLiteral("gen_") + tag,
                            QStringLiteral("L_{gen}, ψ_n = %1").arg(r.psiN), c.tau, c.gen});
        s.series.push_back({QStringLiteral("score_") + tag,
                            QStringLiteral("E_{score}, ψ_n = %1").arg(r.psiN), c.tau, c.score});
        s.series.push_back(markerSeries(QStringLiteral("tau_gen_mark_") + tag,
                                        QStringLiteral("τ_{gen}"), r.times.tauGen, 0.0, 1.0));
        if (std::isfinite(r.times.tauMem)) {
            s.series.push_back(markerSeries(QStringLiteral("tau_mem_mark_") + tag,
                                            QStringLiteral("τ_{mem}"), r.times.tauMem, 0.0, 1.0));
        }

        // Eigenvalue histogram on log-spaced bins, split into the bulks ρ_1 and ρ_2; the
        // δ-peak at s_t² is its own bar (arXiv 2505.17638 Theorem 3.2, Fig. 4).
        const int bins = 60;
        double lo = r.eigenvalues.maxCoeff();
        for (Eigen::Index i = 0; i < r.eigenvalues.size(); ++i) {
            if (r.eigenvalues(i) > m_c.s2 + kDeltaTol)
                lo = std::min(lo, r.eigenvalues(i));
        }
        lo = std::log10(std::min(lo, m_c.s2)) - 0.1;
        const double hi = std::log10(r.eigenvalues.maxCoeff()) + 0.1;
        Bars rho1 = namedBars(QStringLiteral("spectrum_rho1_") + tag,
                              QStringLiteral("ρ₁ (training-set bulk)"));
        Bars rho2 = namedBars(QStringLiteral("spectrum_rho2_") + tag,
                              QStringLiteral("ρ₂ (population bulk)"));
        for (int b = 0; b <= bins; ++b)
            rho1.edges.push_back(std::pow(10.0, lo + (hi - lo) * b / bins));
        rho2.edges = rho1.edges;
        rho1.heights.assign(size_t(bins), 0.0);
        rho2.heights.assign(size_t(bins), 0.0);
        for (Eigen::Index i = 0; i < r.eigenvalues.size(); ++i) {
            const double v = r.eigenvalues(i);
            if (std::abs(v - m_c.s2) <= kDeltaTol)
                continue;
            const int b = std::clamp(int((std::log10(v) - lo) / (hi - lo) * bins), 0, bins - 1);
            (v > r.bulkSplit ? rho2 : rho1).heights[size_t(b)] += 1.0;
        }
        // The same histograms as step lines, so that one log-x plot can colour both bulks.
        for (const Bars *bars : {&rho1, &rho2}) {
            Series line = namedSeries(bars->id + QStringLiteral("_line"), bars->label);
            for (size_t b = 0; b < bars->heights.size(); ++b) {
                line.x.push_back(bars->edges[b]);
                line.y.push_back(bars->heights[b]);
                line.x.push_back(bars->edges[b + 1]);
                line.y.push_back(bars->heights[b]);
            }
            s.series.push_back(std::move(line));
        }
        // Theorem 3.1 as expected counts per bin: p ρ(λ) times the bin width, λ ln10 (hi − lo)/bins.
        Series theory = namedSeries(QStringLiteral("spectrum_theory_") + tag,
                                    QStringLiteral("Theorem 3.1 (expected count per bin)"));
        for (size_t i = 0; i < r.theoryLambda.size(); ++i) {
            const double l = r.theoryLambda[i];
            if (!std::isfinite(r.theoryDensity[i]) || l < rho1.edges.front()
                || l > rho1.edges.back())
                continue;
            theory.x.push_back(l);
            theory.y.push_back(double(r.p) * r.theoryDensity[i] * l * std::log(10.0) * (hi - lo)
                               / bins);
        }
        s.series.push_back(std::move(theory));
        s.bars.push_back(std::move(rho1));
        s.bars.push_back(std::move(rho2));
        s.bars.push_back({QStringLiteral("spectrum_delta_") + tag,
                          QStringLiteral("δ-peak at s_t²"),
                          {m_c.s2 / 1.06, m_c.s2 * 1.06},
                          {double(r.deltaCount)}});

        putReadout(s, QStringLiteral("psi_n_") + tag, r.psiN);
        putReadout(s, QStringLiteral("tau_gen_") + tag, r.times.tauGen);
        putReadout(s, QStringLiteral("tau_mem_") + tag, r.times.tauMem);
        putReadout(s, QStringLiteral("tau_theory_") + tag, r.tauTheory);
        putReadout(s, QStringLiteral("score_min_") + tag, r.times.scoreMin);
        putReadout(s, QStringLiteral("delta_count_") + tag, r.deltaCount);
        putReadout(s, QStringLiteral("rho2_count_") + tag, r.rho2Count);
        putReadout(s, QStringLiteral("lgen_at_tau_gen_") + tag, r.times.genAtTauGen);
        putReadout(s, QStringLiteral("score_at_tau_gen_") + tag, r.times.scoreAtTauGen);
        putReadout(s, QStringLiteral("tau_gen_strict_") + tag, r.times.tauGenStrict);
        putReadout(s, QStringLiteral("n_") + tag, r.n);
        putReadout(s, QStringLiteral("delta_expected_") + tag, r.deltaExpected);
        putReadout(s, QStringLiteral("rho1_lower_edge_") + tag, rho1LowerEdge(m_c, psiP, r.psiN));
        putReadout(s, QStringLiteral("rho1_upper_edge_") + tag, rho1UpperEdge(m_c, psiP, r.psiN));
        putReadout(s, QStringLiteral("bulk_split_") + tag, r.bulkSplit);
        table.rows.append({fmt(r.psiN), QString::number(r.n), QString::number(r.deltaCount),
                           QString::number(r.deltaExpected), QString::number(r.rho2Count),
                           fmt(r.times.tauGen), fmt(r.times.tauMem, 4), fmt(r.tauTheory, 4),
                           fmt(r.times.scoreMin), fmt(r.times.genAtTauGen, 2)});
    }
    s.tables.push_back(std::move(table));

    // τ against ψ_n on log–log axes, sorted by ψ_n.
    std::sort(done.begin(), done.end(),
              [&](size_t a, size_t b) { return m_results[a].psiN < m_results[b].psiN; });
    Series gen = namedSeries(QStringLiteral("tau_gen_vs_psin"), QStringLiteral("τ_{gen}"));
    Series mem = namedSeries(QStringLiteral("tau_mem_vs_psin"), QStringLiteral("τ_{mem}"));
    Series theory = namedSeries(QStringLiteral("tau_theory_vs_psin"),
                                QStringLiteral("ψ_p/(2Δ_t λ₋) (theory)"));
    Series smin = namedSeries(QStringLiteral("score_min_vs_psin"), QStringLiteral("E*_{score}"));
    std::vector<double> fitX, fitY;
    int deltaError = 0;
    double lgenMax = -1.0;
    constexpr double kInf = std::numeric_limits<double>::infinity();
    double genMin = kInf, genMax = 0.0, strictMin = kInf, strictMax = 0.0;
    for (size_t k : done) {
        const RfPointResult &r = m_results[k];
        gen.x.push_back(r.psiN);
        gen.y.push_back(r.times.tauGen);
        theory.x.push_back(r.psiN);
        theory.y.push_back(r.tauTheory);
        smin.x.push_back(r.psiN);
        smin.y.push_back(r.times.scoreMin);
        if (std::isfinite(r.times.tauMem)) {
            mem.x.push_back(r.psiN);
            mem.y.push_back(r.times.tauMem);
            if (r.psiN >= m_fitMin - 1e-9 && r.psiN <= m_fitMax + 1e-9) {
                fitX.push_back(r.psiN);
                fitY.push_back(r.times.tauMem);
            }
        }
        deltaError = std::max(deltaError, std::abs(r.deltaCount - r.deltaExpected));
        if (r.psiN >= 4.0 - 1e-9)
            lgenMax = std::max(lgenMax, std::abs(r.times.genAtTauGen));
        genMin = std::min(genMin, r.times.tauGen);
        genMax = std::max(genMax, r.times.tauGen);
        strictMin = std::min(strictMin, r.times.tauGenStrict);
        strictMax = std::max(strictMax, r.times.tauGenStrict);
    }
    if (!done.empty()) {
        putReadout(s, QStringLiteral("delta_peak_count_error"), deltaError);
        putReadout(s, QStringLiteral("tau_gen_ratio"), genMax / genMin);
        putReadout(s, QStringLiteral("tau_gen_strict_ratio"), strictMax / strictMin);
    }
    if (lgenMax >= 0.0)
        putReadout(s, QStringLiteral("lgen_at_tau_gen_max"), lgenMax);
    const math::LinearFit memFit = math::fitLogLog(fitX, fitY);
    if (memFit.status == math::FitStatus::Ok) {
        putReadout(s, QStringLiteral("tau_mem_slope"), memFit.slope);
        putReadout(s, QStringLiteral("tau_mem_slope_se"), memFit.slopeSe);
        Series line = namedSeries(QStringLiteral("tau_mem_fit"),
                                  QStringLiteral("fit, slope %1").arg(memFit.slope, 0, 'f', 2));
        for (double x : {fitX.front(), fitX.back()}) {
            line.x.push_back(x);
            line.y.push_back(std::exp(memFit.intercept) * std::pow(x, memFit.slope));
        }
        s.series.push_back(std::move(line));
    }
    const math::LinearFit genFit = math::fitLogLog(gen.x, gen.y);
    if (genFit.status == math::FitStatus::Ok) {
        putReadout(s, QStringLiteral("tau_gen_slope"), genFit.slope);
        Series line = namedSeries(QStringLiteral("tau_gen_fit"),
                                  QStringLiteral("fit, slope %1").arg(genFit.slope, 0, 'f', 2));
        for (double x : {gen.x.front(), gen.x.back()}) {
            line.x.push_back(x);
            line.y.push_back(std::exp(genFit.intercept) * std::pow(x, genFit.slope));
        }
        s.series.push_back(std::move(line));
    }
    // The exponent of E*_score ∝ ψ_n^−η is shown, never asserted: the paper's η ≈ 0.59 comes
    // from larger sizes (sheet §8, not robust at this scale).
    const math::LinearFit scoreFit = math::fitLogLog(smin.x, smin.y);
    if (scoreFit.status == math::FitStatus::Ok)
        putReadout(s, QStringLiteral("score_min_exponent"), -scoreFit.slope);
    s.series.push_back(std::move(gen));
    s.series.push_back(std::move(mem));
    s.series.push_back(std::move(theory));
    s.series.push_back(std::move(smin));
    m_cache = std::move(s);
}

std::shared_ptr<Snapshot> RfFlowSimulator::snapshot() const
{
    auto s = std::make_shared<Snapshot>(m_cache);
    s->step = m_steps;
    s->finished = finished();
    s->progress = m_n.empty() ? 1.0 : double(m_next) / double(m_n.size());
    if (finished()) {
        s->phase = QStringLiteral("done");
        constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
        const double slope = m_cache.readouts.value(QStringLiteral("tau_mem_slope"), kNaN);
        const double ratio = m_cache.readouts.value(QStringLiteral("tau_gen_ratio"), kNaN);
        s->status = QStringLiteral("τ_mem ∝ ψ_n^%1; τ_gen changes %2× over the sweep")
                        .arg(slope, 0, 'f', 2)
                        .arg(ratio, 0, 'f', 2);
    } else {
        const int n = m_n[m_next];
        s->phase = QStringLiteral("ψ_n = %1: eigendecomposition of U (p = %2)")
                       .arg(double(n) / m_d)
                       .arg(m_p);
        s->status = QStringLiteral("%1 of %2 ψ_n values done").arg(m_next).arg(m_n.size());
    }
    return s;
}

} // namespace paperlab::papers::diffusionmemorization
