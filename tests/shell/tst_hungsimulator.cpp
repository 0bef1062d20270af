// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// A plugin whose step never returns, in the window as users meet it: asked to pause, the
// pane says which simulator is stuck while the window goes on working, and opening another
// paper leaves the stuck one behind after a bounded wait instead of freezing the app.

#include "../eventloopwatch.h"
#include "testshell.h"

#include "session/simulationsession.h"

#include <paperlab/simulationrunner.h>

#include <QElapsedTimer>
#include <QLabel>
#include <QPointer>
#include <QRegularExpression>
#include <QTest>

using namespace paperlab;
using namespace paperlab::app;

class TestHungSimulator : public QObject
{
    Q_OBJECT

private:
    test::TestShell m_shell;

    QString statusText(SimulatorPane *pane)
    {
        const QLabel *status = test::byName<QLabel>(pane, QStringLiteral("Status"));
        return status ? status->text() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_shell.start({QStringLiteral(FIXTURE_SHELL_DIR),
                               QStringLiteral(PAPERLAB_PAPER_BUILD_DIR)},
                              QStringLiteral("light")));
    }

    void cleanupTestCase() { m_shell.window.reset(); }

    void aStuckStepIsNamedAndLeftBehind()
    {
        QPointer<SimulatorPane> pane = m_shell.openSimulator(QStringLiteral("qml-errors"));
        QVERIFY(pane);
        SimulationSession *session = pane->session();
        qunsetenv("PAPERLAB_TEST_STEP_HUNG");
        session->setPending(QStringLiteral("hang"), true);
        QVERIFY(session->restart());
        QTRY_VERIFY(session->runner()->latest());
        session->playPause();
        QTRY_COMPARE(session->runner()->state(), SimulationRunner::State::Running);
        // Inside the step that never returns (qputenv and qEnvironmentVariable share a lock),
        // so the pause below cannot be taken before it.
        QTRY_VERIFY(qEnvironmentVariableIsSet("PAPERLAB_TEST_STEP_HUNG"));

        const test::EventLoopWatch watch; // the window's loop keeps turning all along
        QTest::ignoreMessage(QtCriticalMsg,
                             QRegularExpression(QStringLiteral(
                                 "simulator \"Decay \\(qml-errors/decay\\)\" did not return "
                                 "within .* stop")));
        session->playPause(); // pause: never taken
        QTRY_COMPARE_WITH_TIMEOUT(session->runner()->state(), SimulationRunner::State::Error,
                                  8000);
        QTRY_VERIFY2(statusText(pane).contains(QStringLiteral(
                         "simulator \"Decay (qml-errors/decay)\" did not return within")),
                     qPrintable(statusText(pane)));
        QVERIFY2(watch.neverStalled(), qPrintable(watch.report()));

        // Opening another paper deletes this one: its runner waits a grace period, then
        // abandons the stuck thread, and the app goes on.
        QTest::ignoreMessage(QtCriticalMsg,
                             QRegularExpression(QStringLiteral(
                                 "simulator \"Decay \\(qml-errors/decay\\)\" did not return .* "
                                 "left running "
                                 "in the background")));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(m_shell.openSimulator(QStringLiteral("random-walk")));
        QTRY_VERIFY_WITH_TIMEOUT(!pane, 10000);
        QVERIFY2(clock.elapsed() < 8000, qPrintable(QString::number(clock.elapsed())));
        SimulationRunner *walk = m_shell.window->currentPaper()->simulatorPane()->runner();
        QVERIFY(walk);
        // The new paper's simulator runs: it steps, and may even finish its short walk before
        // a poll sees it Running.
        walk->start();
        QTRY_VERIFY(walk->latest() && walk->latest()->step > 0);
        QVERIFY(walk->state() != SimulationRunner::State::Error);
    }
};

QTEST_MAIN(TestHungSimulator)
#include "tst_hungsimulator.moc"
