// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

namespace paperlab::app {

/// Keeps the screen awake while the kiosk runs, through the freedesktop ScreenSaver D-Bus
/// interface (org.freedesktop.ScreenSaver Inhibit/UnInhibit on the session bus; GNOME, KDE
/// and most X11 desktops provide it). Fails soft: without a session bus or the service, it
/// logs once and does nothing; the kiosk's packaging notes cover bare X11 (xset) and cage.
class ScreenSaverInhibitor : public QObject
{
    Q_OBJECT
public:
    explicit ScreenSaverInhibitor(QObject *parent = nullptr);
    ~ScreenSaverInhibitor() override; ///< releases the inhibition

    /// Asks asynchronously; isActive() turns true when the service answers with a cookie.
    void inhibit(const QString &reason);
    void release();
    bool isActive() const { return m_cookie != 0; }

Q_SIGNALS:
    void activeChanged(bool active);

private:
    uint m_cookie = 0;
    bool m_wanted = false;
};

} // namespace paperlab::app
