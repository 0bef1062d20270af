// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// The kiosk's parts, each on its own and on an injected clock: the exit chord (and every way
// it must not fire), the idle monitor, the tour's dwell and holds, key bindings, the
// configuration file, the resume position and the crash-loop guard.

#include "manualclock.h"

#include "kiosk/exitchord.h"
#include "kiosk/idlemonitor.h"
#include "kiosk/inputmap.h"
#include "kiosk/kiosksettings.h"
#include "kiosk/tourplayer.h"
#include "papers/crashguard.h"
#include "papers/paperregistry.h"
#include "params/parametereditor.h"
#include "params/parameterpanel.h"
#include "../testsession.h"

#include <QDateTime>
#include <QFile>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace paperlab;
using namespace paperlab::app;

namespace {

constexpr Qt::KeyboardModifiers kChordMods
    = Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier;

QKeyEvent key(QEvent::Type type, int k, Qt::KeyboardModifiers mods = {}, bool autoRepeat = false)
{
    return QKeyEvent(type, k, mods, QString(), autoRepeat);
}

// Presses Ctrl, Alt, Shift and Q, one after the other, as fingers do.
void pressChord(ExitChord &chord)
{
    chord.handle(key(QEvent::KeyPress, Qt::Key_Control, Qt::ControlModifier));
    chord.handle(key(QEvent::KeyPress, Qt::Key_Alt, Qt::ControlModifier | Qt::AltModifier));
    chord.handle(key(QEvent::KeyPress, Qt::Key_Shift, kChordMods));
    chord.handle(key(QEvent::KeyPress, Qt::Key_Q, kChordMods));
}

} // namespace

class TestKioskParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Exit chord ---------------------------------------------------------------------------

    void chordExitsAfterTheHold()
    {
        ManualClock clock;
        ExitChord chord(&clock);
        QSignalSpy triggered(&chord, &ExitChord::triggered);
        pressChord(chord);
        QVERIFY(chord.isHeld());
        clock.advance(1999);
        chord.tick();
        QCOMPARE(triggered.count(), 0);
        QCOMPARE(chord.progress(), 0.9995);
        clock.advance(1);
        chord.tick();
        QCOMPARE(triggered.count(), 1);
        QVERIFY(!chord.isHeld());
        clock.advance(5000); // still held down: it fires once, not again
        chord.tick();
        QCOMPARE(triggered.count(), 1);
    }

    void chordSurvivesKeyAutoRepeat()
    {
        // X11 repeats a held key as release/press pairs flagged isAutoRepeat.
        ManualClock clock;
        ExitChord chord(&clock);
        QSignalSpy triggered(&chord, &ExitChord::triggered);
        pressChord(chord);
        for (int i = 0; i < 40; ++i) {
            clock.advance(50);
            QVERIFY(chord.handle(key(QEvent::KeyRelease, Qt::Key_Q, kChordMods, true)));
            QVERIFY(chord.handle(key(QEvent::KeyPress, Qt::Key_Q, kChordMods, true)));
        }
        QCOMPARE(triggered.count(), 1); // the repeated press at 2000 ms fired it
    }

    void chordSurvivesUnflaggedAutoRepeat()
    {
        // Qt's xcb plugin does not always flag the pairs; they still share a timestamp.
        ManualClock clock;
        ExitChord chord(&clock);
        QSignalSpy triggered(&chord, &ExitChord::triggered);
        QKeyEvent press = key(QEvent::KeyPress, Qt::Key_Q, kChordMods);
        press.setTimestamp(5000);
        chord.handle(press);
        for (int i = 1; i <= 40; ++i) {
            clock.advance(25);
            chord.tick();
            QKeyEvent release = key(QEvent::KeyRelease, Qt::Key_Q, kChordMods);
            QKeyEvent repeat = key(QEvent::KeyPress, Qt::Key_Q, kChordMods);
            release.setTimestamp(5000 + quint64(i) * 50);
            repeat.setTimestamp(5000 + quint64(i) * 50);
            clock.advance(25);
            chord.tick();
            chord.handle(release);
            chord.handle(repeat);
            QVERIFY(chord.isHeld() || triggered.count() == 1);
        }
        QCOMPARE(triggered.count(), 1);
    }

    void chordUsesTheWindowSystemsTimestamps()
    {
        // A busy GUI thread can see the release before any tick ran: the event timestamps,
        // not the time the events were handled, say how long the keys were held.
        ManualClock clock;
        ExitChord chord(&clock);
        QSignalSpy triggered(&chord, &ExitChord::triggered);
        QKeyEvent press = key(QEvent::KeyPress, Qt::Key_Q, kChordMods);
        press.setTimestamp(10000);
        QKeyEvent shortRelease = key(QEvent::KeyRelease, Qt::Key_Q, kChordMods);
        shortRelease.setTimestamp(11900);
        chord.handle(press);
        chord.handle(shortRelease);
        clock.advance(100); // no press follows: a real release
        chord.tick();
        QCOMPARE(triggered.count(), 0);
        QVERIFY(!chord.isHeld());
        QKeyEvent longRelease = key(QEvent::KeyRelease, Qt::Key_Q, kChordMods);
        longRelease.setTimestamp(12000);
        chord.handle(press);
        chord.handle(longRelease);
        clock.advance(100);
        chord.tick();
        QCOMPARE(triggered.count(), 1);
        QVERIFY(!chord.isHeld());
    }

    void chordMustNotExit_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("released at 1.5 s") << "release-q";
        QTest::newRow("Shift let go at 1 s") << "release-shift";
        QTest::newRow("Ctrl+Alt+Q without Shift") << "no-shift";
        QTest::newRow("Meta as well") << "with-meta";
        QTest::newRow("Q alone") << "q-alone";
        QTest::newRow("Escape held") << "escape";
        QTest::newRow("another key during the hold") << "other-key";
        QTest::newRow("focus lost during the hold") << "cancel";
    }

    void chordMustNotExit()
    {
        QFETCH(QString, how);
        ManualClock clock;
        ExitChord chord(&clock);
        QSignalSpy triggered(&chord, &ExitChord::triggered);
        auto run = [&](qint64 ms) {
            for (qint64 t = 0; t < ms; t += 100) {
                clock.advance(100);
                chord.tick();
            }
        };
        if (how == QLatin1String("release-q")) {
            pressChord(chord);
            run(1500);
            chord.handle(key(QEvent::KeyRelease, Qt::Key_Q, kChordMods));
        } else if (how == QLatin1String("release-shift")) {
            pressChord(chord);
            run(1000);
            chord.handle(
                key(QEvent::KeyRelease, Qt::Key_Shift, Qt::ControlModifier | Qt::AltModifier));
        } else if (how == QLatin1String("no-shift")) {
            chord.handle(key(QEvent::KeyPress, Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier));
        } else if (how == QLatin1String("with-meta")) {
            chord.handle(key(QEvent::KeyPress, Qt::Key_Q, kChordMods | Qt::MetaModifier));
        } else if (how == QLatin1String("q-alone")) {
            chord.handle(key(QEvent::KeyPress, Qt::Key_Q));
        } else if (how == QLatin1String("escape")) {
            for (int i = 0; i < 100; ++i) {
                chord.handle(key(QEvent::KeyPress, Qt::Key_Escape, {}, i > 0));
                run(100);
            }
        } else if (how == QLatin1String("other-key")) {
            pressChord(chord);
            run(1000);
            chord.handle(key(QEvent::KeyPress, Qt::Key_W, kChordMods));
        } else if (how == QLatin1String("cancel")) {
            pressChord(chord);
            run(1000);
            chord.cancel();
        }
        run(10000);
        QCOMPARE(triggered.count(), 0);
        QVERIFY(!chord.isHeld());
    }

    void chordIsConfigurable()
    {
        ManualClock clock;
        ExitChord chord(&clock);
        QVERIFY(!chord.setChord(QKeyCombination(Qt::ControlModifier, Qt::Key_Q))); // one modifier
        QVERIFY(!chord.setChord(QKeyCombination(kChordMods, Qt::Key_Shift)));      // no real key
        QCOMPARE(chord.chord(), ExitChord::defaultChord());
        QVERIFY(
            chord.setChord(QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_F12)));
        chord.setHoldMs(500);
        QSignalSpy triggered(&chord, &ExitChord::triggered);
        QVERIFY(chord.handle(
            key(QEvent::KeyPress, Qt::Key_F12, Qt::ControlModifier | Qt::ShiftModifier)));
        clock.advance(500);
        chord.tick();
        QCOMPARE(triggered.count(), 1);
    }

    // Idle monitor --------------------------------------------------------------------------

    void cursorHidesAfterThreeSeconds()
    {
        ManualClock clock;
        IdleMonitor idle(&clock);
        QSignalSpy hidden(&idle, &IdleMonitor::cursorHiddenChanged);
        clock.advance(2999);
        idle.tick();
        QVERIFY(!idle.cursorHidden());
        clock.advance(1);
        idle.tick();
        QVERIFY(idle.cursorHidden());
        idle.noteMotion();
        QVERIFY(!idle.cursorHidden());
        QCOMPARE(hidden.count(), 2);
        clock.advance(1000);
        idle.noteInput(); // a key press does not bring the cursor back nor keep it
        clock.advance(2000);
        idle.tick();
        QVERIFY(idle.cursorHidden());
    }

    void attractAfterQuietMinutesFollowingInput()
    {
        ManualClock clock;
        IdleMonitor idle(&clock);
        idle.setAttractMs(3 * 60000);
        QSignalSpy attract(&idle, &IdleMonitor::attract);
        clock.advance(10 * 60000);
        idle.tick();
        QCOMPARE(attract.count(), 0); // nobody came: the tour never stopped, nothing to return to

        idle.noteInput();
        clock.advance(3 * 60000 - 1);
        idle.tick();
        QCOMPARE(attract.count(), 0);
        clock.advance(1);
        idle.tick();
        QCOMPARE(attract.count(), 1);
        clock.advance(60 * 60000);
        idle.tick();
        QCOMPARE(attract.count(), 1); // once per quiet spell

        idle.noteInput();
        clock.advance(2 * 60000);
        idle.noteMotion(); // the pointer moving means someone is there
        clock.advance(2 * 60000);
        idle.tick();
        QCOMPARE(attract.count(), 1);
        clock.advance(60000);
        idle.tick();
        QCOMPARE(attract.count(), 2);

        idle.setAttractMs(0);
        idle.noteInput();
        clock.advance(24 * 3600 * 1000LL);
        idle.tick();
        QCOMPARE(attract.count(), 2);
    }

    // Tour player ---------------------------------------------------------------------------

    void dwellAdvancesAndLoops()
    {
        ManualClock clock;
        TourPlayer player(3, &clock);
        QSignalSpy changed(&player, &TourPlayer::currentChanged);
        player.go(0, TourPlayer::Reason::Start);
        player.setDwellMs(5000);
        clock.advance(4999);
        player.tick();
        QCOMPARE(player.current(), 0);
        clock.advance(1);
        player.tick();
        QCOMPARE(player.current(), 1);
        QCOMPARE(changed.last().at(1).value<TourPlayer::Reason>(), TourPlayer::Reason::Auto);
        player.last();
        QCOMPARE(player.current(), 2);
        player.next();
        QCOMPARE(player.current(), 0); // the loop
        player.previous();
        QCOMPARE(player.current(), 0); // no wrap backwards
        const int before = int(changed.count());
        player.go(0, TourPlayer::Reason::Manual);
        QCOMPARE(changed.count(), before + 1); // shown afresh
    }

    void holdsFreezeTheDwell()
    {
        using Hold = TourPlayer::Hold;
        ManualClock clock;
        TourPlayer player(3, &clock);
        player.go(0, TourPlayer::Reason::Start);
        player.setDwellMs(5000);
        clock.advance(3000);
        player.setHold(Hold::Paused, true);
        player.setHold(Hold::Blanked, true);
        clock.advance(60000);
        player.tick();
        QCOMPARE(player.current(), 0);
        QCOMPARE(player.elapsedMs(), 3000);
        player.setHold(Hold::Paused, false);
        clock.advance(60000);
        player.tick();
        QCOMPARE(player.current(), 0); // still blanked
        player.setHold(Hold::Blanked, false);
        QCOMPARE(player.remainingMs(), 2000);
        clock.advance(2000);
        player.tick();
        QCOMPARE(player.current(), 1);
        QCOMPARE(player.elapsedMs(), 0);
    }

    // Keys -----------------------------------------------------------------------------------

    void keyTable_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("mods");
        QTest::addColumn<int>("action");
        const auto row = [](const char *name, int k, KioskAction a, int mods = 0) {
            QTest::newRow(name) << k << mods << int(a);
        };
        row("PageDown", Qt::Key_PageDown, KioskAction::Next);
        row("Right", Qt::Key_Right, KioskAction::Next);
        row("Space", Qt::Key_Space, KioskAction::Next);
        row("keypad PageDown", Qt::Key_PageDown, KioskAction::Next, Qt::KeypadModifier);
        row("PageUp", Qt::Key_PageUp, KioskAction::Previous);
        row("Left", Qt::Key_Left, KioskAction::Previous);
        row("Home", Qt::Key_Home, KioskAction::First);
        row("End", Qt::Key_End, KioskAction::Last);
        row("B", Qt::Key_B, KioskAction::Black);
        row("Shift+B", Qt::Key_B, KioskAction::Black, Qt::ShiftModifier);
        row("period", Qt::Key_Period, KioskAction::Black);
        row("W", Qt::Key_W, KioskAction::White);
        row("P", Qt::Key_P, KioskAction::Pause);
        row("Return", Qt::Key_Return, KioskAction::Enter);
        row("Escape", Qt::Key_Escape, KioskAction::None);
        row("Ctrl+Right", Qt::Key_Right, KioskAction::None, Qt::ControlModifier);
        row("Alt+F4", Qt::Key_F4, KioskAction::None, Qt::AltModifier);
        row("Q", Qt::Key_Q, KioskAction::Share);
        // The exit chord's key with its modifiers shares nothing.
        row("Ctrl+Alt+Shift+Q", Qt::Key_Q, KioskAction::None,
            Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    }

    void keyTable()
    {
        QFETCH(int, key);
        QFETCH(int, mods);
        QFETCH(int, action);
        const InputMap map;
        QCOMPARE(int(map.action(QKeyEvent(QEvent::KeyPress, key, Qt::KeyboardModifiers(mods)))),
                 action);
    }

    void digitsAndRebinding()
    {
        QCOMPARE(InputMap::digit(QKeyEvent(QEvent::KeyPress, Qt::Key_7, Qt::KeypadModifier)), 7);
        QCOMPARE(InputMap::digit(QKeyEvent(QEvent::KeyPress, Qt::Key_7, Qt::ControlModifier)), -1);
        QCOMPARE(InputMap::digit(QKeyEvent(QEvent::KeyPress, Qt::Key_A, {})), -1);

        InputMap map;
        QCOMPARE(map.rebind(KioskAction::Pause, {QStringLiteral("F5"), QStringLiteral("Ctrl+P")}),
                 QString());
        QCOMPARE(map.action(QKeyEvent(QEvent::KeyPress, Qt::Key_F5, {})), KioskAction::Pause);
        QCOMPARE(map.action(QKeyEvent(QEvent::KeyPress, Qt::Key_P, {})), KioskAction::None);
        QCOMPARE(map.rebind(KioskAction::Next, {QStringLiteral("Nonsense Key")}),
                 QStringLiteral("keys/next: \"Nonsense Key\" is not a key"));
        QCOMPARE(map.rebind(KioskAction::Pause, {QStringLiteral("Esc")}),
                 QStringLiteral("keys/pause: Escape cannot be bound (it must stay harmless)"));
        QCOMPARE(map.action(QKeyEvent(QEvent::KeyPress, Qt::Key_F5, {})), KioskAction::Pause);
    }

    // Configuration ------------------------------------------------------------------------

    void configDefaultsWithoutAFile()
    {
        const KioskConfig c = KioskConfig::load(QStringLiteral("/nonexistent/kiosk.conf"));
        QCOMPARE(c.theme, QStringLiteral("projector"));
        QCOMPARE(c.fontScale, 1.5);
        QCOMPARE(c.cursorHideMs, 3000);
        QCOMPARE(c.attractMs, 180000);
        QCOMPARE(c.exitChord, ExitChord::defaultChord());
        QCOMPARE(c.exitHoldMs, 2000);
        QVERIFY(c.exitPinSha256.isEmpty());
        QVERIFY(c.warnings.isEmpty());
    }

    void configValuesAndWarnings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[display]\ntheme=dark\nfontScale=9\n"
                "[idle]\nattractMinutes=1\ncursorHideSeconds=x\n"
                "[exit]\nchord=Ctrl+Q\nholdSeconds=3\npinSha256="
                "03ac674216f3e15c761ee1a5e255f067953623c8b388b4459e13f978d7c846f4\n"
                "[keys]\npause=F5, P\nnext=Bogus Key\n");
        f.close();
        const KioskConfig c = KioskConfig::load(path);
        QCOMPARE(c.theme, QStringLiteral("dark"));
        QCOMPARE(c.fontScale, 1.5);
        QCOMPARE(c.attractMs, 60000);
        QCOMPARE(c.cursorHideMs, 3000);
        QCOMPARE(c.exitChord, ExitChord::defaultChord());
        QCOMPARE(c.exitHoldMs, 3000);
        QCOMPARE(c.exitPinSha256.size(), 64);
        QCOMPARE(c.keys.action(QKeyEvent(QEvent::KeyPress, Qt::Key_F5, {})), KioskAction::Pause);
        QCOMPARE(c.keys.action(QKeyEvent(QEvent::KeyPress, Qt::Key_PageDown, {})),
                 KioskAction::Next);
        const QStringList expected = {
            QStringLiteral("display/fontScale: \"9\" must be a number from 0.75 to 3; using 1.5"),
            QStringLiteral(
                "idle/cursorHideSeconds: \"x\" must be a number from 0.5 to 600; using 3"),
            QStringLiteral(
                "exit/chord: \"Ctrl+Q\" must be one key with at least two of Ctrl, Alt, "
                "Shift and Meta; using Ctrl+Alt+Shift+Q"),
            QStringLiteral("keys/next: \"Bogus Key\" is not a key; keeping the default keys")};
        QCOMPARE(c.warnings, expected);
    }

    // Resume --------------------------------------------------------------------------------

    void resumePosition()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.ini"));
        const QByteArray fp = "aaaa";
        {
            KioskState s(path);
            QVERIFY(!s.beginSession());
            QCOMPARE(s.resumeStep(fp, 10, false), 0);
            s.saveStep(fp, 4);
            s.endSession();
        }
        {
            KioskState s(path);
            QVERIFY(!s.beginSession()); // the last session ended cleanly
            QCOMPARE(s.resumeStep(fp, 10, false), 4);
            QCOMPARE(s.resumeStep("bbbb", 10, false), 0); // another playlist starts at its top
            QCOMPARE(s.resumeStep(fp, 3, false), 2);      // a shorter playlist: its last step
            QCOMPARE(s.launches(), 2);
        } // no endSession(): the app "crashed" on step 5
        {
            KioskState s(path);
            QVERIFY(s.beginSession());
            QCOMPARE(s.uncleanEnds(), 1);
            QCOMPARE(s.resumeStep(fp, 10, true), 4); // one crash: try the step again
            s.saveStep(fp, 4);
        } // and crashed there again
        {
            KioskState s(path);
            QVERIFY(s.beginSession());
            QCOMPARE(s.resumeStep(fp, 10, true), 5); // twice on the same step: skip it
            s.saveStep(fp, 5);
            s.endSession();
        }
        {
            KioskState s(path);
            QVERIFY(!s.beginSession());
            QCOMPARE(s.resumeStep(fp, 10, false), 5);
        }
    }

    // Crash-loop guard -----------------------------------------------------------------------

    void crashMarkerDisablesThePaperUntilItChanges()
    {
        QTemporaryDir dir;
        const QString papers = dir.filePath(QStringLiteral("papers"));
        QVERIFY(QDir().mkpath(papers));
        const QString plugin = papers + QStringLiteral("/random-walk.so");
        QVERIFY(QFile::copy(QStringLiteral(PAPERLAB_PAPER_BUILD_DIR "/random-walk.so"), plugin));
        QSettings state(dir.filePath(QStringLiteral("state.ini")), QSettings::IniFormat);

        // Run 1: the marker is written before the load, and the app dies before clearing it.
        {
            CrashGuard guard(&state);
            PaperRegistry registry;
            registry.discover({papers});
            QVERIFY(guard.recover(registry).isEmpty());
            guard.beginLoad(QStringLiteral("random-walk"), plugin);
            QVERIFY(guard.isLoading(QStringLiteral("random-walk")));
        }
        QSettings reread(state.fileName(), QSettings::IniFormat); // what the next process reads
        // Run 2: the surviving marker names the culprit.
        {
            CrashGuard guard(&reread);
            PaperRegistry registry;
            registry.discover({papers});
            const QStringList disabled = guard.recover(registry);
            QCOMPARE(disabled, QStringList{QStringLiteral("random-walk")});
            QVERIFY(!guard.isLoading(QStringLiteral("random-walk")));
            registry.setDisabledIds(disabled);
            registry.discover({papers});
            PaperSpec *spec = registry.find(QStringLiteral("random-walk"));
            QCOMPARE(spec->state(), PaperState::Disabled);
            QCOMPARE(spec->errorString(),
                     QStringLiteral("Disabled: it crashed PaperLab while loading last time"));
            QVERIFY(!registry.load(spec));
        }
        // Run 3: still disabled (same file); no new marker needed.
        {
            CrashGuard guard(&reread);
            PaperRegistry registry;
            registry.discover({papers});
            QCOMPARE(guard.recover(registry), QStringList{QStringLiteral("random-walk")});
        }
        // An updated plugin file gets another chance.
        {
            QFile f(plugin);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(60),
                                  QFileDevice::FileModificationTime));
        }
        {
            CrashGuard guard(&reread);
            PaperRegistry registry;
            registry.discover({papers});
            QVERIFY(guard.recover(registry).isEmpty());
        }
    }

    void clearedMarkerBlamesNobody()
    {
        QTemporaryDir dir;
        QSettings state(dir.filePath(QStringLiteral("state.ini")), QSettings::IniFormat);
        CrashGuard guard(&state);
        guard.beginLoad(QStringLiteral("random-walk"), QStringLiteral("/x/random-walk.so"));
        guard.endLoad(QStringLiteral("random-walk"));
        PaperRegistry registry;
        QVERIFY(guard.recover(registry).isEmpty());
    }

    // Kiosk policy of parameters ------------------------------------------------------------

    void parameterPanelHonoursKioskPolicy()
    {
        const QByteArray json = R"({"parameters": [
            {"id": "a", "type": "int", "label": "A", "group": "g", "default": 1,
             "min": 0, "max": 9},
            {"id": "b", "type": "int", "label": "B", "group": "g", "default": 2,
             "min": 0, "max": 9, "kiosk": "readonly"},
            {"id": "c", "type": "int", "label": "C", "group": "g", "default": 3,
             "min": 0, "max": 9, "kiosk": "hidden"}]})";
        const auto schema = ParameterSchema::fromJson(json, QStringLiteral("p.json"));
        QVERIFY2(bool(schema), qPrintable(schema ? QString() : schema.error().logText));
        auto session = test::sessionFor(schema.value());
        ParameterPanel desktop(*session);
        QCOMPARE(desktop.findChildren<ParameterEditor *>().size(), 3);

        ParameterPanel kiosk(*session, nullptr, Presentation::Kiosk);
        const QList<ParameterEditor *> editors = kiosk.findChildren<ParameterEditor *>();
        QCOMPARE(editors.size(), 2);
        for (ParameterEditor *e : editors)
            QCOMPARE(e->isEnabled(), e->spec().id == QLatin1String("a"));
        ParameterSet preset;
        preset.set(QStringLiteral("c"), 7); // a preset still sets what the kiosk hides
        session->setPendingValues(preset);
        QVERIFY(session->restart());
        QCOMPARE(session->applied().integer(QStringLiteral("c")), 7);
        QCOMPARE(session->applied().integer(QStringLiteral("b")), 2);
    }
};

QTEST_MAIN(TestKioskParts)
#include "tst_kioskparts.moc"
