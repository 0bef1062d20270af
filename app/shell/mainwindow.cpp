// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "shell/mainwindow.h"

#include "papers/paperloader.h"
#include "papers/paperregistry.h"
#include "session/simulationsession.h"
#include "shell/appsettings.h"
#include "shell/homeview.h"
#include "shell/papersdialog.h"
#include "shell/qmlhost.h"
#include "shell/simulatorpane.h"
#include "shell/thememanager.h"

#include <paperlab/logging.h>
#include <paperlab/simulationrunner.h>

#include <algorithm>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QStackedWidget>
#include <QScreen>
#include <QStatusBar>
#include <QStandardPaths>
#include <QToolBar>

namespace paperlab::app {

namespace {

const QString kHome = QStringLiteral("home");

QString paperLocation(const QString &id, PaperView::Tab tab)
{
    return id + u'/' + PaperView::tabName(tab);
}

// The actions of a menu and of its submenus.
QList<QAction *> menuActions(const QMenu *menu)
{
    QList<QAction *> out;
    for (QAction *a : menu->actions())
        out += a->menu() ? menuActions(a->menu()) : QList<QAction *>{a};
    return out;
}

} // namespace

MainWindow::MainWindow(PaperLoader *loader, QmlHost *qml, ThemeManager *theme,
                       AppSettings *settings, QWidget *parent)
    : QMainWindow(parent), m_loader(loader), m_registry(loader->registry()), m_qml(qml),
      m_theme(theme), m_settings(settings)
{
    setWindowTitle(QStringLiteral("PaperLab"));
    setAccessibleName(QStringLiteral("PaperLab"));
    // The last session's geometry, else 1400×900 shrunk to the screen: a 1280×720 projector
    // gets the whole window on screen. restoreGeometry() moves a window whose screen has gone.
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    if (!restoreGeometry(settings->windowGeometry()))
        resize(QSize(1400, 900).boundedTo(screen.size()));
    // A restored window can hang over the edge (another screen then, or no window manager
    // to place it): bring it back whole.
    QRect placed = geometry();
    placed.setSize(placed.size().boundedTo(screen.size()));
    placed.moveLeft(std::clamp(placed.left(), screen.left(), screen.right() + 1 - placed.width()));
    placed.moveTop(std::clamp(placed.top(), screen.top(), screen.bottom() + 1 - placed.height()));
    setGeometry(placed);
    m_stack = new QStackedWidget(this);
    setCentralWidget(m_stack);
    m_home = new HomeView(loader, qml, m_stack);
    m_stack->addWidget(m_home);
    connect(m_home, &HomeView::paperActivated, this, [this](const QString &id) { openPaper(id); });
    buildMenus();
    connect(m_theme, &ThemeManager::changed, this, &MainWindow::applyThemeToViews);
    qApp->installEventFilter(this); // the mouse back/forward buttons, anywhere in the window
    navigateTo(kHome, true);
    // Also here: a restored session may open a paper, and then the home page is not seen.
    // The notice itself can be long (it names directories), too long for one status line.
    if (!m_home->notice().isEmpty())
        statusBar()->showMessage(
            tr("Some papers could not be loaded or found; the home page says why (Go ▸ Home)."));
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

void MainWindow::buildMenus()
{
    auto *file = m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open scenario…"), this, &MainWindow::openScenarioFile);
    open->setShortcut(QKeySequence::Open);
    QAction *save = file->addAction(tr("&Save scenario…"), this, &MainWindow::saveScenario);
    save->setShortcut(QKeySequence::Save);
    QAction *link = file->addAction(tr("Copy scenario &link"), this, &MainWindow::copyScenarioLink);
    link->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_paperActions = {save, link};
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    auto *go = m_goMenu = menuBar()->addMenu(tr("&Go"));
    QAction *home = go->addAction(tr("&Home"), this, &MainWindow::showHome);
    home->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    m_backAction = go->addAction(tr("&Back"), this, &MainWindow::goBack);
    m_backAction->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Back)});
    m_forwardAction = go->addAction(tr("&Forward"), this, &MainWindow::goForward);
    m_forwardAction->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_Forward)});
    QAction *search = go->addAction(tr("&Search papers"), this, &MainWindow::focusSearch);
    search->setShortcut(QKeySequence::Find);

    auto *view = m_viewMenu = menuBar()->addMenu(tr("&View"));
    auto *themes = view->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(this);
    for (const QString &name : ThemeManager::themeNames()) {
        QAction *a = themes->addAction(ThemeManager::themeLabel(name));
        a->setCheckable(true);
        a->setChecked(name == m_theme->theme());
        a->setData(name);
        group->addAction(a);
        m_themeActions.append(a);
        connect(a, &QAction::triggered, this, [this, name] {
            m_theme->setTheme(name);
            m_settings->setTheme(name);
        });
    }
    auto *fonts = view->addMenu(tr("&Font size"));
    auto changeScale = [this](double factor) {
        const double s = std::clamp(m_theme->fontScale() * factor, AppSettings::kMinFontScale,
                                    AppSettings::kMaxFontScale);
        m_theme->setFontScale(s);
        m_settings->setFontScale(s);
    };
    fonts->addAction(tr("&Larger text"), this, [changeScale] { changeScale(1.1); })->setShortcut(QKeySequence::ZoomIn);
    fonts->addAction(tr("&Smaller text"), this, [changeScale] { changeScale(1 / 1.1); })->setShortcut(QKeySequence::ZoomOut);
    fonts->addAction(tr("&Normal text size"), this, [this] {
        m_theme->setFontScale(1.0);
        m_settings->setFontScale(1.0);
    })->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();
    QAction *full = view->addAction(tr("&Full screen"), this, &MainWindow::toggleFullScreen);
    full->setShortcut(QKeySequence(Qt::Key_F11));

    auto *papers = menuBar()->addMenu(tr("&Papers"));
    papers->addAction(tr("&Installed papers…"), this, &MainWindow::showPapersDialog);

    auto *help = m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Help and keyboard shortcuts"), this,
                                    &MainWindow::showShortcuts);
    keys->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::Key_Question)});
    help->addAction(tr("&About PaperLab"), this, [this] {
        QMessageBox::about(this, tr("About PaperLab"),
                           tr("<h3>PaperLab %1</h3><p>Interactive explainers and live simulators of the "
                              "NeurIPS 2025 award papers.</p><p>Every simulator runs the real computation "
                              "at small scale; the papers' own large-scale numbers are shown as the "
                              "papers' measurements.</p>")
                               .arg(QStringLiteral(PAPERLAB_VERSION)));
    });

    auto *bar = addToolBar(tr("Navigation"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_backAction);
    bar->addAction(m_forwardAction);
    bar->addAction(home);
    m_backAction->setText(tr("◀ Back"));
    m_forwardAction->setText(tr("Forward ▶"));
    home->setText(tr("Home"));
    for (QAction *a : {m_backAction, m_forwardAction, home}) {
        QStringList keysText;
        for (const QKeySequence &k : a->shortcuts())
            keysText.append(k.toString(QKeySequence::NativeText));
        a->setToolTip(QStringLiteral("%1 (%2)").arg(a->text(), keysText.join(QStringLiteral(", "))));
    }
}

PaperView *MainWindow::currentPaper() const
{
    return m_stack->currentWidget() == m_paper ? m_paper.data() : nullptr;
}

void MainWindow::showHome()
{
    navigateTo(kHome, true);
}

bool MainWindow::openPaper(const QString &id, PaperView::Tab tab)
{
    PaperSpec *spec = m_registry->find(id);
    if (!spec)
        return false;
    auto loaded = m_loader->load(spec);
    if (!loaded) {
        statusBar()->showMessage(tr("%1 could not be loaded: %2").arg(id, loaded.error().userText), 10000);
        return false;
    }
    navigateTo(paperLocation(id, tab), true);
    return true;
}

void MainWindow::recordLocation(const QString &location)
{
    if (m_historyIndex >= 0 && m_history.value(m_historyIndex) == location)
        return;
    m_history = m_history.mid(0, m_historyIndex + 1);
    m_history.append(location);
    m_historyIndex = m_history.size() - 1;
}

QString MainWindow::currentLocation() const
{
    return currentPaper() ? paperLocation(m_paper->spec()->id(), m_paper->currentTab()) : kHome;
}

void MainWindow::navigateTo(const QString &target, bool record)
{
    if (record) {
        if (m_history.value(m_historyIndex) == target && m_stack->currentWidget())
            return;
        recordLocation(target);
    }
    // A paper's location is "<id>/<tab>"; a bare id is its Explainer tab.
    const qsizetype slash = target.lastIndexOf(u'/');
    const QString location = slash < 0 ? target : target.left(slash);
    const PaperView::Tab tab =
        PaperView::tabFromName(target.mid(slash + 1)).value_or(PaperView::Tab::Explainer);
    if (location == kHome) {
        rememberReadingPosition();
        m_stack->setCurrentWidget(m_home);
        setWindowTitle(QStringLiteral("PaperLab"));
    } else if (!m_paper || m_paper->spec()->id() != location) {
        rememberReadingPosition();
        PaperSpec *spec = m_registry->find(location);
        if (!spec || !m_loader->load(spec)) {
            updateNavActions();
            return;
        }
        if (m_paper) {
            rememberScenario();
            m_paper->deleteLater(); // its runner stops first; QmlHost then frees its views
        }
        m_paper = new PaperView(spec, m_qml, m_settings->readingPosition(location),
                                m_registry->openableNames(), m_stack);
        m_stack->addWidget(m_paper);
        connect(m_paper, &PaperView::paperLinkActivated, this, [this](const QString &id) { openPaper(id); });
        connect(m_paper, &PaperView::simulatorAboutToBeCreated, this,
                [this, location] { m_loader->guardRun(location); });
        connect(m_paper, &PaperView::simulatorCreated, this, &MainWindow::restoreLastScenario);
        connect(m_paper, &PaperView::tabChanged, this, [this] {
            if (!m_paper)
                return;
            m_settings->setLastTab(PaperView::tabName(m_paper->currentTab()));
            // A tab the user picked is a step Back can undo.
            if (!m_navigating) {
                recordLocation(currentLocation());
                updateNavActions();
            }
        });
        m_stack->setCurrentWidget(m_paper);
        setWindowTitle(QStringLiteral("%1 — PaperLab").arg(spec->metadata().name));
        m_settings->setLastPaper(location);
    } else {
        m_stack->setCurrentWidget(m_paper);
    }
    if (location == kHome) {
        m_settings->setLastPaper({});
    } else if (m_paper) {
        m_navigating = true;
        m_paper->setCurrentTab(tab);
        m_navigating = false;
    }
    updateNavActions();
}

void MainWindow::goBack()
{
    if (m_historyIndex > 0)
        navigateTo(m_history.at(--m_historyIndex), false);
}

void MainWindow::goForward()
{
    if (m_historyIndex + 1 < m_history.size())
        navigateTo(m_history.at(++m_historyIndex), false);
}

void MainWindow::updateNavActions()
{
    m_backAction->setEnabled(m_historyIndex > 0);
    m_forwardAction->setEnabled(m_historyIndex + 1 < m_history.size());
    for (QAction *a : std::as_const(m_paperActions))
        a->setEnabled(currentPaper() != nullptr);
}

void MainWindow::rememberReadingPosition()
{
    if (m_paper)
        m_settings->setReadingPosition(m_paper->spec()->id(), m_paper->readingPosition());
}

void MainWindow::showPapersDialog()
{
    PapersDialog dialog(m_registry, this);
    dialog.exec();
}

QList<ShortcutsDialog::Group> MainWindow::helpGroups() const
{
    QList<QAction *> simulation;
    if (PaperView *paper = currentPaper()) {
        if (auto *pane = paper->findChild<SimulatorPane *>())
            simulation = pane->actions();
    }
    return {{tr("Navigation"), menuActions(m_goMenu),
             {{tr("Explainer, Simulator, In one picture tabs"),
               QStringLiteral("Alt+E, Alt+M, Alt+O")},
              {tr("Move between controls"), tr("Tab or Shift+Tab")}}},
            {tr("Simulation (on the Simulator tab)"), simulation, {}},
            {tr("View"), menuActions(m_viewMenu), {}},
            {tr("General"), menuActions(m_fileMenu) + menuActions(m_helpMenu), {}}};
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(helpGroups(), this);
    dialog.exec();
}

void MainWindow::toggleFullScreen()
{
    setWindowState(windowState() ^ Qt::WindowFullScreen);
}

void MainWindow::focusSearch()
{
    navigateTo(kHome, true);
    m_home->focusSearch();
}

void MainWindow::applyThemeToViews()
{
    // A rich-text label colours its links with the palette of the moment its text is set;
    // set the texts again so that the links ("Related", quick start) take the new theme.
    for (QLabel *label : findChildren<QLabel *>()) {
        if (label->textFormat() == Qt::PlainText || !label->text().contains(QLatin1String("<a ")))
            continue;
        const QString text = label->text();
        label->clear();
        label->setText(text);
    }
    m_qml->setTheme(m_theme->themeMap());
    for (QAction *a : std::as_const(m_themeActions))
        a->setChecked(a->data().toString() == m_theme->theme());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    rememberReadingPosition();
    rememberScenario();
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->sync();
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        auto *me = static_cast<QMouseEvent *>(event);
        auto *w = qobject_cast<QWidget *>(watched);
        if (w && w->window() == this) {
            if (me->button() == Qt::BackButton) {
                goBack();
                return true;
            }
            if (me->button() == Qt::ForwardButton) {
                goForward();
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

std::optional<Scenario> MainWindow::currentScenario()
{
    PaperView *paper = currentPaper();
    if (!paper)
        return std::nullopt;
    const PaperView::Tab tab = paper->currentTab();
    SimulatorPane *pane = paper->simulatorPane();
    const SnapshotPtr latest = pane->runner() ? pane->runner()->latest() : nullptr;
    Scenario scenario = Scenario::capture(*pane->session(), latest ? latest->step : 0);
    if (pane->isComparing())
        scenario.compareParameters = Scenario::capture(*pane->compareSession(), 0).parameters;
    scenario.tab = PaperView::tabName(tab);
    if (tab == PaperView::Tab::Explainer)
        scenario.section = paper->currentSection();
    return scenario;
}

Result<QStringList> MainWindow::openScenario(const Scenario &given, ScenarioOrigin origin)
{
    Scenario scenario = given;
    PaperSpec *spec = m_registry->find(scenario.paperId);
    if (!spec) {
        return Error::make(ErrorReason::NotFound,
                           tr("it is a scenario of the paper \"%1\", which is not installed")
                               .arg(scenario.paperId));
    }
    m_openingScenario = true;
    const bool opened = openPaper(scenario.paperId, PaperView::Tab::Simulator);
    m_openingScenario = false;
    if (!opened || !currentPaper()) {
        return Error::make(ErrorReason::LoadFailed,
                           tr("the paper \"%1\" cannot be opened: %2")
                               .arg(scenario.paperId, spec->errorString()));
    }
    SimulatorPane *pane = currentPaper()->simulatorPane();
    QStringList dropped;
    const QStringList files = scenario.localFileKeys(pane->session()->schema());
    if (!files.isEmpty()) {
        const QString source = origin == ScenarioOrigin::File ? tr("scenario file") : tr("link");
        QStringList shown;
        for (const QString &key : files) {
            const ParamSpec *spec = pane->session()->schema().find(key);
            shown << QStringLiteral("%1 (%2) = %3")
                         .arg(spec ? spec->label : key, key,
                              scenario.parameters.value(key).toString());
        }
        // No is the default: Enter, pressed without reading, must not read the files.
        const bool allowed = origin != ScenarioOrigin::Unattended
            && QMessageBox::question(
                   this, tr("Read files named by a %1?").arg(source),
                   tr("The %1 asks the simulator to read these files on this computer:\n\n"
                      "%2\n\nRead them? Without them the simulator uses its own data.")
                       .arg(source, shown.join(u'\n')),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                == QMessageBox::Yes;
        for (const QString &key : files) {
            if (!allowed) {
                scenario.parameters.remove(key);
                dropped << tr("\"%1\": the file named by the %2 was not read").arg(key, source);
            }
        }
    }
    Result<QStringList> applied = scenario.applyTo(*pane->session());
    if (!applied)
        return applied;
    QStringList notes = dropped + applied.value();
    // A comparison: B beside A with its own parameters, replayed to the same step.
    pane->setComparing(!scenario.compareParameters.isEmpty());
    if (pane->isComparing()) {
        const Result<QStringList> b = scenario.compareScenario().applyTo(*pane->compareSession());
        if (!b)
            return b.error();
        for (const QString &note : b.value())
            notes.append(tr("B: %1").arg(note));
        if (scenario.steps > 0 && pane->compareSession()->runner())
            pane->compareSession()->runner()->runToStep(scenario.steps);
    }
    if (scenario.steps > 0 && pane->runner())
        pane->runner()->runToStep(scenario.steps);
    const PaperView::Tab tab =
        PaperView::tabFromName(scenario.tab).value_or(PaperView::Tab::Simulator);
    if (tab != PaperView::Tab::Simulator)
        navigateTo(paperLocation(scenario.paperId, tab), true);
    if (tab == PaperView::Tab::Explainer && !scenario.section.isEmpty())
        currentPaper()->showSection(scenario.section);
    return notes;
}

void MainWindow::reportScenario(const QString &source, const Result<QStringList> &opened)
{
    if (!opened) {
        QMessageBox::warning(this, tr("Cannot open the scenario"),
                             tr("%1 cannot be opened: %2").arg(source, opened.error().userText));
        return;
    }
    if (opened.value().isEmpty()) {
        statusBar()->showMessage(tr("Opened %1").arg(source), 5000);
        return;
    }
    QMessageBox::information(
        this, tr("Scenario opened with changes"),
        tr("%1 is open, but these of its settings were not taken:").arg(source)
            + QStringLiteral("\n\n• ") + opened.value().join(QStringLiteral("\n• ")));
}

QString MainWindow::scenarioFolder() const
{
    // The folder used last; else Documents, when this system has one (not the working
    // directory, where a file dialog falls back to otherwise).
    if (!m_scenarioFolder.isEmpty() && QDir(m_scenarioFolder).exists())
        return m_scenarioFolder;
    const QString documents =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(documents).exists() ? documents : QDir::homePath();
}

void MainWindow::saveScenario()
{
    const std::optional<Scenario> scenario = currentScenario();
    if (!scenario)
        return;
    const QString suggested = QStringLiteral("%1-%2.paperlab")
                                  .arg(scenario->paperId, scenario->simulatorId);
    QString path = QFileDialog::getSaveFileName(this, tr("Save scenario"),
                                                QDir(scenarioFolder()).filePath(suggested),
                                                tr("PaperLab scenarios (*.paperlab)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".paperlab");
    if (const QString error = scenario->save(path); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot save the scenario"), error);
        return;
    }
    m_scenarioFolder = QFileInfo(path).absolutePath();
    statusBar()->showMessage(tr("Saved the scenario to %1").arg(path), 5000);
}

void MainWindow::openScenarioFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open scenario"),
                                                      scenarioFolder(),
                                                      tr("PaperLab scenarios (*.paperlab)"));
    if (path.isEmpty())
        return;
    m_scenarioFolder = QFileInfo(path).absolutePath();
    const Result<Scenario> read = Scenario::read(path);
    if (!read) {
        QMessageBox::warning(this, tr("Cannot open the scenario"), read.error().userText);
        return;
    }
    reportScenario(QFileInfo(path).fileName(), openScenario(read.value()));
}

void MainWindow::copyScenarioLink()
{
    const std::optional<Scenario> scenario = currentScenario();
    if (!scenario)
        return;
    QGuiApplication::clipboard()->setText(scenario->toLink().toString(QUrl::FullyEncoded));
    statusBar()->showMessage(tr("Copied a link to this scenario"), 5000);
}

void MainWindow::rememberScenario()
{
    if (!m_paper || !m_paper->simulatorPaneIfCreated())
        return;
    Scenario scenario = Scenario::capture(*m_paper->simulatorPaneIfCreated()->session(), 0);
    const QString path = m_settings->lastScenarioPath(scenario.paperId);
    QDir().mkpath(QFileInfo(path).path());
    if (const QString error = scenario.save(path); !error.isEmpty())
        qCWarning(lcSettings).noquote() << error;
}

void MainWindow::restoreLastScenario()
{
    if (m_openingScenario || !m_paper)
        return;
    const QString path = m_settings->lastScenarioPath(m_paper->spec()->id());
    if (!QFileInfo::exists(path))
        return;
    // Only what this version accepts as it is: a remembered setup that no longer fits is
    // forgotten rather than half applied.
    const Result<Scenario> read = Scenario::read(path);
    SimulationSession *session = m_paper->simulatorPaneIfCreated()->session();
    const Result<QStringList> applied =
        read ? read.value().applyTo(*session) : Result<QStringList>(read.error());
    if (!applied || !applied.value().isEmpty()) {
        qCInfo(lcSettings).noquote() << "forgetting the remembered scenario" << path << ":"
                                  << (applied ? applied.value().join(QStringLiteral("; "))
                                              : applied.error().logText);
        if (applied)
            session->resetAll();
        QFile::remove(path);
    }
}

} // namespace paperlab::app
