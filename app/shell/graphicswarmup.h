// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <thread>

namespace paperlab::app {

/// Loads the OpenGL driver on a second thread while the GUI thread builds the window. On X11
/// the first Qt Quick view shown loads it on the GUI thread, and with Mesa's software
/// rasterizer (its library and LLVM's) that took about 90 ms of a paper's opening on 2 cores.
/// Mesa keeps one driver state per X display and builds it once, so the work done here on
/// Qt's display is what the views then use. Nothing happens on other platforms, under Qt
/// Quick's software renderer or another graphics API, or without GLX.
///
/// While the driver loads, glibc's loader lock is held, and the GUI thread waits on it to
/// start a thread or load a plugin: start this after the QML engine (and its loader thread)
/// exists, and only when the first frame holds a Qt Quick view, else it only delays that frame.
class GraphicsWarmUp
{
public:
    GraphicsWarmUp();
    ~GraphicsWarmUp(); // waits for the thread: the driver must not be half loaded at exit
    GraphicsWarmUp(const GraphicsWarmUp &) = delete;
    GraphicsWarmUp &operator=(const GraphicsWarmUp &) = delete;

private:
    std::thread m_thread;
};

} // namespace paperlab::app
