// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "shell/shellapp.h"

#include "cli/exitcodes.h"
#include "cli/headless.h"
#include "papers/paperloader.h"
#include "papers/paperregistry.h"
#include "shell/appsettings.h"
#include "shell/homeview.h"
#include "shell/mainwindow.h"
#include "shell/frameprofiler.h"
#include "shell/graphicswarmup.h"
#include "shell/qmlhost.h"
#include "shell/screenshot.h"
#include "shell/shellsetup.h"
#include "shell/startupreport.h"
#include "session/scenario.h"
#include "session/simulationsession.h"
#include "shell/simulatorpane.h"
#include "shell/terminationsignals.h"
#include "shell/thememanager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QTextStream>

#include <optional>

namespace paperlab::app {

namespace {

const QCommandLineOption kScreenshot(QStringLiteral("screenshot"),
    QStringLiteral("Render the window (with --kiosk: the tour's first step) off screen to a PNG "
                   "file and exit."),
    QStringLiteral("file"));
const QCommandLineOption kPaper(QStringLiteral("paper"), QStringLiteral("Open this paper at start."),
                                QStringLiteral("id"));
const QCommandLineOption kTab(QStringLiteral("tab"),
    QStringLiteral("With --paper: explainer, simulator or summary."), QStringLiteral("tab"));
const QCommandLineOption kSize(QStringLiteral("size"),
    QStringLiteral("Window size for --screenshot (default 1400x900)."), QStringLiteral("WxH"));
const QCommandLineOption kStartupReport(QStringLiteral("startup-report"),
    QStringLiteral("Print how long start-up takes, one line per milestone: \"startup "
                   "<discovered|first-frame|thumbnails|paper-open> <ms>\", from the process's "
                   "start."));
const QCommandLineOption kProfile(QStringLiteral("profile"),
    QStringLiteral("Show the frame profiler over every simulator view from the start (F12 "
                   "toggles it): frame and render time, steps and snapshots per second."));
const QCommandLineOption kTheme(QStringLiteral("theme"),
    QStringLiteral("light, dark or projector (overrides the saved setting for this run)."),
    QStringLiteral("theme"));

// The start-up milestones that follow the window's show(): its first frame, then the
// paper named on the command line, or else every home thumbnail.
void reportStartup(MainWindow &window)
{
    if (!startupReport::enabled())
        return;
    startupReport::markWhenDrawn(&window, QStringLiteral("first-frame"));
    if (PaperView *paper = window.currentPaper()) {
        startupReport::markWhenDrawn(&window, QStringLiteral("paper-open"), paper);
        return;
    }
    QObject::connect(window.home(), &HomeView::thumbnailsLoaded, &window, [&window] {
        startupReport::markWhenDrawn(&window, QStringLiteral("thumbnails"), window.home());
    });
}

} // namespace

void ShellOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({kScreenshot, kPaper, kTab, kSize, kTheme, kStartupReport, kProfile});
}

bool ShellOptions::wantsStartupReport(const QCommandLineParser &parser)
{
    return parser.isSet(kStartupReport);
}

int runShell(QApplication &app, PaperLoader &loader, const QCommandLineParser &parser,
             const QString &scenarioArgument)
{
    QTextStream err(stderr);
    FrameProfiler::setShownByDefault(parser.isSet(kProfile));
    // A screenshot must not change the user's saved session, so it gets throw-away settings.
    QTemporaryDir scratch;
    std::unique_ptr<AppSettings> settingsStore = parser.isSet(kScreenshot)
        ? std::make_unique<AppSettings>(scratch.filePath(QStringLiteral("screenshot.ini")))
        : std::make_unique<AppSettings>();
    AppSettings &settings = *settingsStore;
    QmlHost qml;
    // The first frame shows a paper named on the command line or by a scenario, else (also
    // when the scenario cannot be read) the last session's paper, except in a screenshot.
    const bool reopensLastPaper = !parser.isSet(kPaper) && !parser.isSet(kScreenshot)
        && !settings.lastPaper().isEmpty();
    // A paper in the first frame has a Qt Quick view to draw: its graphics driver loads while
    // the window is built (under software OpenGL a paper opened about 25 ms sooner: medians of
    // six launches, 552 and 527 ms). The home page's first frame has none, and the warm-up
    // would only delay it.
    std::optional<GraphicsWarmUp> graphicsWarmUp;
    if (parser.isSet(kPaper) || !scenarioArgument.isEmpty() || reopensLastPaper)
        graphicsWarmUp.emplace();
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
    bool badSize = false;
    const std::optional<Screenshot> shot = Screenshot::fromOptions(parser, err, &badSize);
    if (badSize)
        return ExitBadUsage;
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
        MainWindow window(&loader, &qml, &theme, &settings);
        if (shot)
            shot->resize(window); // else the last session's geometry, or one that fits
        QString paperId = parser.value(kPaper);
        std::optional<Scenario> scenario;
        if (!scenarioArgument.isEmpty()) {
            const bool link = Scenario::isLink(scenarioArgument);
            Result<Scenario> read = link ? Scenario::fromLink(QUrl(scenarioArgument))
                                         : Scenario::read(scenarioArgument);
            if (!read) {
                err << "paperlab: " << read.error().logText << Qt::endl;
                if (shot)
                    return ExitBadParameter;
                QTimer::singleShot(0, &window, [&window, e = read.error()] {
                    window.reportScenario(QStringLiteral("The scenario"), e);
                });
            } else {
                scenario = std::move(read).value();
            }
        }
        if (scenario) {
            paperId.clear(); // the scenario names its paper
            using Origin = MainWindow::ScenarioOrigin;
            const Result<QStringList> opened = window.openScenario(
                *scenario, shot                            ? Origin::Unattended
                    : Scenario::isLink(scenarioArgument)   ? Origin::Link
                                                           : Origin::File);
            for (const QString &note : opened ? opened.value() : QStringList())
                err << "paperlab: note: " << note << Qt::endl;
            if (!opened) {
                err << "paperlab: " << opened.error().logText << Qt::endl;
                if (shot)
                    return ExitBadParameter;
            }
            if (!shot) {
                QTimer::singleShot(0, &window, [&window, opened] {
                    if (!opened || !opened.value().isEmpty())
                        window.reportScenario(QStringLiteral("The scenario"), opened);
                });
            }
            tab = PaperView::tabFromName(scenario->tab).value_or(PaperView::Tab::Simulator);
        } else if (reopensLastPaper) {
            paperId = settings.lastPaper();
            if (!parser.isSet(kTab))
                tab = PaperView::tabFromName(settings.lastTab()).value_or(PaperView::Tab::Explainer);
        }
        if (!paperId.isEmpty() && !window.openPaper(paperId, *tab)) {
            const PaperSpec *spec = loader.registry()->find(paperId);
            const QString why = spec ? spec->errorString() : QString();
            err << "paperlab: cannot open paper \"" << paperId << "\""
                << (why.isEmpty() ? QString() : QStringLiteral(": ") + why) << Qt::endl;
            if (parser.isSet(kPaper))
                return ExitUnknownPaper;
        }
        const QString simulatorId = parser.value(QStringLiteral("simulator"));
        const QString preset = parser.value(QStringLiteral("preset"));
        if ((!simulatorId.isEmpty() || !preset.isEmpty()) && window.currentPaper()) {
            SimulationSession *session = window.currentPaper()->simulatorPane()->session();
            if (const int r = selectSimulatorAndPreset(*session, simulatorId, preset); r != ExitOk)
                return r;
        }

        if (!shot) {
            // SIGTERM (logout, systemctl) and SIGINT leave as File > Quit does: the window
            // closes and saves its settings, the runners stop, and the exit status is 0.
            TerminationSignals termination;
            QObject::connect(&termination, &TerminationSignals::received, &app,
                             [] { QApplication::closeAllWindows(); });
            window.show();
            reportStartup(window);
            return app.exec();
        }

        window.show();
        reportStartup(window);
        if (!window.currentPaper())
            window.home()->loadAllThumbnails();
        Screenshot::settle(300);
        if (window.currentPaper() && *tab == PaperView::Tab::Simulator) {
            SimulatorPane *pane = window.currentPaper()->simulatorPane();
            if (!pane->runner()) {
                err << "paperlab: paper \"" << paperId << "\" made no simulator \""
                    << pane->session()->simulatorId() << "\"" << Qt::endl;
                code = ExitUnknownPaper;
            } else if (scenario && scenario->steps > 0
                       && !pane->waitWhileRunning(120000)) {
                err << "paperlab: the scenario's run did not reach step " << scenario->steps
                    << " in time" << Qt::endl;
                code = ExitSimulationError;
            } else if (!pane->runSteps(steps, 120000)) {
                err << "paperlab: the simulator did not finish " << steps << " steps in time" << Qt::endl;
                code = ExitSimulationError;
            }
        }
        Screenshot::settle(700); // let the views pick up the last snapshot and render it
        if (shot->save(window, err) != ExitOk)
            return ExitIoError;
        for (const QString &w : qml.warnings()) {
            if (!qml.errors().contains(w))
                err << "QML warning: " << w << Qt::endl;
        }
        // A view that failed to load shows an error card: a picture of it is no success.
        for (const QString &e : qml.errors())
            err << "paperlab: QML error: " << e << Qt::endl;
        if (!qml.errors().isEmpty() && code == ExitOk)
            code = ExitUnknownPaper;
    }
    return code;
}

} // namespace paperlab::app
