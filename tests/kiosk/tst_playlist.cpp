// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// Kiosk playlists: what is accepted, and the exact error for everything that is not. Every
// error names the step (1-based, as the digit keys count) and the key.

#include "kiosk/playlist.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace paperlab;
using namespace paperlab::app;

class TestPlaylist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("firstStep"); // PlaylistStep::describe()
        QTest::addColumn<double>("seconds");
        QTest::addColumn<bool>("autoplay");
        QTest::addColumn<QString>("notes");

        QTest::newRow("minimal") << QByteArray(R"({"steps": [{"paper": "rlvr-limits"}]})") << 1
                                 << "rlvr-limits · explainer" << 60.0 << true << "";
        QTest::newRow("bare array, as product.md shows it")
            << QByteArray(
                   R"([{"paper": "superposition-scaling", "preset": "lecture", "seconds": 300}])")
            << 1 << "superposition-scaling · simulator · preset lecture" << 300.0 << true << "";
        QTest::newRow("a preset implies the simulator tab")
            << QByteArray(R"({"steps": [{"paper": "a", "preset": "p", "autoplay": false}]})") << 1
            << "a · simulator · preset p" << 60.0 << false << "";
        QTest::newRow("section") << QByteArray(
            R"({"steps": [{"paper": "a", "tab": "explainer", "section": "the-idea"}]})")
                                 << 1 << "a · explainer · section the-idea" << 60.0 << true << "";
        QTest::newRow("summary") << QByteArray(
            R"({"steps": [{"paper": "a", "tab": "summary", "seconds": 1.5}]})")
                                 << 1 << "a · summary" << 1.5 << true << "";
        QTest::newRow("defaults") << QByteArray(
            R"({"title": "T", "defaults": {"seconds": 12, "autoplay": false},
                             "steps": [{"paper": "a", "tab": "simulator"}, {"paper": "b"}]})")
                                  << 2 << "a · simulator" << 12.0 << false << "";
        QTest::newRow("notes as paragraphs")
            << QByteArray(R"({"steps": [{"paper": "a", "notes": ["One.", "Two."]}]})") << 1
            << "a · explainer" << 60.0 << true << "One.\n\nTwo.";
        QTest::newRow("notes as a string")
            << QByteArray(R"({"steps": [{"paper": "a", "notes": "Say this."}]})") << 1
            << "a · explainer" << 60.0 << true << "Say this.";
        QTest::newRow("a scenario link names the paper and implies the simulator tab")
            << QByteArray("{\"steps\": [{\"scenario\": \"paperlab://scenario?paper=a&steps=5\"}]}")
            << 1 << "a · simulator · scenario link" << 60.0 << true << "";
    }

    void valid()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, count);
        QFETCH(QString, firstStep);
        QFETCH(double, seconds);
        QFETCH(bool, autoplay);
        QFETCH(QString, notes);
        const auto playlist = Playlist::fromJson(json, QStringLiteral("test.json"));
        QVERIFY2(bool(playlist), qPrintable(playlist ? QString() : playlist.error().logText));
        QCOMPARE(playlist.value().size(), count);
        QCOMPARE(playlist.value().step(0).describe(), firstStep);
        QCOMPARE(playlist.value().step(0).seconds, seconds);
        QCOMPARE(playlist.value().step(0).autoplay, autoplay);
        QCOMPARE(playlist.value().step(0).notes, notes);
        QVERIFY(!playlist.value().fingerprint().isEmpty());
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");

        auto row = [](const char *name, const char *json, const char *error) {
            QTest::newRow(name) << QByteArray(json) << QString::fromUtf8(error);
        };
        row("not JSON", "{", "test.json: not valid JSON: unterminated object at offset 1");
        row("a number", "42", "test.json: not valid JSON: illegal value at offset 1");
        row("no steps key", R"({"title": "x"})", "test.json: \"steps\" is required");
        row("steps not an array", R"({"steps": 3})",
            "test.json: \"steps\" must be an array (got 3)");
        row("empty", R"({"steps": []})", "test.json: the playlist has no steps");
        row("unknown top key", R"({"step": [], "steps": [{"paper": "a"}]})",
            "test.json: unknown key \"step\" (did you mean \"steps\"?)");
        row("title not a string", R"({"title": 1, "steps": [{"paper": "a"}]})",
            "test.json: \"title\" must be a string (got 1)");
        row("defaults not an object", R"({"defaults": [], "steps": [{"paper": "a"}]})",
            "test.json: \"defaults\" must be an object (got an array)");
        row("defaults: bad seconds", R"({"defaults": {"seconds": 0}, "steps": [{"paper": "a"}]})",
            "test.json: defaults: \"seconds\" must be a number from 1 to 3600 (got 0)");
        row("defaults: bad autoplay",
            R"({"defaults": {"autoplay": "yes"}, "steps": [{"paper": "a"}]})",
            "test.json: defaults: \"autoplay\" must be true or false (got \"yes\")");
        row("defaults: unknown key",
            R"({"defaults": {"tab": "summary"}, "steps": [{"paper": "a"}]})",
            "test.json: defaults: unknown key \"tab\"");
        row("step not an object", R"({"steps": ["rlvr-limits"]})",
            "test.json: step 1: must be an object (got \"rlvr-limits\")");
        row("no paper", R"({"steps": [{"paper": "a"}, {"tab": "summary"}]})",
            "test.json: step 2: \"paper\" is required");
        row("paper not an id", R"({"steps": [{"paper": "RLVR Limits"}]})",
            "test.json: step 1: \"paper\" must be a paper id such as \"rlvr-limits\" (got \"RLVR "
            "Limits\")");
        row("paper a number", R"({"steps": [{"paper": 7}]})",
            "test.json: step 1: \"paper\" must be a paper id such as \"rlvr-limits\" (got 7)");
        row("misspelt key", R"({"steps": [{"paper": "a", "prest": "lecture"}]})",
            "test.json: step 1: unknown key \"prest\" (did you mean \"preset\"?)");
        row("unknown key", R"({"steps": [{"paper": "a", "colour": "red"}]})",
            "test.json: step 1: unknown key \"colour\"");
        row("bad tab", R"({"steps": [{"paper": "a", "tab": "sim"}]})",
            "test.json: step 1: \"tab\" must be \"explainer\", \"simulator\" or \"summary\" (got "
            "\"sim\")");
        row("section on the simulator",
            R"({"steps": [{"paper": "a", "tab": "simulator", "section": "x"}]})",
            "test.json: step 1: \"section\" needs \"tab\": \"explainer\"");
        row("section and preset", R"({"steps": [{"paper": "a", "section": "x", "preset": "p"}]})",
            "test.json: step 1: \"section\" needs \"tab\": \"explainer\"");
        row("empty section", R"({"steps": [{"paper": "a", "section": ""}]})",
            "test.json: step 1: \"section\" must be a section anchor such as \"the-idea\" (got "
            "\"\")");
        row("preset on the summary",
            R"({"steps": [{"paper": "a", "tab": "summary", "preset": "p"}]})",
            "test.json: step 1: \"preset\" needs \"tab\": \"simulator\"");
        row("preset not a string", R"({"steps": [{"paper": "a", "preset": 2}]})",
            "test.json: step 1: \"preset\" must be a preset id such as \"lecture\" (got 2)");
        row("autoplay on the explainer", R"({"steps": [{"paper": "a", "autoplay": true}]})",
            "test.json: step 1: \"autoplay\" needs \"tab\": \"simulator\"");
        row("autoplay not a bool", R"({"steps": [{"paper": "a", "preset": "p", "autoplay": 1}]})",
            "test.json: step 1: \"autoplay\" must be true or false (got 1)");
        row("seconds a string", R"({"steps": [{"paper": "a", "seconds": "30"}]})",
            "test.json: step 1: \"seconds\" must be a number from 1 to 3600 (got \"30\")");
        row("seconds too short", R"({"steps": [{"paper": "a", "seconds": 0.5}]})",
            "test.json: step 1: \"seconds\" must be a number from 1 to 3600 (got 0.5)");
        row("seconds too long", R"({"steps": [{"paper": "a", "seconds": 7200}]})",
            "test.json: step 1: \"seconds\" must be a number from 1 to 3600 (got 7200)");
        row("notes a number", R"({"steps": [{"paper": "a", "notes": 1}]})",
            "test.json: step 1: \"notes\" must be a string or an array of strings (got 1)");
        row("notes with a number", R"({"steps": [{"paper": "a", "notes": ["x", 2]}]})",
            "test.json: step 1: \"notes\" must be a string or an array of strings (got 2 in the "
            "array)");
        // Ordinary literals from here on: moc reads "//" in a raw string as a comment.
        row("scenario and preset",
            "{\"steps\": [{\"scenario\": \"paperlab://scenario?paper=a\", \"preset\": \"p\"}]}",
            "test.json: step 1: a step has a \"preset\" or a \"scenario\", not both");
        row("scenario on the explainer",
            "{\"steps\": [{\"scenario\": \"paperlab://scenario?paper=a\", "
            "\"tab\": \"explainer\"}]}",
            "test.json: step 1: \"scenario\" needs \"tab\": \"simulator\"");
        row("scenario of another paper",
            "{\"steps\": [{\"paper\": \"b\", \"scenario\": \"paperlab://scenario?paper=a\"}]}",
            "test.json: step 1: \"paper\" is \"b\", but the scenario is of a");
        row("scenario not a string", R"({"steps": [{"scenario": 3}]})",
            "test.json: step 1: \"scenario\": must be a .paperlab file or a paperlab:// link "
            "(got 3)");
        row("bad scenario link",
            "{\"steps\": [{\"scenario\": \"paperlab://scenario?paper=a&colour=red\"}]}",
            "test.json: step 1: \"scenario\": link: unknown item \"colour\"");
        row("every error, in order",
            R"({"steps": [{"paper": "a", "seconds": -1}, {"paper": "b", "tab": "x"},
                          {"papr": "c"}]})",
            "test.json: step 1: \"seconds\" must be a number from 1 to 3600 (got -1)\n"
            "test.json: step 2: \"tab\" must be \"explainer\", \"simulator\" or \"summary\" (got "
            "\"x\")\n"
            "test.json: step 3: unknown key \"papr\" (did you mean \"paper\"?)\n"
            "test.json: step 3: \"paper\" is required");
    }

    void invalid()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const auto playlist = Playlist::fromJson(json, QStringLiteral("test.json"));
        QVERIFY(!playlist);
        QCOMPARE(playlist.error().logText, error);
        QCOMPARE(playlist.error().reason, ErrorReason::BadParameter);
    }

    void tooManySteps()
    {
        QByteArray json = "[";
        for (int i = 0; i < Playlist::kMaxSteps + 1; ++i)
            json += QByteArray(i ? "," : "") + R"({"paper": "a"})";
        json += "]";
        const auto playlist = Playlist::fromJson(json, QStringLiteral("big.json"));
        QVERIFY(!playlist);
        QCOMPARE(playlist.error().logText,
                 QStringLiteral("big.json: 100 steps; at most 99 are allowed"));
    }

    void missingFile()
    {
        const auto playlist = Playlist::fromFile(QStringLiteral("/nonexistent/playlist.json"));
        QVERIFY(!playlist);
        QVERIFY(playlist.error().logText.startsWith(
            QLatin1String("/nonexistent/playlist.json: cannot read the playlist: ")));
    }

    // A scenario file is found next to the playlist, whatever the working folder; a missing
    // one is named with its full path.
    void scenarioFileNextToThePlaylist()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile scenario(dir.filePath(QStringLiteral("sink.paperlab")));
        QVERIFY(scenario.open(QIODevice::WriteOnly));
        scenario.write(R"({"format": "paperlab-scenario", "formatVersion": 1, "paper": "a",
                           "simulator": "s", "parameters": {"seed": 7}, "steps": 120})");
        scenario.close();
        const QString path = dir.filePath(QStringLiteral("tour.json"));
        const auto write = [&path](const QByteArray &json) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly) && f.write(json) == json.size();
        };

        QVERIFY(write(R"({"steps": [{"scenario": "sink.paperlab", "seconds": 90}]})"));
        const auto playlist = Playlist::fromFile(path);
        QVERIFY2(bool(playlist), qPrintable(playlist ? QString() : playlist.error().logText));
        const PlaylistStep &step = playlist.value().step(0);
        QCOMPARE(step.describe(), QStringLiteral("a · simulator · scenario sink.paperlab"));
        QVERIFY(step.scenario);
        QCOMPARE(step.scenario->simulatorId, QStringLiteral("s"));
        QCOMPARE(step.scenario->steps, 120);
        QCOMPARE(step.scenario->parameters.value(QStringLiteral("seed")).toInt(), 7);

        QVERIFY(write(R"({"steps": [{"paper": "a"}, {"scenario": "gone.paperlab"}]})"));
        const auto missing = Playlist::fromFile(path);
        QVERIFY(!missing);
        const QString prefix = path + QStringLiteral(": step 2: \"scenario\": ")
            + dir.filePath(QStringLiteral("gone.paperlab")) + QStringLiteral(": ");
        QVERIFY2(missing.error().logText.startsWith(prefix), qPrintable(missing.error().logText));
    }

    // Papers that are not installed leave the tour: their steps go, the rest keep their
    // order, and a position saved for the whole tour does not resume the shorter one.
    void withoutPapers()
    {
        const auto full = Playlist::fromJson(R"({"title": "T", "steps": [
            {"paper": "a"}, {"paper": "b", "tab": "summary"}, {"paper": "a", "preset": "p"},
            {"paper": "c"}, {"paper": "b"}]})",
                                             QStringLiteral("t.json"));
        QVERIFY(bool(full));
        QCOMPARE(full.value().papers(),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));

        const Playlist part = full.value().without({QStringLiteral("b"), QStringLiteral("x")});
        QCOMPARE(part.size(), 3);
        QCOMPARE(part.step(0).describe(), QStringLiteral("a · explainer"));
        QCOMPARE(part.step(1).describe(), QStringLiteral("a · simulator · preset p"));
        QCOMPARE(part.step(2).describe(), QStringLiteral("c · explainer"));
        QCOMPARE(part.title(), QStringLiteral("T"));
        QCOMPARE(part.skippedPapers(), QStringList{QStringLiteral("b")}); // not "x": not named
        QVERIFY(part.fingerprint() != full.value().fingerprint());

        const Playlist same = full.value().without({QStringLiteral("x")});
        QCOMPARE(same.size(), 5);
        QVERIFY(same.skippedPapers().isEmpty());
        QCOMPARE(same.fingerprint(), full.value().fingerprint());

        const Playlist none = full.value().without(full.value().papers());
        QCOMPARE(none.size(), 0);
        QCOMPARE(none.skippedPapers(), full.value().papers());
    }

    // The playlist that ships: valid, all seven papers, each with its explainer, its picture
    // and its lecture preset, and nothing too short to read from the back of a room.
    void defaultPlaylist()
    {
        const auto playlist = Playlist::fromFile(Playlist::defaultPath());
        QVERIFY2(bool(playlist), qPrintable(playlist ? QString() : playlist.error().logText));
        QSet<QString> papers;
        for (const PlaylistStep &s : playlist.value().steps()) {
            papers.insert(s.paper);
            QVERIFY(s.seconds >= 20);
            QVERIFY2(!s.notes.isEmpty(), qPrintable(s.describe()));
        }
        const QSet<QString> seven = {QStringLiteral("hivemind"),
                                     QStringLiteral("gated-attention"),
                                     QStringLiteral("deep-crl"),
                                     QStringLiteral("diffusion-memorization"),
                                     QStringLiteral("rlvr-limits"),
                                     QStringLiteral("transductive-online"),
                                     QStringLiteral("superposition-scaling")};
        QCOMPARE(papers, seven);
        QCOMPARE(playlist.value().size(), 21);
        QCOMPARE(playlist.value().step(0).paper, QStringLiteral("hivemind"));
        // The resource is the file packaging/kiosk installs.
        QFile installed(QStringLiteral(PAPERLAB_SOURCE_DIR "/packaging/kiosk/playlist.json"));
        QFile compiled(Playlist::defaultPath());
        QVERIFY(installed.open(QIODevice::ReadOnly) && compiled.open(QIODevice::ReadOnly));
        QCOMPARE(compiled.readAll(), installed.readAll());
    }
};

QTEST_GUILESS_MAIN(TestPlaylist)
#include "tst_playlist.moc"
