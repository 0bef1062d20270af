// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace paperlab::app {

/// Applies a theme (palettes are data: resources/themes/<name>.json) to widgets, charts and
/// QML views, together with the user's font scale.
class ThemeManager : public QObject
{
    Q_OBJECT
public:
    explicit ThemeManager(QObject *parent = nullptr);

    static QStringList themeNames();          ///< light, dark, projector
    static QString themeLabel(const QString &name);
    static bool isTheme(const QString &name) { return themeNames().contains(name); }

    /// Loads and applies a theme; false (and nothing changes) for an unknown name.
    bool setTheme(const QString &name);
    QString theme() const { return m_name; }
    /// The theme JSON as a map, with "fontScale" already multiplied by the user's scale.
    QVariantMap themeMap() const;
    QColor color(const QString &key) const;

    void setFontScale(double scale);
    double fontScale() const { return m_userScale; }

Q_SIGNALS:
    void changed();

private:
    void apply();

    QString m_name;
    QVariantMap m_theme;
    double m_userScale = 1.0;
    double m_basePointSize = 0.0;
};

} // namespace paperlab::app
