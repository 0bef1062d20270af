// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "shell/graphicswarmup.h"

#include <QGuiApplication>
#include <QQuickWindow>
#include <QSGRendererInterface>

#include <GL/glx.h>

namespace paperlab::app {

GraphicsWarmUp::GraphicsWarmUp()
{
    if (QGuiApplication::platformName() != QLatin1String("xcb")
        || QQuickWindow::graphicsApi() != QSGRendererInterface::OpenGL)
        return;
    // Qt's X11 views use GLX unless told to use EGL.
    const QByteArray integration = qgetenv("QT_XCB_GL_INTEGRATION");
    if (!integration.isEmpty() && integration != "xcb_glx")
        return;
    auto *x11 = qGuiApp->nativeInterface<QNativeInterface::QX11Application>();
    Display *display = x11 ? x11->display() : nullptr;
    int opcode = 0, event = 0, error = 0;
    if (!display || !XQueryExtension(display, "GLX", &opcode, &event, &error))
        return; // no GLX: Qt goes another way, and a GLX call would only print warnings
    // Xlib is thread-safe here: libX11 (1.8, Debian 12) calls XInitThreads as it loads. Mesa
    // guards its per-display set-up against a second thread doing the same at the same time.
    // The first GLX call on a display loads the driver and creates its screens.
    const int screen = DefaultScreen(display);
    m_thread = std::thread([display, screen] { glXQueryExtensionsString(display, screen); });
}

GraphicsWarmUp::~GraphicsWarmUp()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace paperlab::app
