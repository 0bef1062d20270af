// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSettings>
#include <QString>

namespace paperlab::app {

/// Typed access to the user's settings (QSettings, INI under $XDG_CONFIG_HOME/paperlab).
/// An unknown or corrupt value falls back to its default and logs a warning naming the key.
/// QSettings writes through a temporary file and a rename, so a crash never leaves it half written.
class AppSettings
{
public:
    AppSettings();
    explicit AppSettings(const QString &iniPath); ///< for tests

    QString theme() const;
    void setTheme(const QString &theme);
    double fontScale() const;
    void setFontScale(double scale);
    QString lastPaper() const;
    void setLastPaper(const QString &id);
    QString lastTab() const;
    void setLastTab(const QString &tab);
    /// QWidget::saveGeometry() of the main window, or empty.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    double readingPosition(const QString &paperId) const;
    void setReadingPosition(const QString &paperId, double contentY);

    static constexpr double kMinFontScale = 0.75;
    static constexpr double kMaxFontScale = 2.0;

    /// The last scenario of a paper (what its simulator ran when the user left it), beside the
    /// settings file: a screenshot's throw-away settings keep a user's scenarios out of it.
    QString lastScenarioPath(const QString &paperId) const;

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace paperlab::app
