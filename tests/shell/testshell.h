// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

// The main window as the app builds it, on throw-away settings, for the shell's tests.

#include "byname.h"
#include "papers/paperloader.h"
#include "papers/paperregistry.h"
#include "shell/appsettings.h"
#include "shell/mainwindow.h"
#include "shell/paperview.h"
#include "shell/qmlhost.h"
#include "shell/shellsetup.h"
#include "shell/simulatorpane.h"
#include "shell/thememanager.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace paperlab::test {

struct TestShell {
    QTemporaryDir dir;
    std::unique_ptr<app::AppSettings> settings;
    std::unique_ptr<PaperRegistry> registry;
    std::unique_ptr<app::QmlHost> qml;
    std::unique_ptr<app::ThemeManager> theme;
    std::unique_ptr<app::PaperLoader> loader;
    std::unique_ptr<app::MainWindow> window; // last: destroyed first, views before the engine

    /// Builds and shows a 1280x800 window over the papers in `pluginDirs`, in `themeName`.
    /// Returns false when the theme or the window does not come up.
    bool start(const QStringList &pluginDirs, const QString &themeName)
    {
        settings = std::make_unique<app::AppSettings>(dir.filePath(QStringLiteral("s.ini")));
        registry = std::make_unique<PaperRegistry>();
        registry->discover(pluginDirs);
        qml = std::make_unique<app::QmlHost>();
        app::registerShellQml(*qml);
        theme = std::make_unique<app::ThemeManager>();
        if (!theme->setTheme(themeName))
            return false;
        qml->setTheme(theme->themeMap());
        loader = std::make_unique<app::PaperLoader>(registry.get());
        window = std::make_unique<app::MainWindow>(loader.get(), qml.get(), theme.get(),
                                                   settings.get());
        window->resize(1280, 800);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    /// The simulator tab of `paper`, opened as the user opens it; null if it cannot open.
    app::SimulatorPane *openSimulator(const QString &paper)
    {
        if (!window->openPaper(paper, app::PaperView::Tab::Simulator))
            return nullptr;
        return window->currentPaper()->simulatorPane();
    }
};

} // namespace paperlab::test
