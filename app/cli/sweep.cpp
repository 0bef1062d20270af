// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "cli/sweep.h"

#include "cli/exitcodes.h"
#include "cli/headless.h"
#include "papers/paperregistry.h"
#include "session/simulationsession.h"
#include "session/sweepexecutor.h"
#include "shell/terminationsignals.h"

#include <paperlab/math/stats.h>
#include <paperlab/savefile.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QEventLoop>

#include <cmath>
#include <memory>
#include <vector>

namespace paperlab::app {

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

const QString kManifestName = QStringLiteral("sweep.json");
constexpr int kMaxPoints = 100000;

struct Axis {
    QString key;
    QStringList values;
};

/// One run of the sweep: a grid point (its index in the grid) and a seed.
struct Point {
    int gridIndex = 0;
    QJsonObject parameters;    ///< the varied values, as the run applied them
    QJsonValue seed;           ///< null when the simulator has no seed
    QStringList variedSets;    ///< "key=value" as given to --vary, for emitted jobs
    QString file;              ///< --emit-jobs: where its `paperlab run` writes
    bool finished = false;
    QMap<QString, double> readouts;
};

/// What the output files say besides the points.
struct SweepHeader {
    QString paperId;
    QString version;
    QString simulatorId;
    QStringList varied;
    QJsonObject fixed;         ///< every other parameter of the runs (the seed aside)
};

// "1-5", "1,4,9", "2-3,8": the seeds in order, or an error text.
Result<QStringList> parseSeeds(const QString &text)
{
    QStringList seeds;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString item = part.trimmed();
        const qsizetype dash = item.indexOf(QLatin1Char('-'), 1);
        bool okFirst = false;
        bool okLast = true;
        const qulonglong first = (dash < 0 ? item : item.left(dash)).toULongLong(&okFirst);
        const qulonglong last = dash < 0 ? first : item.mid(dash + 1).toULongLong(&okLast);
        if (!okFirst || !okLast || last < first) {
            return Error::make(ErrorReason::BadParameter,
                               QStringLiteral("--seeds expects seeds like 1-5 or 1,4,9, got \"%1\"")
                                   .arg(text));
        }
        if (last - first >= qulonglong(kMaxPoints))
            return Error::make(ErrorReason::BadParameter,
                               QStringLiteral("--seeds %1: too many seeds").arg(text));
        for (qulonglong s = first; s <= last; ++s)
            seeds.append(QString::number(s));
    }
    return seeds;
}

Result<QList<Axis>> parseAxes(const QStringList &varies, const QString &seedKey)
{
    QList<Axis> axes;
    for (const QString &vary : varies) {
        const qsizetype eq = vary.indexOf(QLatin1Char('='));
        Axis axis{vary.left(eq).trimmed(), {}};
        for (const QString &v : vary.mid(eq + 1).split(QLatin1Char(',')))
            axis.values.append(v.trimmed());
        if (eq <= 0 || axis.values.contains(QString())) {
            return Error::make(ErrorReason::BadParameter,
                               QStringLiteral("--vary expects key=v1,v2,…, got \"%1\"").arg(vary));
        }
        if (!seedKey.isEmpty() && axis.key == seedKey) {
            return Error::make(ErrorReason::BadParameter,
                               QStringLiteral("--vary %1: give seeds with --seeds").arg(vary));
        }
        for (const Axis &other : axes) {
            if (other.key == axis.key)
                return Error::make(ErrorReason::BadParameter,
                                   QStringLiteral("--vary: \"%1\" is varied twice").arg(axis.key));
        }
        axes.append(axis);
    }
    return axes;
}

QString shellQuoted(const QString &s)
{
    QString quoted = s;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString csvValue(const QJsonValue &v)
{
    if (v.isDouble())
        return csvNumber(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isString())
        return csvField(v.toString());
    return v.isNull() || v.isUndefined()
        ? QString() : csvField(QString::fromUtf8(QJsonDocument(v.toArray()).toJson(
                                                     QJsonDocument::Compact)));
}

QJsonValue jsonNumber(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

// Mean and standard error of the finite values (NaN readouts are runs that had none).
math::MeanSe statistic(const std::vector<double> &values)
{
    std::vector<double> finite;
    for (double v : values) {
        if (std::isfinite(v))
            finite.push_back(v);
    }
    return math::meanWithSe(finite);
}

QStringList readoutNames(const std::vector<Point> &points)
{
    QMap<QString, bool> names;
    for (const Point &p : points) {
        for (auto it = p.readouts.cbegin(); it != p.readouts.cend(); ++it)
            names.insert(it.key(), true);
    }
    return names.keys();
}

// The statistics of every readout over the seeds of each grid point, in grid order.
struct GridSummary {
    QJsonObject parameters;
    QMap<QString, math::MeanSe> readouts;
};

QList<GridSummary> summarise(const std::vector<Point> &points, const QStringList &names)
{
    QMap<int, std::vector<const Point *>> byGrid;
    for (const Point &p : points) {
        if (p.finished)
            byGrid[p.gridIndex].push_back(&p);
    }
    QList<GridSummary> summary;
    for (const auto &group : byGrid) {
        GridSummary g{group.front()->parameters, {}};
        for (const QString &name : names) {
            std::vector<double> values;
            for (const Point *p : group)
                values.push_back(p->readouts.value(name, NAN));
            g.readouts.insert(name, statistic(values));
        }
        summary.append(g);
    }
    return summary;
}

QByteArray toJson(const SweepHeader &header, const std::vector<Point> &points, bool complete)
{
    const QStringList names = readoutNames(points);
    QJsonArray pointArray;
    for (const Point &p : points) {
        if (!p.finished)
            continue;
        QJsonObject readouts;
        for (auto it = p.readouts.cbegin(); it != p.readouts.cend(); ++it)
            readouts.insert(it.key(), jsonNumber(it.value()));
        pointArray.append(QJsonObject{{QStringLiteral("parameters"), p.parameters},
                                      {QStringLiteral("seed"), p.seed},
                                      {QStringLiteral("readouts"), readouts}});
    }
    QJsonArray summaryArray;
    for (const GridSummary &g : summarise(points, names)) {
        QJsonObject readouts;
        for (auto it = g.readouts.cbegin(); it != g.readouts.cend(); ++it) {
            readouts.insert(it.key(), QJsonObject{{QStringLiteral("mean"), jsonNumber(it->mean)},
                                                  {QStringLiteral("se"), jsonNumber(it->se)},
                                                  {QStringLiteral("n"), it->n}});
        }
        summaryArray.append(QJsonObject{{QStringLiteral("parameters"), g.parameters},
                                        {QStringLiteral("readouts"), readouts}});
    }
    const QJsonObject root{
        {QStringLiteral("paper"), header.paperId},
        {QStringLiteral("version"), header.version},
        {QStringLiteral("simulator"), header.simulatorId},
        {QStringLiteral("vary"), QJsonArray::fromStringList(header.varied)},
        {QStringLiteral("fixed"), header.fixed},
        {QStringLiteral("complete"), complete},
        {QStringLiteral("points"), pointArray},
        {QStringLiteral("summary"), summaryArray},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// A CSV row that starts with the varied parameters' values (or names, for the header).
QStringList variedColumns(const SweepHeader &header, const QJsonObject *values)
{
    QStringList row;
    for (const QString &key : header.varied)
        row.append(values ? csvValue(values->value(key)) : csvField(key));
    return row;
}

QByteArray csvLine(const QStringList &row)
{
    return (row.join(QLatin1Char(',')) + QLatin1Char('\n')).toUtf8();
}

// One row per finished point: the varied parameters, the seed, then every readout.
QByteArray toCsv(const SweepHeader &header, const std::vector<Point> &points)
{
    const QStringList names = readoutNames(points);
    QStringList columns = variedColumns(header, nullptr);
    columns.append(QStringLiteral("seed"));
    // A readout named like a column before it (a varied parameter that is also reported)
    // gets a prefix, so that every column name is unique.
    for (const QString &name : names) {
        columns.append(csvField(columns.contains(name) ? QStringLiteral("readout_") + name
                                                       : name));
    }
    QByteArray text = csvLine(columns);
    for (const Point &p : points) {
        if (!p.finished)
            continue;
        QStringList row = variedColumns(header, &p.parameters);
        row.append(csvValue(p.seed));
        for (const QString &name : names)
            row.append(csvNumber(p.readouts.value(name, NAN)));
        text += csvLine(row);
    }
    return text;
}

// Beside table.csv, table-summary.csv: per grid point n, and each readout's mean and SE.
QByteArray toSummaryCsv(const SweepHeader &header, const std::vector<Point> &points)
{
    const QStringList names = readoutNames(points);
    QStringList columns = variedColumns(header, nullptr);
    columns.append(QStringLiteral("n"));
    for (const QString &name : names)
        columns << csvField(name + QStringLiteral("_mean")) << csvField(name + QStringLiteral("_se"));
    QByteArray text = csvLine(columns);
    for (const GridSummary &g : summarise(points, names)) {
        QStringList row = variedColumns(header, &g.parameters);
        int n = 0;
        for (const math::MeanSe &s : g.readouts)
            n = std::max(n, s.n);
        row.append(QString::number(n));
        for (const math::MeanSe &s : g.readouts)
            row << csvNumber(s.mean) << csvNumber(s.se);
        text += csvLine(row);
    }
    return text;
}

bool isCsv(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
}

QString summaryPathOf(const QString &csvPath)
{
    const QFileInfo info(csvPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-summary.csv"));
}

int writeTable(const SweepHeader &header, const std::vector<Point> &points, bool complete,
               const QString &outPath)
{
    QList<QPair<QString, QByteArray>> files;
    if (isCsv(outPath)) {
        files.append({outPath, toCsv(header, points)});
        files.append({summaryPathOf(outPath), toSummaryCsv(header, points)});
    } else {
        files.append({outPath, toJson(header, points, complete)});
    }
    for (const auto &[path, bytes] : files) {
        if (const QString error = saveFileAtomically(path, bytes); !error.isEmpty()) {
            err() << "paperlab: " << error << Qt::endl;
            return ExitIoError;
        }
    }
    return ExitOk;
}

/// The validated runs of a sweep: one session per grid point and seed, made and checked on
/// this thread before anything runs.
struct PreparedSweep {
    SweepHeader header;
    std::vector<Point> points;
    std::vector<std::unique_ptr<SimulationSession>> sessions;
    QList<SimulationSession::Command> commands;
};

int prepare(PaperLoader &loader, const SweepRequest &request, PreparedSweep *sweep)
{
    int code = ExitOk;
    PaperSpec *spec = loadPaperForCli(loader, request.paperId, &code);
    if (!spec)
        return code;
    if ((code = parseCommands(request.commands, &sweep->commands)) != ExitOk)
        return code;
    auto makeSession = [&]() -> std::unique_ptr<SimulationSession> {
        auto session = std::make_unique<SimulationSession>(*spec, SimulationSession::Mode::Headless);
        code = selectSimulatorAndPreset(*session, request.simulatorId, request.preset);
        return code == ExitOk ? std::move(session) : nullptr;
    };
    const std::unique_ptr<SimulationSession> first = makeSession();
    if (!first)
        return code;
    const QString seedKey = first->seedKey();
    const auto axes = parseAxes(request.varies, seedKey);
    if (!axes) {
        err() << "paperlab: " << axes.error().logText << Qt::endl;
        return ExitBadUsage;
    }
    if (axes.value().isEmpty()) {
        err() << "paperlab: sweep: give at least one --vary key=v1,v2,…" << Qt::endl;
        return ExitBadUsage;
    }
    QStringList seeds{QString()};
    if (!request.seeds.isEmpty()) {
        if (seedKey.isEmpty()) {
            err() << "paperlab: --seeds: simulator \"" << first->simulatorId()
                  << "\" has no seed parameter" << Qt::endl;
            return ExitBadParameter;
        }
        const auto parsed = parseSeeds(request.seeds);
        if (!parsed) {
            err() << "paperlab: " << parsed.error().logText << Qt::endl;
            return ExitBadUsage;
        }
        seeds = parsed.value();
    }
    qint64 gridSize = 1;
    for (const Axis &axis : axes.value())
        gridSize *= axis.values.size();
    if (gridSize * seeds.size() > kMaxPoints) {
        err() << "paperlab: sweep: " << gridSize * seeds.size() << " runs; at most " << kMaxPoints
              << Qt::endl;
        return ExitBadUsage;
    }

    // Each value alone first, so that a bad one is named before any combination.
    for (const Axis &axis : axes.value()) {
        for (const QString &value : axis.values) {
            if (auto r = first->setPendingText(axis.key, value); !r) {
                err() << "paperlab: --vary " << axis.key << '=' << value << ": "
                      << r.error().logText << Qt::endl;
                return ExitBadParameter;
            }
        }
    }

    sweep->header = {spec->id(), spec->metadata().version.toString(), first->simulatorId(), {}, {}};
    for (const Axis &axis : axes.value())
        sweep->header.varied.append(axis.key);
    for (qint64 g = 0; g < gridSize; ++g) {
        // The first --vary changes slowest, as in nested loops.
        QStringList varied;
        qint64 rest = g;
        for (auto axis = axes.value().crbegin(); axis != axes.value().crend(); ++axis) {
            varied.prepend(axis->key + QLatin1Char('=') + axis->values.at(rest % axis->values.size()));
            rest /= axis->values.size();
        }
        const QStringList setsOfPoint = request.sets + varied;
        for (const QString &seed : seeds) {
            std::unique_ptr<SimulationSession> session = makeSession();
            if (!session)
                return code;
            if ((code = applySetsAndSeed(*session, setsOfPoint, seed)) != ExitOk)
                return code;
            if (auto r = session->restart(); !r) {
                err() << "paperlab: sweep point " << varied.join(u' ')
                      << ": " << r.error().logText << Qt::endl;
                return ExitBadParameter;
            }
            QJsonObject applied = session->applied().toJson();
            Point point;
            point.gridIndex = int(g);
            point.variedSets = varied;
            for (const Axis &axis : axes.value())
                point.parameters.insert(axis.key, applied.take(axis.key));
            if (!seedKey.isEmpty())
                point.seed = applied.take(seedKey);
            if (sweep->points.empty())
                sweep->header.fixed = applied;
            sweep->points.push_back(point);
            sweep->sessions.push_back(std::move(session));
        }
    }
    return ExitOk;
}

int runLocally(const SweepRequest &request, PreparedSweep &sweep)
{
    SweepExecutor executor;
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::received, [&executor](const QString &name) {
        if (!executor.stopRequested())
            err() << "\npaperlab: " << name << ": stopping; the finished points are kept" << Qt::endl;
        executor.stop();
    });
    const int count = int(sweep.points.size());
    ProgressLine progress;
    auto showProgress = [&] {
        const int done = executor.finishedCount();
        progress.show(100 * done / count, QStringLiteral("%1 of %2 runs").arg(done).arg(count));
    };
    QObject::connect(&executor, &SweepExecutor::runFinished, [&](int index) {
        if (!executor.result(index))
            executor.stop(); // a failing simulator fails the sweep
        showProgress();
    });
    QEventLoop loop;
    QObject::connect(&executor, &SweepExecutor::finished, &loop, &QEventLoop::quit);
    showProgress();
    executor.start(std::move(sweep.sessions), request.steps, sweep.commands, request.jobs);
    if (executor.isRunning())
        loop.exec();
    progress.done();

    int code = ExitOk;
    bool complete = true;
    for (int i = 0; i < count; ++i) {
        Point &point = sweep.points[size_t(i)];
        const Result<SnapshotPtr> &result = executor.result(i);
        if (result) {
            point.finished = true;
            point.readouts = result.value()->readouts;
            continue;
        }
        complete = false;
        if (result.error().reason == ErrorReason::Cancelled)
            continue;
        err() << "paperlab: simulator error at "
              << QJsonDocument(point.parameters).toJson(QJsonDocument::Compact)
              << " seed " << point.seed.toVariant().toString() << ": " << result.error().logText
              << Qt::endl;
        code = result.error().reason == ErrorReason::BadParameter ? ExitBadParameter
                                                                  : ExitSimulationError;
    }
    const int written = writeTable(sweep.header, sweep.points, complete, request.outPath);
    if (written != ExitOk)
        return written;
    if (code == ExitOk && executor.stopRequested())
        code = ExitInterrupted;
    return code;
}

int emitJobs(const SweepRequest &request, PreparedSweep &sweep)
{
    const QDir results(QFileInfo(request.outPath).absoluteFilePath());
    if (!results.mkpath(QStringLiteral("."))) {
        err() << "paperlab: cannot make the results directory " << results.path() << Qt::endl;
        return ExitIoError;
    }
    const int width = int(QString::number(sweep.points.size()).size());
    QStringList common{QCoreApplication::applicationFilePath(), QStringLiteral("run"),
                       sweep.header.paperId, QStringLiteral("--simulator"),
                       sweep.header.simulatorId};
    for (const QString &dir : request.pluginDirs)
        common << QStringLiteral("--plugin-dir") << QFileInfo(dir).absoluteFilePath();
    if (!request.preset.isEmpty())
        common << QStringLiteral("--preset") << request.preset;
    for (const QString &set : request.sets)
        common << QStringLiteral("--set") << set;
    for (const QString &command : request.commands)
        common << QStringLiteral("--command") << command;
    if (request.steps >= 0)
        common << QStringLiteral("--steps") << QString::number(request.steps);

    // Each command starts in this directory: --set paths relative to it keep their meaning.
    QString jobs;
    QJsonArray manifestPoints;
    for (size_t i = 0; i < sweep.points.size(); ++i) {
        Point &point = sweep.points[i];
        point.file = QStringLiteral("point-%1.json").arg(i + 1, width, 10, QLatin1Char('0'));
        QStringList args = common;
        for (const QString &set : point.variedSets)
            args << QStringLiteral("--set") << set;
        if (!point.seed.isNull())
            args << QStringLiteral("--seed") << point.seed.toVariant().toString();
        args << QStringLiteral("--out") << results.filePath(point.file);
        QStringList quoted;
        for (const QString &a : args)
            quoted.append(shellQuoted(a));
        jobs += QStringLiteral("cd %1 && %2\n").arg(shellQuoted(QDir::currentPath()), quoted.join(u' '));
        manifestPoints.append(QJsonObject{{QStringLiteral("file"), point.file},
                                          {QStringLiteral("grid"), point.gridIndex},
                                          {QStringLiteral("parameters"), point.parameters},
                                          {QStringLiteral("seed"), point.seed}});
    }
    const QJsonObject manifest{
        {QStringLiteral("paper"), sweep.header.paperId},
        {QStringLiteral("version"), sweep.header.version},
        {QStringLiteral("simulator"), sweep.header.simulatorId},
        {QStringLiteral("vary"), QJsonArray::fromStringList(sweep.header.varied)},
        {QStringLiteral("fixed"), sweep.header.fixed},
        {QStringLiteral("points"), manifestPoints},
    };
    for (const auto &[path, bytes] :
         {std::pair{results.filePath(kManifestName), QJsonDocument(manifest).toJson()},
          std::pair{request.emitJobsPath, jobs.toUtf8()}}) {
        if (const QString error = saveFileAtomically(path, bytes); !error.isEmpty()) {
            err() << "paperlab: " << error << Qt::endl;
            return ExitIoError;
        }
    }
    err() << "paperlab: wrote " << sweep.points.size() << " commands to " << request.emitJobsPath
          << "; they write to " << results.path() << "; gather them with: paperlab sweep --merge "
          << results.path() << " --out table.csv" << Qt::endl;
    return ExitOk;
}

QJsonObject readJsonObject(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return {};
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1: not a JSON object (%2 at offset %3)")
                     .arg(path, parse.errorString()).arg(parse.offset);
        return {};
    }
    return doc.object();
}

int merge(const SweepRequest &request)
{
    const QDir dir(request.mergeDirectory);
    QString error;
    const QJsonObject manifest = readJsonObject(dir.filePath(kManifestName), &error);
    if (!error.isEmpty()) {
        err() << "paperlab: --merge: " << error << Qt::endl;
        return manifest.isEmpty() && !QFileInfo::exists(dir.filePath(kManifestName))
            ? ExitIoError : ExitBadParameter;
    }
    SweepHeader header{manifest.value(QStringLiteral("paper")).toString(),
                       manifest.value(QStringLiteral("version")).toString(),
                       manifest.value(QStringLiteral("simulator")).toString(), {},
                       manifest.value(QStringLiteral("fixed")).toObject()};
    for (const QJsonValue &key : manifest.value(QStringLiteral("vary")).toArray())
        header.varied.append(key.toString());
    std::vector<Point> points;
    QStringList missing;
    for (const QJsonValue &entry : manifest.value(QStringLiteral("points")).toArray()) {
        Point point;
        point.gridIndex = entry[QStringLiteral("grid")].toInt();
        point.parameters = entry[QStringLiteral("parameters")].toObject();
        point.seed = entry[QStringLiteral("seed")];
        point.file = entry[QStringLiteral("file")].toString();
        QString readError;
        const QJsonObject result = readJsonObject(dir.filePath(point.file), &readError);
        if (!readError.isEmpty()) {
            missing.append(point.file);
        } else if (result.value(QStringLiteral("paper")).toString() != header.paperId
                   || result.value(QStringLiteral("simulator")).toString() != header.simulatorId) {
            err() << "paperlab: --merge: " << dir.filePath(point.file) << " is a run of "
                  << result.value(QStringLiteral("paper")).toString() << ' '
                  << result.value(QStringLiteral("simulator")).toString() << ", not of "
                  << header.paperId << ' ' << header.simulatorId << Qt::endl;
            return ExitBadParameter;
        } else {
            point.finished = true;
            const QJsonObject readouts = result.value(QStringLiteral("readouts")).toObject();
            for (auto it = readouts.constBegin(); it != readouts.constEnd(); ++it)
                point.readouts.insert(it.key(), it->isDouble() ? it->toDouble() : NAN);
        }
        points.push_back(point);
    }
    if (points.empty()) {
        err() << "paperlab: --merge: " << dir.filePath(kManifestName) << " lists no points"
              << Qt::endl;
        return ExitBadParameter;
    }
    if (!missing.isEmpty()) {
        err() << "paperlab: --merge: " << missing.size() << " of " << points.size()
              << " results are missing or unreadable (" << missing.mid(0, 5).join(QStringLiteral(", "))
              << (missing.size() > 5 ? QStringLiteral(", …") : QString())
              << "); the table has the other " << points.size() - size_t(missing.size()) << Qt::endl;
    }
    return writeTable(header, points, missing.isEmpty(), request.outPath);
}

} // namespace

int runSweep(PaperLoader &loader, const SweepRequest &request)
{
    if (request.outPath.isEmpty()) {
        err() << "paperlab: sweep needs --out (a .csv or .json table; with --emit-jobs, the "
              << "directory the jobs write to)" << Qt::endl;
        return ExitBadUsage;
    }
    if (!request.mergeDirectory.isEmpty())
        return merge(request);
    PreparedSweep sweep;
    if (const int code = prepare(loader, request, &sweep); code != ExitOk)
        return code;
    return request.emitJobsPath.isEmpty() ? runLocally(request, sweep) : emitJobs(request, sweep);
}

} // namespace paperlab::app
