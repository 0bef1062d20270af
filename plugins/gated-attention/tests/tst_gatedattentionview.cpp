// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// The sink laboratory's view as the app shows it, judged by its pixels: after the probe is
// edited, every model's heatmap outlines exactly the probe's trigger rows.
#include "viewtestcase.h"

#include "charttheme.h"
#include "heatmapitem.h"

#include <paperlab/simulationrunner.h>

#include <QQuickItem>
#include <QQuickWidget>
#include <QTest>

#include <set>

using namespace paperlab;
using namespace paperlab::app;

class TestGatedAttentionView : public test::ViewTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void triggerRowsAreOutlined()
    {
        const auto [pane, widget, view] = openSimulatorView(QStringLiteral("gated-attention"));
        QVERIFY(view);
        QVERIFY(pane->runSteps(2, 60000));

        // A probe of one non-trigger token with the first trigger at three chosen positions.
        const QVariantList triggers = test::listProperty(view, "triggerTokens");
        QVERIFY(!triggers.isEmpty());
        int plain = 1;
        while (triggers.contains(plain))
            ++plain;
        const std::set<int> triggerRows{5, 12, 25};
        QVariantList tokens{0};
        for (int i = 1; i < 32; ++i)
            tokens.append(triggerRows.count(i) ? triggers.first().toInt() : plain);
        pane->runner()->command(QStringLiteral("set-probe"), {{QStringLiteral("tokens"), tokens}});
        auto probeShown = [&] {
            const QVariantList probe = test::listProperty(view, "probe");
            if (probe.size() != 32)
                return false;
            for (int i = 0; i < 32; ++i)
                if (probe[i].toMap().value(QStringLiteral("trigger")).toBool()
                    != bool(triggerRows.count(i)))
                    return false;
            return true;
        };
        // The probe runs the trained models on the simulator's thread: allow for a slow or
        // busy machine (it took 7.7 s under AddressSanitizer beside other tests).
        QTRY_VERIFY_WITH_TIMEOUT(probeShown(), 60000);

        QList<charts::HeatmapItem *> maps;
        test::collectVisible(view, maps);
        QCOMPARE(maps.size(), 3); // baseline, headwise, elementwise
        QTest::qWait(200); // the outlines follow the probe at the next frame
        const QImage screen = widget->grabFramebuffer();
        const QColor accent = charts::ChartTheme::instance()->accent();
        const QColor surface = charts::ChartTheme::instance()->surface();
        for (charts::HeatmapItem *map : maps) {
            QCOMPARE(map->rows(), 32);
            const QRectF plot = map->plotArea();
            const double cell = plot.height() / 32;
            QVERIFY2(cell >= 3, "rows too thin to tell apart");
            // The outline sticks out 3 px right of the plot, where nothing else is drawn.
            for (int row = 0; row < 32; ++row) {
                bool outlined = false;
                for (int dx = 1; dx <= 3; ++dx) {
                    const QPoint at = map->mapToScene(QPointF(plot.right() + dx,
                                                              plot.top() + (row + 0.5) * cell))
                                          .toPoint();
                    const QColor pixel = screen.pixelColor(at);
                    outlined = outlined || test::colorDistance2(pixel, accent)
                                            < test::colorDistance2(pixel, surface);
                }
                QVERIFY2(outlined == bool(triggerRows.count(row)),
                         qPrintable(QStringLiteral("%1, row %2: outline %3")
                                        .arg(map->grid()).arg(row)
                                        .arg(outlined ? "drawn" : "missing")));
            }
        }
    }
};

QTEST_MAIN(TestGatedAttentionView)
#include "tst_gatedattentionview.moc"
