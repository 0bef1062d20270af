// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// The frame profiler (F12): over a running simulator it shows frames, steps and snapshots
// per second, inside the view's corner; F12 again takes it away.

#include "testshell.h"

#include "session/simulationsession.h"
#include "shell/frameprofiler.h"

#include <paperlab/simulationrunner.h>

#include <QTest>

using namespace paperlab;
using namespace paperlab::app;

class TestFrameProfiler : public QObject
{
    Q_OBJECT

private:
    test::TestShell m_shell;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_shell.start({QStringLiteral(PAPERLAB_PAPER_BUILD_DIR)}, QStringLiteral("dark")));
    }

    void cleanupTestCase()
    {
        m_shell.window.reset();
    }

    void measuresARunningView()
    {
        SimulatorPane *pane = m_shell.openSimulator(QStringLiteral("random-walk"));
        QVERIFY(pane);
        QTRY_VERIFY(pane->isVisible());
        QVERIFY(!pane->frameProfiler());
        QTest::keyClick(pane, Qt::Key_F12);
        FrameProfiler *profiler = pane->frameProfiler();
        QVERIFY(profiler && profiler->isVisible());

        // A run long enough to be running while it is measured.
        pane->session()->setPending(QStringLiteral("steps"), 100000);
        QVERIFY(pane->session()->restart());
        pane->playPause();
        QTRY_COMPARE(pane->runner()->state(), SimulationRunner::State::Running);
        QTRY_VERIFY_WITH_TIMEOUT(profiler->figures().frames > 0
                                     && profiler->figures().snapshotsPerSecond > 0
                                     && profiler->figures().stepsPerSecond > 0, 10000);
        const FrameProfiler::Figures f = profiler->figures();
        QVERIFY2(f.frameMs > 0 && f.frameP99Ms >= f.frameMs * 0.5 && f.renderMs >= 0,
                 qPrintable(profiler->text()));
        // A frame's work (synchronisation and rendering) lies inside its interval.
        QVERIFY2(f.workP50Ms > 0 && f.workP50Ms <= f.workP99Ms && f.workP99Ms <= f.frameP99Ms,
                 qPrintable(profiler->text()));
        QVERIFY2(profiler->text().contains(QStringLiteral("steps")), qPrintable(profiler->text()));
        QVERIFY2(profiler->text().contains(QStringLiteral("work")), qPrintable(profiler->text()));
        // Inside the view's area, at its top right.
        const QRect area = profiler->parentWidget()->rect();
        QVERIFY(area.contains(profiler->geometry()));
        QVERIFY(profiler->geometry().right() > area.width() * 3 / 4);

        QTest::keyClick(pane, Qt::Key_F12);
        QVERIFY(!pane->frameProfiler());
    }
};

QTEST_MAIN(TestFrameProfiler)
#include "tst_frameprofiler.moc"
