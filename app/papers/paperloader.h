// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "papers/crashguard.h"

#include <paperlab/result.h>

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

class QSettings;

namespace paperlab {
class PaperPlugin;
class PaperRegistry;
class PaperSpec;
}

namespace paperlab::app {

/// The host's one way to run a paper's code: the desktop, the kiosk and the command line load
/// papers through it, never through PaperRegistry::load() directly.
///
/// With the crash guard on (enableCrashGuard()), a marker is on disk while a paper's code runs
/// for the first time: from just before load() until the paper has run for
/// CrashGuard::kSettleMs (its first thumbnail or view included), and again for a simulator's
/// first run (guardRun()). Only the newest marker is kept: once another paper's code starts,
/// a crash is most likely its doing. A clean exit clears the marker. A native crash takes the
/// whole process down and no API can stop it, so a marker that survives names the paper to
/// blame: at the next start it is Disabled, until its plugin file changes.
class PaperLoader : public QObject
{
    Q_OBJECT
public:
    /// Milliseconds on a monotonic clock; the kiosk passes its own so that tests control it.
    using Clock = std::function<qint64()>;

    explicit PaperLoader(PaperRegistry *registry, QObject *parent = nullptr);
    ~PaperLoader() override;

    PaperRegistry *registry() const { return m_registry; }

    /// Turns the guard on, with its markers in `state` (which must outlive the loader), and
    /// disables the papers whose marker survived an earlier start. Call it once, after
    /// discovery and before any load. Returns the ids disabled.
    QStringList enableCrashGuard(QSettings *state);
    /// The papers enableCrashGuard() disabled, for the notice that names them.
    const QStringList &crashedPapers() const { return m_crashed; }
    void setClock(Clock clock);

    /// Loads `spec` on the calling (GUI) thread, behind the guard. Returns the plugin when Ready.
    Result<PaperPlugin *> load(PaperSpec *spec);
    Result<PaperPlugin *> load(const QString &id);
    /// Loads every discovered paper, one after the other (for --list-papers and thumbnails).
    void loadAll();

    /// The paper's code is about to run in a new way (its simulator in a new view): a marker
    /// until it has run for the settle time.
    void guardRun(const QString &id);
    /// Clears the marker once its paper has run for CrashGuard::kSettleMs. A timer calls it;
    /// a caller with a clock of its own may call it too.
    void settle();
    /// Clears the marker: the papers' code has stopped without a crash.
    void settleAll();
    /// True while `id` has a marker on disk.
    bool isGuarding(const QString &id) const;

private:
    void beginGuard(const PaperSpec &spec);

    PaperRegistry *m_registry;
    std::optional<CrashGuard> m_guard;
    QStringList m_crashed;
    Clock m_clock;
    QElapsedTimer m_elapsed;
    QString m_settling;         ///< the paper with a marker on disk, or empty
    qint64 m_settlingSince = 0; ///< when its marker was written
    QTimer m_settleTimer;
};

} // namespace paperlab::app
