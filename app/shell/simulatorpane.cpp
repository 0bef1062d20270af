// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "shell/simulatorpane.h"

#include "params/filedroptarget.h"
#include "params/parameterpanel.h"
#include "shell/elidedlabel.h"
#include "shell/qmlhost.h"

#include <paperlab/paperplugin.h>
#include <paperlab/paperregistry.h>
#include <paperlab/simulationrunner.h>
#include <paperlab/simulator.h>

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QQuickItem>
#include <QQuickWidget>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace paperlab::app {

namespace {

constexpr int kMinViewHeight = 560; // at font scale 1

QToolButton *transportButton(QAction *action, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAccessibleName(action->text().remove(u'&'));
    b->setAccessibleDescription(action->toolTip());
    b->setFocusPolicy(Qt::StrongFocus);
    return b;
}

QAction *makeAction(const QString &text, const QString &tip, const QList<QKeySequence> &keys, QObject *parent)
{
    auto *a = new QAction(text, parent);
    a->setShortcuts(keys);
    QStringList names;
    for (const QKeySequence &k : keys)
        names.append(k.toString(QKeySequence::NativeText));
    a->setToolTip(names.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, names.join(QStringLiteral(", "))));
    a->setShortcutContext(Qt::WindowShortcut);
    return a;
}

// The themes style widgets by object name (#primary, #error); a new name needs a re-polish.
void setStyleName(QWidget *widget, const QString &name)
{
    if (widget->objectName() == name)
        return;
    widget->setObjectName(name);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace

SimulatorPane::SimulatorPane(PaperSpec *spec, QmlHost *qml, QWidget *parent,
                             Presentation presentation)
    : QWidget(parent), m_spec(spec), m_qml(qml), m_presentation(presentation)
{
    const bool kiosk = presentation == Presentation::Kiosk;
    setAccessibleName(tr("Simulator"));
    m_playAction = makeAction(tr("&Play"), tr("Play or pause the simulation"), {Qt::Key_Space}, this);
    m_stepAction = makeAction(tr("&Step"), tr("Advance one step"), {Qt::Key_S}, this);
    m_stepRightAction = makeAction(tr("Step"), tr("Advance one step"), {Qt::Key_Right}, this);
    m_resetAction = makeAction(tr("&Reset"), tr("Restart the run with the panel's parameters"), {Qt::Key_R}, this);
    m_resetAllAction = makeAction(tr("Reset &all"), tr("Restore every parameter to its default and restart"),
                                  {QKeySequence(Qt::ALT | Qt::Key_R)}, this);
    // In the kiosk the keyboard belongs to the kiosk (Space and Right mean "next step").
    if (!kiosk) {
        addActions(
            {m_playAction, m_stepAction, m_stepRightAction, m_resetAction, m_resetAllAction});
    }
    connect(m_playAction, &QAction::triggered, this, &SimulatorPane::playPause);
    connect(m_stepAction, &QAction::triggered, this, &SimulatorPane::step);
    connect(m_stepRightAction, &QAction::triggered, this, &SimulatorPane::step);
    connect(m_resetAction, &QAction::triggered, this, &SimulatorPane::resetRun);
    connect(m_resetAllAction, &QAction::triggered, this, &SimulatorPane::resetAll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(kiosk ? QMargins() : QMargins(8, 8, 8, 8));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);

    // The simulator's view is created inside this host, which stays in the splitter. A
    // QQuickWidget must be born in its final window: one created as a top-level and moved in
    // later recreates its offscreen window on the move, and under OpenGL it is never drawn.
    // Below kMinViewHeight the view scrolls rather than squeezing its charts flat (a 720-line
    // projector leaves the desktop view about 500 px); the kiosk is full screen and never does.
    auto *viewScroll = new QScrollArea(splitter);
    viewScroll->setWidgetResizable(true);
    viewScroll->setFrameShape(QFrame::NoFrame);
    viewScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_viewHost = new QWidget(viewScroll);
    m_viewHost->setMinimumWidth(360);
    auto *viewLayout = new QVBoxLayout(m_viewHost);
    viewLayout->setContentsMargins(0, 0, 0, 0);
    viewScroll->setWidget(m_viewHost);
    splitter->addWidget(viewScroll);

    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 0, 0, 0);
    const auto &sims = spec->metadata().simulators;
    if (sims.size() > 1) {
        auto *row = new QHBoxLayout;
        auto *label = new QLabel(tr("S&imulator"), side);
        m_simulatorBox = new QComboBox(side);
        for (const SimulatorInfo &s : sims)
            m_simulatorBox->addItem(s.name, s.id);
        m_simulatorBox->setAccessibleName(tr("Simulator"));
        m_simulatorBox->setAccessibleDescription(tr("Which experiment of this paper to run"));
        label->setBuddy(m_simulatorBox);
        row->addWidget(label);
        row->addWidget(m_simulatorBox, 1);
        sideLayout->addLayout(row);
        connect(m_simulatorBox, &QComboBox::activated, this,
                [this](int i) { createSimulator(m_simulatorBox->itemData(i).toString()); });
    }
    auto *scroll = new QScrollArea(side);
    m_panelScroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_panelHost = new QWidget(scroll);
    m_panelHost->setLayout(new QVBoxLayout);
    m_panelHost->layout()->setContentsMargins(0, 0, 4, 0);
    scroll->setWidget(m_panelHost);
    sideLayout->addWidget(scroll, 1);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 340});
    side->setVisible(!kiosk);
    // The panel folds away to give a small screen's width to the charts.
    m_panelAction = makeAction(tr("Para&meters"), tr("Show or hide the parameter panel"),
                               {Qt::Key_F9}, this);
    m_panelAction->setCheckable(true);
    m_panelAction->setChecked(!kiosk);
    connect(m_panelAction, &QAction::toggled, side, &QWidget::setVisible);
    if (!kiosk)
        addAction(m_panelAction);

    // Transport bar. The shell owns the run's one Play button, progress bar and status line;
    // the kiosk keeps the progress and status (the remote drives the tour, not the run).
    auto *transport = new QWidget(this);
    auto *bar = new QHBoxLayout(transport);
    bar->setContentsMargins(kiosk ? QMargins(8, 4, 8, 4) : QMargins());
    QList<QWidget *> controls;
    m_play = transportButton(m_playAction, this);
    controls << m_play << transportButton(m_stepAction, this) << transportButton(m_resetAction, this);
    auto *speedLabel = new QLabel(tr("Spee&d"), this);
    m_speed = new QComboBox(this);
    for (double f : {0.25, 1.0, 4.0, 16.0})
        m_speed->addItem(QStringLiteral("%1×").arg(f), f);
    m_speed->setCurrentIndex(1);
    m_speed->setAccessibleName(tr("Speed"));
    m_speed->setAccessibleDescription(tr("Work done per frame; results do not depend on it"));
    speedLabel->setBuddy(m_speed);
    connect(m_speed, &QComboBox::activated, this, [this](int i) {
        if (m_runner)
            m_runner->setSpeed(m_speed->itemData(i).toDouble());
    });
    auto *seedLabel = new QLabel(tr("S&eed"), this);
    m_seed = new QLineEdit(this);
    m_seed->setMaximumWidth(180);
    m_seed->setAccessibleName(tr("Seed"));
    m_seed->setAccessibleDescription(tr("Random seed; the same seed gives the same run. Press Enter to restart."));
    m_seed->setToolTip(m_seed->accessibleDescription());
    seedLabel->setBuddy(m_seed);
    auto *newSeed = new QToolButton(this);
    newSeed->setText(tr("New seed"));
    newSeed->setAccessibleName(tr("New seed"));
    newSeed->setAccessibleDescription(tr("Draw a random seed and restart"));
    newSeed->setToolTip(newSeed->accessibleDescription());
    connect(newSeed, &QToolButton::clicked, this, &SimulatorPane::newSeed);
    connect(m_seed, &QLineEdit::returnPressed, this, &SimulatorPane::resetRun);
    controls << speedLabel << m_speed << seedLabel << m_seed << newSeed;
    auto *panelButton = transportButton(m_panelAction, this);
    for (QWidget *w : std::as_const(controls)) {
        if (w == speedLabel || w == seedLabel)
            bar->addSpacing(12);
        bar->addWidget(w);
        w->setVisible(!kiosk);
    }
    bar->addSpacing(12);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Progress"));
    bar->addWidget(m_progress);
    m_status = new ElidedLabel(this);
    m_status->setAccessibleName(tr("Status"));
    bar->addWidget(m_status, 1);
    m_restartHint = new QLabel(tr("⟳ Press R to apply changes"), this);
    m_restartHint->setObjectName(QStringLiteral("restartMark"));
    m_restartHint->setVisible(false);
    bar->addWidget(m_restartHint);
    bar->addWidget(panelButton);
    panelButton->setVisible(!kiosk);
    layout->addWidget(transport);

    connect(qml, &QmlHost::themeChanged, this, [this] {
        // After the views and widgets have taken the new theme's fonts.
        QTimer::singleShot(0, this, &SimulatorPane::updateMinimumSizes);
    });

    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &SimulatorPane::updateStatus);
    timer->start(250);

    createSimulator(sims.first().id);
}

SimulatorPane::~SimulatorPane()
{
    // The view reads the runner: it goes first (as a child it would outlive the member).
    delete m_view;
}

QList<QAction *> SimulatorPane::transportActions() const
{
    return {m_playAction, m_stepAction, m_resetAction, m_resetAllAction};
}

void SimulatorPane::createSimulator(const QString &simulatorId)
{
    m_simulatorId = simulatorId;
    if (m_simulatorBox)
        m_simulatorBox->setCurrentIndex(m_simulatorBox->findData(simulatorId));
    std::unique_ptr<Simulator> sim = m_spec->plugin()->createSimulator(simulatorId);
    if (!sim) {
        setStatusText(tr("Error: the plugin has no simulator \"%1\"").arg(simulatorId),
                      QStringLiteral("error"));
        return;
    }
    // The old view reads the old runner, so it goes first; the new one takes its place.
    delete m_view;
    m_view = nullptr;
    m_runner = std::make_unique<SimulationRunner>(std::move(sim));
    m_runner->setSpeed(m_speed->currentData().toDouble());
    connect(m_runner.get(), &SimulationRunner::stateChanged, this, &SimulatorPane::updateStatus);
    connect(m_runner.get(), &SimulationRunner::inputRejected, this,
            &SimulatorPane::revertRejectedValues);

    QUrl url = m_spec->plugin()->simulatorViewUrl();
    if (url.isEmpty() || (url.scheme() == QLatin1String("qrc") && !QFile::exists(u':' + url.path())))
        url = QUrl(QStringLiteral("qrc:/shell/GenericSimulatorView.qml"));
    m_view = m_qml->createView(url,
                               {{QStringLiteral("runner"), QVariant::fromValue<QObject *>(m_runner.get())},
                                {QStringLiteral("simulatorId"), simulatorId},
                                {QStringLiteral("theme"), m_qml->theme()}},
                               *m_viewHost);
    m_view->setAccessibleName(tr("%1 view").arg(m_spec->metadata().name));
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_viewHost->layout()->addWidget(m_view);
    connect(new FileDropTarget(m_view, m_spec->schema(), simulatorId, m_presentation),
            &FileDropTarget::fileDropped, this, [this](const QString &key, const QString &path) {
                restartWith(ParameterSet({{key, path}}));
            });

    delete m_panel;
    m_panel = new ParameterPanel(m_spec->schema(), m_spec->presets(), simulatorId, m_panelHost,
                                 m_presentation);
    m_panelHost->layout()->addWidget(m_panel);
    updateMinimumSizes();
    connect(m_panel, &ParameterPanel::liveChanged, this, [this](const ParameterSet &p) {
        m_runner->setLive(p);
    });
    connect(m_panel, &ParameterPanel::restartNeededChanged, m_restartHint, &QLabel::setVisible);
    connect(m_panel, &ParameterPanel::presetApplied, this, [this] { resetRun(); });
    connect(m_panel, &ParameterPanel::commandTriggered, this,
            [this](const QString &id) { m_runner->command(id, {}); });

    m_seedKey.clear();
    for (const ParamSpec &p : m_spec->schema().parametersFor(simulatorId)) {
        if (p.type == ParamType::Seed && m_seedKey.isEmpty())
            m_seedKey = p.id;
    }
    m_seed->setEnabled(!m_seedKey.isEmpty());
    m_applied = m_spec->schema().defaults();
    updateSeedField();
    resetRun();
}

void SimulatorPane::updateSeedField()
{
    m_seed->setText(m_seedKey.isEmpty() ? QString() : QString::number(m_applied.seed(m_seedKey)));
}

void SimulatorPane::playPause()
{
    if (!m_runner)
        return;
    if (m_runner->state() == SimulationRunner::State::Running)
        m_runner->pause();
    else if (m_runner->state() == SimulationRunner::State::Finished) {
        resetRun();
        m_runner->start();
    } else {
        m_runner->start();
    }
}

void SimulatorPane::step()
{
    if (m_runner)
        m_runner->step();
}

void SimulatorPane::resetRun()
{
    ParameterSet values = m_panel->values();
    if (!m_seedKey.isEmpty()) {
        bool ok = false;
        const quint64 seed = m_seed->text().trimmed().toULongLong(&ok);
        values.set(m_seedKey, QVariant::fromValue(ok ? seed : m_applied.seed(m_seedKey)));
    }
    auto validated = m_spec->schema().validate(values);
    if (!validated) {
        setStatusText(tr("Error: %1").arg(validated.error().userText), QStringLiteral("error"));
        return;
    }
    m_lastApplied = m_applied;
    m_applied = validated.value();
    updateSeedField();
    m_panel->markApplied(m_applied);
    m_runner->reset(m_applied);
    Q_EMIT runReset(m_applied);
}

void SimulatorPane::revertRejectedValues()
{
    // The simulator kept its previous run (a bad file); the panel shows that run's values
    // again, and the status line says why until the next accepted reset.
    const ParameterSet rejected = m_applied;
    m_applied = m_lastApplied;
    m_panel->setValues(m_applied);
    m_panel->markApplied(m_applied);
    updateSeedField();
    if (m_runner->state() == SimulationRunner::State::Idle && rejected != m_applied)
        m_runner->reset(m_applied); // the rejected reset was the first: start the old values
}

void SimulatorPane::restartWith(const ParameterSet &values)
{
    m_panel->setValues(values);
    if (!m_seedKey.isEmpty() && values.contains(m_seedKey))
        m_seed->setText(values.value(m_seedKey).toString());
    resetRun();
}

void SimulatorPane::resetAll()
{
    m_panel->restoreDefaults();
    if (!m_seedKey.isEmpty())
        m_seed->setText(m_spec->schema().find(m_seedKey)->defaultValue.toString());
    resetRun();
}

void SimulatorPane::newSeed()
{
    m_seed->setText(QString::number(QRandomGenerator::global()->bounded(1u, 1000000u)));
    resetRun();
}

bool SimulatorPane::applyPreset(const QString &presetId)
{
    for (const Preset &p : m_spec->presets()) {
        if (p.id != presetId)
            continue;
        if (!p.simulator.isEmpty() && p.simulator != m_simulatorId)
            createSimulator(p.simulator);
        m_panel->setValues(m_spec->schema().defaults().mergedWith(p.values));
        if (p.values.contains(m_seedKey))
            m_seed->setText(p.values.value(m_seedKey).toString());
        resetRun();
        return true;
    }
    return false;
}

bool SimulatorPane::runSteps(int n, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    auto latestStep = [this] { auto s = m_runner->latest(); return s ? s->step : -1; };
    while (latestStep() < 0 && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    const qint64 target = latestStep() + n;
    for (int i = 0; i < n; ++i)
        m_runner->step();
    while (clock.elapsed() < timeoutMs) {
        const auto s = m_runner->latest();
        if ((s && (s->step >= target || s->finished))
            || m_runner->state() == SimulationRunner::State::Error)
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return false;
}

void SimulatorPane::updateStatus()
{
    if (!m_runner)
        return;
    using State = SimulationRunner::State;
    const State state = m_runner->state();
    const SnapshotPtr snap = m_runner->latest();
    m_playAction->setText(state == State::Running ? tr("&Pause") : tr("&Play"));
    m_stepAction->setEnabled(isVisible() && state != State::Error && state != State::Finished);
    // Before the first Play the view shows the initial state and the status line says what to
    // do; the Play button carries the accent until then.
    const bool waiting = (state == State::Paused || state == State::Idle) && snap && snap->step == 0;
    QStringList parts;
    switch (state) {
    case State::Idle:
    case State::Paused:
        parts << (waiting ? tr("Ready: press Play (Space) to run") : tr("Paused"));
        break;
    case State::Running: parts << tr("Running"); break;
    case State::Finished: parts << tr("Finished"); break;
    case State::Error: parts << tr("Error"); break;
    }
    // The simulator's own phase ("GRPO step 40 of 200") is the step counter a user reads;
    // the runner's count of work units is shown only when the simulator names no phase.
    if (snap && !snap->phase.isEmpty())
        parts << snap->phase;
    else if (snap && snap->step > 0)
        parts << tr("step %1").arg(snap->step);
    const QString inputError = m_runner->inputError();
    if (state == State::Error)
        parts << m_runner->errorString();
    else if (!inputError.isEmpty())
        parts << tr("File rejected: %1").arg(inputError);
    else if (snap && !snap->status.isEmpty())
        parts << snap->status;
    setStatusText(parts.join(QStringLiteral("  ·  ")),
                  state == State::Error || !inputError.isEmpty() ? QStringLiteral("error")
                                                                 : QString());
    setStyleName(m_play, waiting ? QStringLiteral("primary") : QString());
    m_progress->setValue(snap ? int(snap->progress * 1000) : 0);
    m_progress->setVisible(snap && snap->progress > 0);
}

void SimulatorPane::setStatusText(const QString &text, const QString &style)
{
    m_status->setText(text);
    setStyleName(m_status, style);
}

void SimulatorPane::updateMinimumSizes()
{
    // The view scrolls below a height that grows with the theme's text (the projector's
    // larger fonts need taller charts); the kiosk is full screen and never scrolls.
    const double fontScale = m_qml->theme().value(QStringLiteral("fontScale"), 1.0).toDouble();
    if (m_presentation != Presentation::Kiosk)
        m_viewHost->setMinimumHeight(int(kMinViewHeight * std::max(1.0, fontScale)));
    // The panel never scrolls sideways, so the splitter must leave it its whole width.
    m_panelScroll->setMinimumWidth(m_panelHost->minimumSizeHint().width()
                                   + m_panelScroll->verticalScrollBar()->sizeHint().width());
}

void SimulatorPane::showEvent(QShowEvent *event)
{
    for (QAction *a : actions())
        a->setEnabled(true);
    QWidget::showEvent(event);
}

void SimulatorPane::hideEvent(QHideEvent *event)
{
    // Shortcuts are window-wide; only the visible pane may own Space, S, R.
    for (QAction *a : actions())
        a->setEnabled(false);
    QWidget::hideEvent(event);
}

} // namespace paperlab::app
