// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// The paper's robust claims at the `quick` preset (n = 500, m = 8 ... 48, 3000 steps),
// strong (gamma = -1) and weak (gamma = +1) regimes trained from the same start, five seeds.
// Paper sheet §8 "Robust" items 1 (quick band), 2, 3, 4 and 5. Exact exponents are not
// asserted (sheet: not robust at toy scale).

#include "reproduction.h"

#include <QObject>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace paperlab::papers::superpositionscaling;
using namespace paperlab::papers::superpositionscaling::testing;

class TestSuperpositionQuick : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regimes_data();
    void regimes();
};

void TestSuperpositionQuick::regimes_data()
{
    QTest::addColumn<quint64>("seed");
    // Seeds 1-5 in all, possibly split over several executables (see CMakeLists.txt).
    for (quint64 seed = SUPERPOSITION_FIRST_SEED; seed <= SUPERPOSITION_LAST_SEED; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed%1").arg(seed))) << seed;
}

void TestSuperpositionQuick::regimes()
{
    QFETCH(quint64, seed);
    const SweepResult r = runPreset(QStringLiteral("quick"), seed, true, 1.0);
    const RegimeResult &strong = r.main;
    const RegimeResult &weak = r.contrast;
    const QString at = QStringLiteral("seed %1").arg(seed);

    // Item 1, quick configuration: alpha_m in [0.5, 1.3] (sheet band).
    // Measured, seeds 1-7: 0.862 0.803 0.942 0.852 0.832 0.841 0.939.
    QVERIFY2(strong.fit.alpha >= 0.5 && strong.fit.alpha <= 1.3,
             qPrintable(at + QStringLiteral(": strong alpha_m = %1").arg(strong.fit.alpha)));
    for (const RunSummary &s : strong.runs) {
        // phi_1/2 >= 0.95 at every width. Measured: 1.000 at every width and seed.
        QVERIFY2(s.phiHalf >= 0.95,
                 qPrintable(at + QStringLiteral(": m = %1, phi_1/2 = %2")
                                     .arg(s.spec.m)
                                     .arg(s.phiHalf)));
    }
    // Item 5: m * mean (w_i . w_j)^2 over represented rows at the largest width in
    // [0.8, 3.5] (sheet: 0.8/m ... 3.5/m; random unit vectors give 1, and the Welch bound
    // (n - m)/(m (n - 1)) times m is 0.91 here). Measured, seeds 1-7: 1.13 1.33 1.18 1.20
    // 1.27 1.23 1.12.
    const RunSummary &largest = strong.runs.back();
    const double overlap = largest.meanSqOverlap * largest.spec.m;
    QVERIFY2(overlap >= 0.8 && overlap <= 3.5,
             qPrintable(at + QStringLiteral(": m * overlap = %1").arg(overlap)));

    // Item 2: weak regime alpha_m < 0.35 and phi_1/2 <= 0.1.
    // Measured alpha_m, seeds 1-7: 0.081 0.078 0.149 0.136 0.061 0.126 0.062;
    // largest phi_1/2: 0.020 0.018 0.018 0.014 0.020 0.016 0.022.
    QVERIFY2(weak.fit.alpha < 0.35,
             qPrintable(at + QStringLiteral(": weak alpha_m = %1").arg(weak.fit.alpha)));
    for (const RunSummary &s : weak.runs) {
        QVERIFY2(s.phiHalf <= 0.1,
                 qPrintable(at + QStringLiteral(": weak phi_1/2 = %1").arg(s.phiHalf)));
        // Item 4: 0.85 <= L / Eq. 4 (with the measured phi_1/2 n) <= 2.
        // Measured over all widths, seeds 1-7: 1.010 ... 1.191.
        const double ratio = s.loss / s.eq4;
        QVERIFY2(ratio >= 0.85 && ratio <= 2.0,
                 qPrintable(at + QStringLiteral(": m = %1, L / Eq. 4 = %2")
                                     .arg(s.spec.m)
                                     .arg(ratio)));
    }

    // Item 3: the strong-regime loss is below the weak one. At the smallest width (m = 8,
    // n = 500) the two tie within seed noise here (weak - strong, seeds 1-7: +0.039 +0.012
    // +0.051 +0.065 +0.022 +0.087 -0.014), so it is asserted from m = 12 on, where the
    // measured margin is at least 0.13.
    for (size_t k = 1; k < strong.runs.size(); ++k) {
        QVERIFY2(strong.runs[k].loss < weak.runs[k].loss,
                 qPrintable(at + QStringLiteral(": m = %1, strong %2 vs weak %3")
                                     .arg(strong.widths[k])
                                     .arg(strong.runs[k].loss)
                                     .arg(weak.runs[k].loss)));
    }
}

QTEST_GUILESS_MAIN(TestSuperpositionQuick)
#include "tst_superpositionquick.moc"
