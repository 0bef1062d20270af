// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// A/B compare as a user drives it: Compare clones the run into B beside it, the panel edits
// B only, the two step together, A's numbers are exactly those of A alone, and every chart
// shares its axes with its twin.

#include "testshell.h"

#include "session/scenario.h"
#include "session/simulationsession.h"

#include <paperlab/simulationrunner.h>

#include <chartitem.h>

#include <QLabel>
#include <QQuickItem>
#include <QQuickWidget>
#include <QTest>
#include <QToolButton>

using namespace paperlab;
using namespace paperlab::app;

namespace {

constexpr int kSteps = 25;

qint64 stepOf(const SimulationRunner *r)
{
    const SnapshotPtr s = r ? r->latest() : nullptr;
    return s ? s->step : -1;
}

QList<charts::ChartItem *> chartsOf(const QQuickWidget *view)
{
    return view && view->rootObject()
               ? view->rootObject()->findChildren<charts::ChartItem *>()
               : QList<charts::ChartItem *>{};
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

private:
    test::TestShell m_shell;
    SimulatorPane *m_pane = nullptr;

    // Steps the pane (both runs while comparing) and waits until every run has done them.
    void stepAll(int n)
    {
        for (int i = 0; i < n; ++i)
            m_pane->step();
        QTRY_VERIFY(stepOf(m_pane->runner()) >= n);
        if (m_pane->isComparing())
            QTRY_VERIFY(stepOf(m_pane->compareSession()->runner()) >= n);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_shell.start({QStringLiteral(PAPERLAB_PAPER_BUILD_DIR)}, QStringLiteral("light")));
        m_pane = m_shell.openSimulator(QStringLiteral("random-walk"));
        QVERIFY(m_pane);
        QTRY_VERIFY(stepOf(m_pane->runner()) == 0);
    }

    void cleanupTestCase() { m_shell.window.reset(); }

    void changingBOnlyLeavesAAsItRunsAlone()
    {
        // A alone: the reference.
        stepAll(kSteps);
        const QVariantMap alone = m_pane->runner()->readouts();
        QVERIFY(!alone.isEmpty());
        const ParameterSet applied = m_pane->session()->applied();

        // Compare, from the transport bar as a user does.
        QToolButton *compare = nullptr;
        for (QToolButton *b : m_pane->findChildren<QToolButton *>()) {
            if (b->accessibleName().startsWith(QStringLiteral("Compare")))
                compare = b;
        }
        QVERIFY(compare);
        QTest::mouseClick(compare, Qt::LeftButton);
        QVERIFY(m_pane->isComparing());
        SimulationSession *b = m_pane->compareSession();
        QVERIFY(b && b->runner());
        QCOMPARE(b->applied(), applied); // B starts as a copy of A
        QVERIFY(m_pane->compareView());

        // B gets another step size through its panel's session, then Apply (both restart).
        b->setPending(QStringLiteral("sigma"), 3.0);
        m_pane->resetRun();
        QCOMPARE(m_pane->session()->applied(), applied);
        QCOMPARE(b->applied().value(QStringLiteral("sigma")).toDouble(), 3.0);
        QTRY_VERIFY(stepOf(m_pane->runner()) == 0 && stepOf(b->runner()) == 0);
        stepAll(kSteps);
        QCOMPARE(m_pane->runner()->readouts(), alone); // A's numbers: exactly A alone
        QVERIFY(b->runner()->readouts() != alone);

        // B's header names the difference (shown once the event loop has laid it out: the
        // steps above may all be done before it runs).
        const auto named = [this] {
            for (QLabel *l : m_pane->findChildren<QLabel *>()) {
                if (l->isVisible() && l->text().contains(QStringLiteral("= 3 (A: 1)")))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(named());
    }

    void twinChartsShareTheirAxes()
    {
        QVERIFY(m_pane->isComparing());
        QList<charts::ChartItem *> a, b;
        QTRY_VERIFY((a = chartsOf(m_pane->view())).size() > 0
                    && (b = chartsOf(m_pane->compareView())).size() == a.size()
                    && !a.first()->axisGroup().isEmpty());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i]->axisGroup(), b[i]->axisGroup());
            if (a[i]->metaObject()->className() == QByteArray("paperlab::charts::LinePlotItem")
                && a[i]->hasData() && b[i]->hasData()) {
                // The same data point lands on the same place of both plots.
                const QPointF pa = a[i]->mapToPixel(10, 1) - a[i]->plotArea().topLeft();
                const QPointF pb = b[i]->mapToPixel(10, 1) - b[i]->plotArea().topLeft();
                QVERIFY2(std::abs(pa.x() - pb.x()) < 1 && std::abs(pa.y() - pb.y()) < 1,
                         qPrintable(a[i]->title()));
            }
        }
    }

    void aComparisonIsAScenario()
    {
        const std::optional<Scenario> saved = m_shell.window->currentScenario();
        QVERIFY(saved);
        QCOMPARE(saved->compareParameters.value(QStringLiteral("sigma")).toDouble(), 3.0);
        QCOMPARE(saved->parameters.value(QStringLiteral("sigma")).toDouble(), 1.0);
        m_pane->setComparing(false);
        const auto opened = m_shell.window->openScenario(*saved);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().userText));
        m_pane = m_shell.window->currentPaper()->simulatorPane();
        QVERIFY(m_pane->isComparing());
        QCOMPARE(m_pane->compareSession()->applied().value(QStringLiteral("sigma")).toDouble(),
                 3.0);
        QCOMPARE(m_pane->session()->applied().value(QStringLiteral("sigma")).toDouble(), 1.0);
        // Both replayed to the saved step.
        QTRY_VERIFY(stepOf(m_pane->runner()) == saved->steps
                    && stepOf(m_pane->compareSession()->runner()) == saved->steps);
    }

    void aPaperPairIsOneClick()
    {
        // random-walk's "lecture" preset names "drifting" as its comparison.
        m_pane->comparePresets(QStringLiteral("lecture"), QStringLiteral("drifting"));
        QVERIFY(m_pane->isComparing());
        const ParameterSet a = m_pane->session()->applied();
        const ParameterSet b = m_pane->compareSession()->applied();
        QCOMPARE(a.value(QStringLiteral("walkers")).toInt(), 20000);
        QCOMPARE(a.value(QStringLiteral("drift")).toDouble(), 0.0);
        QCOMPARE(b.value(QStringLiteral("drift")).toDouble(), 0.2);
        QCOMPARE(b.value(QStringLiteral("walkers")).toInt(), 2000);
        // The seed is A's in both, so the difference is the presets' alone.
        QCOMPARE(b.value(QStringLiteral("seed")), a.value(QStringLiteral("seed")));
        // B's header names the differences (shown once the event loop has laid it out).
        const auto headers = [this] {
            QStringList texts;
            for (QLabel *l : m_pane->findChildren<QLabel *>()) {
                if (l->isVisible() && l->text().startsWith(QStringLiteral("B: ")))
                    texts << l->text();
            }
            return texts;
        };
        QTRY_COMPARE(headers().size(), 1);
        // The panel (which edits B) marks each differing parameter with A's value.
        const auto marks = [this] {
            QStringList texts;
            for (QLabel *l : m_pane->findChildren<QLabel *>(QStringLiteral("compareMark"))) {
                if (l->isVisible())
                    texts << l->text();
            }
            texts.sort();
            return texts;
        };
        QTRY_COMPARE(marks(), (QStringList{QStringLiteral("A: 0"), QStringLiteral("A: 1000"),
                                           QStringLiteral("A: 20000")}));
        QVERIFY2(headers().first().contains(QStringLiteral("Drift μ = 0.2 (A: 0)"))
                     && headers().first().contains(QStringLiteral("Walkers = 2000 (A: 20000)")),
                 qPrintable(headers().first()));
    }

    void stoppingRemovesBAndUnlinksA()
    {
        m_pane->setComparing(false);
        QVERIFY(!m_pane->isComparing());
        QVERIFY(!m_pane->compareSession());
        QVERIFY(!m_pane->compareView());
        for (charts::ChartItem *c : chartsOf(m_pane->view()))
            QVERIFY(c->axisGroup().isEmpty());
        stepAll(1); // A runs on alone
    }
};

QTEST_MAIN(TestCompare)
#include "tst_compare.moc"
