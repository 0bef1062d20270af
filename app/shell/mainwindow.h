// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "shell/paperview.h"
#include "shell/shortcutsdialog.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

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
};

} // namespace paperlab::app
