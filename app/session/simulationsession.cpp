// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "session/simulationsession.h"

#include "papers/paperregistry.h"

#include <paperlab/paperplugin.h>
#include <paperlab/simulationrunner.h>
#include <paperlab/simulator.h>
#include <paperlab/standardpaperplugin.h>

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>

#include <optional>

namespace paperlab::app {

namespace {

Error sessionError(ErrorReason reason, const QString &text)
{
    return Error::make(reason, text);
}

} // namespace

SimulationSession::SimulationSession(const PaperSpec &spec, Mode mode, QObject *parent)
    : SimulationSession(spec.metadata(), spec.schema(), spec.presets(), spec.plugin(), mode,
                        parent)
{
}

SimulationSession::SimulationSession(const PaperMetadata &metadata, const ParameterSchema &schema,
                                     const PresetList &presets, const PaperPlugin *plugin,
                                     Mode mode, QObject *parent)
    : QObject(parent), m_metadata(metadata), m_schema(schema), m_presets(presets),
      m_plugin(plugin), m_mode(mode)
{
    const SimulatorInfo &first = m_metadata.simulators.first();
    switchSimulator(first, first.views.first().id, mode == Mode::Interactive);
}

// The runner's worker thread stops in its destructor, after the views that read it are gone.
SimulationSession::~SimulationSession() = default;

const SimulatorInfo &SimulationSession::simulator() const
{
    return *m_metadata.simulatorForView(m_simulatorId);
}

bool SimulationSession::dispatchingView() const
{
    return m_plugin && !m_plugin->simulatorViewUrl().isEmpty();
}

Result<QUrl> SimulationSession::viewUrl() const
{
    if (dispatchingView())
        return m_plugin->simulatorViewUrl();
    const QUrl url = StandardPaperPlugin::viewUrl(m_metadata.qmlModule, m_viewId);
    if (!QFile::exists(u':' + url.path())) {
        return sessionError(ErrorReason::NotFound,
                            tr("%1 has no view %2 for \"%3\"")
                                .arg(m_metadata.qmlModule,
                                     StandardPaperPlugin::viewFile(m_viewId), m_viewId));
    }
    return url;
}

QList<ParamSpec> SimulationSession::parameters() const
{
    return schema().parametersFor(m_simulatorId);
}

bool SimulationSession::restartNeeded(const QString &key) const
{
    const ParamSpec *spec = schema().find(key);
    return spec && !spec->live && m_pending.value(key) != m_applied.value(key);
}

bool SimulationSession::restartNeeded() const
{
    for (const ParamSpec &p : parameters()) {
        if (restartNeeded(p.id))
            return true;
    }
    return false;
}

const Preset *SimulationSession::findPreset(const QString &presetId) const
{
    return findPreset(m_presets, presetId);
}

const Preset *SimulationSession::findPreset(const PresetList &presets, const QString &presetId)
{
    for (const Preset &p : presets) {
        if (p.id == presetId)
            return &p;
    }
    return nullptr;
}

PresetList SimulationSession::presetsForSimulator() const
{
    PresetList out;
    for (const Preset &p : m_presets) {
        const SimulatorInfo *sim = m_metadata.simulatorForView(p.simulator);
        if (p.simulator.isEmpty() || (sim && sim->id == m_simulatorId))
            out.append(p);
    }
    return out;
}

QString SimulationSession::activePreset() const
{
    // Derived from the values, so a preset typed in by hand shows too and an edit clears it;
    // seeds aside, since a new seed keeps the set-up.
    const ParameterSet defaults = schema().defaults();
    for (const Preset &p : presetsForSimulator()) {
        const ParameterSet expected = defaults.mergedWith(p.values);
        bool same = true;
        for (const ParamSpec &spec : parameters()) {
            if (spec.type != ParamType::Seed && expected.value(spec.id) != m_applied.value(spec.id)) {
                same = false;
                break;
            }
        }
        if (same)
            return p.id;
    }
    return {};
}

Result<void> SimulationSession::selectView(const QString &viewOrSimulatorId)
{
    const SimulatorInfo *sim = m_metadata.simulatorForView(viewOrSimulatorId);
    if (!sim) {
        QStringList ids;
        for (const SimulatorInfo &s : m_metadata.simulators) {
            for (const ViewInfo &v : s.views)
                ids.append(v.id);
        }
        return sessionError(ErrorReason::NotFound,
                            tr("%1 has no simulator or view \"%2\" (it has: %3)")
                                .arg(m_metadata.id, viewOrSimulatorId, ids.join(QStringLiteral(", "))));
    }
    QString viewId = sim->views.first().id;
    for (const ViewInfo &v : sim->views) {
        if (v.id == viewOrSimulatorId)
            viewId = v.id;
    }
    if (sim->id == m_simulatorId) {
        if (viewId != m_viewId) {
            m_viewId = viewId;
            Q_EMIT viewChanged();
        }
        return {};
    }
    return switchSimulator(*sim, viewId, m_mode == Mode::Interactive);
}

Result<void> SimulationSession::switchSimulator(const SimulatorInfo &simulator,
                                                const QString &viewId, bool startRun)
{
    // Without a simulator the session still moves (no runner): the views say what failed.
    std::unique_ptr<SimulationRunner> runner;
    std::optional<Error> failure;
    if (m_mode == Mode::Interactive) {
        std::unique_ptr<Simulator> sim = m_plugin ? m_plugin->createSimulator(simulator.id) : nullptr;
        if (sim) {
            runner = std::make_unique<SimulationRunner>(std::move(sim));
            // Names it in its messages: the name the user knows, and the ids for the log.
            runner->setObjectName(QStringLiteral("%1 (%2/%3)")
                                      .arg(simulator.name, m_metadata.id, simulator.id));
            if (m_runner)
                runner->setSpeed(m_runner->speed());
            connect(runner.get(), &SimulationRunner::inputRejected, this,
                    &SimulationSession::onInputRejected);
        } else {
            failure = sessionError(ErrorReason::NotFound,
                                   tr("The plugin %1 makes no simulator \"%2\"")
                                       .arg(m_metadata.id, simulator.id));
        }
    }
    m_simulatorId = simulator.id;
    m_viewId = viewId;
    m_seedKey.clear();
    for (const ParamSpec &p : parameters()) {
        if (p.type == ParamType::Seed && m_seedKey.isEmpty())
            m_seedKey = p.id;
    }
    m_pending = schema().defaults();
    m_applied = m_pending;
    // The old runner lives until every view of it has gone in the slots.
    std::swap(runner, m_runner);
    Q_EMIT simulatorChanged();
    runner.reset();
    Q_EMIT pendingChanged({});
    if (failure) {
        Q_EMIT errorOccurred(failure->userText);
        return *failure;
    }
    if (startRun)
        return restart();
    return {};
}

Result<void> SimulationSession::applyPreset(const QString &presetId)
{
    const Preset *preset = findPreset(presetId);
    if (!preset) {
        QStringList ids;
        for (const Preset &p : m_presets)
            ids.append(p.id);
        const QString text = tr("unknown preset \"%1\" for %2 (presets: %3)")
                                 .arg(presetId, m_metadata.id, ids.join(QStringLiteral(", ")));
        Q_EMIT errorOccurred(text);
        return sessionError(ErrorReason::BadParameter, text);
    }
    if (!preset->simulator.isEmpty()) {
        const SimulatorInfo *sim = m_metadata.simulatorForView(preset->simulator);
        if (!sim) {
            return sessionError(ErrorReason::BadParameter,
                                tr("Preset \"%1\" names no simulator of %2: \"%3\"")
                                    .arg(presetId, m_metadata.id, preset->simulator));
        }
        if (sim->id != m_simulatorId) {
            if (auto r = switchSimulator(*sim, preset->simulator == sim->id
                                                   ? sim->views.first().id : preset->simulator,
                                         false); !r)
                return r;
        } else if (auto r = selectView(preset->simulator); !r) {
            return r;
        }
    }
    const bool before = restartNeeded();
    ParameterSet values = schema().defaults().mergedWith(preset->values);
    if (!m_seedKey.isEmpty() && !preset->values.contains(m_seedKey))
        values.set(m_seedKey, m_applied.value(m_seedKey));
    m_pending = values;
    Q_EMIT pendingChanged({});
    notifyRestartNeeded(before);
    return restart();
}

void SimulationSession::setPending(const QString &key, const QVariant &value)
{
    if (m_pending.value(key) == value)
        return;
    const bool before = restartNeeded();
    m_pending.set(key, value);
    Q_EMIT pendingChanged(key);
    notifyRestartNeeded(before);
    const ParamSpec *spec = schema().find(key);
    if (spec && spec->live)
        applyLive(key);
}

Result<void> SimulationSession::setPendingText(const QString &key, const QString &text)
{
    Result<QVariant> value = schema().parseValue(key, text);
    if (!value)
        return value.error();
    setPending(key, value.value());
    return {};
}

void SimulationSession::setPendingValues(const ParameterSet &values)
{
    const bool before = restartNeeded();
    m_pending = m_pending.mergedWith(values);
    Q_EMIT pendingChanged({});
    notifyRestartNeeded(before);
}

void SimulationSession::applyLive(const QString &key)
{
    // A live value applies to the running simulator when the whole set is valid.
    ParameterSet trial = m_applied;
    trial.set(key, m_pending.value(key));
    Result<ParameterSet> validated = schema().validate(trial);
    if (!validated)
        return;
    m_applied = validated.value();
    if (m_runner)
        m_runner->setLive(m_applied);
}

Result<void> SimulationSession::restart()
{
    Result<ParameterSet> validated = schema().validate(m_pending);
    if (!validated) {
        Q_EMIT errorOccurred(validated.error().userText);
        return validated.error();
    }
    const bool before = restartNeeded();
    m_lastApplied = m_applied;
    m_applied = validated.value();
    m_pending = m_applied;
    if (m_runner)
        m_runner->reset(m_applied);
    Q_EMIT pendingChanged({});
    notifyRestartNeeded(before);
    Q_EMIT restarted(m_applied);
    return {};
}

void SimulationSession::onInputRejected(const QString &message)
{
    // The simulator kept its run (InputError's contract): the values go back to that run's,
    // and the panels show them again.
    const ParameterSet rejected = m_applied;
    const bool before = restartNeeded();
    m_applied = m_lastApplied;
    m_pending = m_applied;
    Q_EMIT pendingChanged({});
    notifyRestartNeeded(before);
    // A rejected first reset leaves nothing to keep: start the previous values instead.
    if (m_runner && m_runner->state() == SimulationRunner::State::Idle && rejected != m_applied)
        m_runner->reset(m_applied);
    Q_EMIT errorOccurred(tr("Not applied: %1").arg(message)); // a file or a rule between values
}

void SimulationSession::resetAll()
{
    setPendingValues(schema().defaults());
    restart();
}

void SimulationSession::newSeed()
{
    if (m_seedKey.isEmpty())
        return;
    setPending(m_seedKey, QVariant::fromValue<quint64>(QRandomGenerator::global()->bounded(1u, 1000000u)));
    restart();
}

void SimulationSession::playPause()
{
    if (!m_runner)
        return;
    using State = SimulationRunner::State;
    if (m_runner->state() == State::Running) {
        m_runner->pause();
        return;
    }
    if (m_runner->state() == State::Finished)
        restart();
    m_runner->start();
}

void SimulationSession::step()
{
    if (m_runner)
        m_runner->step();
}

void SimulationSession::command(const QString &commandId)
{
    if (m_runner)
        m_runner->command(commandId, {});
}

void SimulationSession::notifyRestartNeeded(bool before)
{
    if (restartNeeded() != before)
        Q_EMIT restartNeededChanged(!before);
}

Result<SnapshotPtr> SimulationSession::runToEnd(qint64 steps, const QList<Command> &commands,
                                                const std::function<void(const Snapshot &)> &progress,
                                                StepCount count, std::stop_token stop) const
{
    std::unique_ptr<Simulator> sim = m_plugin ? m_plugin->createSimulator(m_simulatorId) : nullptr;
    if (!sim) {
        return sessionError(ErrorReason::NotFound, tr("The plugin %1 makes no simulator \"%2\"")
                                                       .arg(m_metadata.id, m_simulatorId));
    }
    auto report = [&](bool now) {
        if (progress && now)
            progress(*sim->snapshot());
    };
    auto stopped = [&stop] { return stop.stop_requested(); };
    try {
        sim->reset(m_applied);
        for (const Command &c : commands)
            sim->command(c.id, c.arguments);
        if (steps >= 0 && count == StepCount::SnapshotStep) {
            while (!sim->finished() && sim->snapshot()->step < steps && !stopped())
                sim->advance(std::chrono::milliseconds(0));
        } else if (steps >= 0) {
            for (qint64 i = 0; i < steps && !sim->finished() && !stopped(); ++i) {
                sim->advance(std::chrono::milliseconds(0));
                report(i % 64 == 0);
            }
        } else {
            while (!sim->finished() && !stopped()) {
                sim->advance(std::chrono::milliseconds(250));
                report(true);
            }
        }
        if (stopped())
            return sessionError(ErrorReason::Cancelled, tr("Stopped before the end"));
        return SnapshotPtr(sim->snapshot());
    } catch (const InputError &e) {
        // A user's file (a `file` parameter) that cannot be read or parsed: a bad parameter.
        return sessionError(ErrorReason::BadParameter, QString::fromUtf8(e.what()));
    } catch (const std::exception &e) {
        return sessionError(ErrorReason::SimulationFailed, QString::fromUtf8(e.what()));
    }
}

} // namespace paperlab::app
