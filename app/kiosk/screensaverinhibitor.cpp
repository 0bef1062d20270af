// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "kiosk/screensaverinhibitor.h"

#include <paperlab/logging.h>

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace paperlab::app {

namespace {
const QString kService = QStringLiteral("org.freedesktop.ScreenSaver");
const QString kPath = QStringLiteral("/org/freedesktop/ScreenSaver");
const QString kInterface = QStringLiteral("org.freedesktop.ScreenSaver");
} // namespace

ScreenSaverInhibitor::ScreenSaverInhibitor(QObject *parent) : QObject(parent) { }

ScreenSaverInhibitor::~ScreenSaverInhibitor()
{
    release();
}

void ScreenSaverInhibitor::inhibit(const QString &reason)
{
    if (m_wanted)
        return;
    m_wanted = true;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCInfo(lcKiosk) << "no D-Bus session bus: the screen saver is not inhibited";
        return;
    }
    if (!bus.interface() || !bus.interface()->isServiceRegistered(kService).value()) {
        qCInfo(lcKiosk)
            << "no org.freedesktop.ScreenSaver service: the screen saver is not inhibited";
        return;
    }
    QDBusMessage call
        = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Inhibit"));
    call << QCoreApplication::applicationName() << reason;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) {
            qCInfo(lcKiosk).noquote() << "screen saver inhibit failed:" << reply.error().message();
            return;
        }
        m_cookie = reply.value();
        if (!m_wanted) { // released while the call was on its way
            release();
            return;
        }
        qCInfo(lcKiosk) << "screen saver inhibited, cookie" << m_cookie;
        Q_EMIT activeChanged(true);
    });
}

void ScreenSaverInhibitor::release()
{
    m_wanted = false;
    if (!m_cookie)
        return;
    QDBusMessage call
        = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("UnInhibit"));
    call << m_cookie;
    // NoBlock: leaving the kiosk must not wait on the bus.
    QDBusConnection::sessionBus().call(call, QDBus::NoBlock);
    m_cookie = 0;
    Q_EMIT activeChanged(false);
}

} // namespace paperlab::app
