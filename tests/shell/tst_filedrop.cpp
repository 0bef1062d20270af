// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// A file dropped on a real plugin view (the hivemind metric engine) becomes its file input
// and is measured: the drop goes to the view's widget, as a file manager's drag would.

#include "testshell.h"

#include "session/simulationsession.h"

#include <paperlab/simulationrunner.h>

#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QQuickWidget>
#include <QTest>

using namespace paperlab;
using namespace paperlab::app;

class TestFileDrop : public QObject
{
    Q_OBJECT

private:
    test::TestShell m_shell;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_shell.start({QStringLiteral(PAPERLAB_PAPER_BUILD_DIR)},
                              QStringLiteral("light")));
    }

    void cleanupTestCase() { m_shell.window.reset(); }

    void droppedEmbeddingsAreLoaded()
    {
        SimulatorPane *pane = m_shell.openSimulator(QStringLiteral("hivemind"));
        QVERIFY(pane);
        QVERIFY(pane->session()->applyPreset(QStringLiteral("your-embeddings")));
        QCOMPARE(pane->session()->simulatorId(), QStringLiteral("metrics"));

        // Three models, two prompts, two responses each (the demo has six models).
        const QString path = m_shell.dir.filePath(QStringLiteral("dropped.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray csv = "prompt,model,e0,e1\n";
        for (const char *p : {"p1", "p2"}) {
            for (const char *m : {"a", "b", "c"})
                csv += QByteArray(p) + ',' + m + ",1,0.5\n" + p + ',' + m + ",0.2,1\n";
        }
        QVERIFY(f.write(csv) == csv.size());
        f.close();

        const auto views = pane->findChildren<QQuickWidget *>();
        QCOMPARE(views.size(), 1);
        QQuickWidget *view = views.first();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(view, &enter); // as a real drag starts
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view, &drop);
        QVERIFY(drop.isAccepted());

        QCOMPARE(pane->session()->applied().filePath(QStringLiteral("embeddings")), path);
        SimulationRunner *runner = pane->session()->runner();
        QVERIFY(runner);
        QTRY_COMPARE_WITH_TIMEOUT(runner->readouts().value(QStringLiteral("models")).toInt(), 3,
                                  20000);
        QCOMPARE(runner->readouts().value(QStringLiteral("responses")).toInt(), 12);
    }
};

QTEST_MAIN(TestFileDrop)
#include "tst_filedrop.moc"
