// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "cli/headless.h"

#include "cli/exitcodes.h"

#include <paperlab/paperplugin.h>
#include <paperlab/paperregistry.h>
#include <paperlab/simulator.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <cmath>
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
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        err() << "paperlab: cannot write " << path << ": " << f.errorString() << Qt::endl;
        return false;
    }
    return true;
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

QString csvNumber(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', 17) : QString();
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

class ProgressLine
{
public:
    void show(const Snapshot &s)
    {
        const int percent = int(std::floor(s.progress * 100.0));
        if (percent == m_percent && s.phase == m_phase && m_clock.isValid() && m_clock.elapsed() < 2000)
            return;
        m_percent = percent;
        m_phase = s.phase;
        m_clock.start();
        const QString line = QStringLiteral("[%1%] step %2 %3").arg(percent, 3).arg(s.step).arg(s.phase);
        if (m_tty)
            err() << "\r\x1b[K" << line << Qt::flush;
        else
            err() << line << Qt::endl;
    }
    void done()
    {
        if (m_tty)
            err() << Qt::endl;
    }

private:
    bool m_tty = isatty(fileno(stderr));
    int m_percent = -1;
    QString m_phase;
    QElapsedTimer m_clock;
};

} // namespace

int listPapers(PaperRegistry &registry, bool json)
{
    registry.loadAll();
    if (json) {
        QJsonArray array;
        for (const auto &spec : registry.papers()) {
            array.append(QJsonObject{
                {QStringLiteral("id"), spec->id()},
                {QStringLiteral("version"), spec->metadata().version.toString()},
                {QStringLiteral("state"), paperStateName(spec->state())},
                {QStringLiteral("error"), spec->errorString()},
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
                     .arg(paperOriginName(spec->origin()), -12).arg(spec->errorString());
    }
    out().flush();
    return ExitOk;
}

int runHeadless(PaperRegistry &registry, const RunRequest &request)
{
    PaperSpec *spec = registry.find(request.paperId);
    if (!spec) {
        err() << "paperlab: unknown paper \"" << request.paperId << "\"; see paperlab --list-papers" << Qt::endl;
        return ExitUnknownPaper;
    }
    auto loaded = registry.load(spec);
    if (!loaded) {
        err() << "paperlab: paper \"" << request.paperId << "\" failed to load: "
              << loaded.error().logText << Qt::endl;
        return ExitUnknownPaper;
    }
    const ParameterSchema &schema = spec->schema();

    ParameterSet values;
    QString simulatorId = request.simulatorId;
    if (!request.preset.isEmpty()) {
        const Preset *preset = nullptr;
        for (const Preset &p : spec->presets()) {
            if (p.id == request.preset)
                preset = &p;
        }
        if (!preset) {
            QStringList ids;
            for (const Preset &p : spec->presets())
                ids.append(p.id);
            err() << "paperlab: unknown preset \"" << request.preset << "\" for " << request.paperId
                  << " (presets: " << ids.join(QStringLiteral(", ")) << ")" << Qt::endl;
            return ExitBadParameter;
        }
        values = preset->values;
        if (simulatorId.isEmpty())
            simulatorId = preset->simulator;
    }
    if (simulatorId.isEmpty())
        simulatorId = spec->metadata().simulators.first().id;

    for (const QString &set : request.sets) {
        const int eq = set.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            err() << "paperlab: --set expects key=value, got \"" << set << "\"" << Qt::endl;
            return ExitBadUsage;
        }
        auto v = schema.parseValue(set.left(eq).trimmed(), set.mid(eq + 1));
        if (!v) {
            err() << "paperlab: --set " << set << ": " << v.error().logText << Qt::endl;
            return ExitBadParameter;
        }
        values.set(set.left(eq).trimmed(), v.value());
    }
    QString seedKey;
    for (const ParamSpec &p : schema.parametersFor(simulatorId)) {
        if (p.type == ParamType::Seed && seedKey.isEmpty())
            seedKey = p.id;
    }
    if (!request.seed.isEmpty()) {
        if (seedKey.isEmpty()) {
            err() << "paperlab: --seed: simulator \"" << simulatorId << "\" has no seed parameter" << Qt::endl;
            return ExitBadParameter;
        }
        auto v = schema.parseValue(seedKey, request.seed);
        if (!v) {
            err() << "paperlab: --seed: " << v.error().logText << Qt::endl;
            return ExitBadParameter;
        }
        values.set(seedKey, v.value());
    }
    auto validated = schema.validate(values);
    if (!validated) {
        err() << "paperlab: " << validated.error().logText << Qt::endl;
        return ExitBadParameter;
    }

    std::unique_ptr<Simulator> sim = loaded.value()->createSimulator(simulatorId);
    if (!sim) {
        err() << "paperlab: paper \"" << request.paperId << "\" has no simulator \"" << simulatorId << "\""
              << Qt::endl;
        return ExitBadUsage;
    }

    std::shared_ptr<Snapshot> snapshot;
    try {
        ProgressLine progress;
        sim->reset(validated.value());
        if (request.steps >= 0) {
            for (qint64 i = 0; i < request.steps && !sim->finished(); ++i) {
                sim->advance(std::chrono::milliseconds(0));
                if (i % 64 == 0)
                    progress.show(*sim->snapshot());
            }
        } else {
            while (!sim->finished()) {
                sim->advance(std::chrono::milliseconds(250));
                progress.show(*sim->snapshot());
            }
        }
        snapshot = sim->snapshot();
        progress.done();
    } catch (const InputError &e) {
        // A user's file (a `file` parameter) was unreadable or malformed: a bad parameter.
        err() << "paperlab: " << e.what() << Qt::endl;
        return ExitBadParameter;
    } catch (const std::exception &e) {
        err() << "paperlab: simulator error: " << e.what() << Qt::endl;
        return ExitSimulationError;
    }

    QJsonObject result = snapshot->toJson();
    result.insert(QStringLiteral("paper"), request.paperId);
    result.insert(QStringLiteral("version"), spec->metadata().version.toString());
    result.insert(QStringLiteral("simulator"), simulatorId);
    result.insert(QStringLiteral("parameters"), validated.value().toJson());
    if (!seedKey.isEmpty())
        result.insert(QStringLiteral("seed"), validated.value().toJson().value(seedKey));

    if (request.outPath.isEmpty()) {
        out() << QJsonDocument(result).toJson(QJsonDocument::Indented) << Qt::flush;
        return ExitOk;
    }
    const bool csv = QFileInfo(request.outPath).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    const QByteArray bytes = csv ? toCsv(*snapshot) : QJsonDocument(result).toJson(QJsonDocument::Indented);
    return writeFile(request.outPath, bytes) ? ExitOk : ExitIoError;
}

} // namespace paperlab::app
