// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// The snapshot builders every plugin uses for its histograms.

#include <paperlab/snapshot.h>

#include <QTest>

using namespace paperlab;

class TestSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uniformBarsHaveEqualEdges()
    {
        const Bars b = uniformBars(QStringLiteral("b"), QStringLiteral("B"), -1.0, 1.0, {3, 1, 4, 1});
        QCOMPARE(b.id, QStringLiteral("b"));
        QCOMPARE(b.edges, (std::vector<double>{-1.0, -0.5, 0.0, 0.5, 1.0}));
        QCOMPARE(b.heights, (std::vector<double>{3, 1, 4, 1}));
    }

    void histogramCountsByNumpysRule()
    {
        // numpy.histogram([0, 0.1, 0.5, 0.99, 1.0, 1.5, -0.2], bins=2, range=(0, 1))
        // → counts [2, 3]: 1.0 falls in the last bin, 1.5 and -0.2 are left out.
        const std::vector<double> values{0.0, 0.1, 0.5, 0.99, 1.0, 1.5, -0.2};
        const Bars b = histogramBars(QStringLiteral("h"), QStringLiteral("H"), values, 2, 0.0, 1.0);
        QCOMPARE(b.edges, (std::vector<double>{0.0, 0.5, 1.0}));
        QCOMPARE(b.heights, (std::vector<double>{2, 3}));
    }

    void densityIntegratesToTheFractionInRange()
    {
        const std::vector<double> values{0.1, 0.2, 0.3, 0.7, 5.0};
        const Bars b = histogramBars(QStringLiteral("d"), QStringLiteral("D"), values, 4, 0.0, 1.0,
                                     double(values.size()));
        double area = 0.0;
        for (size_t k = 0; k < b.heights.size(); ++k)
            area += b.heights[k] * (b.edges[k + 1] - b.edges[k]);
        QCOMPARE(area, 4.0 / 5.0); // one of five values lies outside [0, 1]
    }
};

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
