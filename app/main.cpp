// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "cli/checkplugin.h"
#include "cli/exitcodes.h"
#include "cli/headless.h"
#include "cli/sweep.h"
#include "kiosk/kioskapp.h"
#include "papers/paperloader.h"
#include "papers/paperregistry.h"
#include "session/scenario.h"
#include "shell/shellapp.h"
#include "shell/shellsetup.h"
#include "shell/startupreport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <cstring>
#include <limits>
#include <type_traits>
#include <optional>

using namespace paperlab;
using namespace paperlab::app;

namespace {

// Headless commands must work without a display, so pick the offscreen platform before
// QApplication exists. QApplication (not QCoreApplication) keeps QtCharts-based QML working.
bool isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "run") || !std::strcmp(argv[i], "sweep")
            || !std::strcmp(argv[i], "--list-papers")
            || !std::strcmp(argv[i], "--screenshot") || !std::strcmp(argv[i], "--help")
            || !std::strcmp(argv[i], "-h") || !std::strcmp(argv[i], "--version")
            || !std::strcmp(argv[i], "--check-plugin")
            || !std::strcmp(argv[i], "--check-playlist"))
            return true;
    }
    return false;
}

const char *kExitCodeHelp = R"(
Commands:
  paperlab                              start the desktop application
  paperlab --list-papers [--json]       list every discovered paper plugin and its state
  paperlab run <id> [options]           run a simulator headless and write its final snapshot
  paperlab sweep <id> --vary key=v1,v2,... [--seeds 1-5] [options] --out table.csv|json
                                        run a simulator over a grid of values and seeds
  paperlab sweep --merge <dir> --out table.csv|json
                                        gather the results of the jobs of --emit-jobs
  paperlab --check-plugin <file>        validate a plugin from its metadata, without running it
  paperlab --kiosk [--playlist <file>] [--screen <n>]
                                        full-screen kiosk or lecture display; exit by holding
                                        Ctrl+Alt+Shift+Q for 2 s (share/paperlab/kiosk/README.md)
  paperlab --check-playlist [--playlist <file>]
                                        validate a kiosk playlist against the installed papers

Options of run:
  --simulator <id>   simulator to run (default: the preset's, else the first)
  --preset <name>    start from a named preset
  --set key=value    set one parameter (repeatable); errors name the key; a file
                     parameter takes a path, relative to the current directory
  --seed <n>         set the simulator's seed parameter
  --command <id>[=<JSON object>]
                     run one of the simulator's commands with its arguments, after
                     the start and before the steps (repeatable, in order), e.g.
                     --command 'export-results={"path": "passk.csv"}'
  --steps <n>        stop after n steps instead of at the natural end
  --out <file>       write .json (default) or .csv; without it JSON goes to stdout

Options of sweep (besides --simulator, --preset, --set, --command and --steps of run):
  --vary key=v1,v2,...
                     a parameter's values (repeatable: the grid is the product; the
                     first --vary changes slowest); every value is checked first
  --seeds <list>     seeds of every grid point, e.g. 1-5 or 1,4,9
  --jobs <n>         runs at a time (default: one per core)
  --out <file>       .json: every run's readouts and, per grid point, their mean,
                     standard error and count over the seeds; .csv: one row per run
                     (varied parameters, seed, readouts) and FILE-summary.csv beside it
  --emit-jobs <file> instead of running, write one paperlab run command per run
                     (for GNU parallel or a job array); --out is then the directory
                     they write to, for --merge

Exit codes:
  0  success
  1  the output file could not be written
  2  bad usage (unknown option, missing or malformed argument)
  3  unknown paper, the paper failed to load, --check-plugin found a problem, or
     a view that --screenshot shows has QML errors (printed on stderr)
  4  invalid parameter or unknown preset; an invalid kiosk playlist; a file given
     to a file parameter is unreadable or malformed (the message names its line)
  5  the simulator reported an error
  130  sweep stopped by Ctrl+C; the runs finished by then were written
)";

} // namespace

int main(int argc, char **argv)
{
    const bool headless = isHeadless(argc, argv);
    if (!headless)
        limitAllocatorFragmentation();
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a session (ssh, cron, CI) Qt warns on every start that XDG_RUNTIME_DIR is not
    // set; a private directory of this process (mode 0700, as Qt requires) says nothing.
    std::optional<QTemporaryDir> runtimeDir;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        runtimeDir.emplace(QDir::tempPath() + QStringLiteral("/paperlab-runtime-XXXXXX"));
        if (runtimeDir->isValid())
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir->path()));
    }

    if (!headless)
        skipFailingSessionBusLaunch();

    // Qt Quick Controls in paper views follow the application palette (and so the theme)
    // only in the Fusion style; Basic keeps its own light colours.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        qputenv("QT_QUICK_CONTROLS_STYLE", "Fusion");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("paperlab"));
    QApplication::setOrganizationName(QStringLiteral("paperlab"));
    QApplication::setApplicationDisplayName(QStringLiteral("PaperLab"));
    QApplication::setApplicationVersion(QStringLiteral(PAPERLAB_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.paperlab.PaperLab"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("PaperLab: interactive explainers and live simulators of the NeurIPS 2025 "
                       "award papers.")
        + QString::fromUtf8(kExitCodeHelp));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption pluginDir(QStringLiteral("plugin-dir"),
        QStringLiteral("Search <dir> for paper plugins first (repeatable)."), QStringLiteral("dir"));
    const QCommandLineOption listPapersOpt(QStringLiteral("list-papers"),
        QStringLiteral("List discovered paper plugins and exit."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("With --list-papers: print JSON."));
    const QCommandLineOption simulatorOpt(QStringLiteral("simulator"),
        QStringLiteral("run / GUI: simulator or view id."), QStringLiteral("id"));
    const QCommandLineOption presetOpt(QStringLiteral("preset"),
        QStringLiteral("run / GUI: start from this preset."), QStringLiteral("name"));
    const QCommandLineOption setOpt(QStringLiteral("set"),
        QStringLiteral("run: set a parameter (repeatable)."), QStringLiteral("key=value"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("run: seed."), QStringLiteral("n"));
    const QCommandLineOption commandOpt(QStringLiteral("command"),
        QStringLiteral("run: a simulator command, id or id={json arguments} (repeatable)."),
        QStringLiteral("id"));
    const QCommandLineOption stepsOpt(QStringLiteral("steps"),
        QStringLiteral("run: stop after n steps. --screenshot: run n steps first."), QStringLiteral("n"));
    const QCommandLineOption outOpt(QStringLiteral("out"),
        QStringLiteral("run: output file (.json or .csv)."), QStringLiteral("file"));
    const QCommandLineOption checkPluginOpt(QStringLiteral("check-plugin"),
        QStringLiteral("Validate a plugin file without running its code, print its metadata and "
                       "every problem, and exit (status 3 on a problem)."), QStringLiteral("file"));
    const QCommandLineOption scenarioOpt(QStringLiteral("scenario"),
        QStringLiteral("run: start from a scenario file (.paperlab); --simulator, --preset, --set "
                       "and --seed apply on top. Without --steps the run is replayed to the step "
                       "it was saved at."),
        QStringLiteral("file"));
    const QCommandLineOption varyOpt(QStringLiteral("vary"),
        QStringLiteral("sweep: a parameter's values (repeatable)."), QStringLiteral("key=v1,v2"));
    const QCommandLineOption seedsOpt(QStringLiteral("seeds"),
        QStringLiteral("sweep: seeds of every point, e.g. 1-5."), QStringLiteral("list"));
    const QCommandLineOption jobsOpt(QStringLiteral("jobs"),
        QStringLiteral("sweep: runs at a time (default: one per core)."), QStringLiteral("n"));
    const QCommandLineOption emitJobsOpt(QStringLiteral("emit-jobs"),
        QStringLiteral("sweep: write one run command per point to <file> instead of running."),
        QStringLiteral("file"));
    const QCommandLineOption mergeOpt(QStringLiteral("merge"),
        QStringLiteral("sweep: gather the results that emitted jobs wrote to <dir>."),
        QStringLiteral("dir"));
    parser.addOptions({pluginDir, listPapersOpt, jsonOpt, simulatorOpt, presetOpt, setOpt, seedOpt,
                       commandOpt, stepsOpt, outOpt, checkPluginOpt, scenarioOpt, varyOpt,
                       seedsOpt, jobsOpt, emitJobsOpt, mergeOpt});
    ShellOptions::addTo(parser);
    KioskOptions::addTo(parser);
    parser.addPositionalArgument(QStringLiteral("command"),
        QStringLiteral("Optional: run <id> (or run --scenario FILE), sweep <id> (or sweep --merge "
                       "DIR); or a scenario to open in the window: a .paperlab file or a "
                       "paperlab:// link."),
        QStringLiteral("[run <id> | sweep <id> | FILE.paperlab | paperlab://…]"));

    QTextStream err(stderr);
    if (!parser.parse(QApplication::arguments())) {
        err << "paperlab: " << parser.errorText() << "\nTry paperlab --help." << Qt::endl;
        return ExitBadUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText() << Qt::flush;
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "paperlab " << PAPERLAB_VERSION << Qt::endl;
        return ExitOk;
    }

    if (parser.isSet(checkPluginOpt)) {
        if (!parser.positionalArguments().isEmpty() || parser.values(checkPluginOpt).size() != 1) {
            err << "paperlab: usage: paperlab --check-plugin <file>" << Qt::endl;
            return ExitBadUsage;
        }
        return checkPlugin(parser.value(checkPluginOpt));
    }

    if (ShellOptions::wantsStartupReport(parser))
        startupReport::enable();
    PaperRegistry registry;
    registry.discover(PaperRegistry::standardSearchPaths(parser.values(pluginDir)));
    startupReport::mark(QStringLiteral("discovered"));
    // Everything but the kiosk loads behind the crash guard, its markers in the desktop's
    // settings file (the kiosk keeps them in its own state file, see runKiosk). The command
    // line too: --list-papers loads every paper as the home page does, so a paper that crashed
    // either is listed as disabled, with the reason, instead of crashing every listing; and a
    // paper that crashes the command line as it loads would crash the desktop as well.
    QSettings desktopSettings;
    PaperLoader loader(&registry);
    if (!KioskOptions::isKiosk(parser))
        loader.enableCrashGuard(&desktopSettings);

    QStringList positional = parser.positionalArguments();
    if (parser.isSet(listPapersOpt)) {
        if (!positional.isEmpty()) {
            err << "paperlab: --list-papers takes no arguments" << Qt::endl;
            return ExitBadUsage;
        }
        return listPapers(loader, parser.isSet(jsonOpt));
    }
    // The desktop file passes a double-clicked file as a file:// URL (Exec=paperlab %U).
    if (positional.size() == 1 && positional.first().startsWith(QStringLiteral("file:")))
        positional[0] = QUrl(positional.first()).toLocalFile();
    // An integer option of at least `least` (0 or 1), if given: false after a message.
    auto takeCount = [&](const QCommandLineOption &option, qint64 least, auto *value) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const qint64 v = parser.value(option).toLongLong(&ok);
        if (!ok || v < least || v > std::numeric_limits<std::remove_pointer_t<decltype(value)>>::max()) {
            err << "paperlab: --" << option.names().constFirst() << " expects a "
                << (least > 0 ? "positive" : "non-negative") << " integer" << Qt::endl;
            return false;
        }
        *value = v;
        return true;
    };
    // The options that `run` and `sweep` share, into either's request: false after a message.
    auto takeRunOptions = [&](auto &request) {
        request.paperId = positional.value(1);
        request.simulatorId = parser.value(simulatorOpt);
        request.preset = parser.value(presetOpt);
        request.sets = parser.values(setOpt);
        request.commands = parser.values(commandOpt);
        request.outPath = parser.value(outOpt);
        return takeCount(stepsOpt, 0, &request.steps);
    };
    QString scenarioToOpen;
    if (positional.size() == 1 && positional.first() != QLatin1String("run")
        && (Scenario::isLink(positional.first())
            || positional.first().endsWith(QStringLiteral(".paperlab"), Qt::CaseInsensitive))) {
        scenarioToOpen = positional.first();
    } else if (!positional.isEmpty() && positional.first() == QLatin1String("sweep")) {
        const bool merging = parser.isSet(mergeOpt);
        if (positional.size() != (merging ? 1 : 2)) {
            err << "paperlab: usage: paperlab sweep <id> --vary key=v1,v2,… --out FILE, or "
                << "paperlab sweep --merge DIR --out FILE" << Qt::endl;
            return ExitBadUsage;
        }
        SweepRequest request;
        if (!takeRunOptions(request))
            return ExitBadUsage;
        request.varies = parser.values(varyOpt);
        request.seeds = parser.value(seedsOpt);
        request.emitJobsPath = parser.value(emitJobsOpt);
        request.mergeDirectory = parser.value(mergeOpt);
        request.pluginDirs = parser.values(pluginDir);
        if (!takeCount(jobsOpt, 1, &request.jobs))
            return ExitBadUsage;
        return runSweep(loader, request);
    } else if (!positional.isEmpty()) {
        if (positional.first() != QLatin1String("run")) {
            err << "paperlab: unknown command \"" << positional.first() << "\"; try paperlab --help" << Qt::endl;
            return ExitBadUsage;
        }
        const bool scenario = parser.isSet(scenarioOpt);
        if (positional.size() != 2 && !(scenario && positional.size() == 1)) {
            err << "paperlab: usage: paperlab run <id> [options], or paperlab run --scenario FILE"
                << Qt::endl;
            return ExitBadUsage;
        }
        RunRequest request;
        if (!takeRunOptions(request))
            return ExitBadUsage;
        request.scenarioPath = parser.value(scenarioOpt);
        request.seed = parser.value(seedOpt);
        return runHeadless(loader, request);
    }

    if (KioskOptions::isCheckPlaylist(parser))
        return checkPlaylist(loader, parser);
    if (KioskOptions::isKiosk(parser))
        return runKiosk(app, registry, parser);
    return runShell(app, loader, parser, scenarioToOpen);
}
