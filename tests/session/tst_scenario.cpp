// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// Scenarios as files and links: what is saved comes back unchanged, a bad file is named with
// its problem, and opening one with another plugin version never changes a value silently.

#include "../testsession.h"

#include "session/scenario.h"

#include <paperlab/parameterschema.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace paperlab;
using namespace paperlab::app;

namespace {

const QByteArray kSchema = R"({
  "parameters": [
    { "id": "seed", "type": "seed", "label": "Seed", "group": "g", "default": 3 },
    { "id": "n", "type": "int", "label": "N", "group": "g", "default": 10, "min": 1, "max": 100 },
    { "id": "rate", "type": "real", "label": "Rate", "group": "g", "default": 0.5, "min": 0,
      "max": 1 },
    { "id": "skips", "type": "bool", "label": "Skips", "group": "g", "default": false },
    { "id": "mode", "type": "choice", "label": "Mode", "group": "g", "default": "fast",
      "choices": [ { "id": "fast", "label": "Fast" }, { "id": "exact", "label": "Exact" } ] },
    { "id": "size", "type": "choice", "label": "Size", "group": "g", "default": "24",
      "choices": [ { "id": "12" }, { "id": "24" } ] },
    { "id": "order", "type": "intlist", "label": "Order", "group": "g", "default": [0, 1],
      "min": 0, "max": 7 },
    { "id": "data", "type": "file", "label": "Data", "group": "g", "default": ":/demo.csv" },
    { "id": "only_a", "type": "int", "label": "A only", "group": "g", "default": 1, "min": 0,
      "max": 9, "simulators": ["a"] }
  ]
})";

std::unique_ptr<SimulationSession> makeSession(const QString &version = QStringLiteral("1.2.0"))
{
    const ParameterSchema schema =
        ParameterSchema::fromJson(kSchema, QStringLiteral("parameters.json")).value();
    PaperMetadata m = test::paperWithSimulators({QStringLiteral("a"), QStringLiteral("b")});
    m.version = QVersionNumber::fromString(version);
    return std::make_unique<SimulationSession>(m, schema, PresetList{}, nullptr,
                                               SimulationSession::Mode::Headless);
}

Scenario sample()
{
    Scenario s;
    s.appVersion = QStringLiteral("1.2.0");
    s.paperId = QStringLiteral("test-paper");
    s.paperVersion = QVersionNumber(1, 2, 0);
    s.simulatorId = QStringLiteral("b");
    s.viewId = QStringLiteral("b");
    // Strings that read as other types, and characters that a URL query reserves.
    s.parameters = {{QStringLiteral("seed"), 42},
                    {QStringLiteral("n"), 77},
                    {QStringLiteral("rate"), 0.125},
                    {QStringLiteral("skips"), true},
                    {QStringLiteral("mode"), QStringLiteral("exact")},
                    {QStringLiteral("size"), QStringLiteral("12")},
                    {QStringLiteral("order"), QVariantList{3, 0, 1, 2}},
                    {QStringLiteral("data"), QStringLiteral("a b&c=d+e#f?.csv")}};
    // An A/B comparison: B differs in two keys.
    s.compareParameters = s.parameters;
    s.compareParameters.insert(QStringLiteral("rate"), 0.75);
    s.compareParameters.insert(QStringLiteral("skips"), false);
    s.steps = 1234;
    s.tab = QStringLiteral("explainer");
    s.section = QStringLiteral("the-gap");
    return s;
}

void compareScenarios(const Scenario &actual, const Scenario &expected)
{
    QCOMPARE(actual.paperId, expected.paperId);
    QCOMPARE(actual.paperVersion, expected.paperVersion);
    QCOMPARE(actual.simulatorId, expected.simulatorId);
    QCOMPARE(actual.viewId, expected.viewId);
    QCOMPARE(actual.steps, expected.steps);
    QCOMPARE(actual.tab, expected.tab);
    QCOMPARE(actual.section, expected.section);
    for (const auto &[got, want] : {std::pair{&actual.parameters, &expected.parameters},
                                    {&actual.compareParameters, &expected.compareParameters}}) {
        QCOMPARE(got->keys(), want->keys());
        for (auto it = want->cbegin(); it != want->cend(); ++it) {
            // Compared as JSON: a saved 77 comes back as the number 77, "12" as the string.
            QCOMPARE(QJsonValue::fromVariant(got->value(it.key())),
                     QJsonValue::fromVariant(it.value()));
        }
    }
}

QByteArray withKey(const char *key, const QJsonValue &value)
{
    QJsonObject o = sample().toJson();
    o.insert(QLatin1String(key), value);
    return QJsonDocument(o).toJson();
}

} // namespace

class TestScenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lecture.paperlab"));
        QCOMPARE(sample().save(path), QString());
        const auto read = Scenario::read(path);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().logText));
        compareScenarios(read.value(), sample());
    }

    void linkRoundTrip()
    {
        const QUrl link = sample().toLink();
        QVERIFY(Scenario::isLink(link.toString()));
        QVERIFY(link.toString().startsWith(QStringLiteral("paperlab://scenario?paper=test-paper")));
        // Through text, as a link travels in a chat message or a QR code.
        const auto read = Scenario::fromLink(QUrl(link.toString(QUrl::FullyEncoded)));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().logText));
        compareScenarios(read.value(), sample());
    }

    void badInputIsNamed_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << "not a scenario: ";
        QTest::newRow("not JSON") << QByteArray("{\"format\": ") << "at offset";
        QTest::newRow("array") << QByteArray("[1]") << "the top level is not an object";
        QTest::newRow("other format") << withKey("format", QStringLiteral("kiosk"))
                                      << "\"format\" is not \"paperlab-scenario\"";
        QTest::newRow("format version text") << withKey("formatVersion", QStringLiteral("1"))
                                             << "\"formatVersion\" must be a positive number";
        QTest::newRow("newer format") << withKey("formatVersion", 2)
                                      << "made by a newer PaperLab (scenario format 2";
        QTest::newRow("paper number") << withKey("paper", 7) << "\"paper\" must be a string";
        QTest::newRow("no paper") << withKey("paper", QString()) << "\"paper\" is missing";
        QTest::newRow("bad version") << withKey("paperVersion", QStringLiteral("one"))
                                     << "\"paperVersion\": \"one\" is not a version";
        QTest::newRow("parameters list") << withKey("parameters", QJsonArray{1})
                                         << "\"parameters\" must be an object";
        QTest::newRow("compare not an object") << withKey("compare", 3)
                                               << "\"compare\" must be {\"parameters\"";
        QTest::newRow("compare without parameters")
            << withKey("compare", QJsonObject{{QStringLiteral("rate"), 1}})
            << "\"compare\" must be {\"parameters\"";
        QTest::newRow("negative steps") << withKey("steps", -3) << "\"steps\" must be a whole";
        QTest::newRow("fractional steps") << withKey("steps", 2.5) << "\"steps\" must be a whole";
        QTest::newRow("huge steps") << withKey("steps", 1e300) << "\"steps\" must be a whole";
        QTest::newRow("unknown tab") << withKey("tab", QStringLiteral("settings"))
                                     << "\"tab\": \"settings\" is not explainer";
    }

    void badInputIsNamed()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.paperlab"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const auto read = Scenario::read(path);
        QVERIFY(!read);
        QVERIFY2(read.error().logText.startsWith(path + QStringLiteral(": ")),
                 qPrintable(read.error().logText));
        QVERIFY2(read.error().logText.contains(message), qPrintable(read.error().logText));
    }

    void missingAndHugeFiles()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("gone.paperlab"));
        const auto absent = Scenario::read(missing);
        QVERIFY(!absent);
        QCOMPARE(absent.error().reason, ErrorReason::NotFound);
        QVERIFY(absent.error().logText.startsWith(missing));

        const QString huge = dir.filePath(QStringLiteral("huge.paperlab"));
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(5 * 1024 * 1024, ' '));
        file.close();
        const auto big = Scenario::read(huge);
        QVERIFY(!big);
        QVERIFY(big.error().logText.contains(QStringLiteral("too large for a scenario")));
    }

    void badLinksAreNamed()
    {
        const auto other = Scenario::fromLink(QUrl(QStringLiteral("https://example.org/?paper=x")));
        QVERIFY(!other);
        QVERIFY(other.error().logText.startsWith(QStringLiteral("link: not a PaperLab scenario")));
        const auto unknown =
            Scenario::fromLink(QUrl(QStringLiteral("paperlab://scenario?paper=x&run=1")));
        QVERIFY(!unknown);
        QVERIFY(unknown.error().logText.contains(QStringLiteral("unknown item \"run\"")));
        const auto steps =
            Scenario::fromLink(QUrl(QStringLiteral("paperlab://scenario?paper=x&steps=many")));
        QVERIFY(!steps);
        QVERIFY(steps.error().logText.contains(QStringLiteral("\"steps\" must be a whole")));
    }

    void applyPutsEveryValueIntoTheSession()
    {
        auto session = makeSession();
        const auto notes = sample().applyTo(*session);
        QVERIFY2(notes, qPrintable(notes ? QString() : notes.error().logText));
        QVERIFY2(notes.value().isEmpty(), qPrintable(notes.value().join(u'\n')));
        QCOMPARE(session->simulatorId(), QStringLiteral("b"));
        QCOMPARE(session->applied().value(QStringLiteral("n")).toInt(), 77);
        QCOMPARE(session->applied().value(QStringLiteral("rate")).toDouble(), 0.125);
        QCOMPARE(session->applied().value(QStringLiteral("mode")).toString(),
                 QStringLiteral("exact"));
        // And what the session then runs is what would be saved again.
        const Scenario again = Scenario::capture(*session, 1234);
        QCOMPARE(again.parameters.value(QStringLiteral("seed")).toInt(), 42);
        QCOMPARE(again.parameters.value(QStringLiteral("size")).toString(), QStringLiteral("12"));
        QCOMPARE(again.parameters.value(QStringLiteral("order")).toList(),
                 (QVariantList{3, 0, 1, 2}));
        QCOMPARE(again.simulatorId, QStringLiteral("b"));
        QCOMPARE(again.steps, 1234);
        // Another simulator's parameter is neither saved nor, when present, a note.
        QVERIFY(!again.parameters.contains(QStringLiteral("only_a")));
        Scenario withOther = sample();
        withOther.parameters.insert(QStringLiteral("only_a"), 5);
        const auto quiet = withOther.applyTo(*session);
        QVERIFY(quiet && quiet.value().isEmpty());
    }

    // An older plugin's scenario: each changed key is named, keeps its default, and the rest
    // still applies. Nothing is clamped into range.
    void olderVersionKeepsDefaultsWithNotes()
    {
        Scenario old = sample();
        old.paperVersion = QVersionNumber(1, 0, 0);
        old.parameters.insert(QStringLiteral("width"), 8);       // a key since removed
        old.parameters.insert(QStringLiteral("n"), 500);         // range since narrowed
        old.parameters.insert(QStringLiteral("mode"), QStringLiteral("legacy")); // choice gone
        auto session = makeSession();
        const auto notes = old.applyTo(*session);
        QVERIFY(notes);
        const QString all = notes.value().join(u'\n');
        QCOMPARE(notes.value().size(), 3);
        QVERIFY2(all.contains(QStringLiteral("\"width\" is no longer a parameter of test-paper 1.2.0")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("n")) && all.contains(QStringLiteral("500")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("legacy")), qPrintable(all));
        QCOMPARE(session->applied().value(QStringLiteral("n")).toInt(), 10); // not 100
        QCOMPARE(session->applied().value(QStringLiteral("mode")).toString(),
                 QStringLiteral("fast"));
        QCOMPARE(session->applied().value(QStringLiteral("rate")).toDouble(), 0.125);
    }

    void newerVersionOrOtherPaperIsRefused()
    {
        Scenario newer = sample();
        newer.paperVersion = QVersionNumber(2, 0, 0);
        auto session = makeSession();
        const auto refused = newer.applyTo(*session);
        QVERIFY(!refused);
        QCOMPARE(refused.error().reason, ErrorReason::Unsupported);
        QVERIFY(refused.error().logText.contains(QStringLiteral("newer than the installed 1.2.0")));
        QCOMPARE(session->applied().value(QStringLiteral("n")).toInt(), 10); // untouched

        Scenario other = sample();
        other.paperId = QStringLiteral("hivemind");
        const auto mismatch = other.applyTo(*session);
        QVERIFY(!mismatch);
        QCOMPARE(mismatch.error().reason, ErrorReason::IdMismatch);

        Scenario gone = sample();
        gone.simulatorId = gone.viewId = QStringLiteral("c");
        const auto noSimulator = gone.applyTo(*session);
        QVERIFY(!noSimulator);
        QVERIFY(noSimulator.error().logText.contains(QStringLiteral("no simulator or view \"c\"")));
    }

    // A link may not make the app read a file of the user's without asking; bundled demo
    // files (":/") are the plugin's own.
    void localFilesAreFlagged()
    {
        auto session = makeSession();
        Scenario s = sample();
        QCOMPARE(s.localFileKeys(session->schema()), QStringList{QStringLiteral("data")});
        s.parameters.insert(QStringLiteral("data"), QStringLiteral(":/demo.csv"));
        QVERIFY(s.localFileKeys(session->schema()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
