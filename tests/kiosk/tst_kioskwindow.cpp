// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// The kiosk window, offscreen, driven by QTest key and mouse events and an injected clock:
// every key of the table, the exit chord and PIN, the idle timer, cursor and attract loop,
// error cards, the crash-guard markers, the saved position, and the presenter console.

#include "manualclock.h"

#include "kiosk/kioskwindow.h"
#include "kiosk/presenterconsole.h"
#include "papers/crashguard.h"
#include "papers/paperloader.h"
#include "papers/paperregistry.h"
#include "params/parameterpanel.h"
#include "session/scenario.h"
#include "session/simulationsession.h"
#include "shell/paperview.h"
#include "shell/qmlhost.h"
#include "shell/qrcode.h"
#include "shell/shellsetup.h"
#include "shell/simulatorpane.h"
#include "shell/thememanager.h"

#include <paperlab/simulationrunner.h>

#include <QAbstractSpinBox>
#include <QApplication>
#include <QContextMenuEvent>
#include <QCryptographicHash>
#include <QLabel>
#include <QPushButton>
#include <QQuickItem>
#include <QQuickWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace paperlab;
using namespace paperlab::app;

namespace {

constexpr Qt::KeyboardModifiers kChordMods
    = Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier;

// Twelve steps, so that step numbers take two digits; random-walk is the SDK's template
// paper, always built. Steps 4 to 6 cannot be shown and become error cards.
const char *kPlaylist = R"({"title": "Test tour", "steps": [
  {"paper": "random-walk", "section": "the-idea", "seconds": 20, "notes": "Notes of step 1."},
  {"paper": "random-walk", "preset": "lecture", "seconds": 20, "notes": "Notes of step 2."},
  {"paper": "random-walk", "tab": "summary", "seconds": 20},
  {"paper": "no-such-paper", "seconds": 30},
  {"paper": "random-walk", "preset": "no-such-preset", "seconds": 20},
  {"paper": "random-walk", "section": "no-such-section", "seconds": 20},
  {"paper": "random-walk", "tab": "summary", "seconds": 20},
  {"paper": "random-walk", "tab": "simulator", "autoplay": false, "seconds": 20},
  {"paper": "random-walk", "tab": "summary", "seconds": 20},
  {"paper": "random-walk", "section": "try-it", "seconds": 20},
  {"paper": "random-walk", "tab": "summary", "seconds": 20},
  {"paper": "random-walk", "preset": "drifting", "seconds": 20}
]})";

} // namespace

class TestKioskWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QmlHost> m_qml;
    std::unique_ptr<ThemeManager> m_theme;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PaperRegistry> m_registry;
    std::unique_ptr<KioskState> m_state;
    std::unique_ptr<PaperLoader> m_loader;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<KioskWindow> m_window;
    KioskConfig m_config;
    QString m_desktopSettings;

    KioskWindow &kiosk() { return *m_window; }
    void key(int k, Qt::KeyboardModifiers mods = {})
    {
        QTest::keyClick(m_window.get(), Qt::Key(k), mods);
    }
    // Everything timed runs on the injected clock; a tick is what the 100 ms timer does.
    void advance(qint64 ms)
    {
        for (qint64 t = 0; t < ms; t += 250) {
            m_clock->advance(std::min<qint64>(250, ms - t));
            m_window->tick();
        }
    }
    void startKiosk(int step = 0)
    {
        const auto playlist = Playlist::fromJson(kPlaylist, QStringLiteral("test.json"));
        QVERIFY(bool(playlist));
        startTour(playlist.value(), step);
    }
    void startTour(const Playlist &playlist, int step = 0)
    {
        m_window = std::make_unique<KioskWindow>(
            playlist, m_config,
            KioskWindow::Services{m_loader.get(), m_qml.get(), m_state.get(),
                                  m_clock.get()});
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->start(step);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The kiosk must never touch the desktop's settings: watch where they would be.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("paperlab"));
        QCoreApplication::setApplicationName(QStringLiteral("paperlab"));
        m_desktopSettings = QSettings().fileName();
        QFile::remove(m_desktopSettings);
        m_qml = std::make_unique<QmlHost>();
        registerShellQml(*m_qml);
        m_theme = std::make_unique<ThemeManager>();
        m_theme->setFontScale(1.5);
        QVERIFY(m_theme->setTheme(QStringLiteral("projector")));
        m_qml->setTheme(m_theme->themeMap());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_registry = std::make_unique<PaperRegistry>();
        m_registry->discover({QStringLiteral(PAPERLAB_PAPER_BUILD_DIR)});
        m_state = std::make_unique<KioskState>(m_dir->filePath(QStringLiteral("state.ini")));
        m_loader = std::make_unique<PaperLoader>(m_registry.get());
        m_loader->setClock([this] { return m_clock->now(); });
        m_loader->enableCrashGuard(&m_state->settings());
        m_clock = std::make_unique<ManualClock>();
        m_config = KioskConfig::load(QString());
        m_config.attractMs = 60000;
    }

    void cleanup()
    {
        // Torn down before the check: a failed check returns at once, and the next init()
        // would then free the state that the old loader's crash guard still writes to.
        const QStringList warnings = m_qml->warnings();
        m_window.reset(); // views and runners before the registry
        m_loader.reset();
        m_state.reset();
        m_registry.reset();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

    void cleanupTestCase()
    {
        QVERIFY2(!QFile::exists(m_desktopSettings), "the kiosk wrote the desktop settings");
        m_qml.reset();
    }

    void stepsShowTheirTab()
    {
        startKiosk();
        QVERIFY(kiosk().paperView());
        QCOMPARE(kiosk().paperView()->currentTab(), PaperView::Tab::Explainer);
        QVERIFY(kiosk().errorText().isEmpty());
        QTRY_VERIFY(kiosk().paperView()->readingPosition() > 0); // scrolled to "The idea"
        bool tocHidden = false; // the playlist navigates, not a table of contents
        for (QQuickWidget *w : kiosk().paperView()->findChildren<QQuickWidget *>()) {
            if (w->rootObject() && w->rootObject()->property("tocVisible").isValid())
                tocHidden = !w->rootObject()->property("tocVisible").toBool();
        }
        QVERIFY(tocHidden);

        key(Qt::Key_PageDown);
        QCOMPARE(kiosk().current(), 1);
        QVERIFY(kiosk().simulatorPane());
        QCOMPARE(kiosk().simulatorPane()->session()->applied().integer(QStringLiteral("walkers")),
                 20000);
        QTRY_COMPARE(kiosk().simulatorPane()->runner()->state(), SimulationRunner::State::Running);

        key(Qt::Key_PageDown);
        QCOMPARE(kiosk().paperView()->currentTab(), PaperView::Tab::Summary);
        // The simulator left behind stops computing.
        QTRY_COMPARE(kiosk().paperView()->simulatorPane()->runner()->state(),
                     SimulationRunner::State::Paused);

        kiosk().player()->go(7, TourPlayer::Reason::Manual);
        QCOMPARE(kiosk().simulatorPane()->session()->applied().integer(QStringLiteral("walkers")),
                 2000);
        QCOMPARE(kiosk().simulatorPane()->runner()->state(),
                 SimulationRunner::State::Paused); // autoplay off
    }

    // A tour whose papers are all missing (runKiosk leaves them out) says so on one card,
    // and stays there whatever the clock or the keys do.
    void nothingToShow()
    {
        const auto full = Playlist::fromJson(R"({"title": "Gone", "steps": [
            {"paper": "gone-a"}, {"paper": "gone-b"}, {"paper": "gone-a", "tab": "summary"}]})",
                                             QStringLiteral("gone.json"));
        QVERIFY(bool(full));
        startTour(full.value().without(full.value().papers()));
        const QString card = QStringLiteral("None of its papers is installed on this computer: "
                                            "gone-a, gone-b. Install them, or choose another "
                                            "playlist.");
        QCOMPARE(kiosk().errorText(), card);
        QVERIFY(!kiosk().paperView());
        advance(120000);
        for (int k : {Qt::Key_PageDown, Qt::Key_PageUp, Qt::Key_End, Qt::Key_3})
            key(k);
        advance(3000);
        QCOMPARE(kiosk().errorText(), card);
        QCOMPARE(kiosk().current(), 0);
    }

    void errorCardsAndTheTourMovesOn()
    {
        startKiosk(3);
        QCOMPARE(kiosk().errorText(),
                 QStringLiteral("The paper \"no-such-paper\" is not installed on this computer."));
        QCOMPARE(kiosk().player()->dwellMs(), 8000); // an error card stays at most 8 s
        advance(8000);
        QCOMPARE(kiosk().current(), 4);
        QCOMPARE(kiosk().errorText(),
                 QStringLiteral("step 5: \"preset\": random-walk has no preset \"no-such-preset\" "
                                "(it has lecture, drifting)"));
        advance(8000);
        QCOMPARE(kiosk().current(), 5);
        QCOMPARE(
            kiosk().errorText(),
            QStringLiteral("step 6: \"section\": the explainer of random-walk has no section "
                           "\"no-such-section\" (it has a-random-walk, the-question, the-idea, "
                           "try-it, under-the-hood)"));
        advance(8000);
        QCOMPARE(kiosk().current(), 6);
        QVERIFY(kiosk().errorText().isEmpty());
    }

    // A scenario step opens its setup replayed to the saved step: paused there without
    // autoplay, running on from there with it. A scenario the paper cannot take is an error
    // card, like a missing preset.
    void scenarioStepsReplayToTheirStep()
    {
        const auto playlist = Playlist::fromJson(
            "{\"steps\": ["
            "{\"scenario\": \"paperlab://scenario?paper=random-walk&p.walkers=3000"
            "&p.seed=7&steps=40\", \"autoplay\": false},"
            "{\"scenario\": \"paperlab://scenario?paper=random-walk&p.walkers=500"
            "&steps=25\"},"
            "{\"scenario\": \"paperlab://scenario?paper=random-walk&simulator=gone\"}]}",
            QStringLiteral("scenarios.json"));
        QVERIFY2(bool(playlist), qPrintable(playlist ? QString() : playlist.error().logText));
        startTour(playlist.value());
        SimulationRunner *runner = kiosk().simulatorPane()->runner();
        SimulationSession *session = kiosk().simulatorPane()->session();
        QCOMPARE(session->applied().integer(QStringLiteral("walkers")), 3000);
        QCOMPARE(session->applied().integer(QStringLiteral("seed")), 7);
        QTRY_VERIFY(runner->state() == SimulationRunner::State::Paused && runner->latest()
                    && runner->latest()->step == 40);
        QTest::qWait(200);
        QCOMPARE(runner->latest()->step, 40); // and it stays there

        key(Qt::Key_PageDown);
        runner = kiosk().simulatorPane()->runner();
        QCOMPARE(kiosk().simulatorPane()->session()->applied().integer(
                     QStringLiteral("walkers")), 500);
        // It runs on past the saved step (and past step 1's 40, whose snapshot shows until
        // the replay publishes; a walk ends at step 400).
        QTRY_VERIFY(runner->latest() && runner->latest()->step > 40);
        QVERIFY(runner->state() == SimulationRunner::State::Running
                || runner->state() == SimulationRunner::State::Finished);

        key(Qt::Key_PageDown);
        QCOMPARE(kiosk().errorText(),
                 QStringLiteral("step 3: \"scenario\" link: random-walk 1.0.0 has no simulator "
                                "or view \"gone\""));
    }

    void keyTableFlow()
    {
        startKiosk();
        using Blank = KioskWindow::Blank;
        // Next: PageDown, Right, Space. Previous: PageUp, Left. First and last: Home, End.
        key(Qt::Key_PageDown);
        QCOMPARE(kiosk().current(), 1);
        key(Qt::Key_Right);
        QCOMPARE(kiosk().current(), 2);
        key(Qt::Key_Space);
        QCOMPARE(kiosk().current(), 3);
        key(Qt::Key_PageUp);
        QCOMPARE(kiosk().current(), 2);
        key(Qt::Key_Left);
        QCOMPARE(kiosk().current(), 1);
        key(Qt::Key_End);
        QCOMPARE(kiosk().current(), 11);
        key(Qt::Key_PageDown);
        QCOMPARE(kiosk().current(), 0); // next after the last loops
        key(Qt::Key_End);
        key(Qt::Key_Home);
        QCOMPARE(kiosk().current(), 0);
        QCOMPARE(kiosk().osdText(), QStringLiteral("1 / 12"));

        // B or "." for black, W for white; the same key again brings the picture back.
        key(Qt::Key_B);
        QCOMPARE(kiosk().blank(), Blank::Black);
        QVERIFY(kiosk().player()->isHeld(TourPlayer::Hold::Blanked));
        key(Qt::Key_B);
        QCOMPARE(kiosk().blank(), Blank::None);
        key(Qt::Key_Period);
        QCOMPARE(kiosk().blank(), Blank::Black);
        key(Qt::Key_W);
        QCOMPARE(kiosk().blank(), Blank::White);
        key(Qt::Key_W);
        QCOMPARE(kiosk().blank(), Blank::None);
        // On a blank screen, "next" first brings the picture back, as presentation software does.
        key(Qt::Key_Period);
        key(Qt::Key_PageDown);
        QCOMPARE(kiosk().blank(), Blank::None);
        QCOMPARE(kiosk().current(), 0);
        // A blank screen holds the tour.
        key(Qt::Key_B);
        advance(30000);
        QCOMPARE(kiosk().current(), 0);
        key(Qt::Key_B);

        // P pauses and resumes the auto-advance.
        key(Qt::Key_P);
        QVERIFY(kiosk().player()->isHeld(TourPlayer::Hold::Paused));
        advance(50000);
        QCOMPARE(kiosk().current(), 0);
        key(Qt::Key_P);
        QVERIFY(!kiosk().player()->holds());
        advance(20000);
        QCOMPARE(kiosk().current(), 1);

        // Digits jump: at once when no second digit could follow, else after a second digit,
        // Enter, or a short wait.
        key(Qt::Key_5);
        QCOMPARE(kiosk().current(), 4);
        key(Qt::Key_1);
        QCOMPARE(kiosk().current(), 4);
        QCOMPARE(kiosk().osdText(), QStringLiteral("Step 1…"));
        key(Qt::Key_2);
        QCOMPARE(kiosk().current(), 11);
        key(Qt::Key_1);
        key(Qt::Key_Return);
        QCOMPARE(kiosk().current(), 0);
        key(Qt::Key_1);
        key(Qt::Key_0);
        QCOMPARE(kiosk().current(), 9);
        key(Qt::Key_1);
        advance(1500);
        QCOMPARE(kiosk().current(), 0);
        key(Qt::Key_0);
        QCOMPARE(kiosk().current(), 0);
        QCOMPARE(kiosk().osdText(), QStringLiteral("No step 0"));
        key(Qt::Key_1);
        key(Qt::Key_9);
        QCOMPARE(kiosk().current(), 0);
        QCOMPARE(kiosk().osdText(), QStringLiteral("No step 19: the tour has 12"));

        // Escape does not exit, nor do Tab, Alt+F4, Ctrl+Q or Ctrl+W; nothing changes.
        QSignalSpy exit(&kiosk(), &KioskWindow::exitRequested);
        for (const QKeyCombination &k :
             {QKeyCombination(Qt::Key_Escape), QKeyCombination(Qt::Key_Tab),
              QKeyCombination(Qt::AltModifier, Qt::Key_F4),
              QKeyCombination(Qt::ControlModifier, Qt::Key_Q),
              QKeyCombination(Qt::ControlModifier, Qt::Key_W),
              QKeyCombination(Qt::AltModifier, Qt::Key_E)})
            key(k.key(), k.keyboardModifiers());
        QCOMPARE(kiosk().current(), 0);
        QCOMPARE(kiosk().paperView()->currentTab(), PaperView::Tab::Explainer);
        QCOMPARE(kiosk().blank(), Blank::None);
        QVERIFY(!kiosk().close());
        QVERIFY(kiosk().isVisible());
        QCOMPARE(exit.count(), 0);
    }

    // Q on a simulator step shows the setup's scenario link as a QR code; the link opens the
    // same setup; Q again, or another step, closes it; an explainer step has nothing to share.
    void shareShowsTheScenarioAsAQrCode()
    {
        startKiosk();
        key(Qt::Key_Q);
        QVERIFY(kiosk().sharedLink().isEmpty());
        QVERIFY(kiosk().osdText().contains(QStringLiteral("simulator step")));

        key(Qt::Key_PageDown);
        QVERIFY(kiosk().simulatorPane());
        key(Qt::Key_Q);
        const QString link = kiosk().sharedLink();
        QVERIFY2(link.startsWith(QStringLiteral("paperlab://scenario?")), qPrintable(link));
        const auto scenario = Scenario::fromLink(QUrl(link));
        QVERIFY(bool(scenario));
        QCOMPARE(scenario.value().paperId, QStringLiteral("random-walk"));
        QCOMPARE(scenario.value().parameters.value(QStringLiteral("walkers")).toInt(), 20000);

        // On screen: a square code, dark on white, a third of the window high or so, with a
        // finder pattern (a dark 7×7-module square) in its top-left corner.
        QLabel *code = nullptr;
        for (QLabel *l : kiosk().findChildren<QLabel *>()) {
            if (l->accessibleName() == QStringLiteral("QR code of the scenario link"))
                code = l;
        }
        QVERIFY(code && code->isVisible());
        const QImage image = code->pixmap().toImage();
        QCOMPARE(image.width(), image.height());
        QVERIFY2(image.height() >= 720 / 4 && image.height() <= 720 / 2,
                 qPrintable(QString::number(image.height())));
        const QImage modules = qrCodeImage(link.toUtf8(), 1);
        const int scale = image.width() / modules.width();
        QCOMPARE(image.width(), modules.width() * scale);
        auto dark = [&](int mx, int my) { return qGray(image.pixel(mx * scale, my * scale)) < 128; };
        QVERIFY(!dark(0, 0) && !dark(3, 3)); // the quiet zone
        for (int i = 0; i < 7; ++i) // the dark border
            QVERIFY(dark(4 + i, 4) && dark(4, 4 + i) && dark(10, 4 + i) && dark(4 + i, 10));
        for (int i = 1; i < 6; ++i) // the light ring inside it
            QVERIFY(!dark(5, 4 + i) && !dark(9, 4 + i) && !dark(4 + i, 5) && !dark(4 + i, 9));
        QVERIFY(dark(7, 7)); // the centre 3×3

        key(Qt::Key_Q);
        QVERIFY(kiosk().sharedLink().isEmpty());
        key(Qt::Key_Q);
        QVERIFY(!kiosk().sharedLink().isEmpty());
        key(Qt::Key_PageDown);
        QVERIFY(kiosk().sharedLink().isEmpty());
    }

    void positionIsSaved()
    {
        startKiosk();
        key(Qt::Key_End);
        KioskState reread(m_state->settings().fileName());
        QCOMPARE(reread.resumeStep(kiosk().playlist().fingerprint(), 12, false), 11);
        key(Qt::Key_3);
        KioskState again(m_state->settings().fileName());
        QCOMPARE(again.resumeStep(kiosk().playlist().fingerprint(), 12, false), 2);
    }

    void exitChord()
    {
        startKiosk();
        key(Qt::Key_P); // no auto-advance: whatever moves the tour now is a key
        QSignalSpy exit(&kiosk(), &KioskWindow::exitRequested);
        // Released too early: nothing.
        QTest::keyPress(&kiosk(), Qt::Key_Q, kChordMods);
        advance(1500);
        QTest::keyRelease(&kiosk(), Qt::Key_Q, kChordMods);
        advance(5000);
        QCOMPARE(exit.count(), 0);
        // Escape held for ten seconds: nothing.
        QTest::keyPress(&kiosk(), Qt::Key_Escape);
        advance(10000);
        QTest::keyRelease(&kiosk(), Qt::Key_Escape);
        QCOMPARE(exit.count(), 0);
        // Without Shift: nothing.
        QTest::keyPress(&kiosk(), Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier);
        advance(5000);
        QTest::keyRelease(&kiosk(), Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(exit.count(), 0);
        QCOMPARE(kiosk().current(), 0); // the chord's keys never steered the tour
        // Held for two seconds: out.
        QTest::keyPress(&kiosk(), Qt::Key_Q, kChordMods);
        advance(1750);
        QCOMPARE(exit.count(), 0);
        advance(250);
        QCOMPARE(exit.count(), 1);
        QVERIFY(kiosk().close()); // and now the window may close
    }

    void exitPin()
    {
        m_config.exitPinSha256 = QString::fromLatin1(
            QCryptographicHash::hash("2468", QCryptographicHash::Sha256).toHex());
        startKiosk();
        QSignalSpy exit(&kiosk(), &KioskWindow::exitRequested);
        auto chord = [this] {
            QTest::keyPress(&kiosk(), Qt::Key_Q, kChordMods);
            advance(2000);
            QTest::keyRelease(&kiosk(), Qt::Key_Q, kChordMods);
        };
        chord();
        QVERIFY(kiosk().pinPadVisible());
        QVERIFY(kiosk().player()->isHeld(TourPlayer::Hold::Locked));
        for (int k : {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_Return})
            key(k);
        QVERIFY(kiosk().pinPadVisible());
        QCOMPARE(kiosk().current(), 0); // PIN digits are not step numbers
        QCOMPARE(exit.count(), 0);
        key(Qt::Key_Escape);
        QVERIFY(!kiosk().pinPadVisible());
        QVERIFY(!kiosk().player()->holds());
        chord();
        advance(30000); // an abandoned PIN pad goes away
        QVERIFY(!kiosk().pinPadVisible());
        QCOMPARE(exit.count(), 0);
        chord();
        for (int k : {Qt::Key_2, Qt::Key_4, Qt::Key_6, Qt::Key_8, Qt::Key_Enter})
            key(k);
        QCOMPARE(exit.count(), 1);
    }

    void cursorHidesAndComesBack()
    {
        startKiosk();
        advance(2750);
        QVERIFY(!QGuiApplication::overrideCursor());
        advance(250);
        QVERIFY(QGuiApplication::overrideCursor());
        QCOMPARE(QGuiApplication::overrideCursor()->shape(), Qt::BlankCursor);
        QTest::mouseMove(kiosk().windowHandle(), QPoint(200, 200));
        QTRY_VERIFY(!QGuiApplication::overrideCursor());
        advance(3000);
        QVERIFY(QGuiApplication::overrideCursor());
        m_window.reset(); // a kiosk that goes gives the cursor back
        QVERIFY(!QGuiApplication::overrideCursor());
    }

    void attractLoopAfterIdleMinutes()
    {
        startKiosk();
        key(Qt::Key_4); // error card of step 4
        key(Qt::Key_Right);
        key(Qt::Key_P);
        key(Qt::Key_B);
        QCOMPARE(kiosk().current(), 4);
        advance(59750);
        QCOMPARE(kiosk().current(), 4);
        advance(250);
        QCOMPARE(kiosk().current(), 0);
        QVERIFY(!kiosk().player()->holds());
        QCOMPARE(kiosk().blank(), KioskWindow::Blank::None);
    }

    void someoneUsingTheSimulatorHoldsTheTour()
    {
        startKiosk(1);
        QTest::mouseClick(kiosk().windowHandle(), Qt::LeftButton, {}, QPoint(300, 300));
        QVERIFY(kiosk().player()->isHeld(TourPlayer::Hold::Interacting));
        advance(50000);
        QCOMPARE(kiosk().current(), 1);
        advance(10000); // then they left: the attract loop takes over
        QCOMPARE(kiosk().current(), 0);
        QVERIFY(!kiosk().player()->holds());
    }

    void noContextMenus()
    {
        startKiosk();
        QWidget *target = kiosk().paperView();
        QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(10, 10),
                                target->mapToGlobal(QPoint(10, 10)));
        QVERIFY(QApplication::sendEvent(target, &event)); // taken by the kiosk, not the widget
    }

    void crashMarkersCoverLoadAndFirstRun()
    {
        startKiosk();
        const QString id = QStringLiteral("random-walk");
        QVERIFY(m_loader->isGuarding(id)); // just loaded and shown
        advance(CrashGuard::kSettleMs);
        QVERIFY(!m_loader->isGuarding(id));
        key(Qt::Key_PageDown); // its first simulator
        QVERIFY(m_loader->isGuarding(id));
        advance(CrashGuard::kSettleMs);
        QVERIFY(!m_loader->isGuarding(id));
        key(Qt::Key_8); // another simulator step: no new marker
        QVERIFY(!m_loader->isGuarding(id));
        // A clean exit while a marker is pending clears it too: no paper is to blame.
        m_window.reset();
        startKiosk(1);
        QVERIFY(m_loader->isGuarding(id));
        m_window.reset();
        QVERIFY(!m_loader->isGuarding(id));
    }

    void disabledPaperShowsAnErrorCard()
    {
        m_registry->setDisabledIds({QStringLiteral("random-walk")});
        m_registry->discover({QStringLiteral(PAPERLAB_PAPER_BUILD_DIR)});
        startKiosk();
        QCOMPARE(kiosk().errorText(),
                 QStringLiteral("Disabled: it crashed PaperLab while loading last time"));
        advance(8000);
        QCOMPARE(kiosk().current(), 1);
    }

    void presenterConsole()
    {
        startKiosk();
        PresenterConsole console(&kiosk());
        kiosk().addCompanion(&console);
        console.resize(1280, 720);
        console.show();
        QVERIFY(QTest::qWaitForWindowExposed(&console));
        QCOMPARE(console.notesText(), QStringLiteral("Notes of step 1."));
        QVERIFY(console.currentText().contains(u"Explainer · #the-idea"));
        QVERIFY(!console.parameterPanel());

        // Keys pressed on the console steer the tour.
        QTest::keyClick(&console, Qt::Key_PageDown);
        QCOMPARE(kiosk().current(), 1);
        QCOMPARE(console.notesText(), QStringLiteral("Notes of step 2."));
        QVERIFY(console.nextText().startsWith(QLatin1String("Step 3: ")));
        QVERIFY(console.currentText().contains(u"Lecture: √t spreading"));

        // Its parameter panel steers the simulation the audience sees.
        ParameterPanel *panel = console.parameterPanel();
        QVERIFY(panel);
        QPushButton *restart = nullptr;
        for (QPushButton *b : console.findChildren<QPushButton *>()) {
            if (b->text() == QLatin1String("Restart the simulation with these values"))
                restart = b;
        }
        QVERIFY(restart && !restart->isVisible()); // nothing to restart for yet
        QSpinBox *walkers = nullptr;
        for (QSpinBox *box : panel->findChildren<QSpinBox *>()) {
            if (box->accessibleName().startsWith(QLatin1String("Walkers")))
                walkers = box;
        }
        QVERIFY(walkers);
        walkers->setValue(500);
        QVERIFY(restart->isVisible());
        QTest::mouseClick(restart, Qt::LeftButton);
        QCOMPARE(kiosk().simulatorPane()->session()->applied().integer(QStringLiteral("walkers")), 500);

        // In a field of the console, keys edit the field; the remote's PageDown still steers.
        auto *field = panel->findChild<QAbstractSpinBox *>();
        QVERIFY(field);
        console.activateWindow();
        field->setFocus();
        QTest::keyClick(field, Qt::Key_Right);
        QTest::keyClick(field, Qt::Key_B);
        QCOMPARE(kiosk().current(), 1);
        QCOMPARE(kiosk().blank(), KioskWindow::Blank::None);
        QTest::keyClick(field, Qt::Key_PageDown);
        QCOMPARE(kiosk().current(), 2);
        QVERIFY(!console.parameterPanel());
        QVERIFY(!console.close());
        console.allowClose();
    }
};

QTEST_MAIN(TestKioskWindow)
#include "tst_kioskwindow.moc"
