// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/paperlabcoreexport.h>
#include <paperlab/parameterset.h>
#include <paperlab/snapshot.h>

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
    virtual std::shared_ptr<Snapshot> snapshot() const = 0;

    /// Set by the runner. A long step (one sweep point, one eigendecomposition) polls
    /// stopRequested() and returns early so that pause, reset and shutdown stay prompt.
    void setStopToken(const std::atomic_bool *token) { m_stopToken = token; }

protected:
    bool stopRequested() const { return m_stopToken && m_stopToken->load(std::memory_order_relaxed); }

private:
    const std::atomic_bool *m_stopToken = nullptr;
};

} // namespace paperlab
