// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "shell/paperview.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

class QAction;
class QStackedWidget;
class QLabel;

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

    PaperLoader *m_loader;
    PaperRegistry *m_registry;
    QmlHost *m_qml;
    ThemeManager *m_theme;
    AppSettings *m_settings;
    QStackedWidget *m_stack;
    HomeView *m_home;
    QPointer<PaperView> m_paper;
    QStringList m_history;   ///< "home" or a paper id
    int m_historyIndex = -1;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QList<QAction *> m_themeActions;
};

} // namespace paperlab::app
