// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// The session's rules, without a plugin: views and simulators, presets, seeds, pending and
// applied values. The desktop, kiosk, presenter console and CLI all rely on these.

#include "../testsession.h"

#include <paperlab/paperplugin.h>
#include <paperlab/simulationrunner.h>
#include <paperlab/simulator.h>

#include <QSignalSpy>
#include <QTest>

using namespace paperlab;
using namespace paperlab::app;

namespace {

const QByteArray kSchema = R"({
  "parameters": [
    { "id": "seed", "type": "seed", "label": "Seed", "group": "g", "default": 3 },
    { "id": "n", "type": "int", "label": "N", "group": "g", "default": 10, "min": 1, "max": 100 },
    { "id": "rate", "type": "real", "label": "Rate", "group": "g", "default": 0.5, "min": 0,
      "max": 1, "live": true },
    { "id": "only_b", "type": "int", "label": "B only", "group": "g", "default": 1, "min": 0,
      "max": 9, "simulators": ["b"] }
  ]
})";

const QByteArray kPresets = R"({"presets": [
  { "id": "any", "label": "Any", "values": { "n": 20 } },
  { "id": "big-b", "label": "Big B", "simulator": "b", "values": { "n": 90, "seed": 7 } },
  { "id": "second-view", "label": "Second view of A", "simulator": "a2", "values": { "n": 30 } }
]})";

// Simulator "a" has two views of one run (a1, a2); "b" has one.
std::unique_ptr<SimulationSession> makeSession()
{
    const ParameterSchema schema = ParameterSchema::fromJson(kSchema, QStringLiteral("p.json")).value();
    const PresetList presets = schema.presetsFromJson(kPresets, QStringLiteral("presets.json")).value();
    PaperMetadata m = test::paperWithSimulators({QStringLiteral("a"), QStringLiteral("b")});
    m.simulators[0].views = {{QStringLiteral("a1"), QStringLiteral("A one")},
                             {QStringLiteral("a2"), QStringLiteral("A two")}};
    return std::make_unique<SimulationSession>(m, schema, presets, nullptr,
                                               SimulationSession::Mode::Headless);
}

// A simulator whose input is a "file" that is either good or bad, for the runner's contract.
class FileSimulator final : public Simulator
{
public:
    void reset(const ParameterSet &p) override
    {
        const QString file = p.value(QStringLiteral("data")).toString();
        if (file == QLatin1String("bad.csv"))
            throw InputError(file, 4, QStringLiteral("c"), QStringLiteral("c = 9 exceeds n = 4"));
        m_file = file; // parsed, then kept: the strong guarantee
    }
    void advance(std::chrono::milliseconds) override {}
    std::shared_ptr<Snapshot> snapshot() const override
    {
        auto s = std::make_shared<Snapshot>();
        s->status = m_file;
        return s;
    }

private:
    QString m_file;
};

class FilePlugin final : public PaperPlugin
{
public:
    Result<ParameterSchema> parameters() const override { return Error{}; }
    Result<PresetList> presets() const override { return PresetList{}; }
    std::unique_ptr<Simulator> createSimulator(const QString &) const override
    {
        return std::make_unique<FileSimulator>();
    }
    QUrl explainerUrl() const override { return {}; }
    QUrl simulatorViewUrl() const override { return {}; }
    QUrl summaryViewUrl() const override { return {}; }
};

} // namespace

class TestSimulationSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsOnTheFirstView()
    {
        auto s = makeSession();
        QCOMPARE(s->simulatorId(), QStringLiteral("a"));
        QCOMPARE(s->viewId(), QStringLiteral("a1"));
        QCOMPARE(s->seedKey(), QStringLiteral("seed"));
        QCOMPARE(s->applied().integer(QStringLiteral("n")), 10);
        QVERIFY(!s->runner()); // Headless
    }

    void aViewOfTheSameSimulatorKeepsTheRun()
    {
        auto s = makeSession();
        QSignalSpy views(s.get(), &SimulationSession::viewChanged);
        QSignalSpy simulators(s.get(), &SimulationSession::simulatorChanged);
        s->setPending(QStringLiteral("n"), 42);
        QVERIFY(s->selectView(QStringLiteral("a2")));
        QCOMPARE(views.count(), 1);
        QCOMPARE(simulators.count(), 0);
        QCOMPARE(s->pending().integer(QStringLiteral("n")), 42); // nothing was reset

        QVERIFY(s->selectView(QStringLiteral("b")));
        QCOMPARE(simulators.count(), 1);
        QCOMPARE(s->viewId(), QStringLiteral("b"));
        QCOMPARE(s->pending().integer(QStringLiteral("n")), 10); // a new run starts from the defaults
        QVERIFY(s->parameters().size() == 4);

        QVERIFY(s->selectView(QStringLiteral("a"))); // a simulator id: its first view
        QCOMPARE(s->viewId(), QStringLiteral("a1"));
    }

    void unknownViewIsAnErrorThatListsTheViews()
    {
        auto s = makeSession();
        const auto r = s->selectView(QStringLiteral("nope"));
        QVERIFY(!r);
        QVERIFY(r.error().logText.contains(QLatin1String("\"nope\"")));
        QVERIFY(r.error().logText.contains(QLatin1String("a1, a2, b")));
        QCOMPARE(s->viewId(), QStringLiteral("a1"));
    }

    void presetWithoutSimulatorAppliesToTheCurrentOne()
    {
        auto s = makeSession();
        QVERIFY(s->selectView(QStringLiteral("b")));
        s->setPending(QStringLiteral("seed"), QVariant::fromValue<quint64>(99));
        QVERIFY(s->restart());
        QVERIFY(s->applyPreset(QStringLiteral("any")));
        QCOMPARE(s->simulatorId(), QStringLiteral("b"));
        QCOMPARE(s->applied().integer(QStringLiteral("n")), 20);
        QCOMPARE(s->applied().seed(QStringLiteral("seed")), quint64(99)); // the seed is kept
        QCOMPARE(s->activePreset(), QStringLiteral("any"));
    }

    void presetNamingASimulatorOrViewGoesThere()
    {
        auto s = makeSession();
        QVERIFY(s->applyPreset(QStringLiteral("big-b")));
        QCOMPARE(s->simulatorId(), QStringLiteral("b"));
        QCOMPARE(s->applied().integer(QStringLiteral("n")), 90);
        QCOMPARE(s->applied().seed(QStringLiteral("seed")), quint64(7)); // the preset's seed

        QVERIFY(s->applyPreset(QStringLiteral("second-view")));
        QCOMPARE(s->simulatorId(), QStringLiteral("a"));
        QCOMPARE(s->viewId(), QStringLiteral("a2"));
        QCOMPARE(s->applied().integer(QStringLiteral("n")), 30);
        QVERIFY(s->presetsForSimulator().size() == 2); // "any" and "second-view"
    }

    void unknownPresetNamesTheKnownOnes()
    {
        auto s = makeSession();
        QSignalSpy errors(s.get(), &SimulationSession::errorOccurred);
        const auto r = s->applyPreset(QStringLiteral("lecture"));
        QVERIFY(!r);
        QVERIFY(r.error().logText.contains(QLatin1String("any, big-b, second-view")));
        QCOMPARE(errors.count(), 1);
        QVERIFY(!SimulationSession::findPreset({}, QStringLiteral("any")));
    }

    void invalidPendingKeepsTheRun()
    {
        auto s = makeSession();
        QSignalSpy restarted(s.get(), &SimulationSession::restarted);
        QSignalSpy errors(s.get(), &SimulationSession::errorOccurred);
        s->setPending(QStringLiteral("n"), 1000); // above the maximum
        QVERIFY(s->restartNeeded(QStringLiteral("n")));
        const auto r = s->restart();
        QVERIFY(!r);
        QVERIFY(r.error().logText.contains(QLatin1String("\"n\"")));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(restarted.count(), 0);
        QCOMPARE(s->applied().integer(QStringLiteral("n")), 10);
        QCOMPARE(s->pending().integer(QStringLiteral("n")), 1000); // left for the user to fix
    }

    void textValuesAreParsedAndUnknownKeysNamed()
    {
        auto s = makeSession();
        QVERIFY(s->setPendingText(QStringLiteral("n"), QStringLiteral("33")));
        QCOMPARE(s->pending().integer(QStringLiteral("n")), 33);
        QVERIFY(!s->setPendingText(QStringLiteral("n"), QStringLiteral("many")));
        const auto r = s->setPendingText(QStringLiteral("walkers"), QStringLiteral("5"));
        QVERIFY(!r);
        QVERIFY(r.error().logText.contains(QLatin1String("unknown parameter \"walkers\"")));
    }

    void liveValuesApplyAtOnce()
    {
        auto s = makeSession();
        QSignalSpy needed(s.get(), &SimulationSession::restartNeededChanged);
        s->setPending(QStringLiteral("rate"), 0.25);
        QCOMPARE(s->applied().real(QStringLiteral("rate")), 0.25);
        QVERIFY(!s->restartNeeded());
        s->setPending(QStringLiteral("rate"), 7.0); // invalid: not applied
        QCOMPARE(s->applied().real(QStringLiteral("rate")), 0.25);
        QCOMPARE(needed.count(), 0);
    }

    // A file the simulator rejects leaves the run, the applied values and the panels as they
    // were, and says why.
    void aRejectedFileKeepsThePreviousRun()
    {
        const ParameterSchema schema = ParameterSchema::fromJson(R"({"parameters": [
            {"id": "data", "type": "file", "label": "Data", "group": "g", "default": ""}]})",
            QStringLiteral("p.json")).value();
        FilePlugin plugin;
        SimulationSession s(test::paperWithSimulators({QStringLiteral("sim")}), schema, {},
                            &plugin, SimulationSession::Mode::Interactive);
        QVERIFY(s.runner());
        QSignalSpy errors(&s, &SimulationSession::errorOccurred);
        s.setPending(QStringLiteral("data"), QStringLiteral("good.csv"));
        QVERIFY(s.restart());
        QTRY_COMPARE(s.runner()->status(), QStringLiteral("good.csv"));

        s.setPending(QStringLiteral("data"), QStringLiteral("bad.csv"));
        QVERIFY(s.restart()); // valid as a value: only the simulator can tell
        QTRY_COMPARE(errors.count(), 1);
        QVERIFY(errors.first().first().toString().startsWith(
            QLatin1String("Not applied: bad.csv:4")));
        QCOMPARE(s.applied().value(QStringLiteral("data")).toString(), QStringLiteral("good.csv"));
        QCOMPARE(s.pending().value(QStringLiteral("data")).toString(), QStringLiteral("good.csv"));
        QVERIFY(s.runner()->state() != SimulationRunner::State::Error);
        QCOMPARE(s.runner()->status(), QStringLiteral("good.csv"));
    }

    void resetAllRestoresTheDefaults()
    {
        auto s = makeSession();
        s->setPending(QStringLiteral("n"), 77);
        QVERIFY(s->restart());
        s->resetAll();
        QCOMPARE(s->applied().integer(QStringLiteral("n")), 10);
        QCOMPARE(s->applied().seed(QStringLiteral("seed")), quint64(3));
    }
};

QTEST_MAIN(TestSimulationSession)
#include "tst_simulationsession.moc"
