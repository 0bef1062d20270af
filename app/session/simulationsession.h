// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "papers/papermetadata.h"

#include <paperlab/parameterschema.h>
#include <paperlab/result.h>
#include <paperlab/snapshot.h>

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <stop_token>

namespace paperlab {
class PaperPlugin;
class PaperSpec;
class SimulationRunner;
} // namespace paperlab

namespace paperlab::app {

/// One run of one paper, whoever drives it: the desktop pane, the kiosk, the presenter
/// console and the command line all go through a session, never around it.
///
/// It owns the chosen simulator and view, the parameters waiting to be applied ("pending",
/// what the panels show and edit), the parameters the run started with ("applied"), the
/// seed, the presets and restarts, and in Interactive mode the SimulationRunner. A view
/// change keeps the run; a simulator change makes a new one (simulatorChanged()).
/// In Headless mode there is no runner: runToEnd() runs on the calling thread (the CLI).
class SimulationSession : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Interactive, Headless };

    /// `spec` must be Ready, and its plugin is never unloaded. Starts on the first
    /// simulator's first view; an Interactive session also starts its run (paused, with the
    /// defaults).
    explicit SimulationSession(const PaperSpec &spec, Mode mode = Mode::Interactive,
                               QObject *parent = nullptr);
    /// The same from its parts; `plugin` may be null for a Headless session that never runs
    /// (a panel's tests).
    SimulationSession(const PaperMetadata &metadata, const ParameterSchema &schema,
                      const PresetList &presets, const PaperPlugin *plugin,
                      Mode mode = Mode::Interactive, QObject *parent = nullptr);
    ~SimulationSession() override;

    const PaperMetadata &metadata() const { return m_metadata; }
    const ParameterSchema &schema() const { return m_schema; }
    QString simulatorId() const { return m_simulatorId; }
    QString viewId() const { return m_viewId; }
    const SimulatorInfo &simulator() const;
    /// Null in Headless mode, and when the plugin could not make the simulator.
    SimulationRunner *runner() const { return m_runner.get(); }

    /// The current view's QML. A 1.0 plugin's single view (simulatorViewUrl()) gets the
    /// simulator id as a property and picks for itself; a missing view file is an error.
    Result<QUrl> viewUrl() const;
    /// True when viewUrl() is a 1.0 plugin's one view for every simulator.
    bool dispatchingView() const;

    /// The parameters of the current simulator, in schema order.
    QList<ParamSpec> parameters() const;
    /// The first seed parameter of the current simulator, or empty.
    QString seedKey() const { return m_seedKey; }
    const ParameterSet &pending() const { return m_pending; }
    const ParameterSet &applied() const { return m_applied; }
    /// A pending edit that waits for restart() (never for a live parameter).
    bool restartNeeded(const QString &key) const;
    bool restartNeeded() const;

    /// The one preset lookup. An empty `simulator` in a preset means "any simulator": it is
    /// applied to the current one (which, for a new session, is the first).
    const Preset *findPreset(const QString &presetId) const;
    /// The same in any plugin's presets (null if none has the id).
    static const Preset *findPreset(const PresetList &presets, const QString &presetId);
    /// The presets that can be applied without leaving the current simulator.
    PresetList presetsForSimulator() const;
    /// The preset whose values the run has (seeds aside), or empty.
    QString activePreset() const;

    /// Selects a view, or a simulator's first view. A view of another simulator starts a
    /// new run with the defaults (Interactive) or resets pending to them (Headless).
    Result<void> selectView(const QString &viewOrSimulatorId);
    /// Goes to the preset's view if it names one, sets pending to the defaults plus the
    /// preset (keeping the seed unless the preset sets it) and restarts.
    Result<void> applyPreset(const QString &presetId);

    /// Edits a pending value; a live one applies to the run at once.
    void setPending(const QString &key, const QVariant &value);
    /// As setPending(), from text (command line, list fields, the seed field).
    Result<void> setPendingText(const QString &key, const QString &text);
    /// Replaces the named pending values (others are kept).
    void setPendingValues(const ParameterSet &values);
    /// Validates pending and restarts the run with it; on error the run is left alone.
    Result<void> restart();
    /// Every parameter back to its default, then restart.
    void resetAll();
    /// A random seed, then restart.
    void newSeed();

    void playPause();
    void step();
    void command(const QString &commandId);

    /// A command with its arguments, as the command line gives it.
    struct Command {
        QString id;
        QVariantMap arguments;
    };

    /// What `steps` of runToEnd() counts: whole steps asked of the simulator (advance() with
    /// no budget), or the step count its snapshots report (Snapshot::step; a scenario saves
    /// that one, and some simulators count several training steps per call).
    enum class StepCount { Calls, SnapshotStep };

    /// Headless: runs a fresh simulator with applied() to its end (or `steps` steps, when
    /// not negative), after running `commands` in order, and calls `progress` now and then.
    /// A simulator's InputError becomes ErrorReason::BadParameter, any other failure
    /// ErrorReason::SimulationFailed; a stop requested on `stop` ends the run between two
    /// steps with ErrorReason::Cancelled. The session is only read: sessions of one paper
    /// may run on several threads at once (a sweep).
    Result<SnapshotPtr> runToEnd(qint64 steps, const QList<Command> &commands = {},
                                 const std::function<void(const Snapshot &)> &progress = {},
                                 StepCount count = StepCount::Calls,
                                 std::stop_token stop = {}) const;

Q_SIGNALS:
    /// A new simulator: runner(), parameters() and seedKey() changed. Views of the old
    /// runner must go in the slot; it is destroyed right after this signal.
    void simulatorChanged();
    /// Another view of the same run.
    void viewChanged();
    /// Pending values changed; `key` is empty when several did.
    void pendingChanged(const QString &key);
    void restartNeededChanged(bool needed);
    /// A run (re)started with these values.
    void restarted(const paperlab::ParameterSet &applied);
    /// Something the user asked for failed (a bad value, a file the simulator rejected);
    /// the previous state is kept.
    void errorOccurred(const QString &message);

private:
    Result<void> switchSimulator(const SimulatorInfo &simulator, const QString &viewId,
                                 bool startRun);
    void applyLive(const QString &key);
    void onInputRejected(const QString &message);
    void notifyRestartNeeded(bool before);

    PaperMetadata m_metadata;
    ParameterSchema m_schema;
    PresetList m_presets;
    const PaperPlugin *m_plugin;
    Mode m_mode;
    QString m_simulatorId;
    QString m_viewId;
    QString m_seedKey;
    ParameterSet m_pending;
    ParameterSet m_applied;
    ParameterSet m_lastApplied; ///< before the last restart, for a run that rejects its input
    std::unique_ptr<SimulationRunner> m_runner;
};

} // namespace paperlab::app
