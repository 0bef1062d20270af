// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "kiosk/kioskwindow.h"

#include "kiosk/errorcard.h"
#include "kiosk/exitchord.h"
#include "kiosk/idlemonitor.h"
#include "kiosk/kioskclock.h"
#include "papers/paperloader.h"
#include "papers/paperregistry.h"
#include "shell/paperview.h"
#include "session/scenario.h"
#include "session/simulationsession.h"
#include "shell/qrcode.h"
#include "shell/simulatorpane.h"

#include <paperlab/logging.h>
#include <paperlab/simulationrunner.h>

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QCryptographicHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QScreen>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

#include <cmath>
#include <memory>

namespace paperlab::app {

namespace {

constexpr int kTickMs = 100;
constexpr int kDigitWaitMs = 1500;   // after "1" of 14 steps: wait for a second digit
constexpr int kPinTimeoutMs = 30000; // an abandoned PIN pad goes away
constexpr int kExitFeedbackMs = 300; // the "keep holding" hint, only once a hold is deliberate
constexpr int kMaxPinLength = 16;

QFont scaledFont(const QFont &base, double factor, QFont::Weight weight = QFont::Normal)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setWeight(weight);
    return f;
}

// Keys a presenter remote sends: they steer the tour even from the console's input fields.
bool isRemoteKey(const QKeyEvent &event)
{
    return event.key() == Qt::Key_PageDown || event.key() == Qt::Key_PageUp;
}

// The widget a key event is for: the receiver, or for an event still at the window level,
// the focus widget.
const QWidget *keyTarget(QObject *watched)
{
    const auto *w = qobject_cast<const QWidget *>(watched);
    return w && !w->isWindow() ? w : QApplication::focusWidget();
}

bool isInputWidget(const QWidget *w)
{
    return qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSlider *>(w)
        || qobject_cast<const QCheckBox *>(w);
}

} // namespace

/// A layer over the stage: a plain colour (black or white screen) or a dimmed backdrop with
/// a centred box (exit feedback, PIN pad).
class KioskOverlay : public QWidget
{
public:
    explicit KioskOverlay(QWidget *parent) : QWidget(parent)
    {
        setAttribute(Qt::WA_NoSystemBackground);
        hide();
    }
    void setFill(const QColor &color)
    {
        m_fill = color;
        update();
    }
    QFrame *box()
    {
        if (!m_box) {
            auto *layout = new QVBoxLayout(this);
            m_box = new QFrame(this);
            m_box->setObjectName(QStringLiteral("card"));
            m_box->setMinimumWidth(720);
            layout->addWidget(m_box, 0, Qt::AlignCenter);
        }
        return m_box;
    }

protected:
    void paintEvent(QPaintEvent *) override { QPainter(this).fillRect(rect(), m_fill); }

private:
    QColor m_fill = Qt::black;
    QFrame *m_box = nullptr;
};

namespace {

// The dwell along the bottom edge: how long until the tour moves on.
class DwellLine : public QWidget
{
public:
    explicit DwellLine(QWidget *parent) : QWidget(parent)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    void setFraction(double f, bool running)
    {
        if (std::abs(f - m_fraction) < 0.001 && running == m_running)
            return;
        m_fraction = f;
        m_running = running;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        const QPalette &pal = palette();
        p.fillRect(rect(), pal.color(QPalette::Mid));
        p.fillRect(QRectF(0, 0, width() * m_fraction, height()),
                   pal.color(m_running ? QPalette::Highlight : QPalette::PlaceholderText));
    }

private:
    double m_fraction = 0.0;
    bool m_running = true;
};

} // namespace

KioskWindow::KioskWindow(const Playlist &playlist, const KioskConfig &config,
                         const Services &services, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint), m_playlist(playlist),
      m_config(config), m_services(services), m_clock(services.clock)
{
    setObjectName(QStringLiteral("kiosk"));
    setWindowTitle(playlist.title().isEmpty() ? QStringLiteral("PaperLab") : playlist.title());
    setAccessibleName(tr("PaperLab kiosk"));
    setContextMenuPolicy(Qt::NoContextMenu);
    setAutoFillBackground(true);

    m_player = new TourPlayer(playlist.size(), m_clock, this);
    m_chord = new ExitChord(m_clock, this);
    m_chord->setChord(config.exitChord);
    m_chord->setHoldMs(config.exitHoldMs);
    m_idle = new IdleMonitor(m_clock, this);
    m_idle->setCursorHideMs(config.cursorHideMs);
    m_idle->setAttractMs(config.attractMs);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stage = new QStackedWidget(this);
    layout->addWidget(m_stage);
    m_errorCard = new ErrorCard(m_stage);
    m_stage->addWidget(m_errorCard);

    m_progress = new DwellLine(this);
    m_progress->setVisible(config.progressBar && playlist.size() > 0); // an empty tour waits

    const QFont base = QApplication::font();
    m_pauseMark = new QLabel(QStringLiteral("❚❚"), this);
    m_pauseMark->setFont(scaledFont(base, 1.2, QFont::Bold));
    m_pauseMark->setObjectName(QStringLiteral("muted"));
    m_pauseMark->setAccessibleName(tr("Paused"));
    m_pauseMark->hide();

    m_osd = new QLabel(this);
    m_osd->setFont(scaledFont(base, 1.1, QFont::DemiBold));
    m_osd->setStyleSheet(QStringLiteral("background: rgba(0, 0, 0, 200); color: white; "
                                        "border-radius: 10px; padding: 12px 24px;"));
    m_osd->hide();

    m_blankOverlay = new KioskOverlay(this);

    m_exitOverlay = new KioskOverlay(this);
    m_exitOverlay->setFill(QColor(0, 0, 0, 140));
    const int pad = QFontMetrics(base).height() * 2;
    auto *exitLayout = new QVBoxLayout(m_exitOverlay->box());
    exitLayout->setContentsMargins(pad, pad, pad, pad);
    auto *exitLabel = new QLabel(m_exitOverlay->box());
    exitLabel->setObjectName(QStringLiteral("exitProgress"));
    exitLabel->setFont(scaledFont(base, 1.2, QFont::DemiBold));
    exitLabel->setAlignment(Qt::AlignCenter);
    exitLayout->addWidget(exitLabel);

    // Q: the current setup as a QR code of its scenario link, for the room to open it in
    // their own PaperLab.
    m_shareOverlay = new KioskOverlay(this);
    m_shareOverlay->setFill(QColor(0, 0, 0, 170));
    auto *shareLayout = new QVBoxLayout(m_shareOverlay->box());
    shareLayout->setContentsMargins(pad, pad, pad, pad);
    shareLayout->setSpacing(pad / 2);
    auto *shareTitle = new QLabel(tr("Open this setup in PaperLab: scan the code, or open the "
                                     "link"),
                                  m_shareOverlay->box());
    shareTitle->setFont(scaledFont(base, 1.1, QFont::DemiBold));
    shareTitle->setAlignment(Qt::AlignCenter);
    shareTitle->setWordWrap(true);
    m_shareCode = new QLabel(m_shareOverlay->box());
    m_shareCode->setAlignment(Qt::AlignCenter);
    m_shareCode->setAccessibleName(tr("QR code of the scenario link"));
    m_shareLink = new QLabel(m_shareOverlay->box());
    m_shareLink->setObjectName(QStringLiteral("muted"));
    m_shareLink->setTextFormat(Qt::PlainText);
    m_shareLink->setWordWrap(true);
    m_shareLink->setAlignment(Qt::AlignCenter);
    auto *shareHint = new QLabel(tr("Q again closes this"), m_shareOverlay->box());
    shareHint->setObjectName(QStringLiteral("muted"));
    shareHint->setAlignment(Qt::AlignCenter);
    shareLayout->addWidget(shareTitle);
    shareLayout->addWidget(m_shareCode);
    shareLayout->addWidget(m_shareLink);
    shareLayout->addWidget(shareHint);

    m_pinPad = new KioskOverlay(this);
    m_pinPad->setFill(QColor(0, 0, 0, 170));
    auto *pinLayout = new QVBoxLayout(m_pinPad->box());
    pinLayout->setContentsMargins(pad, pad, pad, pad);
    pinLayout->setSpacing(pad / 2);
    auto *pinTitle = new QLabel(tr("Enter the PIN to leave the kiosk, then press Enter.\n"
                                   "Escape goes back to the tour."),
                                m_pinPad->box());
    pinTitle->setFont(scaledFont(base, 1.1, QFont::DemiBold));
    pinTitle->setAlignment(Qt::AlignCenter);
    m_pinText = new QLabel(m_pinPad->box());
    m_pinText->setFont(scaledFont(base, 2.0, QFont::Bold));
    m_pinText->setAlignment(Qt::AlignCenter);
    m_pinMessage = new QLabel(m_pinPad->box());
    m_pinMessage->setObjectName(QStringLiteral("error"));
    m_pinMessage->setAlignment(Qt::AlignCenter);
    pinLayout->addWidget(pinTitle);
    pinLayout->addWidget(m_pinText);
    pinLayout->addWidget(m_pinMessage);

    connect(m_player, &TourPlayer::currentChanged, this, &KioskWindow::onStep);
    connect(m_player, &TourPlayer::holdsChanged, this, [this] {
        m_pauseMark->setVisible(m_player->isHeld(TourPlayer::Hold::Paused));
        updateProgress();
        Q_EMIT stateChanged();
    });
    connect(m_chord, &ExitChord::triggered, this, &KioskWindow::onExitChord);
    connect(m_chord, &ExitChord::heldChanged, this, [this](bool held) {
        if (!held)
            m_exitOverlay->hide();
    });
    connect(m_idle, &IdleMonitor::attract, this, &KioskWindow::onAttract);
    connect(m_idle, &IdleMonitor::cursorHiddenChanged, this, [this](bool hidden) {
        if (hidden == m_cursorHidden)
            return;
        m_cursorHidden = hidden;
        if (!hidden) {
            QGuiApplication::restoreOverrideCursor();
            return;
        }
        QGuiApplication::setOverrideCursor(QCursor(Qt::BlankCursor));
        // An invisible pointer resting on a chart still hovers it (tooltips, highlights), so
        // it is parked in a corner; not when it rests on the presenter's console screen.
        QScreen *s = screen();
        if (s && geometry().contains(QCursor::pos(s))) {
            m_parkedAt = s->geometry().bottomRight();
            QCursor::setPos(s, m_parkedAt);
        }
    });
    m_ticker = new QTimer(this);
    m_ticker->setInterval(kTickMs);
    connect(m_ticker, &QTimer::timeout, this, &KioskWindow::tick);
    qApp->installEventFilter(this);
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
    if (m_cursorHidden)
        QGuiApplication::restoreOverrideCursor();
    delete m_view; // its runner stops before the engine and the registry go
    // A clean exit is no crash: no paper is to blame at the next start.
    m_services.loader->settleAll();
}

void KioskWindow::start(int index)
{
    m_player->go(index, TourPlayer::Reason::Start);
    m_ticker->start();
}

void KioskWindow::addCompanion(QWidget *window)
{
    m_companions.append(window);
}

void KioskWindow::leave(const QString &why)
{
    qCInfo(lcKiosk).noquote() << why;
    m_closeAllowed = true;
    Q_EMIT exitRequested();
}

SimulatorPane *KioskWindow::simulatorPane() const
{
    if (!m_view || m_stage->currentWidget() != m_view
        || m_playlist.step(current()).tab != PaperView::Tab::Simulator)
        return nullptr;
    return m_view->simulatorPane();
}

QString KioskWindow::errorText() const
{
    return m_stage->currentWidget() == m_errorCard ? m_errorCard->reason() : QString();
}

bool KioskWindow::pinPadVisible() const
{
    return !m_pinPad->isHidden();
}

QString KioskWindow::osdText() const
{
    return m_osd->isHidden() ? QString() : m_osd->text();
}

// Steps --------------------------------------------------------------------------------------

void KioskWindow::onStep(int index, TourPlayer::Reason reason)
{
    if (m_playlist.size() == 0) {
        showNothingToShow();
        return;
    }
    const PlaylistStep &step = m_playlist.step(index);
    if (reason != TourPlayer::Reason::Auto)
        m_player->setHold(TourPlayer::Hold::Interacting, false);
    if (reason == TourPlayer::Reason::Manual && m_blank != Blank::None)
        setBlank(Blank::None);
    m_digits.clear();
    hideShare(); // the code was of the step before
    if (m_services.state)
        m_services.state->saveStep(m_playlist.fingerprint(), index);
    // Only the step on screen computes: a simulator left behind in a hidden tab pauses.
    if (m_view && m_view->currentTab() == PaperView::Tab::Simulator) {
        if (SimulationRunner *runner = m_view->simulatorPane()->runner())
            runner->pause();
    }

    const QString error = prepare(index);
    double seconds = step.seconds;
    if (!error.isEmpty()) {
        showError(index, error);
        seconds = std::min(seconds, m_config.errorCardSeconds);
    }
    m_player->setDwellMs(qint64(seconds * 1000));
    if (reason == TourPlayer::Reason::Manual)
        showOsd(tr("%1 / %2").arg(index + 1).arg(m_playlist.size()));
    static const char *const reasons[] = {"start", "auto", "manual", "attract"};
    qCInfo(lcKiosk).noquote() << QStringLiteral("step %1/%2 (%3): %4")
                                     .arg(index + 1)
                                     .arg(m_playlist.size())
                                     .arg(QLatin1String(reasons[int(reason)]), step.describe());
    updateProgress();
    Q_EMIT stepShown(index);
}

QString KioskWindow::prepare(int index)
{
    const PlaylistStep &step = m_playlist.step(index);
    PaperSpec *spec = m_services.loader->registry()->find(step.paper);
    if (!spec) {
        // The kiosk leaves such papers out of its tour before it starts (runKiosk), so only
        // a playlist handed to the window as it is gets here: information, not a warning.
        qCInfo(lcKiosk).noquote() << QStringLiteral("step %1: paper \"%2\" is not installed")
                                         .arg(index + 1)
                                         .arg(step.paper);
        return tr("The paper \"%1\" is not installed on this computer.").arg(step.paper);
    }
    m_services.loader->load(spec); // its crash marker goes once it has run a while
    if (spec->state() != PaperState::Ready) {
        const QString reason = m_playlist.referenceError(index, *spec);
        qCWarning(lcKiosk).noquote() << reason;
        return spec->error().userText.isEmpty() ? reason : spec->error().userText;
    }

    if (!m_view || m_view->spec() != spec) {
        delete m_view; // its runner stops first
        m_view = new PaperView(spec, m_services.qml, 0.0, {}, m_stage, Presentation::Kiosk);
        m_stage->addWidget(m_view);
    }
    m_stage->setCurrentWidget(m_view);
    switch (step.tab) {
    case PaperView::Tab::Explainer:
        if (!m_view->showSection(step.section)) {
            const QString reason = m_playlist.referenceError(index, *spec);
            qCWarning(lcKiosk).noquote() << reason;
            return reason;
        }
        break;
    case PaperView::Tab::Simulator: {
        if (!m_simulated.contains(spec->id())) {
            // A paper's first simulator is the other place its code first runs.
            m_simulated.insert(spec->id());
            m_services.loader->guardRun(spec->id());
        }
        m_view->setCurrentTab(PaperView::Tab::Simulator);
        SimulatorPane *pane = m_view->simulatorPane();
        if (step.scenario) {
            // Every visit starts from the scenario; notes (keys it no longer has) go to the
            // log, where the lecturer sees them when rehearsing the tour.
            const auto applied = step.scenario->applyTo(*pane->session());
            if (!applied) {
                const QString reason = QStringLiteral("step %1: \"scenario\" %2: %3")
                                           .arg(index + 1)
                                           .arg(step.scenarioName, applied.error().logText);
                qCWarning(lcKiosk).noquote() << reason;
                return reason;
            }
            for (const QString &note : applied.value())
                qCWarning(lcKiosk).noquote() << step.describe() << "note:" << note;
        } else if (step.preset.isEmpty()) {
            pane->session()->resetAll(); // every visit starts from the defaults, whatever a visitor changed
        } else if (!pane->session()->applyPreset(step.preset)) {
            const QString reason = m_playlist.referenceError(index, *spec);
            qCWarning(lcKiosk).noquote() << reason;
            return reason;
        }
        if (!pane->runner()) { // the plugin made no simulator: an error card, not a blank stage
            return tr("The paper \"%1\" cannot make its simulator \"%2\".")
                .arg(step.paper, pane->session()->simulatorId());
        }
        // The log says when a run ends, so that a check of the screen knows whether the
        // charts should still move (tests/kiosk).
        connect(pane->runner(), &SimulationRunner::finished, this,
                &KioskWindow::logSimulatorFinished, Qt::UniqueConnection);
        const qint64 savedStep = step.scenario ? step.scenario->steps : 0;
        if (savedStep > 0) {
            // Replayed to where it was saved, then (autoplay) it runs on from there.
            SimulationRunner *runner = pane->runner();
            runner->runToStep(savedStep);
            if (step.autoplay) {
                // The snapshot shown now may be an earlier visit's, already past the saved
                // step: only a newer one says the replay has arrived.
                auto goOn = std::make_shared<QMetaObject::Connection>();
                *goOn = connect(runner, &SimulationRunner::stateChanged, this,
                                [runner, goOn, savedStep, before = runner->latest()] {
                    const auto state = runner->state();
                    const SnapshotPtr now = runner->latest();
                    const bool there = state == SimulationRunner::State::Paused && now
                        && now != before && now->step >= savedStep;
                    if (there || state == SimulationRunner::State::Finished
                        || state == SimulationRunner::State::Error)
                        QObject::disconnect(*goOn);
                    if (there)
                        runner->start();
                });
            }
        } else if (step.autoplay) {
            pane->runner()->start();
        }
        break;
    }
    case PaperView::Tab::Summary: m_view->setCurrentTab(PaperView::Tab::Summary); break;
    }
    return {};
}

void KioskWindow::logSimulatorFinished()
{
    qCInfo(lcKiosk) << "simulator finished";
}

void KioskWindow::showNothingToShow()
{
    const QStringList skipped = m_playlist.skippedPapers();
    const QString reason = skipped.isEmpty()
        ? tr("The playlist has no steps.")
        : tr("None of its papers is installed on this computer: %1. Install them, or choose "
             "another playlist.")
              .arg(skipped.join(QStringLiteral(", ")));
    m_errorCard->setNothingToShow(
        m_playlist.title().isEmpty() ? QStringLiteral("PaperLab") : m_playlist.title(), reason);
    m_stage->setCurrentWidget(m_errorCard);
}

void KioskWindow::showError(int index, const QString &reason)
{
    const PlaylistStep &step = m_playlist.step(index);
    const PaperSpec *spec = m_services.loader->registry()->find(step.paper);
    const QString name
        = spec && !spec->metadata().name.isEmpty() ? spec->metadata().name : step.paper;
    m_errorCard->setError(name, reason);
    m_stage->setCurrentWidget(m_errorCard);
}

// Timing -------------------------------------------------------------------------------------

void KioskWindow::tick()
{
    const qint64 now = m_clock->now();
    m_services.loader->settle(); // on the kiosk's clock, as everything timed here
    m_player->tick();
    m_chord->tick();
    m_idle->tick();
    if (!m_digits.isEmpty() && now - m_digitsSince >= kDigitWaitMs)
        commitDigits();
    if (pinPadVisible() && now - m_pinSince >= kPinTimeoutMs)
        hidePinPad();
    if (m_chord->isHeld() && m_chord->progress() * m_chord->holdMs() >= kExitFeedbackMs) {
        auto *label = m_exitOverlay->findChild<QLabel *>(QStringLiteral("exitProgress"));
        label->setText(tr("Keep holding to leave the kiosk… %1 %")
                           .arg(int(std::round(m_chord->progress() * 100))));
        if (m_exitOverlay->isHidden()) {
            m_exitOverlay->show();
            layoutOverlays();
        }
    }
    if (!m_osd->isHidden() && now >= m_osdUntil && m_digits.isEmpty())
        m_osd->hide();
    updateProgress();
}

void KioskWindow::updateProgress()
{
    const qint64 dwell = std::max<qint64>(1, m_player->dwellMs());
    const double fraction = std::clamp(double(m_player->elapsedMs()) / double(dwell), 0.0, 1.0);
    static_cast<DwellLine *>(m_progress)->setFraction(fraction, !m_player->holds());
    if (m_stage->currentWidget() == m_errorCard)
        m_errorCard->setSecondsLeft(int(std::ceil(m_player->remainingMs() / 1000.0)));
}

void KioskWindow::showOsd(const QString &text, int ms)
{
    m_osd->setText(text);
    m_osd->adjustSize();
    m_osd->show();
    m_osd->raise();
    m_osdUntil = m_clock->now() + ms;
    layoutOverlays();
}

// Input --------------------------------------------------------------------------------------

KioskWindow::Route KioskWindow::routeOf(QObject *watched) const
{
    const QWidget *top = nullptr;
    if (auto *w = qobject_cast<QWidget *>(watched)) {
        top = w->window();
    } else if (auto *window = qobject_cast<QWindow *>(watched)) {
        if (windowHandle() == window)
            top = this;
        for (const QPointer<QWidget> &c : m_companions) {
            if (c && c->windowHandle() == window)
                top = c;
        }
    }
    if (!top)
        return Route::Ignore;
    if (top == this)
        return Route::Kiosk;
    for (const QPointer<QWidget> &c : m_companions) {
        if (c == top)
            return Route::Companion;
    }
    return Route::Ignore;
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress:
    case QEvent::KeyRelease: {
        const Route route = routeOf(watched);
        if (route == Route::Ignore)
            break;
        auto *key = static_cast<QKeyEvent *>(event);
        // The exit chord works wherever the keyboard focus is.
        if (event->type() != QEvent::ShortcutOverride && m_chord->handle(*key))
            return true;
        // On the console, a field being typed in keeps its keys, except the remote's.
        if (route == Route::Companion && !isRemoteKey(*key) && isInputWidget(keyTarget(watched)))
            break;
        if (event->type() == QEvent::ShortcutOverride) {
            // Claiming the key stops every shortcut of the hosted views (tab mnemonics,
            // command buttons); the key press then comes back here.
            event->accept();
            return true;
        }
        return handleKey(key, route);
    }
    case QEvent::MouseMove:
        // The move that parking the pointer causes is not someone moving the mouse.
        if (routeOf(watched) != Route::Ignore
            && static_cast<QMouseEvent *>(event)->globalPosition().toPoint() != m_parkedAt)
            m_idle->noteMotion();
        break;
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::TouchBegin: {
        const Route route = routeOf(watched);
        if (route == Route::Ignore)
            break;
        m_idle->noteMotion();
        m_idle->noteInput();
        if (route == Route::Kiosk && m_blank != Blank::None) {
            setBlank(Blank::None);
            return true;
        }
        // Someone is using the content: the tour waits for them (and the attract loop
        // takes over once they have left).
        if (route == Route::Kiosk && !pinPadVisible())
            m_player->setHold(TourPlayer::Hold::Interacting, true);
        break;
    }
    case QEvent::ContextMenu:
        if (routeOf(watched) != Route::Ignore)
            return true;
        break;
    default: break;
    }
    return QWidget::eventFilter(watched, event);
}

bool KioskWindow::handleKey(QKeyEvent *event, Route route)
{
    if (event->type() == QEvent::KeyRelease)
        return route == Route::Kiosk;
    m_idle->noteInput();
    if (pinPadVisible()) {
        pinKey(event);
        return true;
    }
    const KioskAction action = m_config.keys.action(*event);
    if (action != KioskAction::None) {
        perform(action);
        return true;
    }
    const int d = InputMap::digit(*event);
    if (d >= 0)
        digit(d);
    // Everything else, Escape and Tab included, goes nowhere.
    return true;
}

void KioskWindow::perform(KioskAction action)
{
    // As in presentation software, a navigation key on a blank screen first brings the
    // picture back.
    const bool blankKey = action == KioskAction::Black || action == KioskAction::White
        || action == KioskAction::Pause;
    if (m_blank != Blank::None && !blankKey) {
        setBlank(Blank::None);
        return;
    }
    if (action != KioskAction::Share)
        hideShare();
    switch (action) {
    case KioskAction::Next: m_player->next(); break;
    case KioskAction::Previous: m_player->previous(); break;
    case KioskAction::First: m_player->first(); break;
    case KioskAction::Last: m_player->last(); break;
    case KioskAction::Black: setBlank(m_blank == Blank::Black ? Blank::None : Blank::Black); break;
    case KioskAction::White: setBlank(m_blank == Blank::White ? Blank::None : Blank::White); break;
    case KioskAction::Pause: togglePause(); break;
    case KioskAction::Enter: commitDigits(); break;
    case KioskAction::Share: toggleShare(); break;
    case KioskAction::None: break;
    }
}

void KioskWindow::toggleShare()
{
    if (!m_shareOverlay->isHidden()) {
        hideShare();
        return;
    }
    SimulatorPane *pane = simulatorPane();
    if (!pane) {
        showOsd(tr("Only a simulator step can be shared"));
        return;
    }
    const SnapshotPtr latest = pane->runner() ? pane->runner()->latest() : nullptr;
    Scenario scenario = Scenario::capture(*pane->session(), latest ? latest->step : 0);
    scenario.tab = PaperView::tabName(PaperView::Tab::Simulator);
    const QString link = scenario.toLink().toString(QUrl::FullyEncoded);
    // About a third of the screen's height, in whole pixels per module.
    const QImage code = qrCodeImage(link.toUtf8(), 1);
    if (code.isNull()) {
        showOsd(tr("This setup is too large for a QR code"));
        return;
    }
    // Encoded once at one pixel per module; nearest-neighbour scaling keeps modules exact.
    const int side = std::max(2, height() / 3 / code.width()) * code.width();
    m_shareCode->setPixmap(QPixmap::fromImage(
        code.scaled(side, side, Qt::IgnoreAspectRatio, Qt::FastTransformation)));
    m_sharedLink = link;
    // A link has no spaces: a zero-width space after each "&" lets it wrap between items.
    m_shareLink->setText(QString(link).replace(u'&', QStringLiteral("&\u200B")));
    m_shareLink->setMaximumWidth(std::max(720, width() * 2 / 3));
    m_shareOverlay->show();
    layoutOverlays();
    m_shareOverlay->raise();
    qCInfo(lcKiosk).noquote() << "sharing" << link;
    Q_EMIT stateChanged();
}

void KioskWindow::hideShare()
{
    if (m_shareOverlay->isHidden())
        return;
    m_shareOverlay->hide();
    m_shareLink->clear();
    m_sharedLink.clear();
    Q_EMIT stateChanged();
}

QString KioskWindow::sharedLink() const
{
    return m_sharedLink;
}

void KioskWindow::setBlank(Blank blank)
{
    if (blank == m_blank)
        return;
    m_blank = blank;
    m_blankOverlay->setFill(blank == Blank::White ? Qt::white : Qt::black);
    m_blankOverlay->setVisible(blank != Blank::None);
    if (blank != Blank::None) {
        layoutOverlays();
        m_blankOverlay->raise();
    }
    m_player->setHold(TourPlayer::Hold::Blanked, blank != Blank::None);
    static const char *const names[] = {"picture back", "black screen", "white screen"};
    qCInfo(lcKiosk) << names[int(blank)];
    Q_EMIT stateChanged();
}

void KioskWindow::togglePause()
{
    using Hold = TourPlayer::Hold;
    if (m_player->isHeld(Hold::Paused) || m_player->isHeld(Hold::Interacting)) {
        m_player->setHold(Hold::Paused, false);
        m_player->setHold(Hold::Interacting, false);
        showOsd(tr("▶  The tour moves on"));
        qCInfo(lcKiosk) << "auto-advance resumed";
    } else {
        m_player->setHold(Hold::Paused, true);
        showOsd(tr("❚❚  Paused: P resumes"));
        qCInfo(lcKiosk) << "auto-advance paused";
    }
}

void KioskWindow::digit(int value)
{
    if (m_digits.isEmpty() && value == 0) {
        showOsd(tr("No step 0"));
        return;
    }
    m_digits += QString::number(value);
    m_digitsSince = m_clock->now();
    // Jump at once when no further digit could make a valid step number.
    if (m_digits.toInt() * 10 > m_playlist.size() || m_digits.size() >= 2)
        commitDigits();
    else
        showOsd(tr("Step %1…").arg(m_digits));
}

void KioskWindow::commitDigits()
{
    if (m_digits.isEmpty())
        return;
    const int number = m_digits.toInt();
    m_digits.clear();
    if (number < 1 || number > m_playlist.size()) {
        showOsd(tr("No step %1: the tour has %2").arg(number).arg(m_playlist.size()));
        return;
    }
    m_player->go(number - 1, TourPlayer::Reason::Manual);
}

void KioskWindow::onAttract()
{
    if (!m_player->holds() && m_blank == Blank::None && !pinPadVisible())
        return; // the tour is running on its own already
    qCInfo(lcKiosk) << "nobody here for a while: the tour starts again";
    hidePinPad();
    setBlank(Blank::None);
    m_player->setHold(TourPlayer::Hold::Paused, false);
    m_player->setHold(TourPlayer::Hold::Interacting, false);
    m_player->go(0, TourPlayer::Reason::Attract);
}

// Exit ---------------------------------------------------------------------------------------

void KioskWindow::onExitChord()
{
    m_exitOverlay->hide();
    if (m_config.exitPinSha256.isEmpty()) {
        leave(QStringLiteral("exit chord held: leaving the kiosk"));
        return;
    }
    m_pin.clear();
    m_pinText->setText(QStringLiteral("_"));
    m_pinMessage->clear();
    m_pinSince = m_clock->now();
    m_pinPad->show();
    layoutOverlays();
    m_pinPad->raise();
    m_player->setHold(TourPlayer::Hold::Locked, true);
    Q_EMIT stateChanged();
}

void KioskWindow::pinKey(QKeyEvent *event)
{
    m_pinSince = m_clock->now();
    const int d = InputMap::digit(*event);
    if (event->key() == Qt::Key_Escape) {
        hidePinPad();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        const QByteArray hash
            = QCryptographicHash::hash(m_pin.toUtf8(), QCryptographicHash::Sha256).toHex();
        if (QString::fromLatin1(hash) == m_config.exitPinSha256) {
            leave(QStringLiteral("exit PIN accepted: leaving the kiosk"));
            return;
        }
        qCWarning(lcKiosk) << "a wrong exit PIN was entered";
        m_pin.clear();
        m_pinMessage->setText(tr("Wrong PIN"));
    } else if (event->key() == Qt::Key_Backspace) {
        m_pin.chop(1);
    } else if (d >= 0 && m_pin.size() < kMaxPinLength) {
        m_pin += QString::number(d);
        m_pinMessage->clear();
    }
    m_pinText->setText(m_pin.isEmpty() ? QStringLiteral("_")
                                       : QString(m_pin.size(), QChar(0x2022)));
}

void KioskWindow::hidePinPad()
{
    if (m_pinPad->isHidden())
        return;
    m_pin.clear();
    m_pinPad->hide();
    m_player->setHold(TourPlayer::Hold::Locked, false);
    Q_EMIT stateChanged();
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    // Alt+F4, a window manager's close button, xdotool windowclose: none of them is the chord.
    if (!m_closeAllowed) {
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

void KioskWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::WindowStateChange && !m_closeAllowed) {
        const auto *change = static_cast<QWindowStateChangeEvent *>(event);
        // A window manager minimised us or took full screen away: take it back.
        if ((change->oldState() & Qt::WindowFullScreen) && !(windowState() & Qt::WindowFullScreen))
            QTimer::singleShot(0, this, [this] { showFullScreen(); });
    }
    QWidget::changeEvent(event);
}

void KioskWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutOverlays();
}

void KioskWindow::layoutOverlays()
{
    const QRect r = rect();
    const int line = std::max(6, height() / 160);
    m_progress->setGeometry(0, r.height() - line, r.width(), line);
    m_progress->raise();
    const int margin = std::max(16, height() / 50);
    m_pauseMark->adjustSize();
    m_pauseMark->move(margin, r.height() - line - margin - m_pauseMark->height());
    m_pauseMark->raise();
    m_osd->move(r.width() - m_osd->width() - margin, margin);
    m_osd->raise();
    for (KioskOverlay *o : {m_shareOverlay, m_exitOverlay, m_pinPad, m_blankOverlay}) {
        o->setGeometry(r);
        if (!o->isHidden())
            o->raise();
    }
}

} // namespace paperlab::app
