// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "shell/thememanager.h"

#include <paperlab/logging.h>

#include <charttheme.h>

#include <QApplication>
#include <QFile>
#include <QFontInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPalette>
#include <QStyleFactory>

namespace paperlab::app {

namespace {

// Widgets get a visible focus ring and comfortable spacing; the colours come from the theme.
// Spin boxes, combo boxes, check boxes and sliders are left to Fusion: a style sheet on them
// replaces their native sub-controls, and Fusion already rings them in the Highlight colour.
const char *kStyleSheet = R"(
QPushButton, QToolButton, QLineEdit {
    border: 1px solid %grid%; border-radius: 4px; padding: 3px 8px; background: %surface%; color: %text%;
}
QToolButton { padding: 3px 6px; }
QPushButton:hover, QToolButton:hover { background: %raised%; }
QPushButton:pressed, QToolButton:pressed, QToolButton:checked { background: %grid%; }
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QTabBar::tab:focus, QFrame#card:focus {
    border: 2px solid %focus%;
}
QPushButton:disabled, QToolButton:disabled {
    color: %mutedText%; background: transparent; border-style: dashed;
}
QPushButton#primary, QToolButton#primary { background: %accent%; color: %accentText%; border-color: %accent%; font-weight: 600; }
QStackedWidget#paperSections { border: none; border-top: 1px solid %grid%; }
QTabBar::tab { padding: 6px 16px; margin-right: 2px; border: 1px solid transparent;
               border-bottom: 2px solid transparent; color: %mutedText%; background: transparent; }
QTabBar::tab:selected { color: %text%; border-bottom: 2px solid %accent%; font-weight: 600; }
QToolTip { background: %surface%; color: %text%; border: 1px solid %grid%; padding: 4px; }
QLabel#muted { color: %mutedText%; }
QLabel#error { color: %error%; }
QFrame#card { background: %surface%; border: 1px solid %grid%; border-radius: 8px; }
QFrame#card:focus { border: 2px solid %focus%; }
QFrame#failedCard { background: %surface%; border: 1px solid %error%; border-radius: 8px; }
QLabel#badgeBest { background: %accent%; color: %accentText%; border-radius: 4px; padding: 1px 6px; font-weight: 600; }
QLabel#badgeRunnerUp { background: %raised%; color: %text%; border: 1px solid %grid%; border-radius: 4px; padding: 1px 6px; font-weight: 600; }
QLabel#restartMark { color: %focus%; font-weight: 700; }
QLabel#compareMark { color: %accentText%; background: %accent%; border-radius: 3px; padding: 0 4px; }
QGroupBox { border: 1px solid %grid%; border-radius: 6px; margin-top: 1.2em; padding-top: 4px; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; color: %mutedText%; font-weight: 600; }
QStatusBar, QStatusBar QLabel { color: %mutedText%; }
)";

QColor mapColor(const QVariantMap &m, const char *key)
{
    return QColor(m.value(QLatin1String(key)).toString());
}

} // namespace

ThemeManager::ThemeManager(QObject *parent) : QObject(parent)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_basePointSize = QApplication::font().pointSizeF() > 0 ? QApplication::font().pointSizeF() : 10.0;
}

QStringList ThemeManager::themeNames()
{
    return {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("projector")};
}

QString ThemeManager::themeLabel(const QString &name)
{
    if (name == QLatin1String("light"))
        return tr("Light");
    if (name == QLatin1String("dark"))
        return tr("Dark");
    return tr("Projector (high contrast)");
}

bool ThemeManager::setTheme(const QString &name)
{
    if (!isTheme(name))
        return false;
    QFile f(QStringLiteral(":/themes/%1.json").arg(name));
    if (!f.open(QIODevice::ReadOnly)) {
        qCWarning(lcSettings) << "theme file missing:" << f.fileName();
        return false;
    }
    m_theme = QJsonDocument::fromJson(f.readAll()).object().toVariantMap();
    m_name = name;
    apply();
    return true;
}

QVariantMap ThemeManager::themeMap() const
{
    QVariantMap m = m_theme;
    m.insert(QStringLiteral("fontScale"), m_theme.value(QStringLiteral("fontScale")).toDouble() * m_userScale);
    m.insert(QStringLiteral("fontPixelSize"),
             QFontInfo(QApplication::font()).pixelSize());
    return m;
}

QColor ThemeManager::color(const QString &key) const
{
    return QColor(m_theme.value(key).toString());
}

void ThemeManager::setFontScale(double scale)
{
    m_userScale = scale;
    if (!m_name.isEmpty())
        apply();
}

void ThemeManager::apply()
{
    QPalette p;
    const QColor window = mapColor(m_theme, "window"), surface = mapColor(m_theme, "surface");
    const QColor text = mapColor(m_theme, "text"), muted = mapColor(m_theme, "mutedText");
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, surface);
    p.setColor(QPalette::AlternateBase, mapColor(m_theme, "raised"));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, surface);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, surface);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Highlight, mapColor(m_theme, "accent"));
    p.setColor(QPalette::HighlightedText, mapColor(m_theme, "accentText"));
    p.setColor(QPalette::Link, mapColor(m_theme, "link"));
    p.setColor(QPalette::Mid, mapColor(m_theme, "grid"));
    p.setColor(QPalette::Disabled, QPalette::Text, muted);
    p.setColor(QPalette::Disabled, QPalette::WindowText, muted);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, muted);
    QApplication::setPalette(p);

    QFont font = QApplication::font();
    font.setPointSizeF(m_basePointSize * m_theme.value(QStringLiteral("fontScale")).toDouble() * m_userScale);
    QApplication::setFont(font);

    QString sheet = QString::fromLatin1(kStyleSheet);
    for (auto it = m_theme.cbegin(); it != m_theme.cend(); ++it) {
        if (it.value().typeId() == QMetaType::QString)
            sheet.replace(u'%' + it.key() + u'%', it.value().toString());
    }
    qApp->setStyleSheet(sheet);
    charts::ChartTheme::instance()->apply(themeMap());
    Q_EMIT changed();
}

} // namespace paperlab::app
