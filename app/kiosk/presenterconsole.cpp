// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "kiosk/presenterconsole.h"

#include "kiosk/kioskclock.h"
#include "kiosk/kioskwindow.h"
#include "papers/paperregistry.h"
#include "params/parameterpanel.h"
#include "session/simulationsession.h"
#include "shell/simulatorpane.h"

#include <paperlab/simulationrunner.h>

#include <QCloseEvent>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace paperlab::app {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("muted"));
    QFont f = label->font();
    f.setWeight(QFont::DemiBold);
    f.setLetterSpacing(QFont::PercentageSpacing, 110);
    label->setFont(f);
    return label;
}

QString clockText(qint64 ms)
{
    const qint64 s = ms / 1000;
    const QLatin1Char zero('0');
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg(s / 60 % 60, 2, 10, zero)
            .arg(s % 60, 2, 10, zero);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, zero);
}

QString tabLabel(PaperView::Tab tab)
{
    switch (tab) {
    case PaperView::Tab::Explainer: return PresenterConsole::tr("Explainer");
    case PaperView::Tab::Simulator: return PresenterConsole::tr("Simulator");
    case PaperView::Tab::Summary: return PresenterConsole::tr("In one picture");
    }
    return {};
}

} // namespace

PresenterConsole::PresenterConsole(KioskWindow *kiosk, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint), m_kiosk(kiosk)
{
    setObjectName(QStringLiteral("presenterConsole"));
    setWindowTitle(tr("PaperLab presenter console"));
    setContextMenuPolicy(Qt::NoContextMenu);
    setAutoFillBackground(true);
    m_timerStart = kiosk->clock()->now();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(16);

    auto *top = new QHBoxLayout;
    auto *now = new QVBoxLayout;
    m_position = heading(QString(), this);
    m_current = new QLabel(this);
    QFont big = m_current->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setWeight(QFont::DemiBold);
    m_current->setFont(big);
    m_current->setWordWrap(true);
    now->addWidget(m_position);
    now->addWidget(m_current);
    top->addLayout(now, 1);
    auto *clocks = new QVBoxLayout;
    m_timer = new QLabel(this);
    QFont clockFont = big;
    clockFont.setPointSizeF(big.pointSizeF() * 1.3);
    clockFont.setStyleHint(QFont::Monospace);
    m_timer->setFont(clockFont);
    m_timer->setAlignment(Qt::AlignRight);
    m_timer->setAccessibleName(tr("Lecture timer"));
    m_remaining = new QLabel(this);
    m_remaining->setAlignment(Qt::AlignRight);
    m_remaining->setAccessibleName(tr("Time left on this step"));
    clocks->addWidget(m_timer);
    clocks->addWidget(m_remaining);
    top->addLayout(clocks);
    layout->addLayout(top);

    auto *middle = new QHBoxLayout;
    middle->setSpacing(32);
    auto *notesColumn = new QVBoxLayout;
    notesColumn->addWidget(heading(tr("SPEAKER NOTES"), this));
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QFont notesFont = m_notes->font();
    notesFont.setPointSizeF(notesFont.pointSizeF() * 1.15);
    m_notes->setFont(notesFont);
    auto *notesScroll = new QScrollArea(this);
    notesScroll->setWidgetResizable(true);
    notesScroll->setFrameShape(QFrame::NoFrame);
    notesScroll->setWidget(m_notes);
    notesColumn->addWidget(notesScroll, 1);
    middle->addLayout(notesColumn, 3);

    auto *side = new QVBoxLayout;
    side->addWidget(heading(tr("NEXT"), this));
    m_next = new QLabel(this);
    m_next->setWordWrap(true);
    side->addWidget(m_next);
    side->addSpacing(16);
    m_panelBox = new QWidget(this);
    auto *panelLayout = new QVBoxLayout(m_panelBox);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(heading(tr("LIVE PARAMETERS"), m_panelBox));
    m_panelScroll = new QScrollArea(m_panelBox);
    m_panelScroll->setWidgetResizable(true);
    m_panelScroll->setFrameShape(QFrame::NoFrame);
    panelLayout->addWidget(m_panelScroll, 1);
    m_restart = new QPushButton(tr("Restart the simulation with these values"), m_panelBox);
    m_restart->setObjectName(QStringLiteral("primary"));
    panelLayout->addWidget(m_restart);
    side->addWidget(m_panelBox, 1);
    side->addStretch();
    middle->addLayout(side, 2);
    layout->addLayout(middle, 1);

    auto *buttons = new QHBoxLayout;
    auto addButton = [this, buttons](const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    addButton(tr("◀  Previous"), [kiosk] { kiosk->perform(KioskAction::Previous); });
    addButton(tr("Next  ▶"), [kiosk] {
        kiosk->perform(KioskAction::Next);
    })->setObjectName(QStringLiteral("primary"));
    m_pause = addButton(QString(), [kiosk] { kiosk->perform(KioskAction::Pause); });
    addButton(tr("Black screen"), [kiosk] { kiosk->perform(KioskAction::Black); });
    addButton(tr("QR code"), [kiosk] { kiosk->perform(KioskAction::Share); });
    buttons->addStretch();
    addButton(tr("Restart timer"), [this] {
        m_timerStart = m_kiosk->clock()->now();
        updateClocks();
    });
    addButton(tr("Swap screens"), [this] { Q_EMIT swapScreensRequested(); });
    layout->addLayout(buttons);

    connect(m_restart, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->restart();
    });
    connect(kiosk, &KioskWindow::stepShown, this, &PresenterConsole::onStep);
    connect(kiosk, &KioskWindow::stateChanged, this, &PresenterConsole::updateClocks);
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &PresenterConsole::updateClocks);
    timer->start(500);
    onStep(kiosk->current());
}

QString PresenterConsole::describe(int index) const
{
    const PlaylistStep &step = m_kiosk->playlist().step(index);
    const PaperView *view = m_kiosk->paperView();
    QString name = step.paper;
    const PaperSpec *spec = view && view->spec()->id() == step.paper ? view->spec() : nullptr;
    if (spec)
        name = spec->metadata().name;
    QString where = tabLabel(step.tab);
    if (!step.section.isEmpty())
        where += QStringLiteral(" · #") + step.section;
    if (!step.preset.isEmpty()) {
        QString preset = step.preset;
        if (spec && spec->state() == PaperState::Ready) {
            if (const Preset *p = SimulationSession::findPreset(spec->presets(), step.preset))
                preset = p->label;
        }
        where += QStringLiteral(" · ") + preset;
    }
    if (step.scenario) {
        where += QStringLiteral(" · scenario ") + step.scenarioName;
        if (step.scenario->steps > 0)
            where += QStringLiteral(" at step %L1").arg(step.scenario->steps);
    }
    return QStringLiteral("%1\n%2").arg(name, where);
}

void PresenterConsole::onStep(int index)
{
    const Playlist &playlist = m_kiosk->playlist();
    m_position->setText(tr("NOW · STEP %1 OF %2").arg(index + 1).arg(playlist.size()));
    m_current->setText(describe(index));
    const QString error = m_kiosk->errorText();
    if (!error.isEmpty())
        m_current->setText(m_current->text() + QStringLiteral("\n")
                           + tr("Not shown: %1").arg(error));
    const int next = (index + 1) % playlist.size();
    m_next->setText(tr("Step %1: %2").arg(next + 1).arg(describe(next)));
    const QString notes = playlist.step(index).notes;
    m_notes->setText(notes.isEmpty() ? tr("(No notes for this step.)") : notes);
    rebuildPanel();
    updateClocks();
}

void PresenterConsole::rebuildPanel()
{
    SimulatorPane *pane = m_kiosk->simulatorPane();
    SimulationSession *session = pane ? pane->session() : nullptr;
    if (m_session != session && m_session)
        disconnect(m_session, nullptr, this, nullptr);
    delete m_panel;
    m_panel = nullptr;
    m_panelBox->setVisible(session != nullptr);
    m_restart->setVisible(false);
    if (!session)
        return;
    if (m_session != session) {
        m_session = session;
        // A preset may switch the simulator: its parameters differ, so the panel is rebuilt.
        connect(session, &SimulationSession::simulatorChanged, this, &PresenterConsole::rebuildPanel);
        // Shown only when an edit waits for a restart: live parameters apply at once.
        connect(session, &SimulationSession::restartNeededChanged, m_restart, &QPushButton::setVisible);
    }
    m_panel = new ParameterPanel(*session, nullptr, Presentation::Kiosk);
    m_panelScroll->setWidget(m_panel);
    m_restart->setVisible(session->restartNeeded());
}

void PresenterConsole::updateClocks()
{
    const qint64 now = m_kiosk->clock()->now();
    m_timer->setText(tr("Lecture %1  ·  Clock %2")
                         .arg(clockText(now - m_timerStart),
                              QTime::currentTime().toString(QStringLiteral("HH:mm"))));
    const TourPlayer *player = m_kiosk->player();
    QString left = tr("%1 left on this step").arg(clockText(player->remainingMs() + 999));
    if (player->isHeld(TourPlayer::Hold::Paused))
        left += tr(" · paused");
    else if (player->isHeld(TourPlayer::Hold::Interacting))
        left += tr(" · held: someone is using it");
    if (m_kiosk->blank() != KioskWindow::Blank::None)
        left += tr(" · screen blanked");
    m_remaining->setText(left);
    m_pause->setText(player->isHeld(TourPlayer::Hold::Paused) ? tr("▶  Resume") : tr("❚❚  Pause"));
}

QString PresenterConsole::currentText() const
{
    return m_current->text();
}

QString PresenterConsole::nextText() const
{
    return m_next->text();
}

QString PresenterConsole::notesText() const
{
    return m_notes->text();
}

void PresenterConsole::closeEvent(QCloseEvent *event)
{
    if (!m_closeAllowed) {
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

} // namespace paperlab::app
