// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

class QQmlEngine;
class QQuickWidget;
class QWidget;

namespace paperlab::app {

/// The one QQmlEngine of the application and the factory for every QQuickWidget on it.
/// Sets the import paths Qt 6.4 lacks, and collects QML warnings (the smoke tests assert none).
class QmlHost : public QObject
{
    Q_OBJECT
public:
    explicit QmlHost(QObject *parent = nullptr);
    ~QmlHost() override;

    QQmlEngine *engine() const { return m_engine; }

    /// A view of `url` on the shared engine. `properties` are set on the root object once it
    /// exists (QQuickWidget has no initial properties in 6.4); the root must declare them.
    /// The view is born a child of `parent` and must stay in that window: a QQuickWidget that
    /// changes top-level window recreates its offscreen window, and under OpenGL (Qt 6.4) it
    /// then never draws again. Hence a reference: there is no parentless view.
    QQuickWidget *createView(const QUrl &url, const QVariantMap &properties, QWidget &parent);

    /// Sets a property on the root of every view created here that declares it.
    void setPropertyOnAllViews(const char *name, const QVariant &value);

    /// Every QML warning, load errors of views included (the smoke tests assert none).
    const QStringList &warnings() const { return m_warnings; }
    /// The errors of views that failed to load, "file:line: message"; each such view shows
    /// them on an error card instead (--screenshot fails on them).
    const QStringList &errors() const { return m_errors; }

    /// The current theme (resources/themes/<name>.json as a map). Plugin views read the
    /// Theme singleton (PaperLab.Charts), which ThemeManager updates; the map still goes to
    /// every view that declares a `theme` property (the explainer page, API 1.0 plugin
    /// views), and setting it updates the views that exist.
    const QVariantMap &theme() const { return m_theme; }
    void setTheme(const QVariantMap &theme);

Q_SIGNALS:
    void warningEmitted(const QString &text);
    /// setTheme() gave the views a new theme.
    void themeChanged();

private:
    /// Logs a failed view's errors and loads the error card in their place.
    void showErrors(QQuickWidget *view, bool compact);
    /// Gives back what the views that are gone held: their JavaScript objects, the compiled
    /// types no view uses any longer, and the freed heap pages, so that memory follows what
    /// is open rather than every paper ever shown (the desktop's papers, the kiosk's steps).
    /// Runs once per turn of the event loop in which views went, after their deletion ends.
    void releaseUnusedSoon();
    void releaseUnused();

    QQmlEngine *m_engine;
    QList<QQuickWidget *> m_views;
    QStringList m_warnings;
    QStringList m_errors;
    QVariantMap m_theme;
    bool m_releaseQueued = false;
};

} // namespace paperlab::app
