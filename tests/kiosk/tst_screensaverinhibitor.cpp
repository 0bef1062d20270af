// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// The screen-saver inhibition against a stand-in org.freedesktop.ScreenSaver service on a
// private session bus the test starts itself (never the developer's own session), and its
// soft failure when the service is missing.

#include "kiosk/screensaverinhibitor.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace paperlab::app;

class FakeScreenSaver : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")

public:
    int inhibits = 0;
    QString application;
    QString reason;
    QList<uint> released;

public Q_SLOTS:
    uint Inhibit(const QString &app, const QString &why)
    {
        ++inhibits;
        application = app;
        reason = why;
        return 42;
    }
    void UnInhibit(uint cookie) { released.append(cookie); }
};

class TestScreenSaverInhibitor : public QObject
{
    Q_OBJECT

private:
    QProcess m_daemon;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("paperlab"));
        // Before anything asks for the session bus: it is read from the environment once.
        m_daemon.start(QStringLiteral("dbus-daemon"),
                       {QStringLiteral("--session"), QStringLiteral("--nofork"),
                        QStringLiteral("--print-address")});
        if (!m_daemon.waitForStarted())
            QSKIP("dbus-daemon is not installed");
        QVERIFY(m_daemon.waitForReadyRead(10000));
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_daemon.readLine().trimmed());
        QVERIFY(QDBusConnection::sessionBus().isConnected());
    }

    void cleanupTestCase()
    {
        m_daemon.terminate();
        m_daemon.waitForFinished();
    }

    void withoutTheServiceNothingHappens()
    {
        ScreenSaverInhibitor inhibitor;
        inhibitor.inhibit(QStringLiteral("test"));
        QTest::qWait(100);
        QVERIFY(!inhibitor.isActive());
        inhibitor.release(); // harmless
    }

    void inhibitsAndReleases()
    {
        // The service lives on a connection of its own, as another process's would.
        QDBusConnection service
            = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake"));
        FakeScreenSaver fake;
        QVERIFY(service.registerObject(QStringLiteral("/org/freedesktop/ScreenSaver"), &fake,
                                       QDBusConnection::ExportAllSlots));
        QVERIFY(service.registerService(QStringLiteral("org.freedesktop.ScreenSaver")));
        {
            ScreenSaverInhibitor inhibitor;
            QSignalSpy active(&inhibitor, &ScreenSaverInhibitor::activeChanged);
            inhibitor.inhibit(QStringLiteral("PaperLab is showing a kiosk tour"));
            inhibitor.inhibit(QStringLiteral("twice")); // one inhibition, not two
            QTRY_VERIFY(inhibitor.isActive());
            QCOMPARE(fake.inhibits, 1);
            QCOMPARE(fake.application, QStringLiteral("paperlab"));
            QCOMPARE(fake.reason, QStringLiteral("PaperLab is showing a kiosk tour"));
            QCOMPARE(active.count(), 1);
        } // the destructor releases it
        QTRY_COMPARE(fake.released, QList<uint>{42});
        service.unregisterService(QStringLiteral("org.freedesktop.ScreenSaver"));
        QDBusConnection::disconnectFromBus(QStringLiteral("fake"));
    }
};

QTEST_GUILESS_MAIN(TestScreenSaverInhibitor)
#include "tst_screensaverinhibitor.moc"
