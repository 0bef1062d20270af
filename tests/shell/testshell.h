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

#include <QColor>
#include <QJSValue>
#include <QList>
#include <QQuickItem>
#include <QQuickWidget>
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

    /// The one Qt Quick view of a simulator pane (its simulator's view), or null.
    static QQuickWidget *simulatorView(app::SimulatorPane *pane)
    {
        const auto views = pane->findChildren<QQuickWidget *>();
        return views.size() == 1 ? views.first() : nullptr;
    }
};

/// A QML `var` property as a list (QML hands arrays over as QJSValue).
inline QVariantList listProperty(const QObject *object, const char *name)
{
    const QVariant v = object->property(name);
    return v.canConvert<QJSValue>() ? v.value<QJSValue>().toVariant().toList() : v.toList();
}

/// Every visible item under `item` of type T, in the visual tree (Repeater delegates are not
/// QObject children of the view).
template <typename T>
void collectVisible(QQuickItem *item, QList<T *> &found)
{
    if (!item->isVisible())
        return;
    if (auto *t = qobject_cast<T *>(item))
        found.append(t);
    for (QQuickItem *child : item->childItems())
        collectVisible(child, found);
}

/// Squared RGB distance, to tell which of two colours a pixel is nearer.
inline int colorDistance2(QColor a, QColor b)
{
    const int r = a.red() - b.red(), g = a.green() - b.green(), bl = a.blue() - b.blue();
    return r * r + g * g + bl * bl;
}

} // namespace paperlab::test
