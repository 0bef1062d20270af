// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "shell/shellapp.h"

#include "cli/exitcodes.h"
#include "shell/appsettings.h"
#include "shell/homeview.h"
#include "shell/mainwindow.h"
#include "shell/qmlhost.h"
#include "shell/shellsetup.h"
#include "shell/simulatorpane.h"
#include "shell/thememanager.h"

#include <paperlab/paperregistry.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>

namespace paperlab::app {

namespace {

const QCommandLineOption kScreenshot(QStringLiteral("screenshot"),
    QStringLiteral("Render the window off screen to a PNG file and exit."), QStringLiteral("file"));
const QCommandLineOption kPaper(QStringLiteral("paper"), QStringLiteral("Open this paper at start."),
                                QStringLiteral("id"));
const QCommandLineOption kTab(QStringLiteral("tab"),
    QStringLiteral("With --paper: explainer, simulator or summary."), QStringLiteral("tab"));
const QCommandLineOption kSize(QStringLiteral("size"),
    QStringLiteral("Window size (default: the last session's, or 1400x900 fitted to the "
                   "screen; 1400x900 for --screenshot)."), QStringLiteral("WxH"));
const QCommandLineOption kTheme(QStringLiteral("theme"),
    QStringLiteral("light, dark or projector (overrides the saved setting for this run)."),
    QStringLiteral("theme"));

void waitFor(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

} // namespace

void ShellOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({kScreenshot, kPaper, kTab, kSize, kTheme});
}

int runShell(QApplication &app, PaperRegistry &registry, const QCommandLineParser &parser)
{
    QTextStream err(stderr);
    // A screenshot must not change the user's saved session, so it gets throw-away settings.
    QTemporaryDir scratch;
    std::unique_ptr<AppSettings> settingsStore = parser.isSet(kScreenshot)
        ? std::make_unique<AppSettings>(scratch.filePath(QStringLiteral("screenshot.ini")))
        : std::make_unique<AppSettings>();
    AppSettings &settings = *settingsStore;
    QmlHost qml;
    ThemeManager theme;
    const QString themeName = parser.isSet(kTheme) ? parser.value(kTheme) : settings.theme();
    if (!ThemeManager::isTheme(themeName)) {
        err << "paperlab: --theme must be one of " << ThemeManager::themeNames().join(QStringLiteral(", "))
            << Qt::endl;
        return ExitBadUsage;
    }
    theme.setFontScale(settings.fontScale());
    theme.setTheme(themeName);
    registerShellQml(qml);
    qml.setTheme(theme.themeMap());

    std::optional<PaperView::Tab> tab = PaperView::Tab::Explainer;
    if (parser.isSet(kTab)) {
        tab = PaperView::tabFromName(parser.value(kTab));
        if (!tab) {
            err << "paperlab: --tab must be explainer, simulator or summary" << Qt::endl;
            return ExitBadUsage;
        }
    }
    QSize size(1400, 900);
    if (parser.isSet(kSize)) {
        static const QRegularExpression re(QStringLiteral("^(\\d+)x(\\d+)$"));
        const auto m = re.match(parser.value(kSize));
        if (!m.hasMatch() || m.captured(1).toInt() < 320 || m.captured(2).toInt() < 240) {
            err << "paperlab: --size expects WxH, at least 320x240" << Qt::endl;
            return ExitBadUsage;
        }
        size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    int steps = 0;
    if (parser.isSet(QStringLiteral("steps"))) {
        bool ok = false;
        steps = parser.value(QStringLiteral("steps")).toInt(&ok);
        if (!ok || steps < 0) {
            err << "paperlab: --steps expects a non-negative integer" << Qt::endl;
            return ExitBadUsage;
        }
    }

    // A scope so that the window (and its runners) go before QApplication.
    int code = ExitOk;
    {
        MainWindow window(&registry, &qml, &theme, &settings);
        if (parser.isSet(kSize) || parser.isSet(kScreenshot))
            window.resize(size);
        QString paperId = parser.value(kPaper);
        if (paperId.isEmpty() && !parser.isSet(kScreenshot)) {
            paperId = settings.lastPaper();
            if (!parser.isSet(kTab))
                tab = PaperView::tabFromName(settings.lastTab()).value_or(PaperView::Tab::Explainer);
        }
        if (!paperId.isEmpty() && !window.openPaper(paperId, *tab)) {
            err << "paperlab: cannot open paper \"" << paperId << "\"" << Qt::endl;
            if (parser.isSet(kPaper))
                return ExitUnknownPaper;
        }
        if (parser.isSet(QStringLiteral("preset")) && window.currentPaper()) {
            if (!window.currentPaper()->simulatorPane()->applyPreset(parser.value(QStringLiteral("preset")))) {
                err << "paperlab: unknown preset \"" << parser.value(QStringLiteral("preset")) << "\"" << Qt::endl;
                return ExitBadParameter;
            }
        }

        if (!parser.isSet(kScreenshot)) {
            window.show();
            return app.exec();
        }

        window.show();
        if (!window.currentPaper())
            window.home()->loadAllThumbnails();
        waitFor(300);
        if (window.currentPaper() && *tab == PaperView::Tab::Simulator) {
            SimulatorPane *pane = window.currentPaper()->simulatorPane();
            if (!pane->runSteps(steps, 120000)) {
                err << "paperlab: the simulator did not finish " << steps << " steps in time" << Qt::endl;
                code = ExitSimulationError;
            }
        }
        waitFor(700); // let the views pick up the last snapshot and render it
        const QImage image = window.grab().toImage();
        QSaveFile out(parser.value(kScreenshot));
        if (!out.open(QIODevice::WriteOnly) || !image.save(&out, "PNG") || !out.commit()) {
            err << "paperlab: cannot write " << parser.value(kScreenshot) << ": " << out.errorString() << Qt::endl;
            return ExitIoError;
        }
        for (const QString &w : qml.warnings())
            err << "QML warning: " << w << Qt::endl;
    }
    return code;
}

} // namespace paperlab::app
