// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "shell/appsettings.h"

#include "shell/thememanager.h"

#include <paperlab/logging.h>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

namespace paperlab::app {

namespace {
const QString kTheme = QStringLiteral("appearance/theme");
const QString kFontScale = QStringLiteral("appearance/fontScale");
const QString kLastPaper = QStringLiteral("session/lastPaper");
const QString kLastTab = QStringLiteral("session/lastTab");
const QString kWindowGeometry = QStringLiteral("session/windowGeometry");

void warnFallback(const QSettings &s, const QString &key, const QString &fallback)
{
    qCWarning(lcSettings).noquote() << QStringLiteral("%1: invalid value %2 for \"%3\"; using %4")
                                           .arg(s.fileName(), s.value(key).toString(), key, fallback);
}
} // namespace

AppSettings::AppSettings() = default;

AppSettings::AppSettings(const QString &iniPath) : m_settings(iniPath, QSettings::IniFormat) {}

QString AppSettings::lastScenarioPath(const QString &paperId) const
{
    return QFileInfo(m_settings.fileName()).dir().filePath(
        QStringLiteral("scenarios/%1.paperlab").arg(paperId));
}

QString AppSettings::theme() const
{
    const QString v = m_settings.value(kTheme, QStringLiteral("light")).toString();
    if (ThemeManager::isTheme(v))
        return v;
    warnFallback(m_settings, kTheme, QStringLiteral("light"));
    return QStringLiteral("light");
}

void AppSettings::setTheme(const QString &theme)
{
    m_settings.setValue(kTheme, theme);
}

double AppSettings::fontScale() const
{
    if (!m_settings.contains(kFontScale))
        return 1.0;
    bool ok = false;
    const double v = m_settings.value(kFontScale).toString().toDouble(&ok);
    if (ok && std::isfinite(v) && v >= kMinFontScale && v <= kMaxFontScale)
        return v;
    warnFallback(m_settings, kFontScale, QStringLiteral("1.0"));
    return 1.0;
}

void AppSettings::setFontScale(double scale)
{
    m_settings.setValue(kFontScale, scale);
}

QString AppSettings::lastPaper() const
{
    static const QRegularExpression id(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    const QString v = m_settings.value(kLastPaper).toString();
    if (v.isEmpty() || id.match(v).hasMatch())
        return v;
    warnFallback(m_settings, kLastPaper, QStringLiteral("the home page"));
    return {};
}

void AppSettings::setLastPaper(const QString &id)
{
    m_settings.setValue(kLastPaper, id);
}

QString AppSettings::lastTab() const
{
    const QString v = m_settings.value(kLastTab, QStringLiteral("explainer")).toString();
    if (v == QLatin1String("explainer") || v == QLatin1String("simulator") || v == QLatin1String("summary"))
        return v;
    warnFallback(m_settings, kLastTab, QStringLiteral("explainer"));
    return QStringLiteral("explainer");
}

void AppSettings::setLastTab(const QString &tab)
{
    m_settings.setValue(kLastTab, tab);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kWindowGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kWindowGeometry, geometry);
}

double AppSettings::readingPosition(const QString &paperId) const
{
    const double v = m_settings.value(QStringLiteral("reading/") + paperId, 0.0).toDouble();
    return std::isfinite(v) && v >= 0 ? v : 0.0;
}

void AppSettings::setReadingPosition(const QString &paperId, double contentY)
{
    m_settings.setValue(QStringLiteral("reading/") + paperId, contentY);
}

} // namespace paperlab::app
