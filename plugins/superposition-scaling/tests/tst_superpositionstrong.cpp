// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// The `strong` preset exactly as shipped (n = 1000, alpha = 1, gamma = -1, batch 256,
// 4000 steps, warm-up 400, lr 1e-2, m = 10 ... 100), five seeds: issue 4's strong test and
// paper sheet §8 "Robust" items 1 (standard configuration) and 5.

#include "reproduction.h"

#include <QObject>
#include <QTest>

using namespace paperlab::papers::superpositionscaling;
using namespace paperlab::papers::superpositionscaling::testing;

class TestSuperpositionStrong : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strongPreset_data();
    void strongPreset();
};

void TestSuperpositionStrong::strongPreset_data()
{
    QTest::addColumn<quint64>("seed");
    // Seeds 1-5 in all, possibly split over several executables (see CMakeLists.txt).
    for (quint64 seed = SUPERPOSITION_FIRST_SEED; seed <= SUPERPOSITION_LAST_SEED; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed%1").arg(seed))) << seed;
}

void TestSuperpositionStrong::strongPreset()
{
    QFETCH(quint64, seed);
    const RegimeResult r = runPreset(QStringLiteral("strong"), seed).main;
    const QString at = QStringLiteral("seed %1").arg(seed);
    // alpha_m in [0.7, 1.4] (sheet §8 item 1, standard configuration).
    // Measured, seeds 1-8: 0.810 0.817 0.838 0.883 0.871 0.813 0.839 0.866 (seed spread
    // ~0.03, so the lower edge is ~5 sd away). A plain PyTorch version of the same training
    // (benchmarks/reference/superposition.py), seeds 1-8: 0.850 0.855 0.896 0.912 0.894 0.870
    // 0.854 0.831; mean 0.870 against 0.842 here (2.0 standard errors), and every width's
    // loss agrees within seed noise (m = 10 over seeds 1-16: 1.053 against 1.043 here).
    QVERIFY2(r.fit.alpha >= 0.7 && r.fit.alpha <= 1.4,
             qPrintable(at + QStringLiteral(": alpha_m = %1").arg(r.fit.alpha)));
    // phi_1/2 >= 0.95 at every width. Measured: 1.000 at every width and seed.
    for (const RunSummary &s : r.runs) {
        QVERIFY2(s.phiHalf >= 0.95,
                 qPrintable(at + QStringLiteral(": m = %1, phi_1/2 = %2")
                                     .arg(s.spec.m)
                                     .arg(s.phiHalf)));
    }
    // m * mean squared overlap at m = 100 in [0.8, 3.5]: the sheet's band for rows with
    // norm > 1/2 (item 5). Random unit vectors give 1; the Welch bound times m is
    // 100 * 900 / (100 * 999) = 0.90. Measured, seeds 1-6: 1.40 1.34 1.30 1.21 1.29 1.39.
    const RunSummary &largest = r.runs.back();
    const double overlap = largest.meanSqOverlap * largest.spec.m;
    QVERIFY2(overlap >= 0.8 && overlap <= 3.5,
             qPrintable(at + QStringLiteral(": m * overlap = %1").arg(overlap)));
}

QTEST_GUILESS_MAIN(TestSuperpositionStrong)
#include "tst_superpositionstrong.moc"
