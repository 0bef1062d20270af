#include "flipssimulator.h"

#include <paperlab/testing.h>

#include <QTest>

#include <cmath>

using namespace paperlab::testing;

class TestFlips : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // After n flips the fraction of heads is within 4 standard errors of p, for every seed
    // (a failure by chance has probability below 1e-4 per seed).
    void fractionSettlesAtP()
    {
        const PaperUnderTest paper; // the built plugin, as PaperLab loads it
        QVERIFY2(paper.loadError().isEmpty(), qPrintable(paper.loadError()));
        for (int seed = 1; seed <= 5; ++seed) {
            @IDENT@::FlipsSimulator sim;
            sim.reset(paper.parameters({{QStringLiteral("p"), 0.3},
                                        {QStringLiteral("flips"), 10000},
                                        {QStringLiteral("seed"), seed}}));
            const auto end = runToEnd(sim);
            QVERIFY(end);
            const double fraction = end->readouts.value(QStringLiteral("fraction"));
            QVERIFY2(std::abs(fraction - 0.3) < 4.0 * std::sqrt(0.3 * 0.7 / 10000),
                     qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(fraction)));
        }
    }

    // Estimated from the last 100 flips only, the error stops shrinking: its spread over
    // seeds stays near sqrt(p(1 - p)/100) = 0.05 however long the run.
    void recentEstimateKeepsItsError()
    {
        const PaperUnderTest paper;
        double sum2 = 0.0;
        const int seeds = 200;
        for (int seed = 1; seed <= seeds; ++seed) {
            @IDENT@::FlipsSimulator sim;
            sim.reset(paper.parameters({{QStringLiteral("estimate"), QStringLiteral("recent")},
                                        {QStringLiteral("flips"), 5000},
                                        {QStringLiteral("seed"), seed}}));
            const double f = runToEnd(sim)->readouts.value(QStringLiteral("fraction"));
            sum2 += (f - 0.5) * (f - 0.5);
        }
        const double spread = std::sqrt(sum2 / seeds);
        QVERIFY2(spread > 0.04 && spread < 0.06, qPrintable(QString::number(spread)));
    }
};

QTEST_GUILESS_MAIN(TestFlips)
#include "tst_@IDENT@.moc"
