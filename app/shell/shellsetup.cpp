// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "shell/shellsetup.h"

#include "explainer/explainertypes.h"
#include "shell/qmlhost.h"

#include <chartexport.h>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

#include <malloc.h>

namespace paperlab::app {

namespace {

// A chart export asks here: Qt's save dialog, drawn with the app's palette and style sheet
// (legible in every theme), the file name suggested, Save on the button, Return to accept.
QString askChartSavePath(const QString &suggestedName, const QString &format)
{
    static QString lastDirectory;
    if (lastDirectory.isEmpty() || !QDir(lastDirectory).exists()) {
        const bool data = format == QLatin1String("csv") || format == QLatin1String("json");
        const auto where = data ? QStandardPaths::DocumentsLocation
                                : QStandardPaths::PicturesLocation;
        lastDirectory = QStandardPaths::writableLocation(where);
        if (!QDir(lastDirectory).exists())
            lastDirectory = QDir::homePath();
    }
    const QString filter = format == QLatin1String("png")   ? QObject::tr("PNG images (*.png)")
                           : format == QLatin1String("svg") ? QObject::tr("SVG images (*.svg)")
                           : format == QLatin1String("json") ? QObject::tr("JSON files (*.json)")
                                                             : QObject::tr("CSV files (*.csv)");
    QFileDialog dialog(QApplication::activeWindow(),
                       QObject::tr("Export as %1").arg(format.toUpper()), lastDirectory, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(format);
    dialog.selectFile(suggestedName);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().constFirst();
    lastDirectory = QFileInfo(path).absolutePath();
    return path;
}

} // namespace

void registerShellQml(QmlHost &qml)
{
    registerExplainerTypes();
    addMathImageProvider(*qml.engine());
    charts::chartexport::setSaveDialog(askChartSavePath);
}

void limitAllocatorFragmentation()
{
    // Measured with the on-screen memory benchmark (software OpenGL, 2 cores): glibc's
    // defaults left 326-335 MB resident after all seven papers, these settings 280 MB. glibc
    // gives a thread that meets a locked arena an arena of its own (up to 8 per core), and
    // the renderer's, the simulators' and QML's threads each kept freed pages in theirs. And
    // once a large block is freed it raises the size from which blocks are mapped on their
    // own, so later images and matrices of a few MB were carved from the arenas instead and
    // left them fragmented; a fixed threshold returns each at its free(). It is 1 MB, not
    // glibc's initial 128 KB: training loops allocate and free temporaries of a few hundred
    // KB at every step, and mapping each on its own (fresh zeroed pages every time) made
    // deep-crl's training four times slower (bench_desktop training). A fixed threshold also
    // fixes the trim threshold, at 128 KB, which gave an arena's top back to the system and
    // took it again at every step: 1 MB of it stays (more bought no speed and held memory).
    mallopt(M_ARENA_MAX, 2);
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 1024 * 1024);
}

void skipFailingSessionBusLaunch()
{
    // Without a session's bus (ssh, CI, a bare X server) libdbus forks this process to run
    // dbus-launch, and where that is not installed the child only fails: 25 ms of a paper's
    // first frame under Xvfb (medians of six launches, 517 and 492 ms), a fork of a process
    // of some 150 MB. Where dbus-launch exists its bus is left to it, since a screen reader in
    // the same X session finds that bus too. The address given is where libdbus would look
    // for a session's bus: nothing there, so the connection fails at once, as it did.
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return;
    const QString bus = qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/bus");
    if (QFileInfo::exists(bus)
        || !QStandardPaths::findExecutable(QStringLiteral("dbus-launch")).isEmpty())
        return;
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(bus));
}

} // namespace paperlab::app
