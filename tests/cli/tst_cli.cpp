// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSize>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <csignal>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

// Runs the build tree's paperlab with no user plugins and no $PAPERLAB_PLUGIN_PATH, unless
// `environment` sets them. Its settings (and the crash guard's markers) are this test's own:
// another paperlab starting meanwhile would take a marker for a crash and disable the paper.
Run paperlab(const QStringList &args, const QMap<QString, QString> &environment = {},
             const QString &workingDirectory = {})
{
    static const QTemporaryDir config;
    QProcess p;
    p.setWorkingDirectory(workingDirectory);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PAPERLAB_PLUGIN_PATH"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QStringLiteral("/nonexistent-paperlab-test"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PAPERLAB_EXE), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// The entry of `paperlab --list-papers --json` output for a plugin file.
QJsonObject listEntry(const QByteArray &json, const QString &path)
{
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        if (v[QStringLiteral("path")].toString() == path)
            return v.toObject();
    }
    return {};
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
}

QJsonArray seriesY(const QJsonObject &result, const QString &name)
{
    for (const QJsonValue &s : result[QStringLiteral("series")].toArray()) {
        if (s[QStringLiteral("name")].toString() == name)
            return s[QStringLiteral("y")].toArray();
    }
    return {};
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// A PNG's width and height, from its header (this test links no image library).
QSize pngSize(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray header = f.read(24);
    if (header.size() < 24 || !header.startsWith("\x89PNG"))
        return {};
    auto word = [&header](int at) {
        return int((uchar(header[at]) << 24) | (uchar(header[at + 1]) << 16)
                   | (uchar(header[at + 2]) << 8) | uchar(header[at + 3]));
    };
    return {word(16), word(20)};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listPapersJson()
    {
        const Run r = paperlab({QStringLiteral("--list-papers"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray papers = QJsonDocument::fromJson(r.out).array();
        QJsonObject walk;
        for (const QJsonValue &v : papers) {
            if (v[QStringLiteral("id")] == QStringLiteral("random-walk"))
                walk = v.toObject();
        }
        QCOMPARE(walk[QStringLiteral("state")].toString(), QStringLiteral("ready"));
        QCOMPARE(walk[QStringLiteral("version")].toString(), QStringLiteral("1.0.0"));
        QCOMPARE(walk[QStringLiteral("error")].toString(), QString());
        QVERIFY(walk[QStringLiteral("path")].toString().endsWith(QLatin1String("/paperlab/papers/random-walk.so")));
        QCOMPARE(walk[QStringLiteral("origin")].toString(), QStringLiteral("bundled"));
    }

    // A plugin copied into $XDG_DATA_HOME/paperlab/papers is found at the next start.
    void userPluginDirectory()
    {
        QTemporaryDir data;
        QVERIFY(QDir().mkpath(data.filePath(QStringLiteral("paperlab/papers"))));
        const QString copy = data.filePath(QStringLiteral("paperlab/papers/good.so"));
        QVERIFY(QFile::copy(QStringLiteral(FIXTURE_PRIMARY_DIR "/good.so"), copy));
        const Run r = paperlab({QStringLiteral("--list-papers"), QStringLiteral("--json")},
                               {{QStringLiteral("XDG_DATA_HOME"), data.path()}});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject good = listEntry(r.out, copy);
        QCOMPARE(good[QStringLiteral("id")].toString(), QStringLiteral("good"));
        QCOMPARE(good[QStringLiteral("state")].toString(), QStringLiteral("ready"));
        QCOMPARE(good[QStringLiteral("origin")].toString(), QStringLiteral("user"));
    }

    // Each search path is reported as the origin of what it found; the first id wins.
    void originOfEverySearchPath()
    {
        QTemporaryDir data;
        QVERIFY(QDir().mkpath(data.filePath(QStringLiteral("paperlab/papers"))));
        const QString user = data.filePath(QStringLiteral("paperlab/papers/good.so"));
        QVERIFY(QFile::copy(QStringLiteral(FIXTURE_PRIMARY_DIR "/good.so"), user));
        const Run r = paperlab({QStringLiteral("--list-papers"), QStringLiteral("--json"),
                                QStringLiteral("--plugin-dir"), QStringLiteral(FIXTURE_PRIMARY_DIR)},
                               {{QStringLiteral("XDG_DATA_HOME"), data.path()},
                                {QStringLiteral("PAPERLAB_PLUGIN_PATH"), QStringLiteral(FIXTURE_SECONDARY_DIR)}});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject cli = listEntry(r.out, QStringLiteral(FIXTURE_PRIMARY_DIR "/good.so"));
        QCOMPARE(cli[QStringLiteral("origin")].toString(), QStringLiteral("command-line"));
        QCOMPARE(cli[QStringLiteral("state")].toString(), QStringLiteral("ready"));
        const QJsonObject env = listEntry(r.out, QStringLiteral(FIXTURE_SECONDARY_DIR "/good.so"));
        QCOMPARE(env[QStringLiteral("origin")].toString(), QStringLiteral("environment"));
        QCOMPARE(env[QStringLiteral("error")].toString(),
                 QStringLiteral(R"(Duplicate id "good" (shadowed by %1/good.so))").arg(FIXTURE_PRIMARY_DIR));
        const QJsonObject mine = listEntry(r.out, user);
        QCOMPARE(mine[QStringLiteral("origin")].toString(), QStringLiteral("user"));
        QCOMPARE(mine[QStringLiteral("state")].toString(), QStringLiteral("failed"));
    }

    void checkPlugin_data()
    {
        const QString dir = QStringLiteral(FIXTURE_PRIMARY_DIR);
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("code");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("good") << dir + "/good.so" << 0
            << QStringList{"id:           good", "version:      1.2.3", "qml module:   PaperLab.Papers.Good",
                           "authors:      A. Author, B. Author", "simulators:   counter (Counter)",
                           "parameters:   steps",
                           "result:       ok, PaperLab can load this plugin"};
        QTest::newRow("parameters in code") << dir + "/parameters-in-code.so" << 0
            << QStringList{"parameters:   not in the metadata (checked at load)",
                           "result:       ok, PaperLab can load this plugin"};
        // parameters.json and presets.json are checked from the metadata's copies.
        QTest::newRow("default out of range") << dir + "/bad-default.so" << 3
            << QStringList{R"(problem:      parameters.json: "steps.default" is invalid: )"
                           R"("steps" = 0 is below the minimum 1)",
                           "result:       1 problem"};
        QTest::newRow("unknown preset key") << dir + "/unknown-preset-key.so" << 3
            << QStringList{R"(problem:      presets.json: preset "quick": )"
                           R"(unknown parameter "stepz")",
                           "result:       1 problem"};
        QTest::newRow("wrong IID") << dir + "/bad-iid.so" << 3
            << QStringList{R"(problem:      Expected IID "org.paperlab.PaperPlugin/2", )"
                           R"(but found "org.example.SomethingElse/1")",
                           "result:       1 problem"};
        QTest::newRow("API major 1") << dir + "/api-major-1.so" << 3
            << QStringList{"problem:      API version 1.2 is incompatible with this PaperLab "
                           "(API 2.0): the major version must be 2"};
        // The newer minor hides nothing else, so the rest of the metadata is still shown.
        QTest::newRow("newer minor") << dir + "/api-minor-too-new.so" << 3
            << QStringList{"problem:      API version 2.9 is newer than this PaperLab supports "
                           "(API 2.0)",
                           "id:           api-minor-too-new", "result:       1 problem"};
        QTest::newRow("id != file name") << dir + "/other-name.so" << 3
            << QStringList{R"(problem:      Id "id-mismatch" does not match the file name "other-name.so")",
                           "id:           id-mismatch"};
        QTest::newRow("no metadata") << dir + "/no-metadata.so" << 3
            << QStringList{QStringLiteral("problem:      '%1/no-metadata.so' is not a Qt plugin (metadata not found)")
                               .arg(dir)};
        QTest::newRow("missing file") << dir + "/does-not-exist.so" << 3
            << QStringList{"problem:      The shared library was not found.", "result:       1 problem"};
    }

    // --check-plugin reads metadata only: even the fixture whose simulator throws is "ok".
    void checkPlugin()
    {
        QFETCH(QString, file);
        QFETCH(int, code);
        QFETCH(QStringList, lines);
        const Run r = paperlab({QStringLiteral("--check-plugin"), file});
        QCOMPARE(r.exitCode, code);
        const QStringList out = QString::fromUtf8(r.out).split(u'\n');
        QVERIFY2(out.contains(QStringLiteral("file:         ") + file), r.out.constData());
        for (const QString &line : lines)
            QVERIFY2(out.contains(line), qPrintable(QStringLiteral("missing \"%1\" in:\n%2")
                                                        .arg(line, QString::fromUtf8(r.out))));
    }

    void checkPluginUsage()
    {
        const Run none = paperlab({QStringLiteral("--check-plugin")});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains("Missing value after '--check-plugin'"), none.err.constData());
        const Run extra = paperlab({QStringLiteral("--check-plugin"), QStringLiteral(FIXTURE_PRIMARY_DIR "/good.so"),
                                    QStringLiteral("run")});
        QCOMPARE(extra.exitCode, 2);
        QVERIFY2(extra.err.contains("usage: paperlab --check-plugin <file>"), extra.err.constData());
    }

    // The manual page documents every long option that --help lists.
    void manPageDocumentsEveryOption()
    {
        const Run help = paperlab({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        static const QRegularExpression optionLine(QStringLiteral("^\\s+(-[^ ].*)$"));
        static const QRegularExpression longOption(QStringLiteral("--([a-z][a-z0-9-]*)"));
        QSet<QString> options;
        for (const QString &line : QString::fromUtf8(help.out).split(u'\n')) {
            const auto m = optionLine.match(line);
            if (!m.hasMatch())
                continue;
            for (auto it = longOption.globalMatch(m.captured(1)); it.hasNext();)
                options.insert(it.next().captured(1));
        }
        QVERIFY2(options.contains(QStringLiteral("check-plugin")), help.out.constData());
        QFile man(QStringLiteral(PAPERLAB_MANPAGE));
        QVERIFY(man.open(QIODevice::ReadOnly));
        const QString roff = QString::fromUtf8(man.readAll());
        for (const QString &option : std::as_const(options)) {
            // roff writes a literal hyphen as \-: "--plugin-dir" is "\-\-plugin\-dir".
            QString roffName = QStringLiteral("--") + option;
            roffName.replace(u'-', QStringLiteral("\\-"));
            QVERIFY2(roff.contains(roffName),
                     qPrintable(QStringLiteral("paperlab.1 does not document --%1 (as %2)").arg(option, roffName)));
        }
    }

    void listPapersShowsFixtureErrors()
    {
        const Run r = paperlab({QStringLiteral("--list-papers"), QStringLiteral("--plugin-dir"),
                                QStringLiteral(FIXTURE_PRIMARY_DIR)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("bad-iid"));
        QVERIFY(r.out.contains(R"(Expected IID "org.paperlab.PaperPlugin/2", )"
                               R"(but found "org.example.SomethingElse/1")"));
        QVERIFY(r.out.contains("random-walk"));
    }

    void runWritesFinalSnapshot()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.json"));
        const QString b = dir.filePath(QStringLiteral("b.json"));
        const QStringList args = {QStringLiteral("run"), QStringLiteral("random-walk"), QStringLiteral("--seed"),
                                  QStringLiteral("3"), QStringLiteral("--set"), QStringLiteral("steps=200")};
        QCOMPARE(paperlab(args + QStringList{QStringLiteral("--out"), a}).exitCode, 0);
        QCOMPARE(paperlab(args + QStringList{QStringLiteral("--out"), b}).exitCode, 0);
        const QJsonObject ja = readJson(a);
        QCOMPARE(ja, readJson(b)); // deterministic given the seed
        QCOMPARE(ja[QStringLiteral("paper")].toString(), QStringLiteral("random-walk"));
        QCOMPARE(ja[QStringLiteral("version")].toString(), QStringLiteral("1.0.0"));
        QCOMPARE(ja[QStringLiteral("seed")].toInt(), 3);
        QCOMPARE(ja[QStringLiteral("parameters")][QStringLiteral("steps")].toInt(), 200);
        QCOMPARE(ja[QStringLiteral("step")].toInt(), 200);
        // 2000 walkers: the variance ratio has SE ≈ sqrt(2/2000) ≈ 0.03, so ±0.15 is 5 SE.
        const double ratio = ja[QStringLiteral("readouts")][QStringLiteral("variance_ratio")].toDouble();
        QVERIFY2(ratio > 0.85 && ratio < 1.15, qPrintable(QString::number(ratio)));
        const QJsonArray series = ja[QStringLiteral("series")].toArray();
        QVERIFY(!series.isEmpty());
        QCOMPARE(series.first()[QStringLiteral("name")].toString(), QStringLiteral("variance"));
        QCOMPARE(series.first()[QStringLiteral("x")].toArray().size(), 201);
        QVERIFY(readJson(dir.filePath(QStringLiteral("c.json"))).isEmpty());
        QCOMPARE(paperlab(args + QStringList{QStringLiteral("--seed"), QStringLiteral("4"), QStringLiteral("--out"),
                                             dir.filePath(QStringLiteral("c.json"))}).exitCode, 0);
        QVERIFY(readJson(dir.filePath(QStringLiteral("c.json"))) != ja);
    }

    void runStepsAndCsv()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("r.csv"));
        const Run r = paperlab({QStringLiteral("run"), QStringLiteral("random-walk"), QStringLiteral("--preset"),
                                QStringLiteral("drifting"), QStringLiteral("--steps"), QStringLiteral("7"),
                                QStringLiteral("--out"), csv});
        QCOMPARE(r.exitCode, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("kind,name,x,y"));
        QVERIFY(lines.contains("readout,variance_theory,,7"));
        int variancePoints = 0;
        for (const QByteArray &l : lines)
            variancePoints += l.startsWith("series,variance,") ? 1 : 0;
        QCOMPARE(variancePoints, 8);
    }

    // Every run of a sweep equals a separate `paperlab run` of the same point and seed; the
    // summary is the mean and standard error over the seeds; the CSV has a row per run.
    void sweepEqualsSeparateRuns()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("sweep.json"));
        const QStringList grid = {QStringLiteral("sweep"), QStringLiteral("random-walk"),
                                  QStringLiteral("--set"), QStringLiteral("walkers=200"),
                                  QStringLiteral("--vary"), QStringLiteral("steps=20,60"),
                                  QStringLiteral("--vary"), QStringLiteral("sigma=0.5,2"),
                                  QStringLiteral("--seeds"), QStringLiteral("1-3"),
                                  QStringLiteral("--jobs"), QStringLiteral("2")};
        const Run r = paperlab(grid + QStringList{QStringLiteral("--out"), json});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject table = readJson(json);
        QCOMPARE(table[QStringLiteral("simulator")].toString(), QStringLiteral("ensemble"));
        QCOMPARE(table[QStringLiteral("complete")].toBool(), true);
        QCOMPARE(table[QStringLiteral("fixed")][QStringLiteral("walkers")].toInt(), 200);
        const QJsonArray points = table[QStringLiteral("points")].toArray();
        QCOMPARE(points.size(), 12);
        // The first --vary changes slowest, then the second, then the seed.
        QCOMPARE(points[4][QStringLiteral("parameters")][QStringLiteral("steps")].toInt(), 20);
        QCOMPARE(points[4][QStringLiteral("parameters")][QStringLiteral("sigma")].toDouble(), 2.0);
        QCOMPARE(points[4][QStringLiteral("seed")].toInt(), 2);
        for (int i : {0, 4, 11}) {
            const QJsonObject p = points[i].toObject();
            const QString out = dir.filePath(QStringLiteral("run%1.json").arg(i));
            const QJsonObject parameters = p[QStringLiteral("parameters")].toObject();
            const Run single = paperlab({QStringLiteral("run"), QStringLiteral("random-walk"),
                QStringLiteral("--set"), QStringLiteral("walkers=200"), QStringLiteral("--set"),
                QStringLiteral("steps=%1").arg(parameters[QStringLiteral("steps")].toInt()),
                QStringLiteral("--set"),
                QStringLiteral("sigma=%1").arg(parameters[QStringLiteral("sigma")].toDouble()),
                QStringLiteral("--seed"), QString::number(p[QStringLiteral("seed")].toInt()),
                QStringLiteral("--out"), out});
            QVERIFY2(single.exitCode == 0, single.err.constData());
            QCOMPARE(p[QStringLiteral("readouts")], readJson(out)[QStringLiteral("readouts")]);
        }
        const QJsonArray summary = table[QStringLiteral("summary")].toArray();
        QCOMPARE(summary.size(), 4);
        double sum = 0, squares = 0;
        for (int i = 0; i < 3; ++i)
            sum += points[i][QStringLiteral("readouts")][QStringLiteral("variance")].toDouble();
        const double mean = sum / 3;
        for (int i = 0; i < 3; ++i) {
            const double v = points[i][QStringLiteral("readouts")][QStringLiteral("variance")].toDouble();
            squares += (v - mean) * (v - mean);
        }
        const QJsonObject variance = summary[0][QStringLiteral("readouts")][QStringLiteral("variance")].toObject();
        QCOMPARE(variance[QStringLiteral("n")].toInt(), 3);
        QVERIFY(std::abs(variance[QStringLiteral("mean")].toDouble() - mean) < 1e-12 * std::abs(mean));
        QVERIFY(std::abs(variance[QStringLiteral("se")].toDouble() - std::sqrt(squares / 2 / 3))
                < 1e-9 * std::sqrt(squares));

        const QString csv = dir.filePath(QStringLiteral("sweep.csv"));
        QCOMPARE(paperlab(grid + QStringList{QStringLiteral("--out"), csv}).exitCode, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 13);
        QVERIFY2(lines[0].startsWith("steps,sigma,seed,"), lines[0].constData());
        QVERIFY2(lines[5].startsWith("20,2,2,"), lines[5].constData());
        QFile summaryCsv(dir.filePath(QStringLiteral("sweep-summary.csv")));
        QVERIFY(summaryCsv.open(QIODevice::ReadOnly));
        const QList<QByteArray> summaryLines = summaryCsv.readAll().trimmed().split('\n');
        QCOMPARE(summaryLines.size(), 5);
        QVERIFY2(summaryLines[0].contains(",variance_mean,variance_se"), summaryLines[0].constData());
    }

    // The commands of --emit-jobs, run by GNU parallel two at a time, and --merge give the
    // table of the local sweep.
    void sweepEmitJobsAndMerge()
    {
        const QString parallel = QStandardPaths::findExecutable(QStringLiteral("parallel"));
        QVERIFY2(!parallel.isEmpty(), "GNU parallel is missing: packaging/install-deps.sh installs it");
        QTemporaryDir dir;
        const QStringList grid = {QStringLiteral("sweep"), QStringLiteral("random-walk"),
                                  QStringLiteral("--preset"), QStringLiteral("drifting"),
                                  QStringLiteral("--vary"), QStringLiteral("walkers=100,300"),
                                  QStringLiteral("--seeds"), QStringLiteral("4,9"),
                                  QStringLiteral("--steps"), QStringLiteral("30")};
        const QString local = dir.filePath(QStringLiteral("local.json"));
        QCOMPARE(paperlab(grid + QStringList{QStringLiteral("--out"), local}).exitCode, 0);
        const QString jobs = dir.filePath(QStringLiteral("jobs.txt"));
        const QString results = dir.filePath(QStringLiteral("results"));
        const Run emitted = paperlab(grid + QStringList{QStringLiteral("--emit-jobs"), jobs,
                                                        QStringLiteral("--out"), results});
        QVERIFY2(emitted.exitCode == 0, emitted.err.constData());
        QVERIFY(readJson(dir.filePath(QStringLiteral("results/point-1.json"))).isEmpty());

        // The jobs share this test's settings, as parallel runs on one account do.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PAPERLAB_PLUGIN_PATH"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), QStringLiteral("/nonexistent-paperlab-test"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.setStandardInputFile(jobs);
        p.start(parallel, {QStringLiteral("--will-cite"), QStringLiteral("-j2")});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

        const QString merged = dir.filePath(QStringLiteral("merged.json"));
        const Run merge = paperlab({QStringLiteral("sweep"), QStringLiteral("--merge"), results,
                                    QStringLiteral("--out"), merged});
        QVERIFY2(merge.exitCode == 0, merge.err.constData());
        QVERIFY2(merge.err.isEmpty(), merge.err.constData());
        const QJsonObject a = readJson(local);
        const QJsonObject b = readJson(merged);
        QCOMPARE(b[QStringLiteral("points")].toArray().size(), 4);
        for (const char *key : {"paper", "simulator", "vary", "fixed", "points", "summary", "complete"})
            QCOMPARE(b[QString::fromLatin1(key)], a[QString::fromLatin1(key)]);

        // A result that is missing is named, and the table has the others.
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("results/point-3.json"))));
        const Run partial = paperlab({QStringLiteral("sweep"), QStringLiteral("--merge"), results,
                                      QStringLiteral("--out"), merged});
        QCOMPARE(partial.exitCode, 0);
        QVERIFY2(partial.err.contains("1 of 4 results are missing or unreadable (point-3.json)"),
                 partial.err.constData());
        QCOMPARE(readJson(merged)[QStringLiteral("points")].toArray().size(), 3);
        QCOMPARE(readJson(merged)[QStringLiteral("complete")].toBool(), false);
    }

    void sweepRefusesBadValuesBeforeRunning_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("out of range") << QStringList{QStringLiteral("--vary"), QStringLiteral("steps=10,0")}
            << 4 << QStringLiteral("--vary steps=0: ");
        QTest::newRow("unknown key") << QStringList{QStringLiteral("--vary"), QStringLiteral("stpes=10")}
            << 4 << QStringLiteral("--vary stpes=10: unknown parameter");
        QTest::newRow("no values") << QStringList{QStringLiteral("--vary"), QStringLiteral("steps=")}
            << 2 << QStringLiteral("--vary expects key=v1,v2");
        QTest::newRow("seed varied") << QStringList{QStringLiteral("--vary"), QStringLiteral("seed=1,2")}
            << 2 << QStringLiteral("give seeds with --seeds");
        QTest::newRow("twice") << QStringList{QStringLiteral("--vary"), QStringLiteral("steps=1"),
                                              QStringLiteral("--vary"), QStringLiteral("steps=2")}
            << 2 << QStringLiteral("\"steps\" is varied twice");
        QTest::newRow("bad seeds") << QStringList{QStringLiteral("--vary"), QStringLiteral("steps=5"),
                                                  QStringLiteral("--seeds"), QStringLiteral("5-x")}
            << 2 << QStringLiteral("--seeds expects seeds like 1-5");
        QTest::newRow("nothing varied") << QStringList{QStringLiteral("--seeds"), QStringLiteral("1-2")}
            << 2 << QStringLiteral("give at least one --vary");
    }

    void sweepRefusesBadValuesBeforeRunning()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("t.json"));
        const Run r = paperlab(QStringList{QStringLiteral("sweep"), QStringLiteral("random-walk")}
                               + args + QStringList{QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    // Ctrl+C stops a sweep between two steps: the runs finished by then are written.
    void sweepInterruptedKeepsFinishedRuns()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("t.json"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.setReadChannel(QProcess::StandardError);
        p.start(QStringLiteral(PAPERLAB_EXE),
                {QStringLiteral("sweep"), QStringLiteral("random-walk"), QStringLiteral("--vary"),
                 QStringLiteral("steps=3000"), QStringLiteral("--seeds"), QStringLiteral("1-200"),
                 QStringLiteral("--jobs"), QStringLiteral("2"), QStringLiteral("--out"), out});
        QVERIFY(p.waitForStarted());
        // The progress line reaches 1 % when two of the 200 runs are done.
        QByteArray err;
        while (!err.contains("[  1%]") && p.state() == QProcess::Running && p.waitForReadyRead(60000))
            err += p.readAllStandardError();
        QVERIFY2(err.contains("[  1%]"), err.constData());
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        err += p.readAllStandardError();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        QVERIFY2(err.contains("SIGINT: stopping; the finished points are kept"), err.constData());
        const QJsonObject table = readJson(out);
        QCOMPARE(table[QStringLiteral("complete")].toBool(), false);
        const qsizetype finished = table[QStringLiteral("points")].toArray().size();
        QVERIFY2(finished >= 2 && finished < 200, qPrintable(QString::number(finished)));
        QCOMPARE(table[QStringLiteral("summary")][0][QStringLiteral("readouts")]
                      [QStringLiteral("variance")][QStringLiteral("n")].toInt(), int(finished));
    }

    void runReadsAUserFile()
    {
        // `--set evaluations=FILE` with a path relative to the current directory.
        QTemporaryDir dir;
        writeText(dir.filePath(QStringLiteral("evals.csv")),
                  "model,problem,n,c\nA,1,4,4\nA,2,4,0\nB,1,4,1\nB,2,4,2\n");
        const QStringList run = {QStringLiteral("run"), QStringLiteral("rlvr-limits"),
                                 QStringLiteral("--simulator"), QStringLiteral("passk-calculator"),
                                 QStringLiteral("--set")};
        Run r = paperlab(run + QStringList{QStringLiteral("evaluations=evals.csv"),
                                           QStringLiteral("--out"), QStringLiteral("result.json")},
                         {}, dir.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject result = readJson(dir.filePath(QStringLiteral("result.json")));
        QCOMPARE(result[QStringLiteral("parameters")][QStringLiteral("evaluations")].toString(),
                 dir.filePath(QStringLiteral("evals.csv")));
        // Mean unbiased pass@k over the two problems, k = 1..4 (by hand: see the plugin test).
        QCOMPARE(seriesY(result, QStringLiteral("passk_A")), QJsonArray({0.5, 0.5, 0.5, 0.5}));
        const QJsonArray b = seriesY(result, QStringLiteral("passk_B"));
        QCOMPARE(b.size(), 4);
        const double expected[] = {0.375, 2.0 / 3.0, 0.875, 1.0};
        for (int k = 0; k < 4; ++k)
            QVERIFY(std::abs(b[k].toDouble() - expected[k]) < 1e-12);
        QCOMPARE(result[QStringLiteral("readouts")][QStringLiteral("crossover_k")].toInt(), 2);

        // A command with arguments, as the view's "Export" button runs it.
        r = paperlab(run + QStringList{QStringLiteral("evaluations=evals.csv"),
                                       QStringLiteral("--command"),
                                       QStringLiteral(R"(export-results={"path": "passk.csv"})"),
                                       QStringLiteral("--out"), QStringLiteral("exported.json")},
                     {}, dir.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile exported(dir.filePath(QStringLiteral("passk.csv")));
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(exported.readAll().contains("A"));
        r = paperlab(run + QStringList{QStringLiteral("evaluations=evals.csv"),
                                       QStringLiteral("--command"),
                                       QStringLiteral("export-results={path}")},
                     {}, dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("must be a JSON object"), r.err.constData());

        // A malformed file: exit code 4 and a message naming the file, line and field.
        writeText(dir.filePath(QStringLiteral("bad.csv")), "model,n,c\nA,4,1\nA,4,9\n");
        r = paperlab(run + QStringList{QStringLiteral("evaluations=bad.csv"),
                                       QStringLiteral("--out"), QStringLiteral("bad.json")},
                     {}, dir.path());
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(R"(bad.csv:3: field "c": c = 9 exceeds n = 4)"),
                 r.err.constData());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("bad.json"))));
        r = paperlab(run + QStringList{QStringLiteral("evaluations=missing.csv")}, {}, dir.path());
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("missing.csv: cannot be read"), r.err.constData());
    }

    // A view that fails to load is no successful screenshot: the exit status says so and
    // stderr names the file, the line and the error.
    void screenshotFailsOnQmlErrors()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("broken.png"));
        const QStringList args{"--screenshot", png, "--plugin-dir", FIXTURE_SHELL_DIR, "--paper",
                               "qml-errors", "--tab", "simulator"};
        const Run broken = paperlab(args + QStringList{"--simulator", "broken"});
        QCOMPARE(broken.exitCode, 3);
        QVERIFY2(broken.err.contains("BrokenView.qml:9") && broken.err.contains("colour"),
                 broken.err.constData());
        QVERIFY(QFile::exists(png)); // the picture shows the error card
        const Run good = paperlab(args + QStringList{"--simulator", "decay"});
        QCOMPARE(good.exitCode, 0);
        QVERIFY2(!good.err.contains("QML"), good.err.constData());
        // --simulator is not ignored: an unknown one is an error, as with run.
        const Run unknown = paperlab(args + QStringList{"--simulator", "nosuch"});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("has no simulator or view \"nosuch\""),
                 unknown.err.constData());
    }

    // --size is honoured, or stderr says which size the picture has instead.
    void screenshotSize()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("s.png"));
        const QStringList args{"--screenshot", png, "--paper", "random-walk", "--tab", "simulator"};
        const Run exact = paperlab(args + QStringList{"--size", "1000x700"});
        QCOMPARE(exact.exitCode, 0);
        QCOMPARE(pngSize(png), QSize(1000, 700));
        QCOMPARE(exact.err, QByteArray());
        const Run small = paperlab(args + QStringList{"--size", "400x300"});
        QCOMPARE(small.exitCode, 0);
        const QSize given = pngSize(png);
        QVERIFY(given.width() > 400 || given.height() > 300);
        const QString note = QStringLiteral("--size 400x300 is below the window's minimum size");
        QVERIFY2(QString::fromUtf8(small.err).contains(note), small.err.constData());
        QVERIFY2(small.err.contains(QStringLiteral("the picture is %1x%2").arg(given.width())
                                        .arg(given.height()).toUtf8()), small.err.constData());
    }

    // --startup-report prints each milestone once, as "startup <milestone> <ms>", measured
    // from the process's start: the home's and, with --paper, the paper's.
    void startupReport()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("s.png"));
        const auto milestones = [](const QByteArray &out) {
            static const QRegularExpression line(QStringLiteral("^startup ([a-z-]+) (\\d+)$"));
            QMap<QString, int> ms;
            for (const QString &text : QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts)) {
                const auto m = line.match(text);
                if (m.hasMatch()) {
                    if (ms.contains(m.captured(1)))
                        return QMap<QString, int>(); // a milestone twice
                    ms.insert(m.captured(1), m.captured(2).toInt());
                }
            }
            return ms;
        };
        const Run home = paperlab({"--startup-report", "--screenshot", png});
        QCOMPARE(home.exitCode, 0);
        const QMap<QString, int> h = milestones(home.out);
        QCOMPARE(h.keys(), (QStringList{"discovered", "first-frame", "thumbnails"}));
        QVERIFY2(h["discovered"] > 0 && h["discovered"] <= h["first-frame"], home.out.constData());
        const Run paper = paperlab({"--startup-report", "--screenshot", png, "--paper",
                                    "random-walk", "--tab", "simulator"});
        QCOMPARE(paper.exitCode, 0);
        const QMap<QString, int> p = milestones(paper.out);
        QCOMPARE(p.keys(), (QStringList{"discovered", "first-frame", "paper-open"}));
        QVERIFY2(p["discovered"] <= p["paper-open"], paper.out.constData());
        QVERIFY(!paperlab({"--screenshot", png}).out.contains("startup"));
    }

    // Ordinary commands without a desktop session (no XDG_RUNTIME_DIR) write no Qt noise.
    void quietStderr_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("version") << QStringList{"--version"};
        QTest::newRow("list") << QStringList{"--list-papers"};
        QTest::newRow("run") << QStringList{"run", "random-walk", "--steps", "1", "--out",
                                            "OUT/r.json"};
        QTest::newRow("check") << QStringList{"--check-plugin",
                                              PAPERLAB_PAPER_BUILD_DIR "/random-walk.so"};
        QTest::newRow("screenshot") << QStringList{"--screenshot", "OUT/s.png", "--paper",
                                                   "random-walk", "--tab", "simulator"};
    }

    void quietStderr()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        args.replaceInStrings(QStringLiteral("OUT/"), dir.path() + u'/');
        const Run r = paperlab(args, {{QStringLiteral("XDG_RUNTIME_DIR"), QString()}});
        QCOMPARE(r.exitCode, 0);
        // run's progress lines are its own; nothing else.
        QString err = QString::fromUtf8(r.err);
        err.remove(QRegularExpression(QStringLiteral("\\[ *\\d+%\\][^\n]*\n?")));
        QCOMPARE(err, QString());
    }

    // Every paper: a run's parameters, saved as a scenario with the step the run reached,
    // replay to the same step and the same readouts.
    void everyPaperReplaysAScenario()
    {
        const Run list = paperlab({QStringLiteral("--list-papers"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QTemporaryDir dir;
        int papers = 0;
        for (const QJsonValue &paper : QJsonDocument::fromJson(list.out).array()) {
            const QString id = paper[QStringLiteral("id")].toString();
            const QString saved = dir.filePath(id + QStringLiteral(".json"));
            const Run first = paperlab({QStringLiteral("run"), id, QStringLiteral("--seed"),
                                        QStringLiteral("5"), QStringLiteral("--steps"),
                                        QStringLiteral("1"), QStringLiteral("--out"), saved});
            QVERIFY2(first.exitCode == 0, first.err.constData());
            const QJsonObject run = readJson(saved);
            const QJsonObject scenario{
                {QStringLiteral("format"), QStringLiteral("paperlab-scenario")},
                {QStringLiteral("formatVersion"), 1},
                {QStringLiteral("paper"), id},
                {QStringLiteral("paperVersion"), run[QStringLiteral("version")]},
                {QStringLiteral("simulator"), run[QStringLiteral("simulator")]},
                {QStringLiteral("parameters"), run[QStringLiteral("parameters")]},
                {QStringLiteral("steps"), run[QStringLiteral("step")]}};
            const QString file = dir.filePath(id + QStringLiteral(".paperlab"));
            writeText(file, QJsonDocument(scenario).toJson());
            const QString replayed = dir.filePath(id + QStringLiteral("-replayed.json"));
            const Run again = paperlab({QStringLiteral("run"), QStringLiteral("--scenario"), file,
                                        QStringLiteral("--out"), replayed});
            QVERIFY2(again.exitCode == 0, again.err.constData());
            QVERIFY2(!again.err.contains("note:"), again.err.constData());
            const QJsonObject replay = readJson(replayed);
            QCOMPARE(replay[QStringLiteral("step")], run[QStringLiteral("step")]);
            QCOMPARE(replay[QStringLiteral("parameters")], run[QStringLiteral("parameters")]);
            QJsonObject replayReadouts = replay[QStringLiteral("readouts")].toObject();
            QJsonObject runReadouts = run[QStringLiteral("readouts")].toObject();
            for (const QString &key : runReadouts.keys()) {
                if (key.endsWith(QLatin1String("_ms"))) { // a time, not a result
                    replayReadouts.remove(key);
                    runReadouts.remove(key);
                }
            }
            QVERIFY(!runReadouts.isEmpty());
            QCOMPARE(replayReadouts, runReadouts);
            ++papers;
        }
        QVERIFY(papers >= 8); // the seven papers and the random walk
    }

    void scenarioOfAnotherVersion()
    {
        QTemporaryDir dir;
        auto scenario = [&dir](const QString &version, const QJsonObject &parameters) {
            const QString file = dir.filePath(version + QStringLiteral(".paperlab"));
            writeText(file, QJsonDocument(QJsonObject{
                                {QStringLiteral("format"), QStringLiteral("paperlab-scenario")},
                                {QStringLiteral("formatVersion"), 1},
                                {QStringLiteral("paper"), QStringLiteral("random-walk")},
                                {QStringLiteral("paperVersion"), version},
                                {QStringLiteral("parameters"), parameters}})
                                .toJson());
            return file;
        };
        // Older: the removed key and the value out of today's range are named, and the run
        // goes on with their defaults.
        const QString older = scenario(QStringLiteral("0.9.0"),
                                       {{QStringLiteral("zeta"), 1},
                                        {QStringLiteral("sigma"), -1},
                                        {QStringLiteral("seed"), 9}});
        const QString out = dir.filePath(QStringLiteral("older.json"));
        const Run r = paperlab({QStringLiteral("run"), QStringLiteral("--scenario"), older,
                                QStringLiteral("--steps"), QStringLiteral("3"),
                                QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("note: " + older.toUtf8() + ": \"zeta\" is no longer"),
                 r.err.constData());
        QVERIFY2(r.err.contains("saved sigma = -1 no longer accepted"), r.err.constData());
        QCOMPARE(readJson(out)[QStringLiteral("seed")].toInt(), 9);
        // Newer: refused, naming the versions.
        const QString newer = scenario(QStringLiteral("9.0.0"), {});
        const Run refused = paperlab({QStringLiteral("run"), QStringLiteral("--scenario"), newer});
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains("random-walk 9.0.0, newer than the installed 1.0.0"),
                 refused.err.constData());
        // A file named by the scenario: read (the command named the scenario), and named.
        const QString positions = dir.filePath(QStringLiteral("positions.csv"));
        writeText(positions, "x\n1\n-2\n");
        const QString naming = scenario(QStringLiteral("1.0.0"),
                                        {{QStringLiteral("start"), positions}});
        const Run reads = paperlab({QStringLiteral("run"), QStringLiteral("--scenario"), naming,
                                    QStringLiteral("--steps"), QStringLiteral("1")});
        QVERIFY2(reads.exitCode == 0, reads.err.constData());
        QVERIFY2(reads.err.contains(": reads start = " + positions.toUtf8()), reads.err.constData());
        // Another paper named on the command line.
        const Run mismatch = paperlab({QStringLiteral("run"), QStringLiteral("hivemind"),
                                       QStringLiteral("--scenario"), newer});
        QCOMPARE(mismatch.exitCode, 2);
        QVERIFY2(mismatch.err.contains("is a scenario of \"random-walk\", not of \"hivemind\""),
                 mismatch.err.constData());
        // A file that is not a scenario.
        const QString bad = dir.filePath(QStringLiteral("bad.paperlab"));
        writeText(bad, "{\"format\": \"paperlab-scenario\", \"formatVersion\": 1}");
        const Run malformed = paperlab({QStringLiteral("run"), QStringLiteral("--scenario"), bad});
        QCOMPARE(malformed.exitCode, 4);
        QVERIFY2(malformed.err.contains(bad.toUtf8() + ": \"paper\" is missing"),
                 malformed.err.constData());
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{"--frobnicate"} << 2 << "Unknown option 'frobnicate'";
        QTest::newRow("run without id") << QStringList{"run"} << 2 << "usage: paperlab run <id>";
        QTest::newRow("unknown command") << QStringList{"walk"} << 2 << "unknown command \"walk\"";
        QTest::newRow("bad --set") << QStringList{"run", "random-walk", "--set", "sigma"} << 2
                                   << "--set expects key=value";
        QTest::newRow("bad --steps") << QStringList{"run", "random-walk", "--steps", "-3"} << 2
                                     << "--steps expects a non-negative integer";
        QTest::newRow("unknown paper") << QStringList{"run", "no-such-paper"} << 3
                                       << "unknown paper \"no-such-paper\"";
        QTest::newRow("failed paper") << QStringList{"run", "bad-iid", "--plugin-dir", FIXTURE_PRIMARY_DIR} << 3
                                      << "failed to load: Expected IID";
        QTest::newRow("out of range") << QStringList{"run", "random-walk", "--set", "sigma=-1"} << 4
                                      << "\"sigma\" = -1 is below the minimum 0.01";
        QTest::newRow("unknown key") << QStringList{"run", "random-walk", "--set", "zeta=1"} << 4
                                     << "unknown parameter \"zeta\"";
        QTest::newRow("unknown preset") << QStringList{"run", "random-walk", "--preset", "nope"} << 4
                                        << "unknown preset \"nope\"";
        QTest::newRow("bad seed") << QStringList{"run", "random-walk", "--seed", "x"} << 4
                                  << "\"seed\" must be a non-negative integer seed";
        QTest::newRow("default out of range")
            << QStringList{"run", "bad-default", "--plugin-dir", FIXTURE_PRIMARY_DIR}
            << 3 << R"(failed to load: parameters.json: "steps.default" is invalid)";
        QTest::newRow("unknown preset key")
            << QStringList{"run", "unknown-preset-key", "--plugin-dir", FIXTURE_PRIMARY_DIR}
            << 3 << R"(failed to load: presets.json: preset "quick": unknown parameter "stepz")";
        QTest::newRow("uncreatable simulator")
            << QStringList{"run", "uncreatable-simulator", "--plugin-dir", FIXTURE_PRIMARY_DIR}
            << 3 << R"(failed to load: Simulator "ghost" of the metadata cannot be created)";
        QTest::newRow("simulator error") << QStringList{"run", "throws", "--plugin-dir", FIXTURE_PRIMARY_DIR} << 5
                                         << "simulator error: fixture: deliberate failure at step 3";
        QTest::newRow("unwritable output") << QStringList{"run", "random-walk", "--steps", "1", "--out",
                                                          "/nonexistent-dir/x.json"} << 1 << "cannot write";
    }

    // The simulator tab of a paper whose root cannot make a declared simulator: the paper
    // does not open, and says why (it used to crash on the missing runner).
    void screenshotOfUncreatableSimulator()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("simulator.png"));
        const Run r = paperlab({QStringLiteral("--plugin-dir"),
                                QStringLiteral(FIXTURE_PRIMARY_DIR),
                                QStringLiteral("--paper"), QStringLiteral("uncreatable-simulator"),
                                QStringLiteral("--tab"), QStringLiteral("simulator"),
                                QStringLiteral("--screenshot"), png});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(R"(cannot open paper "uncreatable-simulator": Simulator "ghost")"),
                 r.err.constData());
        QVERIFY(!QFile::exists(png));
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = paperlab(args);
        QCOMPARE(r.exitCode, code);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
