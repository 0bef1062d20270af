// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/paperlabcoreexport.h>
#include <paperlab/parameterset.h>
#include <paperlab/snapshot.h>

#include <QObject>
#include <QString>
#include <QVariantMap>

#include <memory>

namespace paperlab {

class Simulator;
class RunnerWorker;

/// Drives one Simulator on its own worker thread and publishes immutable snapshots.
///
/// All slots may be called from the owning (GUI) thread; they are queued to the worker with
/// copies of their arguments. Every signal is emitted on the owning thread, so a direct
/// connection (or a QSignalSpy) there is safe. At most one snapshotReady() notification is pending at a
/// time: a view calls latest(), which marks the notification consumed. The destructor
/// stops the worker within about 100 ms (stop flag, quit, wait; never terminate).
/// A simulator that does not take a pause or reset within 5 s (stuck in advance()) puts the
/// runner in the Error state with a message naming it (objectName()); when it returns at
/// last, the runner is Paused again. One that has not returned 5 s after the destructor asked
/// it to stop is left running; its thread, worker and simulator are freed when it returns.
class PAPERLAB_CORE_EXPORT SimulationRunner : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool running READ isRunning NOTIFY stateChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY stateChanged)
    /// Why the last reset's input was rejected (InputError); empty after an accepted reset.
    Q_PROPERTY(QString inputError READ inputError NOTIFY inputErrorChanged)
    Q_PROPERTY(double speed READ speed WRITE setSpeed NOTIFY speedChanged)
    // For QML text: the newest snapshot's scalars. Charts read the snapshot itself.
    Q_PROPERTY(QVariantMap readouts READ readouts NOTIFY snapshotReady)
    Q_PROPERTY(qint64 stepCount READ stepCount NOTIFY snapshotReady)
    Q_PROPERTY(double progress READ progress NOTIFY snapshotReady)
    Q_PROPERTY(QString phase READ phase NOTIFY snapshotReady)
    Q_PROPERTY(QString status READ status NOTIFY snapshotReady)

public:
    enum class State { Idle, Running, Paused, Finished, Error };
    Q_ENUM(State)

    explicit SimulationRunner(std::unique_ptr<Simulator> simulator, QObject *parent = nullptr);
    ~SimulationRunner() override;

    /// The newest snapshot (null before the first reset). Any thread; marks it consumed.
    SnapshotPtr latest() const;
    State state() const;
    bool isRunning() const { return state() == State::Running; }
    QString errorString() const;
    QString inputError() const;
    double speed() const;
    /// Steps per second measured over the last second of running.
    double stepsPerSecond() const;
    QVariantMap readouts() const;   ///< latest()->readouts as a map (empty before the first reset)
    qint64 stepCount() const; ///< latest()->step
    double progress() const;
    QString phase() const;
    QString status() const;

public Q_SLOTS:
    void start();
    void pause();
    /// One step while paused (Simulator::advance with a zero budget).
    void step();
    /// Runs (state Running) until the snapshots report `step` (Snapshot::step) or the run
    /// finishes, then pauses there: how an opened scenario gets back to where it was saved.
    /// Pause, reset or start end it early. Queued after a reset(), it replays the new run.
    void runToStep(qint64 step);
    /// Full restart with these (validated) parameters; leaves the runner paused. If the
    /// simulator rejects its input (InputError), the previous run stays as it was, state and
    /// snapshot included, and inputRejected() is emitted instead.
    void reset(const paperlab::ParameterSet &parameters);
    /// Applies live parameters without a restart.
    void setLive(const paperlab::ParameterSet &parameters);
    void command(const QString &id, const QVariantMap &arguments);
    /// Scales the work done per tick: 0.25 to 16.
    void setSpeed(double factor);

Q_SIGNALS:
    void snapshotReady();
    void stateChanged();
    void speedChanged();
    void finished();
    void failed(const QString &message);
    /// reset() threw InputError: `message` names the file, line and field. The run goes on
    /// with its previous parameters, which the caller should show again.
    void inputRejected(const QString &message);
    void inputErrorChanged();

protected:
    bool event(QEvent *e) override;

private:
    friend class RunnerWorker;
    /// After pause() or reset(): an error naming the simulator if it does not take the
    /// request within the grace period. `takenBefore` is the count of requests taken, read
    /// before this one was queued (the worker may take it at once).
    void watchForAHang(quint64 takenBefore);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace paperlab
