// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "kiosk/inputmap.h"

#include <QKeyCombination>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace paperlab::app {

/// The administrator's kiosk configuration, $XDG_CONFIG_HOME/paperlab/kiosk.conf (INI):
///
///     [display]  theme=projector  fontScale=1.5  progressBar=true
///     [tour]     playlist=/path/to/playlist.json  errorCardSeconds=8
///     [idle]     cursorHideSeconds=3  attractMinutes=3
///     [exit]     chord=Ctrl+Alt+Shift+Q  holdSeconds=2  pinSha256=<hex of sha256(PIN)>
///     [keys]     next=PgDown, Right, Space  previous=PgUp, Left  first=Home  last=End
///                black=B, .  white=W  pause=P
///
/// Read once at start and never written: the desktop's settings (AppSettings) and this file
/// are separate, so a kiosk never changes a lecturer's desktop preferences. A bad value is
/// reported in warnings() (naming the key) and its default is used.
struct KioskConfig {
    QString theme = QStringLiteral("projector");
    double fontScale = 1.5;
    bool progressBar = true;
    QString playlist;
    double errorCardSeconds = 8.0;
    int cursorHideMs = 3000;
    qint64 attractMs = 3 * 60 * 1000;
    QKeyCombination exitChord;
    int exitHoldMs = 2000;
    QString exitPinSha256;
    InputMap keys;
    QStringList warnings;

    static constexpr double kMinFontScale = 0.75;
    static constexpr double kMaxFontScale = 3.0;

    static QString defaultPath();
    /// Reads `path`; a missing file gives the defaults.
    static KioskConfig load(const QString &path);
};

/// What the kiosk remembers between runs, $XDG_DATA_HOME/paperlab/kiosk-state.ini: the
/// playlist position, the crash-loop guard's markers, and launch counters. Written often,
/// synced at once (QSettings writes a temporary file and renames it).
class KioskState
{
public:
    KioskState(); ///< the default location
    explicit KioskState(const QString &iniPath);

    static QString defaultPath();
    QSettings &settings() { return m_settings; }

    /// Marks the session running and counts the launch; true when the last session did not
    /// end cleanly (a crash, a kill, a power cut).
    bool beginSession();
    void endSession();
    int launches() const;
    int uncleanEnds() const;

    /// The step to resume at for this playlist (by fingerprint), or 0. Returns the next step
    /// instead when the app has already died twice in a row on the saved one.
    int resumeStep(const QByteArray &playlistFingerprint, int count, bool lastEndUnclean);
    void saveStep(const QByteArray &playlistFingerprint, int step);

private:
    QSettings m_settings;
};

} // namespace paperlab::app
