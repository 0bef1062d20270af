// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// The robust claims of the random-features theory at the `rf-scaling` size (d = 25, ψ_p = 64,
// p = 1600, t = 0.1, ψ_n ∈ {1, 2, 4, 8, 16}) over five seeds (paper sheet §8, items 2–7).
// Nothing the sheet marks "not robust" is asserted: not η ≈ 0.59, not the ρ_1 edges, not the
// ratio of τ_mem to the theory line.
#include "rfflow.h"
#include "rfspectrum.h"

#include <paperlab/math/rng.h>
#include <paperlab/math/stats.h>

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace paperlab;
using namespace paperlab::papers::diffusionmemorization;

namespace {

// KS distance between the empirical ρ_1 eigenvalues (non-δ, below the bulk split) and the
// Theorem 3.1 density restricted to the same range, integrated on a log grid.
double rho1Ks(const RfConstants &c, const RfPointResult &r)
{
    std::vector<double> e;
    for (Eigen::Index i = r.deltaCount; i < r.eigenvalues.size(); ++i) {
        if (r.eigenvalues(i) < r.bulkSplit)
            e.push_back(r.eigenvalues(i));
    }
    const SpectralDensity sd(c, double(r.p) / double(r.d), r.psiN);
    const int m = 600;
    const double lo = std::log(c.s2 * 1.0005);
    const double hi = std::log(r.bulkSplit);
    std::vector<double> x(m), cdf(m);
    double acc = 0.0;
    for (int i = 0; i < m; ++i) {
        x[size_t(i)] = std::exp(lo + (hi - lo) * (i + 1.0) / m);
        const double mid = std::exp(lo + (hi - lo) * (i + 0.5) / m);
        acc += sd.density(mid) * mid * (hi - lo) / m;
        cdf[size_t(i)] = acc;
    }
    double ks = 0.0;
    const double count = double(e.size());
    for (size_t k = 0; k < e.size(); ++k) {
        const size_t j = size_t(std::lower_bound(x.begin(), x.end(), e[k]) - x.begin());
        const double f = j < x.size() ? cdf[j] / acc : 1.0;
        ks = std::max({ks, std::abs(f - double(k) / count), std::abs(f - double(k + 1) / count)});
    }
    return ks;
}

} // namespace

class TestRfScaling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void robustClaims_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed = 1; seed <= 5; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void robustClaims()
    {
        QFETCH(quint64, seed);
        const int d = 25;
        const int p = 1600;
        const std::vector<int> ns = {25, 50, 100, 200, 400};
        const RfConstants c = rfConstants(0.1);
        const RfDraws draws = drawRf(d, p, ns.back(), math::Rng(seed));
        const std::vector<double> grid = logGrid(0.1, 1e6, 200);
        std::vector<RfPointResult> r(ns.size());
        math::parallelFor(int(ns.size()), runThreads(), [&](int i) {
            r[size_t(i)] = runRfPoint(c, draws, ns[size_t(i)], grid);
        });

        std::vector<double> psi, mem;
        double lgenMax = 0.0;
        double genMin = std::numeric_limits<double>::infinity(), genMax = 0.0;
        for (size_t i = 0; i < r.size(); ++i) {
            QVERIFY(r[i].ok);
            // §8.2: exactly p − n − d eigenvalues equal s_t² (to 1e-6); the other n + d do not.
            QCOMPARE(r[i].deltaCount, p - ns[i] - d);
            QCOMPARE(int(r[i].eigenvalues.size()) - r[i].deltaCount, ns[i] + d);
            // §8.3: exactly d eigenvalues form ρ_2, far above ρ_1. The largest gap of the
            // spectrum is a factor > 3 (measured 4.0–4.9 at ψ_n = 1, about 11 at 2, > 28 above).
            QCOMPARE(r[i].rho2Count, d);
            QVERIFY2(r[i].bulkGapRatio > 3.0, qPrintable(QString::number(r[i].bulkGapRatio)));
            QVERIFY(std::isfinite(r[i].times.tauMem));
            // Sheet §3.2: the finite-size spectrum follows Theorem 3.1 (not the asymptotic
            // edges of Theorem 3.2). Kolmogorov–Smirnov distance between the n eigenvalues of
            // ρ_1 and the solved density, below the 95% critical value 1.36/√n of i.i.d.
            // samples (0.27 at n = 25, 0.068 at n = 400); measured 0.060–0.090 at ψ_n = 1 and
            // 0.006–0.007 at ψ_n = 16 over seeds 1–5.
            const double ks = rho1Ks(c, r[i]);
            QVERIFY2(ks < 1.36 / std::sqrt(double(ns[i])), qPrintable(QString::number(ks)));
            genMin = std::min(genMin, r[i].times.tauGen);
            genMax = std::max(genMax, r[i].times.tauGen);
            // §8.6: no early gap, |L_gen(τ_gen)| < 0.05 for ψ_n ≥ 4 (measured 0.013–0.015).
            if (ns[i] >= 4 * d) {
                lgenMax = std::max(lgenMax, std::abs(r[i].times.genAtTauGen));
                QVERIFY2(std::abs(r[i].times.genAtTauGen) < 0.05,
                         qPrintable(QString::number(r[i].times.genAtTauGen)));
            }
            if (i > 0) {
                // §8.5: τ_mem increases with n; §8.7: E*_score decreases with ψ_n.
                QVERIFY(r[i].times.tauMem > r[i - 1].times.tauMem);
                QVERIFY2(r[i].times.scoreMin < r[i - 1].times.scoreMin,
                         qPrintable(QStringLiteral("E* %1 after %2")
                                        .arg(r[i].times.scoreMin)
                                        .arg(r[i - 1].times.scoreMin)));
            }
            if (ns[i] <= 8 * d) {
                psi.push_back(double(ns[i]) / d);
                mem.push_back(r[i].times.tauMem);
            }
        }
        // §8.4: τ_gen changes by less than 2× over ψ_n ∈ [1, 16] (sheet: 1.45×; measured
        // 1.39–1.45 over seeds 1–5).
        QVERIFY2(genMax / genMin < 2.0, qPrintable(QString::number(genMax / genMin)));
        // §8.5: log–log slope of τ_mem over ψ_n ∈ [1, 8] in [0.8, 1.2] (sheet: 1.04; measured
        // 0.99–1.07 over seeds 1–5).
        const math::LinearFit fit = math::fitLogLog(psi, mem);
        QVERIFY(fit.status == math::FitStatus::Ok);
        QVERIFY2(fit.slope >= 0.8 && fit.slope <= 1.2, qPrintable(QString::number(fit.slope)));
        qInfo("seed %llu: tau_gen ratio %.3f, tau_mem slope %.3f, gap at psi_n=1 %.2f, "
              "max |L_gen(tau_gen)| for psi_n >= 4 %.4f",
              static_cast<unsigned long long>(seed), genMax / genMin, fit.slope,
              r.front().bulkGapRatio, lgenMax);
    }
};

QTEST_APPLESS_MAIN(TestRfScaling)
#include "tst_diffusionmemorizationscaling.moc"
