// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// The `weak` preset exactly as shipped (the strong preset with gamma = +1), five seeds:
// issue 4's weak test and paper sheet §8 "Robust" items 2 and 4. The trained weak exponent
// alpha - 1 is not asserted (sheet: not robust; trained weak models keep fewer than m
// features).

#include "reproduction.h"

#include <QObject>
#include <QTest>

using namespace paperlab::papers::superpositionscaling;
using namespace paperlab::papers::superpositionscaling::testing;

class TestSuperpositionWeak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weakPreset_data();
    void weakPreset();
};

void TestSuperpositionWeak::weakPreset_data()
{
    QTest::addColumn<quint64>("seed");
    // Seeds 1-5 in all, possibly split over several executables (see CMakeLists.txt).
    for (quint64 seed = SUPERPOSITION_FIRST_SEED; seed <= SUPERPOSITION_LAST_SEED; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed%1").arg(seed))) << seed;
}

void TestSuperpositionWeak::weakPreset()
{
    QFETCH(quint64, seed);
    const RegimeResult r = runPreset(QStringLiteral("weak"), seed).main;
    const QString at = QStringLiteral("seed %1").arg(seed);
    // alpha_m < 0.35 (issue 4; sheet §8 item 2).
    // Measured, seeds 1-6: 0.041 0.094 0.047 0.086 0.078 0.034.
    QVERIFY2(r.fit.alpha < 0.35,
             qPrintable(at + QStringLiteral(": alpha_m = %1").arg(r.fit.alpha)));
    for (const RunSummary &s : r.runs) {
        // phi_1/2 <= 0.1. Largest measured, seeds 1-6: 0.006 0.009 0.009 0.009 0.009 0.006.
        QVERIFY2(s.phiHalf <= 0.1,
                 qPrintable(at + QStringLiteral(": m = %1, phi_1/2 = %2")
                                     .arg(s.spec.m)
                                     .arg(s.phiHalf)));
        // 0.85 <= L / Eq. 4 <= 2, Eq. 4 evaluated with the measured phi_1/2 n (issue 4;
        // sheet item 4). Measured over all widths, seeds 1-6: 1.006 ... 1.153.
        const double ratio = s.loss / s.eq4;
        QVERIFY2(ratio >= 0.85 && ratio <= 2.0,
                 qPrintable(at + QStringLiteral(": m = %1, L / Eq. 4 = %2")
                                     .arg(s.spec.m)
                                     .arg(ratio)));
    }
}

QTEST_GUILESS_MAIN(TestSuperpositionWeak)
#include "tst_superpositionweak.moc"
