// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "rfflow.h"

#include "rfspectrum.h"

#include <paperlab/math/linalg.h>
#include <paperlab/math/rng.h>
#include <paperlab/math/roots.h>

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <limits>

namespace paperlab::papers::diffusionmemorization {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

using paperlab::math::bisectLog;

Eigen::MatrixXd gaussianEquivalentU(const RfConstants &c, const Eigen::MatrixXd &w,
                                    const Eigen::MatrixXd &x, const Eigen::MatrixXd &omega)
{
    const double d = double(w.cols());
    const double n = double(x.cols());
    const Eigen::Index p = w.rows();
    // arXiv 2505.17638 SM (Gaussian equivalence): G = e^{−t} a_t W X/√d + v_t Ω.
    const Eigen::MatrixXd g = (std::exp(-c.t) * c.a / std::sqrt(d)) * (w * x) + c.v() * omega;
    Eigen::MatrixXd u = Eigen::MatrixXd::Zero(p, p);
    if (x.cols() > 0)
        u.selfadjointView<Eigen::Lower>().rankUpdate(g, 1.0 / n);
    u.selfadjointView<Eigen::Lower>().rankUpdate(w, c.b * c.b / d);
    u.diagonal().array() += c.s2;
    Eigen::MatrixXd full = u.selfadjointView<Eigen::Lower>();
    return full;
}

Eigen::MatrixXd gaussianEquivalentV(const RfConstants &c, const Eigen::MatrixXd &w)
{
    return (c.b / std::sqrt(double(w.cols()))) * w;
}

Eigen::MatrixXd populationU(const RfConstants &c, const Eigen::MatrixXd &w)
{
    Eigen::MatrixXd u = (c.mu1 * c.mu1 / double(w.cols())) * (w * w.transpose());
    u.diagonal().array() += c.s2 + c.v2;
    return u;
}

Eigen::MatrixXd featureDataCorrelation(const RfConstants &c, const Eigen::MatrixXd &w)
{
    return (c.mu1 / std::sqrt(double(w.cols()))) * w;
}

RfFlow::RfFlow(const RfConstants &c, const Eigen::MatrixXd &w, const Eigen::MatrixXd &u)
    : m_c(c)
    , m_d(int(w.cols()))
    , m_p(int(w.rows()))
{
    m_rate = 2.0 * c.delta * double(m_d) / double(m_p);
    // The one eigendecomposition of U; only its eigenvalues and Z = QᵀW are needed.
    const math::FactoredSymmetricEigen eig(u);
    if (!eig.ok())
        return;
    m_lambda = eig.values();
    m_z = eig.transposeTimes(w);
    m_zNorm = m_z.rowwise().squaredNorm();
    m_ok = true;
}

Eigen::VectorXd RfFlow::modeWeights() const
{
    return (m_c.b * m_c.b / double(m_d)) * m_zNorm;
}

RfLosses RfFlow::evaluate(const Eigen::VectorXd &f) const
{
    const double d = double(m_d);
    const double b2 = m_c.b * m_c.b;
    // ‖Zᵀ diag(f) Z‖_F² = Σ_ij f_i f_j (Z_i·Z_j)², the Q^TŨQ part of fᵀHf.
    const Eigen::MatrixXd zfz = m_z.transpose() * (f.asDiagonal() * m_z);
    const double fHf = (m_c.mu1 * m_c.mu1 * b2 / (d * d)) * zfz.squaredNorm()
                       + (m_c.s2 + m_c.v2) * (b2 / d) * f.cwiseAbs2().dot(m_zNorm);
    const double fRho = (b2 / d) * f.dot(m_zNorm);
    const double fKappa = (m_c.b * m_c.mu1 / d) * f.dot(m_zNorm);
    RfLosses l;
    // λ f² + 2 f = (e^{−2cλτ} − 1)/λ gives the training loss in the same pass.
    l.train = 1.0 + (b2 / d) * (f.cwiseAbs2().cwiseProduct(m_lambda) + 2.0 * f).dot(m_zNorm) / d;
    l.test = 1.0 + (fHf + 2.0 * fRho) / d;
    l.score = (fHf / m_c.delta + 2.0 * fKappa / std::sqrt(m_c.delta) + d) / d;
    return l;
}

RfLosses RfFlow::at(double tau) const
{
    Eigen::VectorXd f(m_lambda.size());
    for (Eigen::Index i = 0; i < f.size(); ++i)
        f(i) = std::expm1(-m_rate * m_lambda(i) * tau) / m_lambda(i);
    return evaluate(f);
}

RfLosses RfFlow::atInfinity() const
{
    return evaluate(-m_lambda.cwiseInverse());
}

std::vector<double> logGrid(double lo, double hi, int points)
{
    std::vector<double> g;
    if (points < 1 || !(lo > 0.0) || !(hi >= lo))
        return g;
    if (points == 1)
        return {lo};
    const double a = std::log(lo);
    const double step = (std::log(hi) - a) / double(points - 1);
    for (int i = 0; i < points; ++i)
        g.push_back(std::exp(a + step * double(i)));
    g.back() = hi;
    return g;
}

RfCurves rfCurves(const RfFlow &flow, const std::vector<double> &tau)
{
    RfCurves c;
    c.tau = tau;
    for (double t : tau) {
        const RfLosses l = flow.at(t);
        c.train.push_back(l.train);
        c.test.push_back(l.test);
        c.gen.push_back(l.gen());
        c.score.push_back(l.score);
    }
    c.infinity = flow.atInfinity();
    return c;
}

RfTimescales rfTimescales(const RfFlow &flow, const RfCurves &curves)
{
    RfTimescales r;
    r.tauMem = kNaN;
    const size_t m = curves.tau.size();
    if (m == 0)
        return r;

    // Minimum of E_score: best grid point, then golden-section search in log τ between its
    // neighbours (E_score is smooth and, around its minimum, unimodal).
    const size_t best = size_t(std::min_element(curves.score.begin(), curves.score.end())
                               - curves.score.begin());
    r.scoreMin = curves.score[best];
    r.tauScoreMin = curves.tau[best];
    if (best > 0 && best + 1 < m) {
        double a = std::log(curves.tau[best - 1]);
        double b = std::log(curves.tau[best + 1]);
        const double phi = 0.5 * (std::sqrt(5.0) - 1.0);
        double x1 = b - phi * (b - a);
        double x2 = a + phi * (b - a);
        double f1 = flow.at(std::exp(x1)).score;
        double f2 = flow.at(std::exp(x2)).score;
        for (int it = 0; it < 60; ++it) {
            if (f1 < f2) {
                b = x2;
                x2 = x1;
                f2 = f1;
                x1 = b - phi * (b - a);
                f1 = flow.at(std::exp(x1)).score;
            } else {
                a = x1;
                x1 = x2;
                f1 = f2;
                x2 = a + phi * (b - a);
                f2 = flow.at(std::exp(x2)).score;
            }
        }
        const double x = 0.5 * (a + b);
        const double fx = flow.at(std::exp(x)).score;
        if (fx < r.scoreMin) {
            r.scoreMin = fx;
            r.tauScoreMin = std::exp(x);
        }
    }

    // τ_gen: first τ at which E_score has come within 5% of its minimum, on the scale of its
    // drop from E_score(0) = 1 (see the header), and the literal 1.05 E* for comparison.
    const auto firstBelow = [&](double target) {
        size_t i = 0;
        while (i < m && curves.score[i] > target)
            ++i;
        if (i == 0)
            return curves.tau[0];
        if (i == m)
            return r.tauScoreMin; // only the refined minimum lies below the target
        return bisectLog([&](double t) { return flow.at(t).score - target; }, curves.tau[i - 1],
                         curves.tau[i]);
    };
    r.tauGen = firstBelow(r.scoreMin + 0.05 * (1.0 - r.scoreMin));
    r.tauGenStrict = firstBelow(1.05 * r.scoreMin);
    const RfLosses atGen = flow.at(r.tauGen);
    r.genAtTauGen = atGen.gen();
    r.scoreAtTauGen = atGen.score;

    // τ_mem: first τ at which L_gen reaches half of its τ → ∞ value.
    const double half = 0.5 * curves.infinity.gen();
    if (half > 0.0) {
        size_t j = 0;
        while (j < m && curves.gen[j] < half)
            ++j;
        if (j == 0)
            r.tauMem = curves.tau[0];
        else if (j < m)
            r.tauMem = bisectLog([&](double t) { return half - flow.at(t).gen(); },
                                 curves.tau[j - 1], curves.tau[j]);
    }
    return r;
}

double rho1LowerEdge(const RfConstants &c, double psiP, double psiN)
{
    const double r = std::sqrt(psiP / psiN) - 1.0;
    return c.s2 + c.v2 * r * r;
}

double rho1UpperEdge(const RfConstants &c, double psiP, double psiN)
{
    const double r = std::sqrt(psiP / psiN) + 1.0;
    return c.s2 + c.v2 * r * r;
}

double theoryTauMem(const RfConstants &c, double psiP, double psiN)
{
    return psiP / (2.0 * c.delta * rho1LowerEdge(c, psiP, psiN));
}

int countNear(const Eigen::VectorXd &values, double target, double tol)
{
    int k = 0;
    for (Eigen::Index i = 0; i < values.size(); ++i) {
        if (std::abs(values(i) - target) <= tol)
            ++k;
    }
    return k;
}

double bulkSplit(const Eigen::VectorXd &values, double floor, double *ratio)
{
    double best = 0.0;
    double split = std::numeric_limits<double>::quiet_NaN();
    for (Eigen::Index i = 1; i < values.size(); ++i) {
        if (!(values(i - 1) > floor))
            continue;
        const double q = values(i) / values(i - 1);
        if (q > best) {
            best = q;
            split = std::sqrt(values(i) * values(i - 1));
        }
    }
    if (ratio)
        *ratio = best;
    return split;
}

RfDraws drawRf(int d, int p, int nMax, const math::Rng &master)
{
    RfDraws r;
    math::Rng rw = master.split(0);
    math::Rng rx = master.split(1);
    math::Rng ro = master.split(2);
    r.w = rw.normalMatrix(p, d, 1.0);
    r.x = rx.normalMatrix(d, nMax, 1.0);
    r.omega = ro.normalMatrix(p, nMax, 1.0);
    return r;
}

RfPointResult runRfPoint(const RfConstants &c, const RfDraws &draws, int n,
                         const std::vector<double> &tauGrid, double deltaTol, int densityPoints)
{
    RfPointResult r;
    r.d = int(draws.w.cols());
    r.p = int(draws.w.rows());
    r.n = n;
    r.psiN = double(n) / double(r.d);
    const Eigen::MatrixXd u
        = gaussianEquivalentU(c, draws.w, draws.x.leftCols(n), draws.omega.leftCols(n));
    const RfFlow flow(c, draws.w, u);
    if (!flow.ok())
        return r;
    r.eigenvalues = flow.eigenvalues();
    r.deltaCount = countNear(r.eigenvalues, c.s2, deltaTol);
    r.deltaExpected = std::max(r.p - r.n - r.d, 0);
    r.bulkSplit = bulkSplit(r.eigenvalues, c.s2 + deltaTol, &r.bulkGapRatio);
    r.rho2Count = int((r.eigenvalues.array() > r.bulkSplit).count());
    r.curves = rfCurves(flow, tauGrid);
    r.times = rfTimescales(flow, r.curves);
    r.tauTheory = theoryTauMem(c, double(r.p) / double(r.d), r.psiN);
    if (densityPoints > 0) {
        // Theorem 3.1 over the bulks, from below the smallest non-δ eigenvalue to above the
        // largest; the δ-peak itself (within 1% of s_t²) is left out.
        const SpectralDensity theory(c, double(r.p) / double(r.d), r.psiN);
        double lo = r.eigenvalues.maxCoeff();
        for (Eigen::Index i = 0; i < r.eigenvalues.size(); ++i) {
            if (r.eigenvalues(i) > c.s2 + deltaTol)
                lo = std::min(lo, r.eigenvalues(i));
        }
        for (double l : logGrid(lo / 1.5, 1.5 * r.eigenvalues.maxCoeff(), densityPoints)) {
            if (std::abs(l - c.s2) < 0.01 * c.s2)
                continue;
            r.theoryLambda.push_back(l);
            r.theoryDensity.push_back(theory.density(l));
        }
    }
    r.ok = true;
    return r;
}

} // namespace paperlab::papers::diffusionmemorization
