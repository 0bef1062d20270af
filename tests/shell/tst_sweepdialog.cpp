// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// The Sweep dialog as a user drives it: open it from the transport bar, pick a parameter and
// a range, run, and read the chart; the desktop's own run is left alone; Stop stops.

#include "testshell.h"

#include "session/simulationsession.h"
#include "shell/sweepdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QQuickItem>
#include <QQuickWidget>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace paperlab;
using namespace paperlab::app;

namespace {

using paperlab::test::byName;

QVariantMap seriesById(const QVariantList &series, const QString &id)
{
    for (const QVariant &s : series) {
        if (s.toMap().value(QStringLiteral("id")) == id)
            return s.toMap();
    }
    return {};
}

} // namespace

class TestSweepDialog : public QObject
{
    Q_OBJECT

private:
    test::TestShell m_shell;
    SimulatorPane *m_pane = nullptr;
    SweepDialog *m_dialog = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_shell.start({QStringLiteral(PAPERLAB_PAPER_BUILD_DIR)}, QStringLiteral("light")));
        m_pane = m_shell.openSimulator(QStringLiteral("random-walk"));
        QVERIFY(m_pane);
        QToolButton *open = byName<QToolButton>(m_pane, QStringLiteral("Sweep"));
        QVERIFY(open);
        QTRY_VERIFY(open->isVisible());
        QTest::mouseClick(open, Qt::LeftButton);
        m_dialog = m_pane->sweepDialog();
        QVERIFY(m_dialog);
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
    }

    void cleanupTestCase()
    {
        m_shell.window.reset();
    }

    void sweepPlotsTheMeanOverSeeds()
    {
        const ParameterSet before = m_pane->session()->applied();
        auto *parameter = byName<QComboBox>(m_dialog, QStringLiteral("Parameter to vary"));
        QVERIFY(parameter);
        parameter->setCurrentIndex(parameter->findData(QStringLiteral("walkers")));
        byName<QDoubleSpinBox>(m_dialog, QStringLiteral("From"))->setValue(100);
        byName<QDoubleSpinBox>(m_dialog, QStringLiteral("To"))->setValue(1000);
        byName<QSpinBox>(m_dialog, QStringLiteral("Values"))->setValue(3);
        m_dialog->findChild<QCheckBox *>()->setChecked(true);
        byName<QSpinBox>(m_dialog, QStringLiteral("Seeds per value"))->setValue(2);
        byName<QSpinBox>(m_dialog, QStringLiteral("Steps per run"))->setValue(50);
        QCOMPARE(m_dialog->values(), (QList<double>{100, 316, 1000}));

        QSignalSpy finished(m_dialog, &SweepDialog::sweepFinished);
        QPushButton *run = nullptr;
        for (QPushButton *b : m_dialog->findChildren<QPushButton *>()) {
            if (b->text().remove(u'&') == QStringLiteral("Run sweep"))
                run = b;
        }
        QVERIFY(run && run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(m_dialog->isRunning() || finished.size() == 1);
        QVERIFY(finished.size() == 1 || finished.wait(60000));

        // variance_theory is steps · σ² = 50 for every run: mean 50, SE 0.
        auto *readout = byName<QComboBox>(m_dialog, QStringLiteral("Readout to plot"));
        QVERIFY(readout->findText(QStringLiteral("variance")) >= 0);
        readout->setCurrentIndex(readout->findText(QStringLiteral("variance_theory")));
        QVariantMap mean = seriesById(m_dialog->chartSeries(), QStringLiteral("mean"));
        QCOMPARE(mean.value(QStringLiteral("x")).toList(), (QVariantList{100.0, 316.0, 1000.0}));
        QCOMPARE(mean.value(QStringLiteral("y")).toList(), (QVariantList{50.0, 50.0, 50.0}));
        // A readout's name is shown as it is, not as a subscript.
        auto *chart = byName<QQuickWidget>(m_dialog, QStringLiteral("Sweep chart"));
        QQuickItem *plot = chart->rootObject()->findChild<QQuickItem *>(QStringLiteral("sweepPlot"));
        QVERIFY(plot);
        QCOMPARE(plot->property("yLabel").toString(), QStringLiteral("variance\\_theory"));
        QCOMPARE(seriesById(m_dialog->chartSeries(), QStringLiteral("plus-se"))
                     .value(QStringLiteral("y")).toList(),
                 (QVariantList{50.0, 50.0, 50.0}));
        // The measured variance: 50 ± a few (100 walkers, 2 seeds: SE ≈ 50·√(2/200) = 5).
        readout->setCurrentIndex(readout->findText(QStringLiteral("variance")));
        mean = seriesById(m_dialog->chartSeries(), QStringLiteral("mean"));
        for (const QVariant &y : mean.value(QStringLiteral("y")).toList())
            QVERIFY2(std::abs(y.toDouble() - 50) < 20, qPrintable(y.toString()));

        // On screen: the plot draws the three series' nine points, in more than two colours.
        QTRY_COMPARE(plot->property("pointCount").toInt(), 9);
        QCOMPARE(plot->property("yLabel").toString(), QStringLiteral("variance"));
        QCOMPARE(plot->property("xLabel").toString(), QStringLiteral("Walkers"));
        const QImage image = chart->grabFramebuffer();
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));

        // The desktop's run keeps its parameters.
        QCOMPARE(m_pane->session()->applied(), before);
    }

    void stopEndsTheSweep()
    {
        byName<QDoubleSpinBox>(m_dialog, QStringLiteral("To"))->setValue(100000);
        byName<QSpinBox>(m_dialog, QStringLiteral("Values"))->setValue(25);
        byName<QSpinBox>(m_dialog, QStringLiteral("Seeds per value"))->setValue(20);
        byName<QSpinBox>(m_dialog, QStringLiteral("Steps per run"))->setValue(0); // to the end
        QSignalSpy finished(m_dialog, &SweepDialog::sweepFinished);
        m_dialog->startSweep();
        QVERIFY(m_dialog->isRunning());
        m_dialog->stopSweep();
        QVERIFY(finished.wait(60000));
        QVERIFY(!m_dialog->isRunning());
        bool stoppedShown = false;
        for (QLabel *l : m_dialog->findChildren<QLabel *>())
            stoppedShown = stoppedShown || l->text().startsWith(QStringLiteral("Stopped: "));
        QVERIFY(stoppedShown);
    }
};

QTEST_MAIN(TestSweepDialog)
#include "tst_sweepdialog.moc"
