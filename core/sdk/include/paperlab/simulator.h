// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/paperlabcoreexport.h>
#include <paperlab/parameterset.h>
#include <paperlab/snapshot.h>

#include <QString>
#include <QVariantMap>

#include <atomic>
#include <chrono>
#include <stdexcept>

namespace paperlab {

/// Thrown by a simulator to report a failure of its computation (a diverging run, an
/// impossible combination found deep in a step). Simulators run on the runner's worker thread,
/// where a failure has no caller to return a Result to: the SimulationRunner catches any
/// std::exception, stops, and turns it into its Error state with the message
/// (errorString(), failed()); the CLI turns it into exit code 5. What can be checked before a
/// run belongs in parameters.json instead, so that ParameterSchema::validate() reports it as
/// a Result. The message is shown as it is, so write it for people.
class SimulationError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// Thrown by reset() when a user's file (a `file` parameter, SDK 1.1) cannot be read or
/// parsed. what() reads `evals.csv:12: field "c": 14 correct answers out of n = 10`, naming
/// the file (its name, not the whole path), the 1-based line (0: the file as a whole) and
/// the field (empty if none).
///
/// Thrown too when the parameters break a rule between them that parameters.json cannot
/// state (such as `m <= n`): no file, line 0, and the key at fault as the field; what() is
/// then the problem alone, which names the keys: `width m = 40 exceeds the number of
/// features n = 20`.
///
/// The contract: a reset() that reads a user file parses it completely before changing any
/// member (the strong exception guarantee), so the simulator is exactly as it was when this
/// is thrown. SimulationRunner then keeps the previous state and emits inputRejected()
/// instead of going to Error; the CLI exits with code 4 (a bad parameter).
class PAPERLAB_CORE_EXPORT InputError : public SimulationError
{
public:
    InputError(const QString &file, int line, const QString &field, const QString &problem);
    ~InputError() override;

    QString file() const { return m_file; }
    int line() const { return m_line; }
    QString field() const { return m_field; }
    QString problem() const { return m_problem; }

private:
    QString m_file;
    int m_line = 0;
    QString m_field;
    QString m_problem;
};

/// A paper's computation, in plain C++: no widgets, QML or scene graph.
///
/// It owns all its state and is deterministic given its ParameterSet (seeds included).
/// A SimulationRunner calls it from one worker thread at a time; it is never shared.
/// Work is done in whole steps, so how a run is chunked never changes its numbers.
class PAPERLAB_CORE_EXPORT Simulator
{
public:
    virtual ~Simulator();

    /// Restarts from scratch with validated parameters. May throw.
    virtual void reset(const ParameterSet &parameters) = 0;

    /// Applies the keys marked "live" without restarting. The default restarts.
    virtual void applyLive(const ParameterSet &parameters) { reset(parameters); }

    /// A discrete user action, e.g. "next-round". The default throws SimulationError.
    virtual void command(const QString &id, const QVariantMap &arguments);

    /// Does at least one whole step, then keeps stepping while `budget` lasts and
    /// stopRequested() is false. A budget of zero means exactly one step. May throw.
    virtual void advance(std::chrono::milliseconds budget) = 0;

    /// True once a finite experiment is complete; open-ended simulators stay false.
    virtual bool finished() const { return false; }

    /// Builds a fresh view of the current state. The runner stamps its revision and then
    /// publishes it as immutable (SnapshotPtr); the simulator keeps no reference to it.
    /// Called on the same worker thread as advance(), between steps, never concurrently with
    /// any other method: a `mutable` cache of results computed at step boundaries needs no lock.
    virtual std::shared_ptr<Snapshot> snapshot() const = 0;

    /// Set by the runner. A long step (one sweep point, one eigendecomposition) polls
    /// stopRequested() and returns early so that pause, reset and shutdown stay prompt.
    void setStopToken(const std::atomic_bool *token) { m_stopToken = token; }

protected:
    bool stopRequested() const { return m_stopToken && m_stopToken->load(std::memory_order_relaxed); }

private:
    const std::atomic_bool *m_stopToken = nullptr;
};

/// A simulator that works in whole steps of its own: it writes step(), and advance() runs
/// steps while the budget lasts, until finished() or a stop request, so that no simulator
/// writes that loop again.
class PAPERLAB_CORE_EXPORT SteppedSimulator : public Simulator
{
public:
    void advance(std::chrono::milliseconds budget) final;

protected:
    /// One whole step. Called only while finished() is false. May throw.
    virtual void step() = 0;

    /// At most this many steps per advance() (0, the default: as many as the budget allows),
    /// to pace a run for watching. The numbers must not depend on it.
    void setStepsPerAdvance(int steps) { m_stepsPerAdvance = steps; }

private:
    int m_stepsPerAdvance = 0;
};

} // namespace paperlab
