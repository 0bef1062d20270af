// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "kiosk/kioskapp.h"

#include "cli/exitcodes.h"
#include "kiosk/kioskclock.h"
#include "kiosk/kiosksettings.h"
#include "kiosk/kioskwindow.h"
#include "kiosk/playlist.h"
#include "kiosk/presenterconsole.h"
#include "kiosk/screensaverinhibitor.h"
#include "papers/paperloader.h"
#include "papers/paperregistry.h"
#include "shell/graphicswarmup.h"
#include "shell/qmlhost.h"
#include "shell/screenshot.h"
#include "shell/shellsetup.h"
#include "shell/simulatorpane.h"
#include "shell/terminationsignals.h"
#include "shell/thememanager.h"

#include <paperlab/logging.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDesktopServices>
#include <QScreen>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <memory>
#include <optional>

namespace paperlab::app {

namespace {

const QCommandLineOption
    kKiosk(QStringLiteral("kiosk"),
           QStringLiteral("Run full screen as a kiosk or lecture display, playing a playlist."));
const QCommandLineOption kPlaylist(
    QStringLiteral("playlist"),
    QStringLiteral("--kiosk, --check-playlist: the playlist (default: the shipped tour; steps "
                   "of papers not installed here are skipped)."),
    QStringLiteral("file"));
const QCommandLineOption kScreen(
    QStringLiteral("screen"),
    QStringLiteral("--kiosk: the screen to fill, 0-based (default: the second screen when there "
                   "are two, else the first)."),
    QStringLiteral("n"));
const QCommandLineOption kConsoleScreen(
    QStringLiteral("console-screen"),
    QStringLiteral("--kiosk: the screen for the presenter console (default: another screen, "
                   "if any)."),
    QStringLiteral("n"));
const QCommandLineOption
    kNoConsole(QStringLiteral("no-console"),
               QStringLiteral("--kiosk: no presenter console, even with two screens."));
const QCommandLineOption
    kFontScale(QStringLiteral("font-scale"),
               QStringLiteral("--kiosk: text size factor on top of the theme's (default 1.5 on a "
                              "1080-line screen, in proportion on smaller ones)."),
               QStringLiteral("x"));
const QCommandLineOption kConfig(
    QStringLiteral("kiosk-config"),
    QStringLiteral("--kiosk: the configuration file (default ~/.config/paperlab/kiosk.conf)."),
    QStringLiteral("file"));
const QCommandLineOption kCheckPlaylist(
    QStringLiteral("check-playlist"),
    QStringLiteral("Validate the kiosk playlist (--playlist, else the default) against the "
                   "installed papers and exit (status 4 on a problem)."));

// Receives every URL a view asks the desktop to open (explainer links, plugin QML calling
// Qt.openUrlExternally): in a kiosk nothing may open a browser over the display.
class UrlSink : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void open(const QUrl &url) { qCInfo(lcKiosk).noquote() << "not opening" << url.toString(); }
};

void placeFullScreen(QWidget *window, QScreen *screen)
{
    window->setScreen(screen);
    window->setGeometry(screen->geometry());
    window->showFullScreen();
}

Result<Playlist> loadPlaylist(const QCommandLineParser &parser, const KioskConfig &config)
{
    QString path = Playlist::defaultPath();
    if (parser.isSet(kPlaylist))
        path = parser.value(kPlaylist);
    else if (!config.playlist.isEmpty())
        path = config.playlist;
    return Playlist::fromFile(path);
}

std::optional<int> screenIndex(const QCommandLineParser &parser, const QCommandLineOption &option,
                               QTextStream &err)
{
    bool ok = false;
    const int n = parser.value(option).toInt(&ok);
    const int count = int(QGuiApplication::screens().size());
    if (!ok || n < 0 || n >= count) {
        err << "paperlab: --" << option.names().constFirst()
            << " must be a screen number from 0 to " << count - 1 << " (got \""
            << parser.value(option) << "\")" << Qt::endl;
        return std::nullopt;
    }
    return n;
}

// The papers of `playlist` that are not installed here.
QStringList notInstalled(const Playlist &playlist, const PaperRegistry &registry)
{
    QStringList ids = playlist.papers();
    ids.removeIf([&registry](const QString &id) { return registry.find(id) != nullptr; });
    return ids;
}

QString nothingToShow(const Playlist &playable)
{
    return QStringLiteral("none of the playlist's papers is installed here (%1): the tour has "
                          "nothing to show")
        .arg(playable.skippedPapers().join(QStringLiteral(", ")));
}

// --kiosk --screenshot: the tour's first step as the projector shows it, then exit.
int renderFirstStep(KioskWindow &window, const Screenshot &shot, QTextStream &err)
{
    shot.resize(window);
    window.show();
    // The step alone, without the tick timer, so that no dwell moves the tour on meanwhile.
    window.player()->go(0, TourPlayer::Reason::Start);
    Screenshot::settle(300);
    if (SimulatorPane *pane = window.simulatorPane())
        pane->runSteps(0, 120000); // until the first snapshot is there
    Screenshot::settle(700); // let the views pick up the last snapshot and render it
    return shot.save(window, err);
}

struct KioskScreens {
    QScreen *tour = nullptr;
    QScreen *console = nullptr; ///< null: no presenter console
};

// The kiosk proper: full screen, the presenter console when there is a screen for it, and
// the event loop until KioskWindow::leave().
int play(QApplication &app, KioskWindow &window, KioskScreens screens, int startStep)
{
    std::unique_ptr<PresenterConsole> console;
    if (screens.console) {
        console = std::make_unique<PresenterConsole>(&window);
        window.addCompanion(console.get());
        QObject::connect(console.get(), &PresenterConsole::swapScreensRequested, &window,
                         [&window, &console] {
                             QScreen *projector = window.screen();
                             placeFullScreen(&window, console->screen());
                             placeFullScreen(console.get(), projector);
                         });
    }
    QObject::connect(&window, &KioskWindow::exitRequested, &app, [&app, &console] {
        if (console)
            console->allowClose();
        app.quit();
    });
    // SIGTERM (systemctl stop, logout) and SIGINT end the kiosk cleanly: the session is
    // marked ended and no crash-guard marker is left to blame a paper. They take the window's
    // one way out, as the exit chord does: in Qt 6, QApplication::quit() first asks every
    // window to close, and the kiosk refuses any other close.
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::received, &window,
                     [&window](const QString &name) {
                         window.leave(QStringLiteral("%1: leaving the kiosk").arg(name));
                     });
    placeFullScreen(&window, screens.tour);
    if (console)
        placeFullScreen(console.get(), screens.console);
    qCInfo(lcKiosk).noquote() << QStringLiteral("kiosk: %1 steps, starting at step %2, screen %3")
                                     .arg(window.playlist().size())
                                     .arg(startStep + 1)
                                     .arg(QGuiApplication::screens().indexOf(screens.tour));
    window.start(startStep);
    return app.exec();
}

} // namespace

void KioskOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({kKiosk, kPlaylist, kScreen, kConsoleScreen, kNoConsole, kFontScale, kConfig,
                       kCheckPlaylist});
}

bool KioskOptions::isKiosk(const QCommandLineParser &parser)
{
    return parser.isSet(kKiosk);
}

bool KioskOptions::isCheckPlaylist(const QCommandLineParser &parser)
{
    return parser.isSet(kCheckPlaylist);
}

int checkPlaylist(PaperLoader &loader, const QCommandLineParser &parser)
{
    const PaperRegistry &registry = *loader.registry();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const KioskConfig config = KioskConfig::load(
        parser.isSet(kConfig) ? parser.value(kConfig) : KioskConfig::defaultPath());
    const auto playlist = loadPlaylist(parser, config);
    if (!playlist) {
        err << playlist.error().logText << Qt::endl;
        return ExitBadParameter;
    }
    QStringList problems;
    for (int i = 0; i < playlist.value().size(); ++i) {
        const PlaylistStep &step = playlist.value().step(i);
        PaperSpec *spec = registry.find(step.paper);
        if (!spec)
            continue;
        loader.load(spec);
        const QString problem = playlist.value().referenceError(i, *spec);
        if (!problem.isEmpty())
            problems.append(problem);
    }
    // A paper that is not installed is a note, not a problem: the kiosk skips its steps.
    const QStringList missing = notInstalled(playlist.value(), registry);
    const Playlist playable = playlist.value().without(missing);
    if (playable.size() == 0)
        problems.append(nothingToShow(playable));
    for (const QString &p : std::as_const(problems))
        err << p << Qt::endl;
    out << playlist.value().size() << " steps";
    if (!missing.isEmpty()) {
        out << "; " << playlist.value().size() - playable.size()
            << " skipped, their papers are not installed here: "
            << missing.join(QStringLiteral(", "));
    }
    out << (problems.isEmpty() ? "; ok" : "; problems found") << Qt::endl;
    return problems.isEmpty() ? ExitOk : ExitBadParameter;
}

int runKiosk(QApplication &app, PaperRegistry &registry, const QCommandLineParser &parser)
{
    QTextStream err(stderr);
    const KioskConfig config = KioskConfig::load(
        parser.isSet(kConfig) ? parser.value(kConfig) : KioskConfig::defaultPath());
    for (const QString &w : config.warnings)
        qCWarning(lcKiosk).noquote() << w;

    // Everything is checked before anything shows: a kiosk never starts half configured.
    const auto loaded = loadPlaylist(parser, config);
    if (!loaded) {
        err << "paperlab: the kiosk playlist is invalid:\n" << loaded.error().logText << Qt::endl;
        return ExitBadParameter;
    }
    const QString themeName = parser.isSet(QStringLiteral("theme"))
        ? parser.value(QStringLiteral("theme"))
        : config.theme;
    if (!ThemeManager::isTheme(themeName)) {
        err << "paperlab: --theme must be one of "
            << ThemeManager::themeNames().join(QStringLiteral(", ")) << Qt::endl;
        return ExitBadUsage;
    }
    double fontScale = config.fontScale;
    if (parser.isSet(kFontScale)) {
        bool ok = false;
        fontScale = parser.value(kFontScale).toDouble(&ok);
        if (!ok || fontScale < KioskConfig::kMinFontScale
            || fontScale > KioskConfig::kMaxFontScale) {
            err << "paperlab: --font-scale must be a number from " << KioskConfig::kMinFontScale
                << " to " << KioskConfig::kMaxFontScale << Qt::endl;
            return ExitBadUsage;
        }
    }
    bool badSize = false;
    const std::optional<Screenshot> shot = Screenshot::fromOptions(parser, err, &badSize);
    if (badSize)
        return ExitBadUsage;
    const QList<QScreen *> screens = QGuiApplication::screens();
    // With a laptop and a projector, the projector is usually the second screen.
    int screen = screens.size() > 1 ? 1 : 0;
    if (parser.isSet(kScreen)) {
        const auto n = screenIndex(parser, kScreen, err);
        if (!n)
            return ExitBadUsage;
        screen = *n;
    }
    int consoleScreen = -1;
    if (parser.isSet(kConsoleScreen)) {
        const auto n = screenIndex(parser, kConsoleScreen, err);
        if (!n)
            return ExitBadUsage;
        consoleScreen = *n;
    } else if (screens.size() > 1 && !parser.isSet(kNoConsole)) {
        consoleScreen = screen == 0 ? 1 : 0;
    }
    if (consoleScreen == screen) {
        err << "paperlab: the presenter console needs a screen of its own" << Qt::endl;
        return ExitBadUsage;
    }

    // The shipped tour names all seven papers and a build or package may carry fewer: their
    // steps are left out, said once per paper, instead of a card for each.
    const QStringList missing = notInstalled(loaded.value(), registry);
    for (const QString &id : missing) {
        qCInfo(lcKiosk).noquote()
            << QStringLiteral("paper \"%1\" is not installed: its steps are skipped").arg(id);
    }
    const Playlist playlist = loaded.value().without(missing);
    if (playlist.size() == 0)
        qCWarning(lcKiosk).noquote() << nothingToShow(playlist);
    if (playlist.size() == 0 || shot)
        consoleScreen = -1;

    // A screenshot is not a kiosk session: it neither resumes nor records a position.
    QTemporaryDir scratch;
    KioskState state(shot ? scratch.filePath(QStringLiteral("kiosk-state.ini"))
                          : KioskState::defaultPath());
    const bool unclean = state.beginSession();
    if (unclean) {
        qCWarning(lcKiosk).noquote()
            << QStringLiteral("the last kiosk session did not end cleanly "
                              "(launch %1, %2 unclean ends so far)")
                   .arg(state.launches())
                   .arg(state.uncleanEnds());
    }
    KioskClock clock;
    PaperLoader loader(&registry);
    loader.setClock([&clock] { return clock.now(); });
    loader.enableCrashGuard(&state.settings());
    const int startStep = state.resumeStep(playlist.fingerprint(), playlist.size(), unclean);

    // The factor is meant for a 1080-line screen: on a 720-line projector the same text
    // took the charts' whole height. Smaller screens get it in proportion (not below 1),
    // unless --font-scale names it.
    if (!parser.isSet(kFontScale)) {
        const int lines = shot ? shot->size.height()
                               : screens.value(screen, screens.first())->geometry().height();
        fontScale = std::max(KioskConfig::kMinFontScale,
                             std::min(fontScale, std::max(1.0, fontScale * lines / 1080.0)));
    }
    QmlHost qml;
    const GraphicsWarmUp graphicsWarmUp; // the tour opens on a paper's view
    ThemeManager theme;
    theme.setFontScale(fontScale);
    theme.setTheme(themeName);
    registerShellQml(qml);
    qml.setTheme(theme.themeMap());

    UrlSink sink;
    for (const char *scheme : {"http", "https", "mailto", "file", "ftp"})
        QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &sink, "open");
    ScreenSaverInhibitor inhibitor;
    if (!shot)
        inhibitor.inhibit(QStringLiteral("PaperLab is showing a kiosk tour"));

    int code = ExitOk;
    {
        KioskWindow window(playlist, config, {&loader, &qml, &state, &clock});
        if (shot) {
            code = renderFirstStep(window, *shot, err);
        } else {
            const KioskScreens where{screens.at(screen),
                                     consoleScreen >= 0 ? screens.at(consoleScreen) : nullptr};
            code = play(app, window, where, startStep);
        }
        inhibitor.release();
    }
    for (const char *scheme : {"http", "https", "mailto", "file", "ftp"})
        QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
    state.endSession();
    return code;
}

} // namespace paperlab::app

#include "kioskapp.moc"
