// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSize>
#include <QString>

#include <optional>

class QCommandLineParser;
class QTextStream;
class QWidget;

namespace paperlab::app {

/// `--screenshot FILE [--size WxH]`: the desktop window and the kiosk both render one picture
/// off screen and exit, with the same options and the same errors.
struct Screenshot {
    QString path;
    QSize size{1400, 900};

    /// Null when no screenshot is asked for, or (after a message on `err`) for a bad --size;
    /// `*bad` tells the two apart.
    static std::optional<Screenshot> fromOptions(const QCommandLineParser &parser,
                                                 QTextStream &err, bool *bad);
    /// Gives the (not yet shown) `window` the size. Its layout no longer sets the window's
    /// minimum size: off screen every change of it is a warning, and it would silently
    /// overrule --size; save() says instead when the content needs more room.
    void resize(QWidget &window) const;
    /// Runs the event loop for `ms`, so that views load and render what they show.
    static void settle(int ms);
    /// Grabs `window` into the PNG file: ExitOk, or ExitIoError after a message on `err`.
    /// A size below the window's minimum grows to it, with a note on `err` naming both.
    int save(QWidget &window, QTextStream &err) const;
};

} // namespace paperlab::app
