// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "shell/screenshot.h"

#include "cli/exitcodes.h"

#include <paperlab/savefile.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QLayout>
#include <QPixmap>
#include <QRegularExpression>
#include <QTextStream>
#include <QWidget>

namespace paperlab::app {

std::optional<Screenshot> Screenshot::fromOptions(const QCommandLineParser &parser,
                                                  QTextStream &err, bool *bad)
{
    *bad = false;
    if (!parser.isSet(QStringLiteral("screenshot")))
        return std::nullopt;
    Screenshot shot;
    shot.path = parser.value(QStringLiteral("screenshot"));
    if (parser.isSet(QStringLiteral("size"))) {
        static const QRegularExpression re(QStringLiteral("^(\\d+)x(\\d+)$"));
        const auto m = re.match(parser.value(QStringLiteral("size")));
        if (!m.hasMatch() || m.captured(1).toInt() < 320 || m.captured(2).toInt() < 240) {
            err << "paperlab: --size expects WxH, at least 320x240" << Qt::endl;
            *bad = true;
            return std::nullopt;
        }
        shot.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    return shot;
}

void Screenshot::resize(QWidget &window) const
{
    if (QLayout *layout = window.layout())
        layout->setSizeConstraint(QLayout::SetNoConstraint);
    window.resize(size);
}

void Screenshot::settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

int Screenshot::save(QWidget &window, QTextStream &err) const
{
    const QSize needed = window.minimumSizeHint();
    if (needed.width() > size.width() || needed.height() > size.height()) {
        window.resize(size.expandedTo(needed));
        settle(300);
        err << "paperlab: note: --size " << size.width() << 'x' << size.height()
            << " is below the window's minimum size " << needed.width() << 'x' << needed.height()
            << "; the picture is " << window.width() << 'x' << window.height() << Qt::endl;
    }
    const QImage image = window.grab().toImage();
    const QString error = saveFileAtomically(
        path, [&image](QIODevice &device) { return image.save(&device, "PNG"); });
    if (!error.isEmpty()) {
        err << "paperlab: " << error << Qt::endl;
        return ExitIoError;
    }
    return ExitOk;
}

} // namespace paperlab::app
