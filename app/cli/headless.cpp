// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "cli/headless.h"

#include "cli/exitcodes.h"
#include "papers/paperloader.h"
#include "papers/paperregistry.h"
#include "session/scenario.h"
#include "session/simulationsession.h"

#include <paperlab/math/csv.h>
#include <paperlab/paperplugin.h>
#include <paperlab/savefile.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <cmath>
#include <optional>
#include <cstdio>
#include <unistd.h>

namespace paperlab::app {

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// Writes atomically: a failed run never leaves a half-written file behind.
bool writeFile(const QString &path, const QByteArray &bytes)
{
    const QString error = saveFileAtomically(path, bytes);
    if (!error.isEmpty())
        err() << "paperlab: " << error << Qt::endl;
    return error.isEmpty();
}


// Long format: one row per readout and per series point.
QByteArray toCsv(const Snapshot &s)
{
    QString text = QStringLiteral("kind,name,x,y\n");
    for (auto it = s.readouts.cbegin(); it != s.readouts.cend(); ++it)
        text += QStringLiteral("readout,%1,,%2\n").arg(csvField(it.key()), csvNumber(it.value()));
    for (const Series &series : s.series) {
        for (size_t i = 0; i < series.x.size(); ++i) {
            text += QStringLiteral("series,%1,%2,%3\n")
                        .arg(csvField(series.id), csvNumber(series.x[i]), csvNumber(series.y[i]));
        }
    }
    return text.toUtf8();
}

// The error of a paper that failed, else the warning of one that loads but should not be
// trusted, as one line for the ERROR column.
QString problemText(const PaperSpec &spec)
{
    if (!spec.errorString().isEmpty() || spec.warning().isEmpty())
        return spec.errorString();
    return QStringLiteral("warning: ") + spec.warning();
}

} // namespace

QString csvField(const QString &s)
{
    return QString::fromStdString(paperlab::math::csvField(s.toStdString()));
}

QString csvNumber(double v)
{
    // The shortest text that reads back as the same double.
    return std::isfinite(v) ? QString::number(v, 'g', QLocale::FloatingPointShortest) : QString();
}

void ProgressLine::show(int percent, const QString &text)
{
    if (percent == m_percent && m_clock.isValid() && m_clock.elapsed() < 2000)
        return;
    m_percent = percent;
    m_clock.start();
    const QString line = QStringLiteral("[%1%] %2").arg(percent, 3).arg(text);
    if (m_tty)
        err() << "\r\x1b[K" << line << Qt::flush;
    else
        err() << line << Qt::endl;
}

void ProgressLine::done()
{
    if (m_tty)
        err() << Qt::endl;
}

int listPapers(PaperLoader &loader, bool json)
{
    loader.loadAll();
    const PaperRegistry &registry = *loader.registry();
    if (json) {
        QJsonArray array;
        for (const auto &spec : registry.papers()) {
            array.append(QJsonObject{
                {QStringLiteral("id"), spec->id()},
                {QStringLiteral("version"), spec->metadata().version.toString()},
                {QStringLiteral("state"), paperStateName(spec->state())},
                {QStringLiteral("error"), spec->errorString()},
                {QStringLiteral("warning"), spec->warning()},
                {QStringLiteral("path"), spec->filePath()},
                {QStringLiteral("origin"), paperOriginName(spec->origin())},
            });
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented) << Qt::flush;
        return ExitOk;
    }
    out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                 .arg(QStringLiteral("ID"), -28).arg(QStringLiteral("VERSION"), -8)
                 .arg(QStringLiteral("STATE"), -10).arg(QStringLiteral("ORIGIN"), -12)
                 .arg(QStringLiteral("ERROR"));
    for (const auto &spec : registry.papers()) {
        out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                     .arg(spec->id(), -28).arg(spec->metadata().version.toString(), -8)
                     .arg(paperStateName(spec->state()), -10)
                     .arg(paperOriginName(spec->origin()), -12).arg(problemText(*spec));
    }
    out().flush();
    return ExitOk;
}

int selectSimulatorAndPreset(SimulationSession &session, const QString &simulatorId,
                             const QString &presetId)
{
    if (!simulatorId.isEmpty()) {
        if (auto r = session.selectView(simulatorId); !r) {
            err() << "paperlab: " << r.error().logText << Qt::endl;
            return ExitBadUsage;
        }
    }
    if (presetId.isEmpty())
        return ExitOk;
    const Preset *preset = session.findPreset(presetId);
    const SimulatorInfo *target = preset && !preset->simulator.isEmpty()
        ? session.metadata().simulatorForView(preset->simulator) : nullptr;
    if (!simulatorId.isEmpty() && target && target->id != session.simulatorId()) {
        err() << "paperlab: preset \"" << presetId << "\" is for simulator \"" << target->id
              << "\", not \"" << session.simulatorId() << "\"" << Qt::endl;
        return ExitBadParameter;
    }
    if (auto r = session.applyPreset(presetId); !r) {
        err() << "paperlab: " << r.error().logText << Qt::endl;
        return ExitBadParameter;
    }
    return ExitOk;
}

PaperSpec *loadPaperForCli(PaperLoader &loader, const QString &paperId, int *code)
{
    PaperSpec *spec = loader.registry()->find(paperId);
    if (!spec) {
        err() << "paperlab: unknown paper \"" << paperId << "\"; see paperlab --list-papers" << Qt::endl;
        *code = ExitUnknownPaper;
        return nullptr;
    }
    if (auto loaded = loader.load(spec); !loaded) {
        err() << "paperlab: paper \"" << paperId << "\" failed to load: "
              << loaded.error().logText << Qt::endl;
        *code = ExitUnknownPaper;
        return nullptr;
    }
    *code = ExitOk;
    return spec;
}

int applySetsAndSeed(SimulationSession &session, const QStringList &sets, const QString &seed)
{
    for (const QString &set : sets) {
        const int eq = set.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            err() << "paperlab: --set expects key=value, got \"" << set << "\"" << Qt::endl;
            return ExitBadUsage;
        }
        if (auto r = session.setPendingText(set.left(eq).trimmed(), set.mid(eq + 1)); !r) {
            err() << "paperlab: --set " << set << ": " << r.error().logText << Qt::endl;
            return ExitBadParameter;
        }
    }
    const QString seedKey = session.seedKey();
    if (!seed.isEmpty()) {
        if (seedKey.isEmpty()) {
            err() << "paperlab: --seed: simulator \"" << session.simulatorId()
                  << "\" has no seed parameter" << Qt::endl;
            return ExitBadParameter;
        }
        if (auto r = session.setPendingText(seedKey, seed); !r) {
            err() << "paperlab: --seed: " << r.error().logText << Qt::endl;
            return ExitBadParameter;
        }
    }
    return ExitOk;
}

int parseCommands(const QStringList &texts, QList<SimulationSession::Command> *commands)
{
    for (const QString &text : texts) {
        const qsizetype eq = text.indexOf(u'=');
        SimulationSession::Command c{text.left(eq).trimmed(), {}};
        if (eq >= 0) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(text.mid(eq + 1).toUtf8(), &error);
            if (!doc.isObject()) {
                err() << "paperlab: --command " << c.id << ": the arguments after '=' must be a "
                      << "JSON object" << (error.error ? QStringLiteral(" (%1 at offset %2)")
                                                             .arg(error.errorString())
                                                             .arg(error.offset)
                                                       : QString())
                      << Qt::endl;
                return ExitBadUsage;
            }
            c.arguments = doc.object().toVariantMap();
        }
        if (c.id.isEmpty()) {
            err() << "paperlab: --command expects id or id={json}, got \"" << text << "\"" << Qt::endl;
            return ExitBadUsage;
        }
        commands->append(c);
    }
    return ExitOk;
}

int runHeadless(PaperLoader &loader, const RunRequest &given)
{
    RunRequest request = given;
    std::optional<Scenario> scenario;
    if (!request.scenarioPath.isEmpty()) {
        auto read = Scenario::read(request.scenarioPath);
        if (!read) {
            err() << "paperlab: " << read.error().logText << Qt::endl;
            return read.error().reason == ErrorReason::NotFound ? ExitIoError : ExitBadParameter;
        }
        scenario = read.value();
        if (request.paperId.isEmpty()) {
            request.paperId = scenario->paperId;
        } else if (request.paperId != scenario->paperId) {
            err() << "paperlab: " << request.scenarioPath << " is a scenario of \""
                  << scenario->paperId << "\", not of \"" << request.paperId << "\"" << Qt::endl;
            return ExitBadUsage;
        }
    }
    int loadCode = ExitOk;
    PaperSpec *spec = loadPaperForCli(loader, request.paperId, &loadCode);
    if (!spec)
        return loadCode;
    // The command line drives a session as the desktop does: the same preset, seed and
    // validation rules, and the run itself on this thread.
    SimulationSession session(*spec, SimulationSession::Mode::Headless);
    if (scenario) {
        const auto applied = scenario->applyTo(session);
        if (!applied) {
            err() << "paperlab: " << request.scenarioPath << ": " << applied.error().logText
                  << Qt::endl;
            return ExitBadParameter;
        }
        for (const QString &note : applied.value())
            err() << "paperlab: note: " << request.scenarioPath << ": " << note << Qt::endl;
        // The command names the scenario, so its files are read; say which, since the
        // desktop app would have asked (a scenario someone sent may name any path).
        for (const QString &key : scenario->localFileKeys(session.schema()))
            err() << "paperlab: note: " << request.scenarioPath << ": reads " << key << " = "
                  << scenario->parameters.value(key).toString() << Qt::endl;
    }
    if (const int code = selectSimulatorAndPreset(session, request.simulatorId, request.preset);
        code != ExitOk)
        return code;
    if (const int code = applySetsAndSeed(session, request.sets, request.seed); code != ExitOk)
        return code;
    const QString seedKey = session.seedKey();
    if (auto r = session.restart(); !r) {
        err() << "paperlab: " << r.error().logText << Qt::endl;
        return ExitBadParameter;
    }

    QList<SimulationSession::Command> commands;
    if (const int code = parseCommands(request.commands, &commands); code != ExitOk)
        return code;

    // A scenario without --steps replays the run to the step it was saved at.
    const bool replay = scenario && request.steps < 0 && scenario->steps > 0;
    ProgressLine progress;
    const Result<SnapshotPtr> run = session.runToEnd(
        replay ? scenario->steps : request.steps, commands,
        [&progress](const Snapshot &s) {
            progress.show(int(std::floor(s.progress * 100.0)),
                          QStringLiteral("step %1 %2").arg(s.step).arg(s.phase));
        },
        replay ? SimulationSession::StepCount::SnapshotStep : SimulationSession::StepCount::Calls);
    progress.done();
    if (!run) {
        if (run.error().reason == ErrorReason::BadParameter) {
            err() << "paperlab: " << run.error().logText << Qt::endl;
            return ExitBadParameter;
        }
        if (run.error().reason == ErrorReason::NotFound) {
            // The plugin cannot make a simulator it declares: the plugin failed, not the user.
            err() << "paperlab: paper \"" << request.paperId << "\" failed: "
                  << run.error().logText << Qt::endl;
            return ExitUnknownPaper;
        }
        err() << "paperlab: simulator error: " << run.error().logText << Qt::endl;
        return ExitSimulationError;
    }
    const SnapshotPtr snapshot = run.value();
    const QString simulatorId = session.simulatorId();
    const ParameterSet &applied = session.applied();

    QJsonObject result = snapshot->toJson();
    result.insert(QStringLiteral("paper"), request.paperId);
    result.insert(QStringLiteral("version"), spec->metadata().version.toString());
    result.insert(QStringLiteral("simulator"), simulatorId);
    result.insert(QStringLiteral("parameters"), applied.toJson());
    if (!seedKey.isEmpty())
        result.insert(QStringLiteral("seed"), applied.toJson().value(seedKey));

    if (request.outPath.isEmpty()) {
        out() << QJsonDocument(result).toJson(QJsonDocument::Indented) << Qt::flush;
        return ExitOk;
    }
    const bool csv = QFileInfo(request.outPath).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    const QByteArray bytes = csv ? toCsv(*snapshot) : QJsonDocument(result).toJson(QJsonDocument::Indented);
    return writeFile(request.outPath, bytes) ? ExitOk : ExitIoError;
}

} // namespace paperlab::app
