// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// The sink laboratory's view as the app shows it, judged by its pixels: after the probe is
// edited, every model's heatmap outlines exactly the probe's trigger rows.
#include "testshell.h"

#include "charttheme.h"
#include "heatmapitem.h"

#include <paperlab/simulationrunner.h>

#include <QJSValue>
#include <QQuickItem>
#include <QQuickWidget>
#include <QTest>

#include <set>

using namespace paperlab;
using namespace paperlab::app;

namespace {

// A QML `var` property as a list (QML hands arrays over as QJSValue).
QVariantList listProperty(const QObject *object, const char *name)
{
    const QVariant v = object->property(name);
    return v.canConvert<QJSValue>() ? v.value<QJSValue>().toVariant().toList() : v.toList();
}

// Every visible item under `item` of type T, in the visual tree (Repeater delegates are not
// QObject children of the view).
template <typename T>
void collect(QQuickItem *item, QList<T *> &found)
{
    if (!item->isVisible())
        return;
    if (auto *t = qobject_cast<T *>(item))
        found.append(t);
    for (QQuickItem *child : item->childItems())
        collect(child, found);
}

// Squared RGB distance.
int distance2(QColor a, QColor b)
{
    const int r = a.red() - b.red(), g = a.green() - b.green(), bl = a.blue() - b.blue();
    return r * r + g * g + bl * bl;
}

} // namespace

class TestGatedAttentionView : public QObject
{
    Q_OBJECT

private:
    test::TestShell m_shell;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_shell.start({QStringLiteral(PAPERLAB_PAPER_BUILD_DIR)}, QStringLiteral("light")));
    }

    void cleanupTestCase() { m_shell.window.reset(); }

    void triggerRowsAreOutlined()
    {
        SimulatorPane *pane = m_shell.openSimulator(QStringLiteral("gated-attention"));
        QVERIFY(pane);
        QVERIFY(pane->runSteps(2, 60000));
        const auto widgets = pane->findChildren<QQuickWidget *>();
        QCOMPARE(widgets.size(), 1);
        QQuickWidget *widget = widgets.first();
        QQuickItem *view = widget->rootObject();
        QVERIFY(view);

        // A probe of one non-trigger token with the first trigger at three chosen positions.
        const QVariantList triggers = listProperty(view, "triggerTokens");
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
            const QVariantList probe = listProperty(view, "probe");
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
        collect(view, maps);
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
                    outlined = outlined || distance2(pixel, accent) < distance2(pixel, surface);
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
