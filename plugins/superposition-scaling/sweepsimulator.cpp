// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "sweepsimulator.h"

#include "analysis.h"
#include "simcommon.h"

#include <paperlab/math/linalg.h>


#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

namespace paperlab::papers::superpositionscaling {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double meanOfTail(const std::vector<float> &h, int count)
{
    if (h.empty())
        return kNaN;
    const int n = int(h.size());
    const int from = std::max(0, n - count);
    double s = 0.0;
    for (int k = from; k < n; ++k)
        s += h[size_t(k)];
    return s / (n - from);
}

} // namespace

SweepSimulator::SweepSimulator() = default;

SweepSimulator::~SweepSimulator() = default;

void SweepSimulator::reset(const ParameterSet &p)
{
    // Widths that break a rule leave the run as it was (InputError, thrown before any change).
    const TrainConfig config = trainConfigFrom(p);
    std::vector<int> widths = widthsFrom(p, config.n);
    m_runs.reset();
    m_final.reset();
    m_config = config;
    m_widths = std::move(widths);
    m_contrast = p.flag(QStringLiteral("contrast"));
    m_contrastGamma = p.real(QStringLiteral("contrast_gamma"));
    m_probabilities =
        featureProbabilities(m_config.n, m_config.law, m_config.alpha, m_config.density);
    std::vector<RunSpec> specs;
    for (int m : m_widths)
        specs.push_back({m_config.gamma, m_config.alpha, m});
    if (m_contrast) {
        for (int m : m_widths)
            specs.push_back({m_contrastGamma, m_config.alpha, m});
    }
    m_chunk = chunkSteps(m_config, specs);
    m_runs = std::make_unique<RunSet>(m_config, specs, p.seed(QStringLiteral("seed")));
    m_threads = 0; // one per hardware thread
    m_step = 0;
    m_final.reset();
}

bool SweepSimulator::finished() const
{
    return m_runs && m_runs->summarised();
}

void SweepSimulator::step()
{
    if (!m_runs)
        throw SimulationError("advance() before reset()");
    const auto stop = [this] { return stopRequested(); };
    if (!m_runs->trained())
        m_runs->advanceTo(m_runs->stepsDone() + m_chunk, m_threads, stop);
    else if (m_runs->summarise(m_threads, stop))
        buildFinal();
    ++m_step;
}

void SweepSimulator::addRegime(Snapshot &s, bool contrast) const
{
    const int count = int(m_widths.size());
    const int offset = contrast ? count : 0;
    const QString tag = contrast ? QStringLiteral("contrast_") : QString();
    const double gamma = contrast ? m_contrastGamma : m_config.gamma;
    const QString regime = QStringLiteral("γ = %1").arg(gamma);
    const bool done = m_runs->summarised();

    std::vector<double> ms;
    std::vector<double> losses;
    for (int k = 0; k < count; ++k) {
        const int m = m_widths[size_t(k)];
        const Trainer &t = m_runs->trainer(offset + k);
        ms.push_back(m);
        // While training: the mean training loss of the last 100 steps; then the test loss.
        losses.push_back(done ? m_runs->summary(offset + k).loss
                              : meanOfTail(t.lossHistory(), 100));
        s.series.push_back(decimatedCurve(tag + perWidthKey("curve_m", m),
                                          QStringLiteral("m = %1, %2").arg(m).arg(regime),
                                          t.lossHistory(), 200));
    }
    s.series.push_back({tag + QStringLiteral("loss"),
                        done ? QStringLiteral("Test loss, %1").arg(regime)
                             : QStringLiteral("Training loss (last 100 steps), %1").arg(regime),
                        ms, losses});
    if (!done)
        return;

    std::vector<double> phiHalf, phiOne, eq4, overlap, ratio;
    for (int k = 0; k < count; ++k) {
        const RunSummary &r = m_runs->summary(offset + k);
        phiHalf.push_back(r.phiHalf);
        phiOne.push_back(r.phiOne);
        eq4.push_back(r.eq4);
        overlap.push_back(r.meanSqOverlap);
        ratio.push_back(r.eq4 > 0.0 ? r.loss / r.eq4 : kNaN);
        s.readouts.insert(tag + perWidthKey("loss_m", r.spec.m), r.loss);
        s.readouts.insert(tag + perWidthKey("phi_half_m", r.spec.m), r.phiHalf);
        s.readouts.insert(tag + perWidthKey("phi_one_m", r.spec.m), r.phiOne);
        s.readouts.insert(tag + perWidthKey("represented_m", r.spec.m), r.represented);
        s.readouts.insert(tag + perWidthKey("eq4_m", r.spec.m), r.eq4);
        s.readouts.insert(tag + perWidthKey("mean_sq_overlap_times_m_m", r.spec.m),
                          r.meanSqOverlap * r.spec.m);
    }
    const ScalingFit fit = fitScaling(ms, losses);
    s.readouts.insert(tag + QStringLiteral("alpha_m"), fit.alpha);
    s.readouts.insert(tag + QStringLiteral("alpha_m_se"), fit.se);
    s.readouts.insert(tag + QStringLiteral("phi_half_min"),
                      *std::min_element(phiHalf.begin(), phiHalf.end()));
    s.readouts.insert(tag + QStringLiteral("phi_half_max"),
                      *std::max_element(phiHalf.begin(), phiHalf.end()));
    s.readouts.insert(tag + QStringLiteral("phi_one_min"),
                      *std::min_element(phiOne.begin(), phiOne.end()));
    s.readouts.insert(tag + QStringLiteral("phi_one_max"),
                      *std::max_element(phiOne.begin(), phiOne.end()));
    s.readouts.insert(tag + QStringLiteral("mean_sq_overlap_times_m"),
                      overlap.back() * m_widths.back());
    // loss / Eq. 4 where Eq. 4 is defined (some feature unrepresented); the weak-regime check.
    std::vector<double> finite;
    std::copy_if(ratio.begin(), ratio.end(), std::back_inserter(finite),
                 [](double r) { return std::isfinite(r); });
    if (!finite.empty()) {
        s.readouts.insert(tag + QStringLiteral("eq4_ratio_min"),
                          *std::min_element(finite.begin(), finite.end()));
        s.readouts.insert(tag + QStringLiteral("eq4_ratio_max"),
                          *std::max_element(finite.begin(), finite.end()));
    }

    if (fit.status == math::FitStatus::Ok) {
        std::vector<double> fx = {ms.front(), ms.back()};
        std::vector<double> fy;
        for (double m : fx)
            fy.push_back(std::exp(fit.logPrefactor) * std::pow(m, -fit.alpha));
        s.series.push_back({tag + QStringLiteral("fit"),
                            QStringLiteral("Fit: α_m = %1 ± %2")
                                .arg(fit.alpha, 0, 'f', 2)
                                .arg(fit.se, 0, 'f', 2),
                            fx, fy});
    }
    s.series.push_back({tag + QStringLiteral("eq4_measured"),
                        QStringLiteral("loss if weak (Eq. 4 from φ½), %1").arg(regime), ms, eq4});
    s.series.push_back({tag + QStringLiteral("phi_half"), QStringLiteral("φ½, %1").arg(regime),
                        ms, phiHalf});
    s.series.push_back({tag + QStringLiteral("phi_one"), QStringLiteral("φ₁, %1").arg(regime),
                        ms, phiOne});
    s.series.push_back({tag + QStringLiteral("overlap"),
                        QStringLiteral("Mean (Wᵢ·Wⱼ)² of normalised rows, %1").arg(regime), ms,
                        overlap});
}

void SweepSimulator::buildFinal()
{
    // The largest width in detail: row norms, and squared overlaps against random vectors.
    auto f = std::make_shared<Snapshot>();
    const int last = int(m_widths.size()) - 1;
    const int mMax = m_widths.back();
    const Eigen::MatrixXd W = m_runs->trainer(last).model().W();
    const Eigen::VectorXd norms = rowNorms(W);
    const std::vector<double> normValues(norms.data(), norms.data() + norms.size());
    const double top = std::max(1.5, norms.maxCoeff() * 1.02);
    f->bars.push_back(histogramBars(QStringLiteral("row_norms"),
                                    QStringLiteral("‖Wᵢ‖ at m = %1").arg(mMax), normValues, 40,
                                    0.0, top, 0.0));
    const std::vector<double> sq = squaredOverlaps(W, 0.5, 2000);
    const double range = std::min(1.0, 8.0 / mMax);
    const int bins = 40;
    if (!sq.empty()) {
        const QString label = QStringLiteral("(Wᵢ·Wⱼ)² of normalised rows, m = %1").arg(mMax);
        Bars density = histogramBars(QStringLiteral("sq_overlaps"), label, sq, bins, 0.0, range,
                                     double(sq.size()));
        // The same histogram as a line, to draw it over the Beta reference.
        Series line{QStringLiteral("sq_overlap_density"),
                    QStringLiteral("Trained rows, m = %1").arg(mMax), {}, density.heights};
        for (int k = 0; k < bins; ++k)
            line.x.push_back(0.5 * (density.edges[size_t(k)] + density.edges[size_t(k) + 1]));
        f->series.push_back(std::move(line));
        f->bars.push_back(std::move(density));
    }
    Series beta{QStringLiteral("beta_reference"),
                QStringLiteral("Random unit vectors: Beta(½, (m−1)/2)"), {}, {}};
    for (int k = 0; k < bins; ++k) {
        const double lo = range * k / bins;
        const double hi = range * (k + 1) / bins;
        beta.x.push_back(0.5 * (lo + hi));
        beta.y.push_back(betaHalfProbability(lo, hi, mMax) / (hi - lo));
    }
    f->series.push_back(std::move(beta));
    f->grids.push_back(overlapGrid(QStringLiteral("overlaps"),
                                   QStringLiteral("W Wᵀ, first 40 features, m = %1").arg(mMax),
                                   W, 40));
    m_final = std::move(f);
}

std::shared_ptr<Snapshot> SweepSimulator::snapshot() const
{
    auto s = std::make_shared<Snapshot>();
    if (!m_runs)
        return s;
    s->step = m_step;
    const bool done = m_runs->summarised();
    s->finished = done;
    const double trainedShare = double(m_runs->stepsDone()) / m_config.steps;
    s->progress = done ? 1.0 : 0.97 * trainedShare;
    s->phase = m_runs->trained() && !done
                   ? QStringLiteral("evaluating on fresh data")
                   : QStringLiteral("training m = %1 … %2: step %3 of %4")
                         .arg(m_widths.front())
                         .arg(m_widths.back())
                         .arg(m_runs->stepsDone())
                         .arg(m_config.steps);

    // Curves known before training: the ideal weak-regime loss (4/3) sum_{i>m} p_i and a
    // 1/m guide through the first width's Eq. 4 value.
    std::vector<double> ms(m_widths.begin(), m_widths.end());
    std::vector<double> ideal;
    for (int m : m_widths)
        ideal.push_back(eq4LeadingOrder(m_probabilities, m));
    s->series.push_back({QStringLiteral("eq4_ideal"),
                         QStringLiteral("Ideal weak superposition, (4/3)Σ_{i>m} p_i"), ms, ideal});
    std::vector<double> invM, welch;
    for (int m : m_widths)
        invM.push_back(1.0 / m);
    s->series.push_back({QStringLiteral("overlap_inv_m"), QStringLiteral("1/m"), ms, invM});

    // The widths, so that views can name the per-width series (curve_m<width>).
    s->readouts.insert(QStringLiteral("width_count"), double(m_widths.size()));
    for (size_t k = 0; k < m_widths.size(); ++k)
        s->readouts.insert(QStringLiteral("width_%1").arg(k), m_widths[k]);
    s->readouts.insert(QStringLiteral("contrast"), m_contrast ? 1.0 : 0.0);

    addRegime(*s, false);
    if (m_contrast)
        addRegime(*s, true);

    if (done) {
        // 1/m guide through the geometric mean of the measured losses.
        double logMean = 0.0;
        double logM = 0.0;
        for (size_t k = 0; k < m_widths.size(); ++k) {
            logMean += std::log(m_runs->summary(int(k)).loss);
            logM += std::log(double(m_widths[k]));
        }
        const double c = std::exp((logMean + logM) / double(m_widths.size()));
        std::vector<double> guide;
        for (int m : m_widths)
            guide.push_back(c / m);
        s->series.push_back({QStringLiteral("guide_inv_m"), QStringLiteral("∝ 1/m"), ms, guide});

        for (size_t k = 0; k < m_widths.size(); ++k) {
            welch.push_back(math::welchBound(std::max(m_runs->summary(int(k)).overlapRows, 2),
                                             m_widths[k]));
        }
        s->series.push_back({QStringLiteral("welch"),
                             QStringLiteral("Welch bound (ν − m)/(m(ν − 1))"), ms, welch});

        // The largest width in detail (computed once, when the evaluation finished).
        if (m_final) {
            s->series.insert(s->series.end(), m_final->series.begin(), m_final->series.end());
            s->bars.insert(s->bars.end(), m_final->bars.begin(), m_final->bars.end());
            s->grids.insert(s->grids.end(), m_final->grids.begin(), m_final->grids.end());
        }

        Table results{QStringLiteral("results"), QStringLiteral("Per width (our toy run)"),
                      {QStringLiteral("m"), QStringLiteral("loss"), QStringLiteral("φ½"),
                       QStringLiteral("φ₁"), QStringLiteral("overlap m·mean(Wᵢ·Wⱼ)²"),
                       QStringLiteral("loss / loss if weak (Eq. 4)")},
                      {}};
        for (size_t k = 0; k < m_widths.size(); ++k) {
            const RunSummary &r = m_runs->summary(int(k));
            results.rows.append({QString::number(r.spec.m), QString::number(r.loss, 'g', 4),
                                 QString::number(r.phiHalf, 'f', 3),
                                 QString::number(r.phiOne, 'f', 3),
                                 QString::number(r.meanSqOverlap * r.spec.m, 'f', 3),
                                 r.eq4 > 0.0 ? QString::number(r.loss / r.eq4, 'f', 3)
                                             : QStringLiteral("–")});
        }
        s->tables.push_back(std::move(results));
        const double alpha = s->readouts.value(QStringLiteral("alpha_m"));
        const double se = s->readouts.value(QStringLiteral("alpha_m_se"));
        s->status = QStringLiteral("α_m = %1 ± %2 (γ = %3); φ½ from %4 to %5")
                        .arg(alpha, 0, 'f', 3)
                        .arg(se, 0, 'f', 3)
                        .arg(m_config.gamma)
                        .arg(s->readouts.value(QStringLiteral("phi_half_min")), 0, 'f', 3)
                        .arg(s->readouts.value(QStringLiteral("phi_half_max")), 0, 'f', 3);
        // For the LLM view, bars: our fitted exponent, then the paper's measured ones
        // (frozen data).
        const Table llm = paperLlmTable();
        Bars b{QStringLiteral("exponents"),
               QStringLiteral("α_m: this toy run, then the paper's measurements"),
               {0.0, 1.0},
               {alpha}};
        for (const QStringList &row : llm.rows) {
            b.edges.push_back(b.edges.back() + 1.0);
            b.heights.push_back(row.value(1).toDouble());
        }
        s->bars.push_back(std::move(b));
        s->tables.push_back(llm);
    } else {
        s->status = s->phase;
    }
    return s;
}

} // namespace paperlab::papers::superpositionscaling
