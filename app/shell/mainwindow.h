// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "session/scenario.h"
#include "shell/paperview.h"
#include "shell/shortcutsdialog.h"

#include <paperlab/result.h>

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <optional>

class QAction;
class QStackedWidget;
class QLabel;
class QMenu;

namespace paperlab {
class PaperRegistry;
}

namespace paperlab::app {

class AppSettings;
class HomeView;
class PaperLoader;
class QmlHost;
class ThemeManager;

/// The desktop shell: home page, one paper view at a time, back/forward history, menus,
/// shortcuts, the Papers dialog and settings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(PaperLoader *loader, QmlHost *qml, ThemeManager *theme, AppSettings *settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    HomeView *home() const { return m_home; }
    PaperView *currentPaper() const;
    /// The keys the help overlay (F1) lists, grouped; the Simulator's only with one open.
    QList<ShortcutsDialog::Group> helpGroups() const;

    /// Opens a scenario: its paper on the Simulator tab, its simulator, view and parameters,
    /// then its tab, and replays the run to the saved step. The notes name what today's paper
    /// no longer accepts (applyTo()); an error leaves the window as it was, save the paper.
    /// A link or file may set parameters only: one that names local files for the simulator
    /// to read asks the user first, since choosing a scenario is not choosing the files it
    /// names (an unattended one, a screenshot's, leaves them out).
    enum class ScenarioOrigin { File, Link, Unattended };
    Result<QStringList> openScenario(const Scenario &scenario,
                                     ScenarioOrigin origin = ScenarioOrigin::File);
    /// Shows the outcome of opening a scenario: an error in a dialog, notes in one too.
    void reportScenario(const QString &source, const Result<QStringList> &opened);
    /// What the open paper's simulator runs now, as a scenario; none on the home page.
    std::optional<Scenario> currentScenario();

public Q_SLOTS:
    void showHome();
    /// Opens a paper (loading its plugin on first use); false if it cannot be loaded.
    bool openPaper(const QString &id, PaperView::Tab tab = PaperView::Tab::Explainer);
    void goBack();
    void goForward();
    void showPapersDialog();
    void showShortcuts();
    void toggleFullScreen();
    void focusSearch();
    /// File > Save scenario: the current setup to a .paperlab file of the user's choice.
    void saveScenario();
    QString scenarioFolder() const;
    /// File > Open scenario.
    void openScenarioFile();
    /// File > Copy link: the current scenario as a paperlab:// link on the clipboard.
    void copyScenarioLink();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void navigateTo(const QString &location, bool record);
    void buildMenus();
    void updateNavActions();
    void rememberReadingPosition();
    void applyThemeToViews();
    /// Records a location in the history (dropping what was forward of it) without going there.
    void recordLocation(const QString &location);
    QString currentLocation() const;
    /// The open paper's setup (simulator and parameters, no steps), for its next opening.
    void rememberScenario();
    /// Puts the remembered setup, if any, into a paper's freshly made session.
    void restoreLastScenario();

    PaperLoader *m_loader;
    PaperRegistry *m_registry;
    QmlHost *m_qml;
    ThemeManager *m_theme;
    AppSettings *m_settings;
    QStackedWidget *m_stack;
    HomeView *m_home;
    QPointer<PaperView> m_paper;
    QStringList m_history;   ///< "home" or "<paper id>/<tab name>"
    int m_historyIndex = -1;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QMenu *m_fileMenu = nullptr, *m_goMenu = nullptr, *m_viewMenu = nullptr, *m_helpMenu = nullptr;
    bool m_navigating = false; ///< the history moves the tabs: not a new entry
    QList<QAction *> m_themeActions;
    QList<QAction *> m_paperActions; ///< enabled only while a paper is open
    bool m_openingScenario = false;  ///< a scenario sets the session: nothing to restore
    QString m_scenarioFolder;        ///< where the last scenario was saved or opened
};

} // namespace paperlab::app
