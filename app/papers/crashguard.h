// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace paperlab {
class PaperRegistry;
}

namespace paperlab::app {

/// The crash-loop guard's markers (architecture §6.3); PaperLoader decides when to write them.
/// A native plugin that crashes takes the whole process down, and no API can stop that: the
/// desktop would die at every start, and a kiosk with Restart=always would crash forever. So a
/// marker "loading <id>" is written (and synced) before a paper is loaded and first shown, and
/// removed once it has run for a few seconds. A marker that survives to the next start names
/// the culprit: that paper is disabled, and stays disabled until its plugin file changes (an
/// update may fix it). A marker names its process: one of a PaperLab still running (parallel
/// command-line runs) is not a crash.
class CrashGuard
{
public:
    /// Keeps its markers in `state` (the desktop's settings, the kiosk's state file), which
    /// must outlive the guard.
    explicit CrashGuard(QSettings *state);

    /// Turns surviving markers into disabled papers and returns the ids to disable now.
    /// Needs the registry's discovery to know each plugin file; call it, then
    /// PaperRegistry::setDisabledIds().
    QStringList recover(const PaperRegistry &registry);

    void beginLoad(const QString &id, const QString &filePath);
    void endLoad(const QString &id);
    bool isLoading(const QString &id) const;

    /// How long a paper must run after it is first shown before its marker goes.
    static constexpr int kSettleMs = 4000;

private:
    static QString fileStamp(const QString &filePath);

    QSettings *m_state;
};

} // namespace paperlab::app
