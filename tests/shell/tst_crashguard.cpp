// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// The crash-loop guard on the desktop, with the real executable: a paper that crashes while
// loading kills the first start; the next start comes up without it and says which it was.

#include "papers/crashguard.h"
#include "papers/paperloader.h"
#include "papers/paperregistry.h"
#include "shell/homeview.h"
#include "shell/qmlhost.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace paperlab;
using namespace paperlab::app;

namespace {

const QString kCrashing = QStringLiteral("crash-on-load");

struct Run {
    QProcess::ExitStatus status = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out, err;
};

} // namespace

class TestCrashGuard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    // The desktop app, as a user starts it, but with a home, settings and data of its own.
    Run paperlab(const QStringList &args) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PAPERLAB_PLUGIN_PATH"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        for (const char *name : {"XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME"})
            env.insert(QString::fromLatin1(name), m_home.filePath(QString::fromLatin1(name)));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PAPERLAB_EXE),
                QStringList{QStringLiteral("--plugin-dir"), QStringLiteral(FIXTURE_CRASHING_DIR)}
                    + args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitStatus(), p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private Q_SLOTS:
    void aPaperThatCrashedIsDisabledAtTheNextStart()
    {
        QVERIFY(m_home.isValid());
        const QString png = m_home.filePath(QStringLiteral("home.png"));
        // --screenshot draws the home page with every thumbnail loaded, then exits.
        const QStringList desktop = {QStringLiteral("--screenshot"), png};

        const Run first = paperlab(desktop);
        QCOMPARE(first.status, QProcess::CrashExit);
        QVERIFY(!QFileInfo::exists(png));

        const Run second = paperlab(desktop);
        QVERIFY2(second.status == QProcess::NormalExit && second.exitCode == 0,
                 second.err.constData());
        QVERIFY2(second.err.contains("crash-on-load crashed PaperLab while loading"),
                 second.err.constData());
        QVERIFY(QFileInfo(png).size() > 0);

        // It stays disabled (the file has not changed), and the listing says why.
        const Run list = paperlab({QStringLiteral("--list-papers"), QStringLiteral("--json")});
        QVERIFY2(list.status == QProcess::NormalExit && list.exitCode == 0, list.err.constData());
        QJsonObject entry;
        for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array()) {
            if (v[QStringLiteral("id")].toString() == kCrashing)
                entry = v.toObject();
        }
        QCOMPARE(entry[QStringLiteral("state")].toString(), QStringLiteral("disabled"));
        QCOMPARE(entry[QStringLiteral("error")].toString(),
                 QStringLiteral("Disabled: it crashed PaperLab while loading last time"));

        // What the home page says, read from the same settings file as the app reads it.
        const QString settingsFile
            = m_home.filePath(QStringLiteral("XDG_CONFIG_HOME/paperlab/paperlab.conf"));
        QVERIFY(QFileInfo::exists(settingsFile));
        QSettings settings(settingsFile, QSettings::IniFormat);
        PaperRegistry registry;
        registry.discover({QStringLiteral(FIXTURE_CRASHING_DIR)});
        PaperLoader loader(&registry);
        QCOMPARE(loader.enableCrashGuard(&settings), QStringList{kCrashing});
        QCOMPARE(registry.find(kCrashing)->state(), PaperState::Disabled);
        QmlHost qml;
        HomeView home(&loader, &qml);
        QVERIFY2(home.notice().contains(u"Fixture crash-on-load (crash-on-load)"),
                 qPrintable(home.notice()));
    }

    // Several paperlab runs at once (GNU parallel, a job array) each mark the papers they
    // load: the marker of a process that still runs is not a crash, one of a process that
    // died is.
    void aMarkerOfARunningProcessIsNotACrash()
    {
        QTemporaryDir dir;
        QSettings state(dir.filePath(QStringLiteral("state.conf")), QSettings::IniFormat);
        PaperRegistry registry;
        registry.discover({QStringLiteral(FIXTURE_CRASHING_DIR)});
        const QString file = registry.find(kCrashing)->filePath();
        const QString key = QStringLiteral("crashguard-loading/") + kCrashing;
        auto marker = [&](qint64 pid) {
            return QStringList{file, QSysInfo::machineHostName(), QString::number(pid)};
        };

        QProcess running;
        running.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(running.waitForStarted());
        state.setValue(key, marker(running.processId()));
        QCOMPARE(CrashGuard(&state).recover(registry), QStringList());
        QVERIFY(state.contains(key)); // left to its owner, which removes it when settled
        state.setValue(key, QStringList{file, QStringLiteral("another-host.invalid"),
                                        QStringLiteral("1")});
        QCOMPARE(CrashGuard(&state).recover(registry), QStringList());
        running.kill();
        QVERIFY(running.waitForFinished());

        QProcess finished;
        finished.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo $$")});
        QVERIFY(finished.waitForFinished());
        state.setValue(key, marker(finished.readAllStandardOutput().trimmed().toLongLong()));
        QCOMPARE(CrashGuard(&state).recover(registry), QStringList{kCrashing});
        QVERIFY(!state.contains(key));
    }
};

QTEST_MAIN(TestCrashGuard)
#include "tst_crashguard.moc"
