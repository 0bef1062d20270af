// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/parameterschema.h>

#include <QDir>
#include <QJsonDocument>
#include <QTest>

#include <stdexcept>

using namespace paperlab;

namespace {

// A schema with one parameter of every type.
const QByteArray kSchema = R"json({
  "groups": [ { "id": "g", "label": "G" } ],
  "parameters": [
    { "id": "gamma", "type": "real", "label": "γ", "group": "g", "default": -1.0, "min": -1, "max": 1,
      "live": true, "unit": "", "description": "knob" },
    { "id": "lr", "type": "real", "label": "lr", "group": "g", "default": 0.01, "min": 0.001, "max": 0.1, "scale": "log" },
    { "id": "n", "type": "int", "label": "n", "group": "g", "default": 100, "min": 2, "max": 1000 },
    { "id": "on", "type": "bool", "label": "on", "group": "g", "default": false },
    { "id": "law", "type": "choice", "label": "law", "group": "g", "default": "power",
      "choices": [ { "id": "power", "label": "Power" }, { "id": "exp", "label": "Exp" } ] },
    { "id": "seed", "type": "seed", "label": "seed", "group": "g", "default": 7 },
    { "id": "widths", "type": "intlist", "label": "m", "group": "g", "default": [8, 16], "min": 2, "max": 128 },
    { "id": "psis", "type": "reallist", "label": "ψ", "group": "g", "default": [1.5, 2], "min": 0.5 },
    { "id": "evals", "type": "file", "label": "Evaluations", "group": "g", "default": "",
      "filters": ["Evaluations (*.csv *.jsonl)", "All files (*)"], "format": "model,n,c rows" }
  ],
  "commands": [ { "id": "run-sweep", "label": "Run sweep" } ]
})json";

ParameterSchema schema()
{
    auto s = ParameterSchema::fromJson(kSchema, QStringLiteral("test.json"));
    if (!s)
        qFatal("%s", qPrintable(s.error().logText));
    return s.value();
}

} // namespace

class TestParameterSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A simulator reading a key it was not given (a typo: "gama") gets an error naming the
    // key, not a silent 0.
    void readingAnUndeclaredKeyThrows()
    {
        const ParameterSet p(QVariantMap{{QStringLiteral("gamma"), 0.0714}});
        QCOMPARE(p.real(QStringLiteral("gamma")), 0.0714);
        try {
            (void)p.real(QStringLiteral("gama"));
            QFAIL("no exception for an undeclared key");
        } catch (const std::out_of_range &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("\"gama\"")), e.what());
        }
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, (void)p.intList(QStringLiteral("nope")));
    }

    void parsesEveryType()
    {
        const ParameterSchema s = schema();
        QCOMPARE(s.parameters().size(), 9);
        QCOMPARE(s.find("gamma")->type, ParamType::Real);
        QVERIFY(s.find("gamma")->live);
        QVERIFY(!s.find("n")->live);
        QVERIFY(s.find("lr")->logScale);
        QCOMPARE(s.find("law")->choices.size(), 2);
        QCOMPARE(s.commands().size(), 1);
        const ParameterSet d = s.defaults();
        QCOMPARE(d.real("gamma"), -1.0);
        QCOMPARE(d.integer("n"), 100);
        QCOMPARE(d.seed("seed"), quint64(7));
        QCOMPARE(d.intList("widths"), QList<int>({8, 16}));
        QCOMPARE(d.choice("law"), QStringLiteral("power"));
        const ParamSpec *file = s.find("evals");
        QCOMPARE(file->type, ParamType::File);
        QCOMPARE(file->fileFilters,
                 QStringList({"Evaluations (*.csv *.jsonl)", "All files (*)"}));
        QCOMPARE(file->fileFormat, QStringLiteral("model,n,c rows"));
        QCOMPARE(file->kiosk, KioskPolicy::Hidden); // a file is hidden in the kiosk by default
        QCOMPARE(d.filePath("evals"), QString());
        QCOMPARE(paramTypeName(ParamType::File), QStringLiteral("file"));
    }

    void invalidSchemas_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QByteArray head = R"({"parameters": [)";
        QTest::newRow("syntax") << QByteArray("{\n \"parameters\": [,]\n}")
                                << "s.json: line 2: illegal value";
        QTest::newRow("no parameters") << QByteArray("{}") << R"(s.json: "parameters" is missing or not an array)";
        QTest::newRow("missing type") << head + R"({"id":"a","label":"A","group":"g","default":1}]})"
                                      << R"(s.json: "a.type" is missing)";
        QTest::newRow("bad type") << head + R"({"id":"a","type":"float","label":"A","group":"g","default":1}]})"
                                  << R"(s.json: "a.type" is not one of real, int, bool, choice, seed, reallist, intlist, file)";
        QTest::newRow("min not number") << head + R"({"id":"gamma","type":"real","label":"A","group":"g","default":1,"min":"x"}]})"
                                        << R"(s.json: "gamma.min" is not a number)";
        QTest::newRow("default out of range") << head + R"({"id":"a","type":"int","label":"A","group":"g","default":5,"max":3}]})"
                                              << R"(s.json: "a.default" is invalid: "a" = 5 is above the maximum 3)";
        QTest::newRow("choice default") << head + R"({"id":"law","type":"choice","label":"A","group":"g","default":"x","choices":[{"id":"p"}]}]})"
                                        << R"(s.json: "law.default" is invalid: "law" must be one of: p)";
        QTest::newRow("unknown field") << head + R"({"id":"a","type":"int","label":"A","group":"g","default":1,"colour":2}]})"
                                       << R"(s.json: "a.colour" is not a known field)";
        QTest::newRow("duplicate") << head + R"({"id":"a","type":"bool","label":"A","group":"g","default":true},{"id":"a","type":"bool","label":"A","group":"g","default":true}]})"
                                   << R"(s.json: "a.id" is declared twice)";
        QTest::newRow("log without min") << head + R"({"id":"a","type":"real","label":"A","group":"g","default":1,"scale":"log"}]})"
                                         << R"(s.json: "a.scale" log scale needs a positive "min")";
        QTest::newRow("min > max") << head + R"({"id":"a","type":"real","label":"A","group":"g","default":1,"min":3,"max":2}]})"
                                   << R"(s.json: "a.min" is greater than "max")";
        QTest::newRow("bad id") << head + R"({"id":"Bad-Id","type":"bool","label":"A","group":"g","default":true}]})"
                                << R"(s.json: "Bad-Id.id" must match [a-z][a-z0-9_]*)";
        const QByteArray file = head + R"({"id":"f","type":"file","label":"F","group":"g",)";
        QTest::newRow("file default path")
            << file + R"("default":"/home/me/a.csv"}]})"
            << R"(s.json: "f.default" must be empty or a resource path (":/…"))";
        QTest::newRow("file default number")
            << file + R"("default":3}]})"
            << R"(s.json: "f.default" is invalid: "f" must be a file path (a string))";
        QTest::newRow("file live") << file + R"("default":"","live":true}]})"
                                   << R"(s.json: "f.live" cannot be true for a file)";
        QTest::newRow("file filter without patterns")
            << file + R"("default":"","filters":["CSV files"]}]})"
            << R"(s.json: "f.filters" has an entry that is not a name filter such as )"
               R"x("Tables (*.csv *.tsv)")x";
        QTest::newRow("file filters empty")
            << file + R"("default":"","filters":[]}]})"
            << R"(s.json: "f.filters" is not a string or a non-empty array of strings)";
        QTest::newRow("file format not text") << file + R"("default":"","format":1}]})"
                                              << R"(s.json: "f.format" is not a string)";
        QTest::newRow("file min") << file + R"("default":"","min":1}]})"
                                  << R"(s.json: "f.min" does not apply to type file)";
        QTest::newRow("filters on a number")
            << head + R"({"id":"a","type":"int","label":"A","group":"g","default":1,)"
                      R"x("filters":"T (*.t)"}]})x"
            << R"(s.json: "a.filters" applies only to type file)";
    }

    void fileParameterDeclarations()
    {
        // A single filter may be a plain string; a resource default and an explicit kiosk
        // policy are kept.
        const QByteArray json = R"x({"parameters": [{"id":"f","type":"file","label":"F",
            "group":"g","default":":/demo/evals.csv","filters":"Tables (*.csv)",
            "kiosk":"visible"}]})x";
        const auto s = ParameterSchema::fromJson(json, QStringLiteral("s.json"));
        QVERIFY2(s, qPrintable(s ? QString() : s.error().logText));
        QCOMPARE(s.value().find("f")->fileFilters, QStringList({"Tables (*.csv)"}));
        QCOMPARE(s.value().find("f")->kiosk, KioskPolicy::Visible);
        QCOMPARE(s.value().defaults().filePath("f"), QStringLiteral(":/demo/evals.csv"));
    }

    void invalidSchemas()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        auto s = ParameterSchema::fromJson(json, QStringLiteral("s.json"));
        QVERIFY(!s);
        QCOMPARE(s.error().reason, ErrorReason::BadSchema);
        QCOMPARE(s.error().logText, error);
    }

    void values_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QVariant>("expected"); // invalid QVariant: expect an error
        QTest::addColumn<QString>("error");
        QTest::newRow("real") << "gamma" << "0.5" << QVariant(0.5) << "";
        QTest::newRow("real at min") << "gamma" << "-1" << QVariant(-1.0) << "";
        QTest::newRow("real below min") << "gamma" << "-1.5" << QVariant()
                                        << R"("gamma" = -1.5 is below the minimum -1)";
        QTest::newRow("real not number") << "gamma" << "abc" << QVariant() << R"("gamma" must be a number)";
        QTest::newRow("real nan") << "gamma" << "nan" << QVariant() << R"("gamma" must be a finite number)";
        QTest::newRow("int") << "n" << "12" << QVariant(12) << "";
        QTest::newRow("int fraction") << "n" << "12.5" << QVariant() << R"("n" must be an integer)";
        QTest::newRow("int above max") << "n" << "5000" << QVariant() << R"("n" = 5000 is above the maximum 1000)";
        QTest::newRow("bool") << "on" << "true" << QVariant(true) << "";
        QTest::newRow("bool bad") << "on" << "yes" << QVariant() << R"("on" must be true or false)";
        QTest::newRow("choice") << "law" << "exp" << QVariant(QStringLiteral("exp")) << "";
        QTest::newRow("choice bad") << "law" << "linear" << QVariant() << R"("law" must be one of: power, exp)";
        QTest::newRow("seed") << "seed" << "18446744073709551615"
                              << QVariant::fromValue<quint64>(18446744073709551615ull) << "";
        QTest::newRow("seed negative") << "seed" << "-1" << QVariant()
                                       << R"("seed" must be a non-negative integer seed)";
        QTest::newRow("intlist") << "widths" << "8, 12,16" << QVariant(QVariantList{8, 12, 16}) << "";
        QTest::newRow("intlist out of range") << "widths" << "8,256" << QVariant()
                                              << R"("widths" = 256 is above the maximum 128)";
        QTest::newRow("intlist empty") << "widths" << "" << QVariant() << R"("widths" must not be empty)";
        QTest::newRow("reallist") << "psis" << "1,2.5" << QVariant(QVariantList{1.0, 2.5}) << "";
        QTest::newRow("unknown key") << "nope" << "1" << QVariant() << R"(unknown parameter "nope")";
        // A file is a path, resolved the way a shell would resolve it.
        QTest::newRow("file relative") << "evals" << "data/../evals.csv"
                                       << QVariant(QDir::current().filePath("evals.csv")) << "";
        QTest::newRow("file absolute") << "evals" << "/tmp/a b.csv" << QVariant("/tmp/a b.csv")
                                       << "";
        QTest::newRow("file url") << "evals" << "file:///tmp/a%20b.csv" << QVariant("/tmp/a b.csv")
                                  << "";
        QTest::newRow("file resource") << "evals" << ":/demo.csv" << QVariant(":/demo.csv") << "";
        QTest::newRow("file none") << "evals" << "" << QVariant(QString()) << "";
    }

    void values()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(QVariant, expected);
        QFETCH(QString, error);
        const auto v = schema().parseValue(key, text);
        if (expected.isValid()) {
            QVERIFY2(v, qPrintable(v ? QString() : v.error().logText));
            QCOMPARE(v.value(), expected);
        } else {
            QVERIFY(!v);
            QCOMPARE(v.error().reason, ErrorReason::BadParameter);
            QCOMPARE(v.error().logText, error);
        }
    }

    void validateFillsDefaultsAndNeverClamps()
    {
        const ParameterSchema s = schema();
        ParameterSet in;
        in.set("n", 50);
        auto ok = s.validate(in);
        QVERIFY(ok);
        QCOMPARE(ok.value().integer("n"), 50);
        QCOMPARE(ok.value().real("gamma"), -1.0);
        in.set("gamma", 2.0);
        auto bad = s.validate(in);
        QVERIFY(!bad);
        QCOMPARE(bad.error().logText, QStringLiteral(R"("gamma" = 2 is above the maximum 1)"));
        in.remove("gamma");
        in.set("extra", 1);
        QCOMPARE(s.validate(in).error().logText, QStringLiteral(R"(unknown parameter "extra")"));
    }

    void filePathSurvivesJson()
    {
        // Scenario files store a ParameterSet as JSON; the path must come back unchanged.
        const ParameterSchema s = schema();
        ParameterSet in;
        in.set("evals", QStringLiteral("/home/me/runs/evals 2.jsonl"));
        const QByteArray json = QJsonDocument(s.validate(in).value().toJson()).toJson();
        const ParameterSet back(QJsonDocument::fromJson(json).object().toVariantMap());
        auto validated = s.validate(back);
        QVERIFY(validated);
        QCOMPARE(validated.value().filePath("evals"),
                 QStringLiteral("/home/me/runs/evals 2.jsonl"));
        in.set("evals", 2.0);
        QCOMPARE(s.validate(in).error().logText,
                 QStringLiteral(R"("evals" must be a file path (a string))"));
    }

    void presets_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("valid") << QByteArray(R"({"presets":[{"id":"strong","values":{"gamma":-1,"n":10}}]})") << "";
        QTest::newRow("unknown key") << QByteArray(R"({"presets":[{"id":"p","values":{"zeta":1}}]})")
                                     << R"(p.json: preset "p": unknown parameter "zeta")";
        QTest::newRow("out of range") << QByteArray(R"({"presets":[{"id":"p","values":{"n":1}}]})")
                                      << R"(p.json: preset "p": "n" = 1 is below the minimum 2)";
        QTest::newRow("twice") << QByteArray(R"({"presets":[{"id":"p","values":{}},{"id":"p","values":{}}]})")
                               << R"(p.json: preset "p" is declared twice)";
        QTest::newRow("not array") << QByteArray(R"({"presets":{}})") << R"(p.json: "presets" is missing or not an array)";
        QTest::newRow("compare with nothing")
            << QByteArray(R"({"presets":[{"id":"p","compareWith":"q","values":{}}]})")
            << R"(p.json: preset "p": "compareWith" names no other preset ("q"))";
        QTest::newRow("compare with itself")
            << QByteArray(R"({"presets":[{"id":"p","compareWith":"p","values":{}}]})")
            << R"(p.json: preset "p": "compareWith" names no other preset ("p"))";
        QTest::newRow("compare across simulators")
            << QByteArray(R"({"presets":[{"id":"p","compareWith":"q","values":{}},)"
                          R"({"id":"q","simulator":"other","values":{}}]})")
            << R"(p.json: preset "p": "compareWith": "q" is a preset of another simulator)";
    }

    void compareWithPairsTwoPresets()
    {
        const auto p = schema().presetsFromJson(
            R"({"presets":[{"id":"strong","compareWith":"weak","values":{"gamma":-1}},)"
            R"({"id":"weak","values":{"gamma":1}}]})",
            QStringLiteral("p.json"));
        QVERIFY(p);
        QCOMPARE(p.value().first().compareWith, QStringLiteral("weak"));
        QVERIFY(p.value().last().compareWith.isEmpty());
    }

    void presets()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const auto p = schema().presetsFromJson(json, QStringLiteral("p.json"));
        if (error.isEmpty()) {
            QVERIFY(p);
            QCOMPARE(p.value().size(), 1);
            QCOMPARE(p.value().first().values.real("gamma"), -1.0);
            QCOMPARE(p.value().first().values.keys().size(), 2); // partial: only what it names
        } else {
            QVERIFY(!p);
            QCOMPARE(p.error().logText, error);
        }
    }
};

QTEST_APPLESS_MAIN(TestParameterSchema)
#include "tst_parameterschema.moc"
