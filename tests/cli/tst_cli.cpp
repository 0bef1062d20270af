// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run paperlab(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PAPERLAB_PLUGIN_PATH"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QStringLiteral("/nonexistent-paperlab-test"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PAPERLAB_EXE), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
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
    }

    void listPapersShowsFixtureErrors()
    {
        const Run r = paperlab({QStringLiteral("--list-papers"), QStringLiteral("--plugin-dir"),
                                QStringLiteral(FIXTURE_PRIMARY_DIR)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("bad-iid"));
        QVERIFY(r.out.contains(R"(Expected IID "org.paperlab.PaperPlugin/1", but found "org.example.SomethingElse/1")"));
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
        QTest::newRow("simulator error") << QStringList{"run", "throws", "--plugin-dir", FIXTURE_PRIMARY_DIR} << 5
                                         << "simulator error: fixture: deliberate failure at step 3";
        QTest::newRow("unwritable output") << QStringList{"run", "random-walk", "--steps", "1", "--out",
                                                          "/nonexistent-dir/x.json"} << 1 << "cannot write";
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
