// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// Stopping a running kiosk from outside, as systemctl stop and Ctrl+C in a terminal do: the
// real executable on a real X server (run under xvfb-run). SIGTERM and SIGINT take the same
// way out as the exit chord: status 0 at once, and the next start finds a clean end. The
// window once refused the close that QApplication::quit() asks for, and SIGTERM hung.

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

// A tour on the SDK's template paper, with its simulator running on the first step.
const char *kPlaylist = R"({"steps": [
  {"paper": "random-walk", "preset": "lecture", "seconds": 60},
  {"paper": "random-walk", "tab": "summary", "seconds": 60}]})";

} // namespace

class TestKioskExit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_playlist;

    // Starts the kiosk and waits until it shows its first step.
    bool start(QProcess &p)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PAPERLAB_PLUGIN_PATH"));
        env.remove(QStringLiteral("QT_QUICK_BACKEND")); // the default OpenGL backend
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("paperlab.kiosk.info=true"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(PAPERLAB_EXE),
                {QStringLiteral("--kiosk"), QStringLiteral("--no-console"),
                 QStringLiteral("--playlist"), m_playlist});
        QByteArray log;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 60000 && p.state() != QProcess::NotRunning) {
            p.waitForReadyRead(200);
            log += p.readAll();
            if (log.contains("step 1/2 (start)")) {
                m_log = log;
                return true;
            }
        }
        qWarning().noquote() << "the kiosk did not start:" << log;
        return false;
    }

    // Sends `signal` and expects a clean exit, status 0, well within 2 s.
    void stop(QProcess &p, int signal)
    {
        QTest::qWait(1000); // let it run a moment: views shown, the simulator computing
        QCOMPARE(::kill(pid_t(p.processId()), signal), 0);
        const bool ended = p.waitForFinished(2000);
        if (!ended) {
            p.kill();
            p.waitForFinished(5000);
        }
        m_log += p.readAll();
        QVERIFY2(ended, "the kiosk was still running 2 s after the signal");
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }

    QByteArray m_log;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(!qEnvironmentVariableIsEmpty("DISPLAY"), "run this test under xvfb-run");
        m_playlist = m_home.filePath(QStringLiteral("tour.json"));
        QFile f(m_playlist);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kPlaylist);
    }

    void signalEndsTheKioskCleanly_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<QString>("name");
        QTest::newRow("SIGTERM") << int(SIGTERM) << "SIGTERM";
        QTest::newRow("SIGINT") << int(SIGINT) << "SIGINT";
    }

    void signalEndsTheKioskCleanly()
    {
        QFETCH(int, signal);
        QFETCH(QString, name);
        {
            QProcess p;
            QVERIFY(start(p));
            stop(p, signal);
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(m_log.contains((name + QStringLiteral(": leaving the kiosk")).toUtf8()),
                     m_log.constData());
        }
        // The next start finds that the last session ended cleanly.
        QProcess again;
        QVERIFY(start(again));
        QVERIFY2(!m_log.contains("did not end cleanly"), m_log.constData());
        stop(again, SIGTERM);
    }
};

QTEST_GUILESS_MAIN(TestKioskExit)
#include "tst_kioskexit.moc"
