// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "shell/shellsetup.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using paperlab::app::skipFailingSessionBusLaunch;

// Where libdbus would start a session bus (none set, none at $XDG_RUNTIME_DIR/bus), the app
// names the empty place instead, unless dbus-launch is there to start one.
class TestSessionBus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_runtime;
    QTemporaryDir m_bin; // the PATH: empty, or holding a dbus-launch

    QString busPath() const { return m_runtime.filePath(QStringLiteral("bus")); }

    void installDbusLaunch()
    {
        QFile launcher(m_bin.filePath(QStringLiteral("dbus-launch")));
        QVERIFY(launcher.open(QIODevice::WriteOnly));
        launcher.write("#!/bin/sh\nexit 1\n");
        launcher.close();
        QVERIFY(launcher.setPermissions(QFile::ReadOwner | QFile::ExeOwner));
    }

private Q_SLOTS:
    void init()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
        qputenv("PATH", QFile::encodeName(m_bin.path()));
        QFile::remove(busPath());
        QFile::remove(m_bin.filePath(QStringLiteral("dbus-launch")));
    }

    void noBusAndNoLauncherNamesTheSessionBusPlace()
    {
        skipFailingSessionBusLaunch();
        QCOMPARE(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"),
                 QStringLiteral("unix:path=") + busPath());
    }

    void aLauncherIsLeftToStartTheBus()
    {
        installDbusLaunch();
        skipFailingSessionBusLaunch();
        QVERIFY(!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"));
    }

    void aSessionBusIsLeftAlone()
    {
        QFile bus(busPath());
        QVERIFY(bus.open(QIODevice::WriteOnly));
        bus.close();
        skipFailingSessionBusLaunch();
        QVERIFY(!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"));

        QFile::remove(busPath());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus");
        skipFailingSessionBusLaunch();
        QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArray("unix:path=/run/user/1000/bus"));
    }
};

QTEST_GUILESS_MAIN(TestSessionBus)
#include "tst_sessionbus.moc"
