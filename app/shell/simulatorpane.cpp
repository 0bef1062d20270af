// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "shell/simulatorpane.h"

#include "papers/paperregistry.h"
#include "params/filedroptarget.h"
#include "params/parameterpanel.h"
#include "session/comparison.h"
#include "session/parametermodel.h"
#include "session/simulationsession.h"
#include "shell/elidedlabel.h"
#include "shell/frameprofiler.h"
#include "shell/qmlhost.h"
#include "shell/sweepdialog.h"

#include <paperlab/simulationrunner.h>

#include <chartitem.h>

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QQuickItem>
#include <QQuickWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace paperlab::app {

namespace {

constexpr int kMinViewHeight = 500; // at font scale 1: a 1280x720 window leaves the view ~520
constexpr int kMinColumnWidth = 600; // at font scale 1: A and B side by side down to this

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

void SimulatorPane::giveParameterModel(QQuickWidget &view, SimulationSession &session) const
{
    // A view with its own editor (declaring `parameters`) edits through the panel's model,
    // so the kiosk policy and validation hold there too; the model goes with the view.
    if (QQuickItem *root = view.rootObject();
        root && root->metaObject()->indexOfProperty("parameters") >= 0) {
        auto *model = new ParameterModel(session, m_presentation, &view);
        root->setProperty("parameters", QVariant::fromValue<QObject *>(model));
    }
}

SimulatorPane::SimulatorPane(PaperSpec *spec, QmlHost *qml, QWidget *parent,
                             Presentation presentation)
    : QWidget(parent), m_spec(spec), m_qml(qml), m_presentation(presentation),
      m_session(new SimulationSession(*spec, SimulationSession::Mode::Interactive, this))
{
    const bool kiosk = presentation == Presentation::Kiosk;
    setAccessibleName(tr("Simulator"));
    m_playAction = makeAction(tr("&Play"), tr("Play or pause the simulation"), {Qt::Key_Space}, this);
    m_stepAction = makeAction(tr("&Step"), tr("Advance one step"), {Qt::Key_S}, this);
    m_stepRightAction = makeAction(tr("Step"), tr("Advance one step"), {Qt::Key_Right}, this);
    m_resetAction = makeAction(tr("&Reset"), tr("Restart the run with the panel's parameters"), {Qt::Key_R}, this);
    m_resetAllAction = makeAction(tr("Reset &all"), tr("Restore every parameter to its default and restart"),
                                  {QKeySequence(Qt::ALT | Qt::Key_R)}, this);
    m_panelAction = makeAction(tr("Para&meters"), tr("Show or hide the parameter panel"),
                               {Qt::Key_F9}, this);
    m_profileAction = makeAction(tr("Frame &profiler"),
                                 tr("Show or hide the frame time, render time, steps and "
                                    "snapshots per second over the view"),
                                 {Qt::Key_F12}, this);
    m_profileAction->setCheckable(true);
    m_compareAction = makeAction(tr("&Compare A/B"),
                                 tr("Run a copy of this run beside it with its own parameters "
                                    "(B), on shared axes; the panel edits B"),
                                 {QKeySequence(Qt::CTRL | Qt::Key_B)}, this);
    m_compareAction->setCheckable(true);
    // In the kiosk the keyboard belongs to the kiosk (Space and Right mean "next step").
    if (!kiosk) {
        addActions({m_playAction, m_stepAction, m_stepRightAction, m_resetAction,
                    m_resetAllAction, m_panelAction, m_profileAction, m_compareAction});
    }
    connect(m_playAction, &QAction::triggered, this, &SimulatorPane::playPause);
    connect(m_stepAction, &QAction::triggered, this, &SimulatorPane::step);
    connect(m_stepRightAction, &QAction::triggered, this, &SimulatorPane::step);
    connect(m_resetAction, &QAction::triggered, this, &SimulatorPane::resetRun);
    connect(m_resetAllAction, &QAction::triggered, m_session, &SimulationSession::resetAll);
    connect(m_profileAction, &QAction::toggled, this, &SimulatorPane::setFrameProfilerShown);
    connect(m_compareAction, &QAction::toggled, this, &SimulatorPane::setComparing);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(kiosk ? QMargins() : QMargins(8, 8, 8, 8));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);

    // The simulator's view is created inside this host, which stays in the splitter. A
    // QQuickWidget must be born in its final window: one created as a top-level and moved in
    // later recreates its offscreen window on the move, and under OpenGL it is never drawn.
    // Below kMinViewHeight the view scrolls rather than squeezing its charts flat; a 1280x720
    // window (about 520 px for the view) must not scroll, or the x-axis titles fall below the
    // fold. The kiosk is full screen and never scrolls.
    auto *viewScroll = new QScrollArea(splitter);
    viewScroll->setWidgetResizable(true);
    viewScroll->setFrameShape(QFrame::NoFrame);
    viewScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Columns: A's view, and B's beside it while comparing, each under its header.
    m_viewHost = new QWidget(viewScroll);
    m_viewHost->setMinimumWidth(360);
    m_columns = new QBoxLayout(QBoxLayout::LeftToRight, m_viewHost);
    auto *columns = m_columns;
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(8);
    viewScroll->viewport()->installEventFilter(this); // its width decides A|B or A over B
    m_viewColumn = new QWidget(m_viewHost);
    auto *viewLayout = new QVBoxLayout(m_viewColumn);
    viewLayout->setContentsMargins(0, 0, 0, 0);
    m_aHeader = new QLabel(tr("<b>A</b>"), m_viewColumn);
    m_aHeader->setVisible(false);
    m_aHeader->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    viewLayout->addWidget(m_aHeader);
    columns->addWidget(m_viewColumn, 1);
    viewScroll->setWidget(m_viewHost);
    splitter->addWidget(viewScroll);

    // The kiosk has no panel: its presenter console edits the same session.
    if (!kiosk) {
        auto *side = new QWidget(splitter);
        auto *sideLayout = new QVBoxLayout(side);
        sideLayout->setContentsMargins(8, 0, 0, 0);
        QList<QPair<QString, QString>> views; // (view id, name), one menu entry per view
        for (const SimulatorInfo &s : spec->metadata().simulators) {
            for (const ViewInfo &v : s.views)
                views.append({v.id, v.name});
        }
        if (views.size() > 1) {
            auto *row = new QHBoxLayout;
            auto *label = new QLabel(tr("S&imulator"), side);
            m_simulatorBox = new QComboBox(side);
            for (const auto &[id, name] : std::as_const(views))
                m_simulatorBox->addItem(name, id);
            m_simulatorBox->setAccessibleName(tr("Simulator"));
            m_simulatorBox->setAccessibleDescription(tr("Which experiment of this paper to run"));
            label->setBuddy(m_simulatorBox);
            row->addWidget(label);
            row->addWidget(m_simulatorBox, 1);
            sideLayout->addLayout(row);
            connect(m_simulatorBox, &QComboBox::activated, this, [this](int i) {
                if (auto r = m_session->selectView(m_simulatorBox->itemData(i).toString()); !r)
                    m_error = r.error().userText;
            });
        }
        m_panelScroll = new QScrollArea(side);
        m_panelScroll->setWidgetResizable(true);
        m_panelScroll->setFrameShape(QFrame::NoFrame);
        m_panelScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_panelHost = new QWidget(m_panelScroll);
        m_panelHost->setLayout(new QVBoxLayout);
        m_panelHost->layout()->setContentsMargins(0, 0, 4, 0);
        m_panelScroll->setWidget(m_panelHost);
        sideLayout->addWidget(m_panelScroll, 1);
        splitter->addWidget(side);
        splitter->setStretchFactor(0, 3);
        splitter->setStretchFactor(1, 1);
        splitter->setSizes({900, 340});
        // The panel folds away to give a small screen's width to the charts.
        m_panelAction->setCheckable(true);
        m_panelAction->setChecked(true);
        connect(m_panelAction, &QAction::toggled, side, &QWidget::setVisible);
    }

    // Transport bar. The shell owns the run's one Play button, progress bar and status line;
    // the kiosk keeps the progress and status (the remote drives the tour, not the run).
    auto *transport = new QWidget(this);
    auto *bar = new QHBoxLayout(transport);
    bar->setContentsMargins(kiosk ? QMargins(8, 4, 8, 4) : QMargins());
    if (!kiosk)
        buildTransport(transport, bar);
    m_progress = new QProgressBar(transport);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Progress"));
    bar->addWidget(m_progress);
    m_status = new ElidedLabel(transport);
    m_status->setAccessibleName(tr("Status"));
    bar->addWidget(m_status, 1);
    if (!kiosk) {
        // Edited parameters apply on a restart: a button says so and does it.
        m_applyButton = new QToolButton(transport);
        m_applyButton->setText(tr("⟳ Apply changes (R)"));
        m_applyButton->setObjectName(QStringLiteral("primary"));
        m_applyButton->setToolTip(tr("Restart the run with the changed parameters (R)"));
        m_applyButton->setAccessibleName(tr("Apply changes"));
        m_applyButton->setVisible(false);
        bar->addWidget(m_applyButton);
        bar->addWidget(transportButton(m_panelAction, transport));
        connect(m_applyButton, &QToolButton::clicked, this, &SimulatorPane::resetRun);
        connect(m_session, &SimulationSession::restartNeededChanged, m_applyButton,
                &QToolButton::setVisible);
    }
    // An error the status line cuts short (a long message, the projector's large text) is
    // shown whole above it, wrapped, until it goes or is dismissed.
    m_notice = new QWidget(this);
    auto *noticeRow = new QHBoxLayout(m_notice);
    noticeRow->setContentsMargins(kiosk ? QMargins(8, 0, 8, 0) : QMargins());
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setObjectName(QStringLiteral("error"));
    m_noticeText->setTextFormat(Qt::PlainText);
    m_noticeText->setWordWrap(true);
    m_noticeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noticeText->setAccessibleName(tr("Error message"));
    noticeRow->addWidget(m_noticeText, 1);
    auto *dismiss = new QToolButton(m_notice);
    dismiss->setText(tr("Dismiss"));
    dismiss->setAccessibleName(tr("Dismiss the error message"));
    noticeRow->addWidget(dismiss, 0, Qt::AlignTop);
    connect(dismiss, &QToolButton::clicked, this, [this] {
        m_dismissedError = m_noticeText->text();
        m_notice->hide();
    });
    m_notice->hide();
    layout->addWidget(m_notice);
    layout->addWidget(transport);

    connect(m_session, &SimulationSession::simulatorChanged, this, &SimulatorPane::onSimulatorChanged);
    connect(m_session, &SimulationSession::viewChanged, this, &SimulatorPane::showView);
    connect(m_session, &SimulationSession::restarted, this, [this] {
        m_error.clear();
        updateSeedField();
        updateStatus();
    });
    connect(m_session, &SimulationSession::pendingChanged, this, &SimulatorPane::updateSeedField);
    connect(m_session, &SimulationSession::errorOccurred, this, [this](const QString &message) {
        m_error = message;
        updateStatus();
    });
    connect(qml, &QmlHost::themeChanged, this, [this] {
        // After the views and widgets have taken the new theme's fonts.
        QTimer::singleShot(0, this, [this] {
            updateMinimumSizes();
            arrangeColumns();
        });
    });

    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &SimulatorPane::updateStatus);
    timer->start(250);

    onSimulatorChanged();
    if (!kiosk && FrameProfiler::shownByDefault())
        setFrameProfilerShown(true);
}

void SimulatorPane::fitPlayButton()
{
    // Play and Pause take turns on one button: it keeps the width of the wider, so that the
    // rest of the bar does not move under the pointer at every press. Measured, not tried out:
    // setting the other label would tell the action's menus and screen readers it changed.
    // Before the first Play the button has the "primary" style, whose weight is 600.
    QFont primary = m_play->font();
    primary.setWeight(QFont::DemiBold);
    const auto labelWidth = [](const QFont &font, const QString &label) {
        return QFontMetrics(font).size(Qt::TextShowMnemonic, label).width();
    };
    int widest = 0;
    for (const QFont &font : {m_play->font(), primary}) {
        for (const QString &label : {tr("&Play"), tr("&Pause")})
            widest = std::max(widest, labelWidth(font, label));
    }
    const int shown = labelWidth(m_play->font(), m_playAction->text());
    m_play->setMinimumWidth(m_play->sizeHint().width() - shown + widest);
}

void SimulatorPane::buildTransport(QWidget *transport, QHBoxLayout *bar)
{
    QList<QWidget *> controls;
    m_play = transportButton(m_playAction, transport);
    controls << m_play << transportButton(m_stepAction, transport)
             << transportButton(m_resetAction, transport);
    auto *speedLabel = new QLabel(tr("Spee&d"), transport);
    m_speed = new QComboBox(transport);
    for (double f : {0.25, 1.0, 4.0, 16.0})
        m_speed->addItem(QStringLiteral("%1×").arg(f), f);
    m_speed->setCurrentIndex(1);
    m_speed->setAccessibleName(tr("Speed"));
    m_speed->setAccessibleDescription(tr("Work done per frame; results do not depend on it"));
    speedLabel->setBuddy(m_speed);
    connect(m_speed, &QComboBox::activated, this, [this](int i) {
        if (SimulationRunner *r = runner())
            r->setSpeed(m_speed->itemData(i).toDouble());
    });
    auto *seedLabel = new QLabel(tr("S&eed"), transport);
    m_seedWidgets.append(seedLabel);
    m_seed = new QLineEdit(transport);
    m_seed->setAccessibleName(tr("Seed"));
    m_seed->setAccessibleDescription(tr("Random seed; the same seed gives the same run. Press Enter to restart."));
    m_seed->setToolTip(m_seed->accessibleDescription());
    seedLabel->setBuddy(m_seed);
    auto *newSeed = new QToolButton(transport);
    newSeed->setText(tr("New seed"));
    newSeed->setAccessibleName(tr("New seed"));
    newSeed->setAccessibleDescription(tr("Draw a random seed and restart"));
    newSeed->setToolTip(newSeed->accessibleDescription());
    m_seedWidgets << m_seed << newSeed;
    connect(newSeed, &QToolButton::clicked, m_session, &SimulationSession::newSeed);
    connect(m_seed, &QLineEdit::returnPressed, this, &SimulatorPane::resetRun);
    auto *sweep = new QToolButton(transport);
    sweep->setText(tr("S&weep…"));
    sweep->setAccessibleName(tr("Sweep"));
    sweep->setAccessibleDescription(tr("Run this simulator over a range of one parameter and "
                                       "plot a readout against it"));
    sweep->setToolTip(sweep->accessibleDescription());
    connect(sweep, &QToolButton::clicked, this, &SimulatorPane::openSweep);
    auto *compare = transportButton(m_compareAction, transport);
    // The arrow offers the paper's own pairs (presets with "compareWith"), one click each.
    auto *pairs = new QMenu(compare);
    compare->setMenu(pairs);
    compare->setPopupMode(QToolButton::MenuButtonPopup);
    connect(pairs, &QMenu::aboutToShow, this, [this, pairs] {
        pairs->clear();
        pairs->addAction(tr("A copy of this run"), this, [this] {
            setComparing(false);
            setComparing(true);
        });
        const PresetList presets = m_session->presetsForSimulator();
        for (const Preset &a : presets) {
            const Preset *b = a.compareWith.isEmpty()
                                  ? nullptr
                                  : SimulationSession::findPreset(presets, a.compareWith);
            if (!b)
                continue;
            QAction *pair = pairs->addAction(tr("%1  vs  %2").arg(a.label, b->label), this,
                                             [this, a = a.id, b = b->id] { comparePresets(a, b); });
            pair->setToolTip(a.description);
        }
    });
    controls << speedLabel << m_speed << seedLabel << m_seed << newSeed << sweep << compare;
    for (QWidget *w : std::as_const(controls)) {
        if (w == speedLabel || w == seedLabel || w == sweep)
            bar->addSpacing(12);
        bar->addWidget(w);
    }
    bar->addSpacing(12);
}

void SimulatorPane::setFrameProfilerShown(bool shown)
{
    m_profileAction->setChecked(shown);
    if (shown == (m_profiler != nullptr))
        return;
    if (!shown) {
        delete m_profiler;
        m_profiler = nullptr;
        return;
    }
    m_profiler = new FrameProfiler(m_viewHost->parentWidget()); // the scroll area's viewport
    m_profiler->track(m_view ? m_view->quickWindow() : nullptr, runner());
    m_profiler->show();
}

SweepDialog *SimulatorPane::sweepDialog() const
{
    return m_sweep;
}

void SimulatorPane::openSweep()
{
    if (!m_sweep) {
        m_sweep = new SweepDialog(*m_spec, *m_session, m_qml, this);
        m_sweep->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_sweep->show();
    m_sweep->raise();
    m_sweep->activateWindow();
}

SimulatorPane::~SimulatorPane()
{
    // The views read the sessions' runners: they go first (as children they would outlive
    // them).
    delete m_compareView;
    delete m_view;
}

SimulationRunner *SimulatorPane::runner() const
{
    return m_session->runner();
}

QList<QAction *> SimulatorPane::transportActions() const
{
    return {m_playAction,     m_stepAction,    m_resetAction,
            m_resetAllAction, m_compareAction, m_profileAction};
}

void SimulatorPane::onSimulatorChanged()
{
    // B is a copy of A's simulator: another simulator ends the comparison.
    setComparing(false);
    // The old view reads the old runner, which goes when this slot returns.
    delete m_view;
    m_view = nullptr;
    if (SimulationRunner *r = runner()) {
        if (m_speed)
            r->setSpeed(m_speed->currentData().toDouble());
        connect(r, &SimulationRunner::stateChanged, this, &SimulatorPane::updateStatus);
    }
    showView();
    if (m_panelHost) {
        delete m_panel;
        m_panel = new ParameterPanel(*m_session, m_panelHost, m_presentation);
        m_panelHost->layout()->addWidget(m_panel);
    }
    // A simulator without a seed parameter has nothing for them to set.
    for (QWidget *w : std::as_const(m_seedWidgets))
        w->setVisible(!m_session->seedKey().isEmpty());
    updateSeedField();
    updateMinimumSizes();
}

void SimulatorPane::showView()
{
    if (m_simulatorBox)
        m_simulatorBox->setCurrentIndex(m_simulatorBox->findData(m_session->viewId()));
    delete m_view;
    m_view = nullptr;
    const Result<QUrl> url = m_session->viewUrl();
    if (!url || !runner()) {
        if (!url)
            m_error = url.error().userText;
        updateStatus();
        return;
    }
    QVariantMap properties{{QStringLiteral("runner"), QVariant::fromValue<QObject *>(runner())},
                           {QStringLiteral("theme"), m_qml->theme()}};
    if (m_session->dispatchingView())
        properties.insert(QStringLiteral("simulatorId"), m_session->simulatorId());
    m_view = m_qml->createView(url.value(), properties, *m_viewColumn);
    giveParameterModel(*m_view, *m_session);
    charts::ChartItem::setExportName(m_view->quickWindow(),
                                     m_spec->id() + u'-' + m_session->viewId());
    m_view->setAccessibleName(tr("%1 view").arg(m_spec->metadata().name));
    m_view->setFocusPolicy(Qt::StrongFocus);
    static_cast<QVBoxLayout *>(m_viewColumn->layout())->addWidget(m_view, 1);
    if (m_profiler)
        m_profiler->track(m_view->quickWindow(), runner());
    updateMinimumSizes(); // the view may ask for its own minimum height
    // A file dropped on the view is the simulator's (first) file input: run it at once.
    connect(new FileDropTarget(m_view, m_session->schema(), m_session->simulatorId(), m_presentation),
            &FileDropTarget::fileDropped, this, [this](const QString &key, const QString &path) {
                m_session->setPending(key, path);
                m_session->restart();
            });
}

void SimulatorPane::updateSeedField()
{
    const QString key = m_session->seedKey();
    if (m_seed && !m_seed->hasFocus())
        m_seed->setText(key.isEmpty() ? QString() : m_session->pending().value(key).toString());
}

void SimulatorPane::playPause()
{
    // A and B go together: B follows A's Play or Pause unless it is already there.
    using State = SimulationRunner::State;
    const bool aRunning = runner() && runner()->state() == State::Running;
    m_session->playPause();
    if (m_compare && m_compare->runner()
        && (m_compare->runner()->state() == State::Running) == aRunning)
        m_compare->playPause();
}

void SimulatorPane::step()
{
    m_session->step();
    if (m_compare)
        m_compare->step();
}

void SimulatorPane::resetRun()
{
    // The seed field is the seed's editor: what it holds applies with the rest.
    const QString key = m_session->seedKey();
    if (m_seed && !key.isEmpty()) {
        if (auto r = m_session->setPendingText(key, m_seed->text().trimmed()); !r) {
            m_error = tr("Seed: %1").arg(r.error().userText);
            updateStatus();
            return;
        }
    }
    m_session->restart();
    if (m_compare)
        m_compare->restart();
}

void SimulatorPane::setComparing(bool on)
{
    if (on == isComparing() || (on && (!runner() || !m_panelHost)))
        return;
    {
        const QSignalBlocker quiet(m_compareAction); // its toggled() would call this again
        m_compareAction->setChecked(on);
    }
    if (!on) {
        delete m_compareView;
        m_compareView = nullptr;
        delete m_compareColumn;
        m_compareColumn = nullptr; // m_bHeader was its child
        m_bHeader = nullptr;
        delete m_comparePanel;
        m_comparePanel = nullptr;
        delete m_compareNote;
        m_compareNote = nullptr;
        delete m_compare;
        m_compare = nullptr;
        m_aHeader->setVisible(false);
        if (m_panel)
            m_panel->setVisible(true);
        linkTwinCharts(); // A's charts leave their groups
        arrangeColumns();
        updateStatus();
        return;
    }
    // B starts as a copy of A's run: same view, same applied parameters, seed included.
    m_compare = new SimulationSession(*m_spec, SimulationSession::Mode::Interactive, this);
    if (auto r = m_compare->selectView(m_session->viewId()); !r)
        m_error = r.error().userText;
    m_compare->setPendingValues(m_session->applied());
    m_compare->restart();
    if (SimulationRunner *b = m_compare->runner()) {
        if (m_speed)
            b->setSpeed(m_speed->currentData().toDouble());
        connect(b, &SimulationRunner::stateChanged, this, &SimulatorPane::updateStatus);
    }
    connect(m_compare, &SimulationSession::restarted, this, &SimulatorPane::updateCompareHeaders);
    connect(m_compare, &SimulationSession::pendingChanged, this,
            &SimulatorPane::updateCompareHeaders);
    if (m_applyButton) {
        connect(m_compare, &SimulationSession::restartNeededChanged, m_applyButton,
                &QToolButton::setVisible);
    }
    connect(m_compare, &SimulationSession::errorOccurred, this, [this](const QString &message) {
        m_error = tr("B: %1").arg(message);
        updateStatus();
    });

    m_compareColumn = new QWidget(m_viewHost);
    auto *column = new QVBoxLayout(m_compareColumn);
    column->setContentsMargins(0, 0, 0, 0);
    m_bHeader = new ElidedLabel(m_compareColumn);
    m_bHeader->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    column->addWidget(m_bHeader);
    m_columns->addWidget(m_compareColumn, 1);
    showCompareView();
    updateMinimumSizes();
    arrangeColumns();

    // The panel edits B; A keeps the parameters it runs with.
    m_compareNote = new QLabel(tr("Editing <b>B</b>. A keeps its parameters; Compare again "
                                  "(Ctrl+B) to stop comparing."),
                               m_panelHost);
    m_compareNote->setWordWrap(true);
    m_comparePanel = new ParameterPanel(*m_compare, m_panelHost, m_presentation);
    m_comparePanel->setReference(m_session);
    auto *panelLayout = static_cast<QVBoxLayout *>(m_panelHost->layout());
    panelLayout->insertWidget(0, m_compareNote);
    panelLayout->addWidget(m_comparePanel);
    if (m_panel)
        m_panel->setVisible(false);
    m_aHeader->setVisible(true);
    updateCompareHeaders();
    updateStatus();
}

void SimulatorPane::comparePresets(const QString &presetA, const QString &presetB)
{
    // A first: its preset may switch the simulator, which ends any comparison.
    setComparing(false);
    if (auto r = m_session->applyPreset(presetA); !r) {
        m_error = r.error().userText;
        updateStatus();
        return;
    }
    setComparing(true);
    if (!m_compare)
        return;
    if (auto r = m_compare->applyPreset(presetB); !r)
        m_error = tr("B: %1").arg(r.error().userText);
    updateCompareHeaders();
    updateStatus();
}

void SimulatorPane::showCompareView()
{
    const Result<QUrl> url = m_compare->viewUrl();
    if (!url || !m_compare->runner())
        return;
    QVariantMap properties{
        {QStringLiteral("runner"), QVariant::fromValue<QObject *>(m_compare->runner())},
        {QStringLiteral("theme"), m_qml->theme()}};
    if (m_compare->dispatchingView())
        properties.insert(QStringLiteral("simulatorId"), m_compare->simulatorId());
    m_compareView = m_qml->createView(url.value(), properties, *m_compareColumn);
    giveParameterModel(*m_compareView, *m_compare);
    charts::ChartItem::setExportName(
        m_compareView->quickWindow(),
        m_spec->id() + u'-' + m_compare->viewId() + QStringLiteral("-b"));
    m_compareView->setAccessibleName(tr("%1 view, run B").arg(m_spec->metadata().name));
    m_compareView->setFocusPolicy(Qt::StrongFocus);
    static_cast<QVBoxLayout *>(m_compareColumn->layout())->addWidget(m_compareView, 1);
}

void SimulatorPane::linkTwinCharts()
{
    QList<charts::ChartItem *> a, b;
    if (m_view && m_view->rootObject())
        a = m_view->rootObject()->findChildren<charts::ChartItem *>();
    if (m_compareView && m_compareView->rootObject())
        b = m_compareView->rootObject()->findChildren<charts::ChartItem *>();
    // The same QML makes the same charts in the same order; a chart without a twin of the
    // same kind and title (a page one view has loaded and the other not) keeps its own axes.
    for (qsizetype i = 0; i < a.size(); ++i) {
        const bool twin = i < b.size()
                          && a[i]->metaObject() == b[i]->metaObject()
                          && a[i]->title() == b[i]->title();
        const QString group = twin ? QStringLiteral("ab-%1-%2")
                                         .arg(quintptr(this), 0, 16)
                                         .arg(i)
                                   : QString();
        a[i]->setAxisGroup(group);
        if (i < b.size())
            b[i]->setAxisGroup(group);
    }
}

void SimulatorPane::updateCompareHeaders()
{
    if (!m_compare)
        return;
    const QList<ParameterDifference> diffs
        = parameterDifferences(m_session->schema(), m_session->simulatorId(),
                               m_session->applied(), m_compare->applied());
    QStringList parts;
    for (const ParameterDifference &d : diffs)
        parts.append(tr("%1 = %2 (A: %3)").arg(d.label, d.b, d.a));
    m_bHeader->setText(diffs.isEmpty() ? tr("B: the same parameters as A so far; set B's in "
                                            "the parameter panel (F9)")
                                       : tr("B: %1").arg(parts.join(QStringLiteral("; "))));
    m_bHeader->setToolTip(m_bHeader->text());
    m_aHeader->setText(tr("A: the run you started"));
}

bool SimulatorPane::runSteps(int n, int timeoutMs)
{
    // Without a runner (the plugin made no simulator) there is nothing to run: the status
    // line says why. The runner is looked up again after every event, which may replace it.
    QElapsedTimer clock;
    clock.start();
    auto latestStep = [this] {
        const SnapshotPtr s = runner() ? runner()->latest() : nullptr;
        return s ? s->step : -1;
    };
    while (runner() && latestStep() < 0 && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    const qint64 target = latestStep() + n;
    for (int i = 0; runner() && i < n; ++i)
        runner()->step();
    while (runner() && clock.elapsed() < timeoutMs) {
        const auto s = runner()->latest();
        if ((s && (s->step >= target || s->finished))
            || runner()->state() == SimulationRunner::State::Error)
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return false;
}

bool SimulatorPane::waitWhileRunning(int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    // The replay is queued behind the restart: let it begin before waiting for its end.
    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    while (runner() && clock.elapsed() < timeoutMs) {
        if (runner()->state() != SimulationRunner::State::Running)
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return false;
}

void SimulatorPane::updateStatus()
{
    SimulationRunner *r = runner();
    if (!r) { // the session said why as it was made, before this pane listened: say it again
        setStatusText(tr("Error: %1").arg(m_error.isEmpty()
                                              ? tr("%1 makes no simulator \"%2\"")
                                                    .arg(m_spec->id(), m_session->simulatorId())
                                              : m_error),
                      QStringLiteral("error"));
        showErrorNotice(m_error);
        return;
    }
    using State = SimulationRunner::State;
    const State state = r->state();
    const SnapshotPtr snap = r->latest();
    const QString playText = state == State::Running ? tr("&Pause") : tr("&Play");
    const bool playChanged = m_playAction->text() != playText;
    m_playAction->setText(playText);
    m_stepAction->setEnabled(isVisible() && state != State::Error && state != State::Finished);
    // Before the first Play the view shows the initial state and the status line says what to
    // do; the Play button carries the accent until then.
    const bool waiting = (state == State::Paused || state == State::Idle) && snap && snap->step == 0;
    QStringList parts;
    // A request that failed (bad value, missing view) stays in front until the next restart.
    if (!m_error.isEmpty())
        parts << tr("Error: %1").arg(m_error);
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
    if (state == State::Error)
        parts << r->errorString();
    else if (snap && !snap->status.isEmpty() && snap->status != snap->phase)
        parts << snap->status; // a simulator may say the same in both: once is enough
    // While comparing, B's state and phase follow A's (its status is on its own view).
    if (SimulationRunner *b = m_compare ? m_compare->runner() : nullptr) {
        const SnapshotPtr bSnap = b->latest();
        QString bText = b->state() == State::Running    ? tr("running")
                        : b->state() == State::Finished ? tr("finished")
                        : b->state() == State::Error    ? tr("error: %1").arg(b->errorString())
                                                        : tr("paused");
        if (bSnap && !bSnap->phase.isEmpty())
            bText += QStringLiteral(", ") + bSnap->phase;
        parts.insert(std::min<qsizetype>(parts.size(), m_error.isEmpty() ? 2 : 3),
                     tr("B %1").arg(bText));
        linkTwinCharts(); // pages loaded since (tabs, loaders) get their twins too
    }
    const bool error = state == State::Error || !m_error.isEmpty();
    setStatusText(parts.join(QStringLiteral("  ·  ")), error ? QStringLiteral("error") : QString());
    showErrorNotice(!m_error.isEmpty() ? m_error
                    : state == State::Error ? r->errorString()
                                            : QString());
    if (m_play) {
        const QString style = waiting ? QStringLiteral("primary") : QString();
        const bool styleChanged = m_play->objectName() != style;
        setStyleName(m_play, style);
        if (playChanged || styleChanged)
            fitPlayButton();
    }
    m_progress->setValue(snap ? int(snap->progress * 1000) : 0);
    m_progress->setVisible(snap && snap->progress > 0);
}

void SimulatorPane::setStatusText(const QString &text, const QString &style)
{
    m_status->setText(text);
    setStyleName(m_status, style);
}

void SimulatorPane::showErrorNotice(const QString &error)
{
    const bool shown = !error.isEmpty() && m_status->isElided() && error != m_dismissedError;
    if (shown)
        m_noticeText->setText(error);
    if (m_notice->isVisibleTo(this) != shown)
        m_notice->setVisible(shown);
}

void SimulatorPane::updateMinimumSizes()
{
    // The view scrolls below a height that grows with the theme's text (the projector's
    // larger fonts need taller charts); the kiosk is full screen and never scrolls.
    const double fontScale = m_qml->theme().value(QStringLiteral("fontScale"), 1.0).toDouble();
    int minimum = int(kMinViewHeight * std::max(1.0, fontScale));
    // A view laid out to fit a given height in every theme says so (its root's
    // minimumViewHeight, in pixels), so it need not scroll on a 1280x720 projector.
    if (const QQuickItem *root = m_view ? m_view->rootObject() : nullptr) {
        const QVariant asked = root->property("minimumViewHeight");
        if (asked.isValid() && asked.toInt() > 0)
            minimum = asked.toInt();
    }
    if (m_presentation != Presentation::Kiosk) {
        m_viewColumn->setMinimumHeight(minimum);
        if (m_compareColumn)
            m_compareColumn->setMinimumHeight(minimum);
    }
    // The seed field holds ten digits (a drawn seed has six; a longer one scrolls), in the
    // theme's type: wider, in the projector theme at 1280x720 it left the status line
    // "Runnin…". Measured with the style, which adds the theme's padding and frame.
    if (m_seed) {
        QStyleOptionFrame frame;
        frame.initFrom(m_seed);
        frame.lineWidth = m_seed->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &frame, m_seed);
        const QSize text(m_seed->fontMetrics().horizontalAdvance(QString(10, u'0')),
                         m_seed->fontMetrics().height());
        m_seed->setMaximumWidth(
            m_seed->style()->sizeFromContents(QStyle::CT_LineEdit, &frame, text, m_seed).width()
            + m_seed->textMargins().left() + m_seed->textMargins().right());
    }
    // The panel never scrolls sideways, so the splitter must leave it its whole width.
    if (m_panelScroll)
        m_panelScroll->setMinimumWidth(m_panelHost->minimumSizeHint().width()
                                   + m_panelScroll->verticalScrollBar()->sizeHint().width());
}

bool SimulatorPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_viewHost->parentWidget())
        arrangeColumns();
    return QWidget::eventFilter(watched, event);
}

void SimulatorPane::arrangeColumns()
{
    // A and B side by side while each keeps a width its view is laid out for (more with the
    // projector's larger type); narrower, B goes below A and the two scroll together.
    const double fontScale = m_qml->theme().value(QStringLiteral("fontScale"), 1.0).toDouble();
    const int perColumn = (m_viewHost->parentWidget()->width() - m_columns->spacing()) / 2;
    const bool stacked = isComparing() && perColumn < int(kMinColumnWidth * fontScale);
    m_columns->setDirection(stacked ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
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
