// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// Closed forms of the random-features theory (arXiv 2505.17638 §3, SM; paper sheet §3, §7.A,
// §8 items 1, 2 and 8), checked on small instances against explicit matrices, finite
// differences and an RK4 integration of eq. 10.
#include <paperlab/comparenear.h>
#include "rfflow.h"
#include "rfspectrum.h"

#include <paperlab/math/gradcheck.h>
#include <paperlab/math/linalg.h>
#include <paperlab/math/rng.h>

#include <QTest>

#include <Eigen/Dense>

#include <cmath>

using namespace paperlab;
using namespace paperlab::papers::diffusionmemorization;

namespace {

// The three losses straight from eq. 8 for M = A/√p, with explicit U, V, Ũ and C:
// L = 1 + [Δ Tr(M U Mᵀ) + 2√Δ Tr(M V)]/d on the training set (Ũ for the test loss), and
// E_score = [Tr(M Ũ Mᵀ) + 2 Tr(M C) + d]/d for ∇log P_t(x) = −x.
struct Explicit {
    RfConstants c;
    Eigen::MatrixXd w, u, v, ut, cc;
    int d = 0;
    int p = 0;

    RfLosses losses(const Eigen::MatrixXd &m) const
    {
        RfLosses l;
        const double sd = std::sqrt(c.delta);
        l.train
            = 1.0 + (c.delta * (m * u * m.transpose()).trace() + 2.0 * sd * (m * v).trace()) / d;
        l.test
            = 1.0 + (c.delta * (m * ut * m.transpose()).trace() + 2.0 * sd * (m * v).trace()) / d;
        l.score = ((m * ut * m.transpose()).trace() + 2.0 * (m * cc).trace() + d) / d;
        return l;
    }
    // Eq. 10 for M: Ṁ = −(2Δ/ψ_p) M U − (2√Δ/ψ_p) Vᵀ.
    Eigen::MatrixXd rhs(const Eigen::MatrixXd &m) const
    {
        const double psiP = double(p) / double(d);
        return -(2.0 * c.delta / psiP) * m * u - (2.0 * std::sqrt(c.delta) / psiP) * v.transpose();
    }
};

Explicit makeInstance(int d, int p, int n, uint64_t seed, double t = 0.1)
{
    Explicit e;
    e.c = rfConstants(t);
    e.d = d;
    e.p = p;
    const RfDraws draws = drawRf(d, p, n, math::Rng(seed));
    e.w = draws.w;
    e.u = gaussianEquivalentU(e.c, draws.w, draws.x, draws.omega);
    e.v = gaussianEquivalentV(e.c, draws.w);
    e.ut = populationU(e.c, draws.w);
    e.cc = featureDataCorrelation(e.c, draws.w);
    return e;
}

// The sheet's generic closed form with the explicit H = (QᵀŨQ) ∘ (PᵀP) (paper sheet §7.A.4).
RfLosses genericClosedForm(const Explicit &e, double tau, bool infinity = false)
{
    const math::SymEigen eig = math::symmetricEigen(e.u);
    const Eigen::MatrixXd &q = eig.vectors;
    const Eigen::VectorXd &lambda = eig.values;
    const double c = 2.0 * e.c.delta * e.d / e.p;
    const Eigen::MatrixXd pm = e.v.transpose() * q;
    const Eigen::MatrixXd h = (q.transpose() * e.ut * q).cwiseProduct(pm.transpose() * pm);
    const Eigen::MatrixXd k = q.transpose() * e.cc;
    Eigen::VectorXd f(lambda.size()), rho(lambda.size()), kappa(lambda.size());
    for (Eigen::Index i = 0; i < lambda.size(); ++i) {
        f(i) = infinity ? -1.0 / lambda(i) : (std::exp(-c * lambda(i) * tau) - 1.0) / lambda(i);
        rho(i) = pm.col(i).squaredNorm();
        kappa(i) = pm.col(i).dot(k.row(i).transpose());
    }
    RfLosses l;
    double sum = 0.0;
    for (Eigen::Index i = 0; i < lambda.size(); ++i) {
        const double decay = infinity ? 1.0 : 1.0 - std::exp(-2.0 * c * lambda(i) * tau);
        sum += decay * rho(i) / lambda(i);
    }
    l.train = 1.0 - sum / e.d;
    const double fhf = f.dot(h * f);
    l.test = 1.0 + (fhf + 2.0 * f.dot(rho)) / e.d;
    l.score = (fhf / e.c.delta + 2.0 * f.dot(kappa) / std::sqrt(e.c.delta) + e.d) / e.d;
    return l;
}

} // namespace

class TestRfModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void constantsMatchTheSheet_data()
    {
        QTest::addColumn<double>("t");
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("v2");
        QTest::addColumn<double>("s2");
        // Paper sheet §3.1 table (tanh, σ_x = 1).
        QTest::newRow("t=0.1") << 0.1 << 0.6057 << 0.2579 << 0.01384 << 0.013574;
        QTest::newRow("t=0.01") << 0.01 << 0.6057 << 0.0852 << 0.02554 << 0.001874;
    }

    void constantsMatchTheSheet()
    {
        QFETCH(double, t);
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(double, v2);
        QFETCH(double, s2);
        const RfConstants c = rfConstants(t);
        // Sheet §8.1: the quadrature matches the table to 1e-4. Measured: a 0.6057055,
        // b 0.2578835 / 0.0852330, v² 0.0138415 / 0.0255420, s² 0.0135739 / 0.0018735.
        PL_COMPARE_NEAR(c.a, a, 1e-4);
        PL_COMPARE_NEAR(c.b, b, 1e-4);
        PL_COMPARE_NEAR(c.v2, v2, 1e-4);
        PL_COMPARE_NEAR(c.s2, s2, 1e-4);
        // The small constants to the table's last digit (half a unit of it, 5e-6 and 5e-7;
        // measured differences 1.5e-6 / 2e-6 and 1.3e-7 / 5e-7).
        PL_COMPARE_NEAR(c.v2, v2, 5e-6);
        PL_COMPARE_NEAR(c.s2, s2, 6e-7);
    }

    void constantIdentities()
    {
        for (double t : {0.01, 0.1, 0.5, 1.0}) {
            const RfConstants c = rfConstants(t);
            // Sheet §3.1: b_t² = Δ_t μ_1² (to 1e-8, §8.1), and a_t = μ_1 = E[tanh(z) z] when
            // σ_x = 1.
            PL_COMPARE_NEAR(c.b * c.b, c.delta * c.mu1 * c.mu1, 1e-8);
            PL_COMPARE_NEAR(c.a, c.mu1, 1e-10);
            // The four pieces add up to the second moment: a²e^{−2t} + b² + v² + s² = E[σ²].
            PL_COMPARE_NEAR(c.a * c.a * c.e2t() + c.b * c.b + c.v2 + c.s2, c.sigmaSq, 1e-14);
            QVERIFY(c.v2 > 0.0 && c.s2 > 0.0);
            // The default 120-node rule has converged far below the tolerances above: it agrees
            // with 200 nodes to 1e-10 (80 nodes are off by 1.4e-10 at t = 0.01).
            const RfConstants fine = rfConstants(t, 1.0, 200);
            PL_COMPARE_NEAR(c.v2, fine.v2, 1e-10);
            PL_COMPARE_NEAR(c.s2, fine.s2, 1e-10);
        }
        PL_COMPARE_NEAR(ouDelta(1e-9) / 2e-9, 1.0, 1e-8);
        PL_COMPARE_NEAR(ouDelta(0.1), 1.0 - std::exp(-0.2), 1e-15);
    }

    void deltaPeakCountIsExact()
    {
        // Rank counting (sheet §3.2, §8.2): p − n − d eigenvalues equal s_t², n + d do not,
        // in regime I; none in regime II (n + d ≥ p). Five seeds each.
        struct Size {
            int d, p, n;
        };
        for (const Size sz : {Size{5, 40, 10}, Size{8, 96, 30}, Size{6, 30, 50}}) {
            for (uint64_t seed = 1; seed <= 5; ++seed) {
                const Explicit e = makeInstance(sz.d, sz.p, sz.n, seed);
                const math::SymEigen eig = math::symmetricEigen(e.u);
                QVERIFY(eig.status == math::EigenStatus::Ok);
                const int count = countNear(eig.values, e.c.s2, 1e-6);
                QCOMPARE(count, std::max(sz.p - sz.n - sz.d, 0));
                QVERIFY(eig.values.minCoeff() > e.c.s2 - 1e-9);
            }
        }
    }

    void factoredEigenMatchesTheDenseSolver()
    {
        // The deflating decomposition used by RfFlow against math::symmetricEigen on the
        // Gaussian-equivalent U's (regimes I and II; tests/math covers general matrices).
        math::Rng rng(21);
        const std::vector<Eigen::MatrixXd> cases = {makeInstance(8, 120, 20, 1).u,
                                                    makeInstance(6, 30, 50, 2).u};
        for (const Eigen::MatrixXd &u : cases) {
            const math::FactoredSymmetricEigen f(u);
            const math::SymEigen dense = math::symmetricEigen(u);
            QVERIFY(f.ok());
            const double scale = u.cwiseAbs().maxCoeff() * double(u.rows());
            QVERIFY((f.values() - dense.values).cwiseAbs().maxCoeff() < 1e-12 * scale);
            const Eigen::MatrixXd q = f.vectors();
            const Eigen::Index p = u.rows();
            QVERIFY((q.transpose() * q - Eigen::MatrixXd::Identity(p, p)).cwiseAbs().maxCoeff()
                    < 1e-12);
            QVERIFY((q * f.values().asDiagonal() * q.transpose() - u).cwiseAbs().maxCoeff()
                    < 1e-12 * scale);
            const Eigen::MatrixXd x = rng.normalMatrix(int(p), 3, 1.0);
            QVERIFY((f.transposeTimes(x) - q.transpose() * x).cwiseAbs().maxCoeff() < 1e-12);
        }
        // For U = s_t² I + (rank n + d) the tridiagonal splits into one block of about n + d
        // rows and single rows for the δ-peak (d = 8, p = 120, n = 20: measured one block of
        // 30 and 90 single rows).
        const math::FactoredSymmetricEigen g(cases[0]);
        const std::vector<int> sizes = g.blockSizes();
        QVERIFY(*std::max_element(sizes.begin(), sizes.end()) <= 20 + 8 + 2);
        QVERIFY(std::count(sizes.begin(), sizes.end(), 1) >= 120 - 20 - 8 - 2);
    }

    void zFormMatchesTheExplicitH()
    {
        // The O(p d²) evaluation against the sheet's generic B∘R form, regimes I and II.
        struct Size {
            int d, p, n;
        };
        for (const Size sz : {Size{5, 40, 10}, Size{6, 30, 50}}) {
            const Explicit e = makeInstance(sz.d, sz.p, sz.n, 3);
            const RfFlow flow(e.c, e.w, e.u);
            QVERIFY(flow.ok());
            for (double tau : {0.0, 0.3, 5.0, 80.0, 2000.0, 1e5}) {
                const RfLosses a = flow.at(tau);
                const RfLosses b = genericClosedForm(e, tau);
                PL_COMPARE_NEAR(a.train, b.train, 1e-11);
                PL_COMPARE_NEAR(a.test, b.test, 1e-10 * std::max(1.0, std::abs(b.test)));
                PL_COMPARE_NEAR(a.score, b.score, 1e-10 * std::max(1.0, std::abs(b.score)));
            }
            const RfLosses a = flow.atInfinity();
            const RfLosses b = genericClosedForm(e, 0.0, true);
            PL_COMPARE_NEAR(a.train, b.train, 1e-10);
            PL_COMPARE_NEAR(a.test, b.test, 1e-9 * std::max(1.0, std::abs(b.test)));
            PL_COMPARE_NEAR(a.score, b.score, 1e-9 * std::max(1.0, std::abs(b.score)));
        }
    }

    void closedFormMatchesRk4()
    {
        // Sheet §8.8: on d = 5, p = 40, n = 10 the closed form equals an explicit RK4
        // integration of eq. 10 from A = 0 (same U and V) to 1e-6.
        const Explicit e = makeInstance(5, 40, 10, 11);
        const RfFlow flow(e.c, e.w, e.u);
        QVERIFY(flow.ok());
        Eigen::MatrixXd m = Eigen::MatrixXd::Zero(e.d, e.p);
        const double h = 0.05;
        int steps = 0;
        for (int target : {1, 10, 100, 400}) {
            for (; steps < target * 20; ++steps) {
                const Eigen::MatrixXd k1 = e.rhs(m);
                const Eigen::MatrixXd k2 = e.rhs(m + 0.5 * h * k1);
                const Eigen::MatrixXd k3 = e.rhs(m + 0.5 * h * k2);
                const Eigen::MatrixXd k4 = e.rhs(m + h * k3);
                m += (h / 6.0) * (k1 + 2.0 * k2 + 2.0 * k3 + k4);
            }
            const RfLosses ode = e.losses(m);
            const RfLosses closed = flow.at(target);
            PL_COMPARE_NEAR(closed.train, ode.train, 1e-6);
            PL_COMPARE_NEAR(closed.test, ode.test, 1e-6);
            PL_COMPARE_NEAR(closed.score, ode.score, 1e-6);
        }
    }

    void flowIsGradientDescentOnTheLoss()
    {
        // Eq. 10 in rescaled time τ = kη/d²: Ȧ = −d² ∇_A L_train. Finite differences of the
        // explicit training loss against the right-hand side, at a random A.
        const Explicit e = makeInstance(4, 24, 8, 5);
        math::Rng rng(99);
        Eigen::MatrixXd a = rng.normalMatrix(e.d, e.p, 0.3);
        const double root = std::sqrt(double(e.p));
        // dM/dτ = (dA/dτ)/√p, so ∇_A L = −√p Ṁ/d².
        Eigen::MatrixXd grad = -e.rhs(a / root) * root / double(e.d * e.d);
        const auto f = [&] { return e.losses(a / root).train; };
        const math::GradCheckResult r = math::checkGradients(f, {math::ParamRef{&a, &grad}});
        QVERIFY2(r.maxRelError < 1e-7, qPrintable(QString::number(r.maxRelError)));
    }

    void boundaryValues()
    {
        const Explicit e = makeInstance(5, 40, 10, 2);
        const RfFlow flow(e.c, e.w, e.u);
        // At τ = 0 (A = 0) all three curves equal 1 (sheet §7.A.5).
        const RfLosses zero = flow.at(0.0);
        PL_COMPARE_NEAR(zero.train, 1.0, 1e-15);
        PL_COMPARE_NEAR(zero.test, 1.0, 1e-15);
        PL_COMPARE_NEAR(zero.score, 1.0, 1e-15);
        // The flow converges to its τ → ∞ limit, the training-loss minimiser.
        const RfLosses late = flow.at(1e9);
        const RfLosses inf = flow.atInfinity();
        PL_COMPARE_NEAR(late.train, inf.train, 1e-9);
        PL_COMPARE_NEAR(late.test, inf.test, 1e-7 * std::abs(inf.test));
        // The training loss only decreases; the δ-peak modes carry no weight (sheet §3.2).
        const Eigen::VectorXd rho = flow.modeWeights();
        double previous = 1.0;
        for (double tau : logGrid(0.1, 1e6, 50)) {
            const double l = flow.at(tau).train;
            QVERIFY(l <= previous + 1e-14);
            previous = l;
        }
        for (Eigen::Index i = 0; i < rho.size(); ++i) {
            if (std::abs(flow.eigenvalues()(i) - e.c.s2) < 1e-6)
                QVERIFY(rho(i) < 1e-20);
        }
    }

    void timescalesMeetTheirDefinitions()
    {
        const Explicit e = makeInstance(6, 48, 12, 4);
        const RfFlow flow(e.c, e.w, e.u);
        const std::vector<double> grid = logGrid(0.1, 1e7, 120);
        QCOMPARE(grid.size(), size_t(120));
        PL_COMPARE_NEAR(grid.front(), 0.1, 1e-15);
        PL_COMPARE_NEAR(grid.back(), 1e7, 1e-7);
        const RfCurves curves = rfCurves(flow, grid);
        const RfTimescales ts = rfTimescales(flow, curves);
        // The refined minimum is at least as low as every grid value.
        for (double s : curves.score)
            QVERIFY(ts.scoreMin <= s + 1e-15);
        // τ_gen: E_score has made 95% of its drop from E_score(0) = 1 to E*; τ_mem: L_gen is
        // half its τ → ∞ value; both crossings are the first ones.
        PL_COMPARE_NEAR(flow.at(ts.tauGen).score, ts.scoreMin + 0.05 * (1.0 - ts.scoreMin), 1e-9);
        PL_COMPARE_NEAR(flow.at(ts.tauGenStrict).score, 1.05 * ts.scoreMin, 1e-9);
        PL_COMPARE_NEAR(flow.at(ts.tauMem).gen(), 0.5 * curves.infinity.gen(), 1e-9);
        PL_COMPARE_NEAR(ts.genAtTauGen, flow.at(ts.tauGen).gen(), 1e-15);
        QVERIFY(ts.tauGen <= ts.tauGenStrict);
        QVERIFY(ts.tauGen < ts.tauMem);
        for (size_t i = 0; i < grid.size() && grid[i] < ts.tauMem / 1.2; ++i)
            QVERIFY(curves.gen[i] < 0.5 * curves.infinity.gen());
    }

    void theorem31DensityHasTheRightMoments()
    {
        // The solved density integrates to the exact non-δ mass (1 + ψ_n)/ψ_p (Theorem 3.2's
        // weights) and, with the δ-peak, has mean (1/p) Tr U = a²e^{−2t} + b² + v² + s² = E[σ²].
        // Measured: mass within 3e-5 and mean within 3e-5 on this grid.
        const RfConstants c = rfConstants(0.1);
        for (double psiN : {1.0, 4.0, 16.0}) {
            const SpectralDensity sd(c, 64.0, psiN);
            const int m = 1500;
            const double lo = std::log(c.s2 * 1.0005);
            const double hi = std::log(200.0);
            double mass = 0.0, mean = 0.0;
            for (int i = 0; i < m; ++i) {
                const double l = std::exp(lo + (hi - lo) * (i + 0.5) / m);
                const double rho = sd.density(l);
                QVERIFY(std::isfinite(rho) && rho >= 0.0);
                mass += rho * l * (hi - lo) / m;
                mean += l * rho * l * (hi - lo) / m;
            }
            const double deltaMass = 1.0 - (1.0 + psiN) / 64.0;
            PL_COMPARE_NEAR(mass, (1.0 + psiN) / 64.0, 1e-3);
            PL_COMPARE_NEAR(mean + deltaMass * c.s2, c.sigmaSq, 1e-3);
            // The transform is a Stieltjes transform: Im q ≤ 0 below the real axis.
            QVERIFY(sd.solve(0.3).q.imag() <= 0.0);
        }
        // With no features' non-linearity the density is the δ-peak alone: q = 1/(s² − z).
        RfConstants flat = c;
        flat.a = flat.b = flat.v2 = 0.0;
        const SpectralDensity pure(flat, 8.0, 2.0);
        const SpectralDensity::Point p = pure.solve(0.5, 1e-3);
        QVERIFY(p.converged);
        QVERIFY(std::abs(p.q - 1.0 / (flat.s2 - std::complex<double>(0.5, -1e-3))) < 1e-10);
    }

    void theoryLineMatchesTheSheet()
    {
        // Sheet §7.A table: ψ_p/(2Δ_t λ₋) = 255, 563, 1278, 2950, 6439 for ψ_p = 64, t = 0.1.
        const RfConstants c = rfConstants(0.1);
        const double expected[] = {255, 563, 1278, 2950, 6439};
        const double psiN[] = {1, 2, 4, 8, 16};
        for (int i = 0; i < 5; ++i)
            PL_COMPARE_NEAR(theoryTauMem(c, 64.0, psiN[i]), expected[i], 0.6);
        PL_COMPARE_NEAR(rho1LowerEdge(c, 64.0, 64.0), c.s2, 1e-15);
    }
};

QTEST_APPLESS_MAIN(TestRfModel)
#include "tst_diffusionmemorizationrf.moc"
