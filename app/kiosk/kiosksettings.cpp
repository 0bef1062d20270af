// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "kiosk/kiosksettings.h"

#include "kiosk/exitchord.h"
#include "shell/thememanager.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>

namespace paperlab::app {

namespace {

const QString kResumePlaylist = QStringLiteral("resume/playlist");
const QString kResumeStep = QStringLiteral("resume/step");
const QString kResumeStrikes = QStringLiteral("resume/strikes");
const QString kRunning = QStringLiteral("session/running");
const QString kLaunches = QStringLiteral("session/launches");
const QString kUnclean = QStringLiteral("session/uncleanEnds");

// A number setting within [lo, hi], else the fallback and a warning naming the key.
double number(const QSettings &s, const QString &key, double fallback, double lo, double hi,
              QStringList &warnings)
{
    if (!s.contains(key))
        return fallback;
    bool ok = false;
    const double v = s.value(key).toString().toDouble(&ok);
    if (ok && std::isfinite(v) && v >= lo && v <= hi)
        return v;
    warnings.append(QStringLiteral("%1: \"%2\" must be a number from %3 to %4; using %5")
                        .arg(key, s.value(key).toString())
                        .arg(lo)
                        .arg(hi)
                        .arg(fallback));
    return fallback;
}

bool boolean(const QSettings &s, const QString &key, bool fallback, QStringList &warnings)
{
    if (!s.contains(key))
        return fallback;
    const QString v = s.value(key).toString().toLower();
    if (v == QLatin1String("true") || v == QLatin1String("false"))
        return v == QLatin1String("true");
    warnings.append(QStringLiteral("%1: \"%2\" must be true or false; using %3")
                        .arg(key, v, fallback ? QStringLiteral("true") : QStringLiteral("false")));
    return fallback;
}

// QSettings turns "a, b" into a list; a single value stays a string.
QStringList list(const QSettings &s, const QString &key)
{
    const QVariant v = s.value(key);
    return v.typeId() == QMetaType::QStringList ? v.toStringList() : QStringList{v.toString()};
}

} // namespace

QString KioskConfig::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/paperlab/kiosk.conf");
}

KioskConfig KioskConfig::load(const QString &path)
{
    KioskConfig c;
    c.exitChord = ExitChord::defaultChord();
    if (!QFileInfo::exists(path))
        return c;
    const QSettings s(path, QSettings::IniFormat);
    if (s.status() != QSettings::NoError) {
        c.warnings.append(QStringLiteral("%1: cannot be read; using the defaults").arg(path));
        return c;
    }
    QStringList &w = c.warnings;
    if (s.contains(QStringLiteral("display/theme"))) {
        const QString theme = s.value(QStringLiteral("display/theme")).toString();
        if (ThemeManager::isTheme(theme))
            c.theme = theme;
        else
            w.append(QStringLiteral("display/theme: \"%1\" must be one of %2; using projector")
                         .arg(theme, ThemeManager::themeNames().join(QStringLiteral(", "))));
    }
    c.fontScale = number(s, QStringLiteral("display/fontScale"), c.fontScale, kMinFontScale,
                         kMaxFontScale, w);
    c.progressBar = boolean(s, QStringLiteral("display/progressBar"), c.progressBar, w);
    c.playlist = s.value(QStringLiteral("tour/playlist")).toString();
    c.errorCardSeconds
        = number(s, QStringLiteral("tour/errorCardSeconds"), c.errorCardSeconds, 1, 600, w);
    c.cursorHideMs
        = int(1000 * number(s, QStringLiteral("idle/cursorHideSeconds"), 3, 0.5, 600, w));
    c.attractMs
        = qint64(60000 * number(s, QStringLiteral("idle/attractMinutes"), 3, 0, 24 * 60, w));
    if (s.contains(QStringLiteral("exit/chord"))) {
        const QString text = list(s, QStringLiteral("exit/chord")).join(QStringLiteral(", "));
        const QKeySequence seq = QKeySequence::fromString(text, QKeySequence::PortableText);
        ExitChord probe(nullptr);
        if (seq.count() == 1 && probe.setChord(seq[0]))
            c.exitChord = seq[0];
        else
            w.append(QStringLiteral("exit/chord: \"%1\" must be one key with at least two of "
                                    "Ctrl, Alt, Shift and Meta; using Ctrl+Alt+Shift+Q")
                         .arg(text));
    }
    c.exitHoldMs = int(1000 * number(s, QStringLiteral("exit/holdSeconds"), 2, 0.5, 30, w));
    if (s.contains(QStringLiteral("exit/pinSha256"))) {
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        const QString pin
            = s.value(QStringLiteral("exit/pinSha256")).toString().trimmed().toLower();
        if (hex.match(pin).hasMatch())
            c.exitPinSha256 = pin;
        else if (!pin.isEmpty())
            w.append(QStringLiteral("exit/pinSha256: must be 64 hex digits (printf %s 1234 | "
                                    "sha256sum); the exit has no PIN"));
    }
    for (KioskAction action : InputMap::actions()) {
        const QString key = QStringLiteral("keys/") + InputMap::actionName(action);
        if (!s.contains(key))
            continue;
        const QString error = c.keys.rebind(action, list(s, key));
        if (!error.isEmpty())
            w.append(error + QStringLiteral("; keeping the default keys"));
    }
    return c;
}

KioskState::KioskState() : KioskState(defaultPath()) { }

KioskState::KioskState(const QString &iniPath) : m_settings(iniPath, QSettings::IniFormat) { }

QString KioskState::defaultPath()
{
    // GenericDataLocation: AppDataLocation would give a doubled paperlab/paperlab.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/paperlab/kiosk-state.ini");
}

bool KioskState::beginSession()
{
    const bool unclean = m_settings.value(kRunning, false).toBool();
    m_settings.setValue(kRunning, true);
    m_settings.setValue(kLaunches, launches() + 1);
    if (unclean)
        m_settings.setValue(kUnclean, uncleanEnds() + 1);
    m_settings.sync();
    return unclean;
}

void KioskState::endSession()
{
    m_settings.setValue(kRunning, false);
    m_settings.sync();
}

int KioskState::launches() const
{
    return m_settings.value(kLaunches, 0).toInt();
}

int KioskState::uncleanEnds() const
{
    return m_settings.value(kUnclean, 0).toInt();
}

int KioskState::resumeStep(const QByteArray &playlistFingerprint, int count, bool lastEndUnclean)
{
    if (count <= 0 || m_settings.value(kResumePlaylist).toByteArray() != playlistFingerprint)
        return 0;
    int step = std::clamp(m_settings.value(kResumeStep, 0).toInt(), 0, count - 1);
    if (lastEndUnclean) {
        // Dying twice on the same step looks like the step's fault: skip it rather than loop.
        const int strikes = m_settings.value(kResumeStrikes, 0).toInt() + 1;
        if (strikes >= 2) {
            step = (step + 1) % count;
            m_settings.setValue(kResumeStrikes, 0);
        } else {
            m_settings.setValue(kResumeStrikes, strikes);
        }
        m_settings.sync();
    }
    return step;
}

void KioskState::saveStep(const QByteArray &playlistFingerprint, int step)
{
    if (m_settings.value(kResumeStep).toInt() != step
        || m_settings.value(kResumePlaylist).toByteArray() != playlistFingerprint)
        m_settings.setValue(kResumeStrikes, 0);
    m_settings.setValue(kResumePlaylist, playlistFingerprint);
    m_settings.setValue(kResumeStep, step);
    m_settings.sync();
}

} // namespace paperlab::app
