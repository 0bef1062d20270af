// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "kiosk/kiosksettings.h"
#include "kiosk/playlist.h"
#include "kiosk/tourplayer.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTimer;

namespace paperlab::app {

class ErrorCard;
class ExitChord;
class IdleMonitor;
class KioskClock;
class KioskOverlay;
class PaperLoader;
class QmlHost;
class SimulatorPane;

/// The projector's window: a frameless full-screen stage that shows one playlist step at a
/// time through the shell's own PaperView (in its kiosk presentation), or an error card.
///
/// It owns the keyboard of its window and of its companions (the presenter console): an
/// application event filter maps keys through InputMap before any widget sees them, so no
/// view's shortcut, tab key or context menu gets through. Escape does nothing; the exit is
/// the ExitChord, then the PIN pad when a PIN is configured.
class KioskWindow : public QWidget
{
    Q_OBJECT
public:
    struct Services {
        PaperLoader *loader = nullptr; ///< its registry holds the playlist's papers
        QmlHost *qml = nullptr;
        KioskState *state = nullptr;
        const KioskClock *clock = nullptr;
    };
    enum class Blank { None, Black, White };

    KioskWindow(const Playlist &playlist, const KioskConfig &config, const Services &services,
                QWidget *parent = nullptr);
    ~KioskWindow() override;

    /// Shows step `index` and starts the tick timer (100 ms) that drives everything timed.
    void start(int index);
    /// One tick: the dwell, the idle monitor, the exit chord, digit entry, the PIN pad and the
    /// on-screen messages all read the injected clock here. Tests call it by hand.
    void tick();
    /// Key events from `window` steer the tour too, except where it has an input field.
    void addCompanion(QWidget *window);
    /// The kiosk's one way out, for the exit chord (and PIN) and for SIGTERM and SIGINT:
    /// logs `why`, lets the window close and emits exitRequested(). Every other close (Alt+F4,
    /// a window manager, QApplication::quit() alone) is refused.
    void leave(const QString &why);
    /// What a key bound to `action` does (the console's buttons use it too).
    void perform(KioskAction action);

    const Playlist &playlist() const { return m_playlist; }
    TourPlayer *player() const { return m_player; }
    int current() const { return m_player->current(); }
    PaperView *paperView() const { return m_view; }
    /// The live simulator when the current step is a simulator step, else null.
    SimulatorPane *simulatorPane() const;
    /// The error card's reason when one shows, else empty.
    QString errorText() const;
    Blank blank() const { return m_blank; }
    bool pinPadVisible() const;
    /// The text of the on-screen message, empty when none shows.
    QString osdText() const;
    /// The scenario link the QR code on screen encodes (Q), empty when none shows.
    QString sharedLink() const;
    const KioskClock *clock() const { return m_clock; }

Q_SIGNALS:
    void stepShown(int index);
    /// Holds, blanking or the PIN pad changed.
    void stateChanged();
    /// leave() was called: the caller lets its other windows close and quits.
    void exitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class Route { Ignore, Kiosk, Companion };
    Route routeOf(QObject *watched) const;
    bool handleKey(QKeyEvent *event, Route route);
    void onStep(int index, TourPlayer::Reason reason);
    QString prepare(int index);
    void showError(int index, const QString &reason);
    void showNothingToShow();
    void logSimulatorFinished();
    void setBlank(Blank blank);
    void togglePause();
    void toggleShare();
    void hideShare();
    void digit(int value);
    void commitDigits();
    void onExitChord();
    void pinKey(QKeyEvent *event);
    void hidePinPad();
    void onAttract();
    void showOsd(const QString &text, int ms = 2500);
    void layoutOverlays();
    void updateProgress();

    Playlist m_playlist;
    KioskConfig m_config;
    Services m_services;
    const KioskClock *m_clock;
    TourPlayer *m_player;
    ExitChord *m_chord;
    IdleMonitor *m_idle;
    QTimer *m_ticker;

    QStackedWidget *m_stage;
    ErrorCard *m_errorCard;
    QPointer<PaperView> m_view;
    QSet<QString> m_simulated; ///< papers whose simulator already ran in this process

    QWidget *m_progress; // the dwell line along the bottom edge
    QLabel *m_osd;
    qint64 m_osdUntil = 0;
    QLabel *m_pauseMark;
    KioskOverlay *m_blankOverlay;
    KioskOverlay *m_exitOverlay;
    KioskOverlay *m_pinPad;
    KioskOverlay *m_shareOverlay;
    QLabel *m_shareCode;
    QLabel *m_shareLink;
    QString m_sharedLink; ///< what the code on screen encodes; empty when none shows
    QLabel *m_pinText;
    QLabel *m_pinMessage;
    QString m_pin;
    qint64 m_pinSince = 0;

    QList<QPointer<QWidget>> m_companions;
    Blank m_blank = Blank::None;
    QString m_digits;
    qint64 m_digitsSince = 0;
    bool m_closeAllowed = false;
    bool m_cursorHidden = false;
    QPoint m_parkedAt{-1, -1}; ///< where the hidden pointer was parked
};

} // namespace paperlab::app
