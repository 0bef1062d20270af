// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "charttheme.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QFile>
#include <QJSEngine>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include <algorithm>
#include <cmath>

namespace paperlab::charts {

ChartTheme *ChartTheme::instance()
{
    // Parented to the application so it dies before QGuiApplication tears down fonts; a
    // later application (tests create several) gets a fresh instance.
    static QPointer<ChartTheme> theme;
    if (!theme)
        theme = new ChartTheme(QCoreApplication::instance());
    return theme;
}

ChartTheme *ChartTheme::create(QQmlEngine *, QJSEngine *)
{
    ChartTheme *theme = instance();
    QJSEngine::setObjectOwnership(theme, QJSEngine::CppOwnership);
    return theme;
}

ChartTheme::ChartTheme(QObject *parent)
    : QObject(parent)
{
    apply(lightValues()); // so charts look right before the app applies a theme
}

QVariantMap ChartTheme::lightValues()
{
    // The app's own resources/themes/light.json, compiled into this library too, so that the
    // charts' default and the print export never drift from the theme the app shows.
    QFile file(QStringLiteral(":/paperlab/charts/light.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("PaperLab.Charts: the light theme is not compiled in");
    return QJsonDocument::fromJson(file.readAll()).object().toVariantMap();
}

QVariantMap ChartTheme::values() const
{
    QVariantMap out;
    for (const auto &[key, member] : colorKeys())
        out.insert(QLatin1String(key), (this->*member).name());
    QStringList series;
    for (const QColor &c : m_seriesColors)
        series.append(c.name());
    out.insert(QStringLiteral("name"), m_name);
    out.insert(QStringLiteral("series"), series);
    out.insert(QStringLiteral("lineWidth"), m_lineWidth);
    out.insert(QStringLiteral("fontScale"), m_fontScale);
    return out;
}

const std::vector<std::pair<const char *, QColor ChartTheme::*>> &ChartTheme::colorKeys()
{
    static const std::vector<std::pair<const char *, QColor ChartTheme::*>> keys = {
        {"window", &ChartTheme::m_background}, {"surface", &ChartTheme::m_surface},
        {"raised", &ChartTheme::m_raised},     {"text", &ChartTheme::m_text},
        {"mutedText", &ChartTheme::m_mutedText}, {"grid", &ChartTheme::m_grid},
        {"axis", &ChartTheme::m_axis},         {"accent", &ChartTheme::m_accent},
        {"accentText", &ChartTheme::m_accentText}, {"focus", &ChartTheme::m_focus},
        {"error", &ChartTheme::m_error},       {"success", &ChartTheme::m_success},
        {"link", &ChartTheme::m_link}};
    return keys;
}

void ChartTheme::apply(const QVariantMap &themeJson)
{
    for (const auto &[key, member] : colorKeys()) {
        const auto it = themeJson.constFind(QLatin1String(key));
        if (it == themeJson.cend())
            continue;
        const QColor c(it->toString());
        if (c.isValid())
            this->*member = c;
    }

    if (themeJson.contains(QStringLiteral("name")))
        m_name = themeJson.value(QStringLiteral("name")).toString();
    if (themeJson.contains(QStringLiteral("series"))) {
        QList<QColor> colors;
        const QVariantList list = themeJson.value(QStringLiteral("series")).toList();
        for (const QVariant &v : list) {
            const QColor c =
                v.userType() == QMetaType::QColor ? v.value<QColor>() : QColor(v.toString());
            if (c.isValid())
                colors.append(c);
        }
        if (!colors.isEmpty())
            m_seriesColors = colors;
    }
    auto setPositive = [&](const char *key, qreal &target) {
        bool ok = false;
        const qreal v = themeJson.value(QLatin1String(key)).toReal(&ok);
        if (ok && std::isfinite(v) && v > 0)
            target = v;
    };
    setPositive("lineWidth", m_lineWidth);
    setPositive("fontScale", m_fontScale);
    Q_EMIT changed();
}

QColor ChartTheme::seriesColor(int index) const
{
    if (m_seriesColors.isEmpty())
        return m_accent;
    const int n = int(m_seriesColors.size());
    return m_seriesColors.at(((index % n) + n) % n);
}

double ChartTheme::relativeLuminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}

double ChartTheme::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QFont ChartTheme::scaledFont(qreal pixelSize, int weight) const
{
    QFont f = QGuiApplication::font();
    f.setPixelSize(qMax(1, qRound(pixelSize * m_fontScale)));
    f.setWeight(QFont::Weight(weight));
    return f;
}

QFont ChartTheme::font() const
{
    return scaledFont(12, QFont::Normal);
}
QFont ChartTheme::labelFont() const
{
    return scaledFont(13, QFont::Normal);
}
QFont ChartTheme::titleFont() const
{
    return scaledFont(15, QFont::DemiBold);
}

} // namespace paperlab::charts
