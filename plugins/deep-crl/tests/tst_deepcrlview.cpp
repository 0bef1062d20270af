// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// The U4 critic's view as the app shows it, judged by its pixels: the Q-map draws a greedy
// move, a white arrow outlined in black, at the centre of every free sub-cell it is given.
#include "viewtestcase.h"

#include "heatmapitem.h"

#include <paperlab/simulationrunner.h>

#include <QQuickWidget>
#include <QTest>

#include <algorithm>

using namespace paperlab;
using namespace paperlab::app;

class TestDeepCrlView : public test::ViewTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void everyFreeCellShowsItsGreedyMove()
    {
        const auto [pane, widget, view] = openSimulatorView(QStringLiteral("deep-crl"));
        QVERIFY(view);
        auto *moves = view->findChild<QQuickItem *>(QStringLiteral("greedyMoves"));
        QVERIFY(moves);
        auto *map = qobject_cast<charts::HeatmapItem *>(moves->parentItem());
        QVERIFY(map);
        // The moves come with the first evaluation of the critics.
        QVERIFY(pane->runSteps(1, 60000));
        QTRY_VERIFY_WITH_TIMEOUT(!test::listProperty(moves, "rows").isEmpty(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(map->rows() > 0, 10000);
        QTest::qWait(300); // the canvas paints at the next frame

        const QImage screen = widget->grabFramebuffer();
        // The start's square and the rollout's marker are drawn over the arrows: the cells
        // under them are not judged.
        QList<QRectF> covered;
        for (const char *name : {"startMarker", "rolloutMarker"}) {
            auto *marker = view->findChild<QQuickItem *>(QLatin1String(name));
            QVERIFY(marker);
            if (marker->isVisible())
                covered.append(marker->mapRectToScene(
                    QRectF(0, 0, marker->width(), marker->height())));
        }
        const double cell = map->plotArea().height() / map->rows();
        QVERIFY2(cell >= 6, "sub-cells too small to hold an arrow");
        const int reach = int(cell * 0.35);
        int shown = 0;
        const QVariantList moveRows = test::listProperty(moves, "rows");
        for (const QVariant &row : moveRows) {
            const QVariantList r = row.toList();
            const QPointF at = map->mapToScene(map->cellCenter(r[0].toInt(), r[1].toInt()));
            if (std::any_of(covered.cbegin(), covered.cend(),
                            [at](const QRectF &r) { return r.contains(at); }))
                continue;
            const QPoint centre = at.toPoint();
            // Near white and near black: neither is a viridis colour, so only an arrow
            // (fill and outline) puts both inside a cell.
            bool white = false, black = false;
            for (int dy = -reach; dy <= reach; ++dy) {
                for (int dx = -reach; dx <= reach; ++dx) {
                    const QColor p = screen.pixelColor(centre + QPoint(dx, dy));
                    white = white || (p.red() > 200 && p.green() > 200 && p.blue() > 200);
                    black = black || (p.red() < 60 && p.green() < 60 && p.blue() < 60);
                }
            }
            QVERIFY2(white && black,
                     qPrintable(QStringLiteral("no arrow drawn in cell (%1, %2)")
                                    .arg(r[0].toInt()).arg(r[1].toInt())));
            ++shown;
        }
        QVERIFY(shown >= moveRows.size() - 2);
        QVERIFY(shown > 50); // every free sub-cell but the goal's (and the markers')
    }
};

QTEST_MAIN(TestDeepCrlView)
#include "tst_deepcrlview.moc"
