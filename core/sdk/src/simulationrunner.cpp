// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/simulationrunner.h>

#include <paperlab/logging.h>
#include <paperlab/simulator.h>
#include <paperlab/threadhandover.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <functional>
#include <vector>

namespace paperlab {

namespace {
constexpr int kTickMs = 16;           // worker tick while running
constexpr double kBudgetMsAt1x = 10;  // work per tick at speed 1×
constexpr qint64 kPublishEveryMs = 33; // at most ~30 snapshots per second while running
// How long the owner waits for a simulator to return after the request to stop: longer than
// any well-behaved step, short enough that a hung plugin freezes the window only briefly.
constexpr int kStopGraceMs = 5000;
} // namespace

class RunnerWorker;

// What the runner and its worker share. It outlives the runner when the runner abandons a
// simulator that does not stop (see abandon()), so the worker reports only through it.
struct SimulationRunner::Private {
    QThread thread;
    RunnerWorker *worker = nullptr;
    std::atomic_bool interrupt{false}; // polled by Simulator::stopRequested()
    std::atomic_bool quitting{false};
    std::atomic_bool pending{false};
    // Requests to stop that the worker has taken, and whether the owner has said that the
    // simulator did not take one in time (see watchForAHang()).
    std::atomic<quint64> taken{0};
    std::atomic_bool hangReported{false};
    // The runner, until its destructor begins; then null. The worker's signals reach it only
    // through notifyOwner(), under this lock, so none is posted to a runner already freed.
    QMutex ownerMutex;
    SimulationRunner *owner = nullptr;
    mutable QMutex mutex;   // guards the fields below; held only for pointer-sized work
    SnapshotPtr latest;
    quint64 revision = 0;
    State state = State::Idle;
    QString error;
    QString inputError;
    double speed = 1.0;
    // steps/s, measured between publications at least ~1 s apart
    QElapsedTimer rateClock;
    qint64 rateStep = 0;
    double stepsPerSecond = 0.0;

    // Any thread.
    State currentState() const
    {
        QMutexLocker lock(&mutex);
        return state;
    }
    void publish(std::shared_ptr<Snapshot> snapshot);
    void setState(State newState, const QString &newError = {});
    void setInputError(const QString &message);
    /// The worker has taken a request to stop.
    void requestTaken();
    /// Emits a signal of the runner on the runner's thread (posted from another thread), or
    /// nothing once the runner's destructor has begun.
    void notifyOwner(std::function<void(SimulationRunner *)> emitSignal);

    /// Keeps a runner's state whose simulator did not stop in time, and frees it, worker and
    /// simulator included, when the simulator returns at last and the thread ends.
    static void abandon(std::unique_ptr<Private> d, const QString &simulatorName);
};

// Lives on the runner's thread and owns the simulator; every call into the simulator
// happens here, so the simulator needs no locking (the Mandelbrot pattern).
class RunnerWorker : public QObject
{
public:
    RunnerWorker(SimulationRunner::Private *shared, std::unique_ptr<Simulator> sim)
        : m_shared(shared), m_sim(std::move(sim))
    {
        m_sim->setStopToken(&shared->interrupt);
    }

    bool event(QEvent *e) override { return runPostedCall(e) || QObject::event(e); }

    // The owner raised the interrupt so a long step returns early; the request that
    // raised it is now being handled, so later steps may run in full again.
    void acknowledgeInterrupt()
    {
        if (ownerGone())
            return;
        m_shared->interrupt = false;
        m_shared->requestTaken();
    }

    void init()
    {
        m_timer = new QTimer(this);
        m_timer->setInterval(kTickMs);
        m_timer->setTimerType(Qt::PreciseTimer);
        connect(m_timer, &QTimer::timeout, this, [this] { tick(); });
        // The owner deletes a running worker once this thread has finished; a timer may only
        // be stopped by its own thread, so stop it here, as the thread ends (direct call).
        connect(thread(), &QThread::finished, m_timer, &QTimer::stop, Qt::DirectConnection);
        // Its last act on this thread: the owner deletes it and the simulator after wait().
        connect(thread(), &QThread::finished, this, [this] { markHandedOver(this); },
                Qt::DirectConnection);
    }

    void reset(const ParameterSet &p)
    {
        if (ownerGone())
            return;
        m_stepTarget = -1;
        acknowledgeInterrupt();
        const bool wasTicking = m_timer->isActive();
        m_timer->stop();
        try {
            m_sim->reset(p);
        } catch (const InputError &e) {
            // The simulator is unchanged (strong guarantee), so the run simply goes on.
            const QString message = QString::fromUtf8(e.what());
            qCInfo(lcSim) << "input rejected:" << message;
            if (ownerGone())
                return;
            if (wasTicking)
                m_timer->start();
            m_shared->setInputError(message);
            m_shared->notifyOwner(
                [message](SimulationRunner *r) { Q_EMIT r->inputRejected(message); });
            return;
        } catch (const std::exception &e) {
            fail(QString::fromUtf8(e.what()));
            return;
        } catch (...) {
            fail(QStringLiteral("unknown exception"));
            return;
        }
        if (ownerGone())
            return;
        m_shared->setInputError({});
        guarded([&] {
            m_hasReset = true;
            publish();
            m_shared->setState(m_sim->finished() ? SimulationRunner::State::Finished
                                                 : SimulationRunner::State::Paused);
        });
    }

    void setLive(const ParameterSet &p)
    {
        if (ownerGone() || !m_hasReset || m_shared->currentState() == SimulationRunner::State::Error)
            return;
        guarded([&] {
            m_sim->applyLive(p);
            publish();
        });
    }

    void command(const QString &id, const QVariantMap &args)
    {
        if (ownerGone() || !m_hasReset)
            return;
        guarded([&] {
            m_sim->command(id, args);
            publish();
            if (!ownerGone() && !m_sim->finished() && m_shared->currentState() == SimulationRunner::State::Finished)
                m_shared->setState(SimulationRunner::State::Paused);
        });
    }

    void start()
    {
        if (ownerGone())
            return;
        m_stepTarget = -1;
        const auto s = m_shared->currentState();
        if (!m_hasReset || s == SimulationRunner::State::Error || s == SimulationRunner::State::Finished)
            return;
        m_shared->setState(SimulationRunner::State::Running);
        m_timer->start();
    }

    void pause()
    {
        if (ownerGone())
            return;
        m_stepTarget = -1;
        acknowledgeInterrupt();
        m_timer->stop();
        if (m_shared->currentState() == SimulationRunner::State::Running) {
            publish();
            m_shared->setState(SimulationRunner::State::Paused);
        }
    }

    void step()
    {
        if (ownerGone())
            return;
        pause();
        const auto s = m_shared->currentState();
        if (!m_hasReset || s == SimulationRunner::State::Error || s == SimulationRunner::State::Finished)
            return;
        guarded([&] {
            m_sim->advance(std::chrono::milliseconds(0));
            publish();
            finishIfDone();
        });
    }

    void setSpeed(double f) { m_speed = f; }

    void runToStep(qint64 target)
    {
        if (ownerGone())
            return;
        start();
        if (m_shared->currentState() == SimulationRunner::State::Running)
            m_stepTarget = target;
    }

private:
    // Whole steps, checking the snapshot's count after each, so the run stops exactly where
    // asked; the timer keeps the thread free for a pause or reset between ticks.
    void tickToTarget()
    {
        QElapsedTimer clock;
        clock.start();
        bool reached = false;
        while (!(reached = m_sim->finished() || m_sim->snapshot()->step >= m_stepTarget)
               && clock.elapsed() < kBudgetMsAt1x * 4 && !m_shared->interrupt)
            m_sim->advance(std::chrono::milliseconds(0));
        if (!reached) {
            if (m_sinceLastPublish.elapsed() >= kPublishEveryMs)
                publish();
            return;
        }
        m_stepTarget = -1;
        m_timer->stop();
        publish();
        if (!ownerGone() && !m_sim->finished())
            m_shared->setState(SimulationRunner::State::Paused);
        finishIfDone();
    }

    void tick()
    {
        if (ownerGone())
            return;
        if (m_stepTarget >= 0) {
            guarded([&] { tickToTarget(); });
            return;
        }
        guarded([&] {
            // The tick's work in slices of at most one publication interval, each followed by
            // a snapshot when one is due: at 16× a tick is 160 ms, and published only at its
            // end the charts moved six times a second.
            const qint64 budgetMs = qMax<qint64>(1, qint64(kBudgetMsAt1x * m_speed));
            QElapsedTimer tickClock;
            tickClock.start();
            while (true) {
                const qint64 slice = qBound<qint64>(1, budgetMs - tickClock.elapsed(),
                                                    kPublishEveryMs);
                QElapsedTimer sliceClock;
                sliceClock.start();
                m_sim->advance(std::chrono::milliseconds(slice));
                if (!m_sinceLastPublish.isValid()
                    || m_sinceLastPublish.elapsed() >= kPublishEveryMs || m_sim->finished())
                    publish();
                // Another slice only after one that used its whole budget: a simulator that
                // paces itself (SteppedSimulator::setStepsPerAdvance) returns sooner and keeps
                // its pace of one advance() per tick.
                if (m_sim->finished() || sliceClock.elapsed() < slice
                    || tickClock.elapsed() >= budgetMs || m_shared->interrupt || ownerGone())
                    break;
            }
            finishIfDone();
        });
    }

    void finishIfDone()
    {
        if (ownerGone() || !m_sim->finished())
            return;
        m_timer->stop();
        m_shared->setState(SimulationRunner::State::Finished);
        m_shared->notifyOwner([](SimulationRunner *r) { Q_EMIT r->finished(); });
    }

    // The owner is being destroyed: nothing is left to do or to report. (Checked for speed
    // only: notifyOwner() is what keeps a late report from reaching a runner already freed.)
    bool ownerGone() const { return m_shared->quitting.load(); }

    void publish()
    {
        if (ownerGone())
            return;
        m_sinceLastPublish.start();
        m_shared->publish(m_sim->snapshot());
    }

    template <typename F>
    void guarded(F &&f)
    {
        try {
            f();
        } catch (const std::exception &e) {
            fail(QString::fromUtf8(e.what()));
        } catch (...) {
            fail(QStringLiteral("unknown exception"));
        }
    }

    void fail(const QString &message)
    {
        m_timer->stop();
        if (ownerGone())
            return;
        qCWarning(lcSim) << "simulator failed:" << message;
        m_shared->setState(SimulationRunner::State::Error, message);
        m_shared->notifyOwner([message](SimulationRunner *r) { Q_EMIT r->failed(message); });
    }

    SimulationRunner::Private *m_shared;
    std::unique_ptr<Simulator> m_sim;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_sinceLastPublish;
    double m_speed = 1.0;
    qint64 m_stepTarget = -1; ///< runToStep(): the snapshot step to stop at, or -1
    bool m_hasReset = false;
};


SimulationRunner::SimulationRunner(std::unique_ptr<Simulator> simulator, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->owner = this;
    d->worker = new RunnerWorker(d.get(), std::move(simulator));
    d->worker->moveToThread(&d->thread);
    d->thread.setObjectName(QStringLiteral("paperlab-sim"));
    d->thread.start();
    postCall(d->worker, [w = d->worker] { w->init(); });
}

SimulationRunner::~SimulationRunner()
{
    {
        // A report the worker is posting now reaches this runner before it goes; none after.
        const QMutexLocker lock(&d->ownerMutex);
        d->owner = nullptr;
    }
    // The interrupt makes a long advance() return early; then the event loop quits.
    d->quitting = true;
    d->interrupt = true;
    d->thread.quit();
    if (!d->thread.wait(QDeadlineTimer(kStopGraceMs))) {
        // A simulator that ignores the request to stop must not hang the app: its thread,
        // worker and simulator are left to finish in the background, and the app goes on.
        qCCritical(lcSim).noquote()
            << QStringLiteral("simulator \"%1\" did not return within %2 s of the request to "
                              "stop; it is left running in the background")
                   .arg(objectName())
                   .arg(kStopGraceMs / 1000);
        Private::abandon(std::move(d), objectName());
        return;
    }
    markTakenOver(d->worker);
    delete d->worker; // its thread has finished, so deleting it here is safe
}

void SimulationRunner::Private::abandon(std::unique_ptr<Private> d, const QString &simulatorName)
{
    // Kept in a list that is never freed rather than merely released, so an abandoned run
    // stays reachable until it is reaped: a deliberate cost, not a leak for LeakSanitizer.
    static QMutex abandonedMutex;
    static auto *const abandoned = new std::vector<Private *>;
    Private *const p = d.release();
    {
        const QMutexLocker lock(&abandonedMutex);
        abandoned->push_back(p);
    }
    QCoreApplication *const app = QCoreApplication::instance();
    if (!app)
        return; // no event loop to reap it on: kept until the process ends
    // On the application's thread, once the simulator has returned and the thread ended; at
    // most once, however many of the two calls below arrive.
    const auto reap = [p, simulatorName] {
        {
            const QMutexLocker lock(&abandonedMutex);
            const auto it = std::find(abandoned->begin(), abandoned->end(), p);
            if (it == abandoned->end())
                return;
            abandoned->erase(it);
        }
        p->thread.wait();
        markTakenOver(p->worker);
        delete p->worker;
        delete p;
        qCInfo(lcSim).noquote()
            << QStringLiteral("simulator \"%1\" returned at last; its thread is freed")
                   .arg(simulatorName);
    };
    QObject::connect(&p->thread, &QThread::finished, app, reap, Qt::QueuedConnection);
    if (p->thread.isFinished()) // it ended before the connection was made
        QMetaObject::invokeMethod(app, reap, Qt::QueuedConnection);
}

SnapshotPtr SimulationRunner::latest() const
{
    QMutexLocker lock(&d->mutex);
    d->pending = false;
    return d->latest;
}

SimulationRunner::State SimulationRunner::state() const
{
    return d->currentState();
}

QString SimulationRunner::errorString() const
{
    QMutexLocker lock(&d->mutex);
    return d->error;
}

QString SimulationRunner::inputError() const
{
    QMutexLocker lock(&d->mutex);
    return d->inputError;
}

double SimulationRunner::speed() const
{
    QMutexLocker lock(&d->mutex);
    return d->speed;
}

double SimulationRunner::stepsPerSecond() const
{
    QMutexLocker lock(&d->mutex);
    return d->stepsPerSecond;
}

QVariantMap SimulationRunner::readouts() const
{
    QVariantMap map;
    if (const SnapshotPtr s = latest()) {
        for (auto it = s->readouts.cbegin(); it != s->readouts.cend(); ++it)
            map.insert(it.key(), it.value());
    }
    return map;
}

qint64 SimulationRunner::stepCount() const
{
    const SnapshotPtr s = latest();
    return s ? s->step : 0;
}

double SimulationRunner::progress() const
{
    const SnapshotPtr s = latest();
    return s ? s->progress : 0.0;
}

QString SimulationRunner::phase() const
{
    const SnapshotPtr s = latest();
    return s ? s->phase : QString();
}

QString SimulationRunner::status() const
{
    const SnapshotPtr s = latest();
    return s ? s->status : QString();
}

void SimulationRunner::start()
{
    postCall(d->worker, [w = d->worker] { w->start(); });
}

void SimulationRunner::pause()
{
    const quint64 takenBefore = d->taken;
    d->interrupt = true;
    postCall(d->worker, [w = d->worker] { w->pause(); });
    watchForAHang(takenBefore);
}

void SimulationRunner::watchForAHang(quint64 takenBefore)
{
    // No request taken within the grace period: the simulator is stuck in a call (or far
    // too slow), and the user is told which one while the window stays usable. The request
    // stays queued, in case the call returns after all; see requestTaken(). The count is
    // read before the request is queued: read after, it could already include this request,
    // taken at once by an idle worker, and an app that is fine would be reported stuck.
    QTimer::singleShot(kStopGraceMs, this, [this, takenBefore] {
        if (d->taken != takenBefore || d->quitting || d->hangReported.exchange(true))
            return;
        const QString message =
            QStringLiteral("simulator \"%1\" did not return within %2 s of the request to "
                           "stop; it may be stuck in a loop")
                .arg(objectName())
                .arg(kStopGraceMs / 1000);
        qCCritical(lcSim).noquote() << message;
        d->setState(State::Error, message);
        Q_EMIT failed(message);
    });
}

void SimulationRunner::step()
{
    postCall(d->worker, [w = d->worker] { w->step(); });
}

void SimulationRunner::runToStep(qint64 step)
{
    postCall(d->worker, [w = d->worker, step] { w->runToStep(step); });
}

void SimulationRunner::reset(const ParameterSet &parameters)
{
    const quint64 takenBefore = d->taken;
    d->interrupt = true;
    postCall(d->worker, [w = d->worker, parameters] { w->reset(parameters); });
    watchForAHang(takenBefore);
}

void SimulationRunner::setLive(const ParameterSet &parameters)
{
    postCall(d->worker, [w = d->worker, parameters] { w->setLive(parameters); });
}

void SimulationRunner::command(const QString &id, const QVariantMap &arguments)
{
    postCall(d->worker, [w = d->worker, id, arguments] { w->command(id, arguments); });
}

void SimulationRunner::setSpeed(double factor)
{
    factor = std::clamp(factor, 0.25, 16.0);
    {
        QMutexLocker lock(&d->mutex);
        if (d->speed == factor)
            return;
        d->speed = factor;
    }
    postCall(d->worker, [w = d->worker, factor] { w->setSpeed(factor); });
    Q_EMIT speedChanged();
}

void SimulationRunner::Private::publish(std::shared_ptr<Snapshot> snapshot)
{
    {
        QMutexLocker lock(&mutex);
        snapshot->revision = ++revision;
        if (!rateClock.isValid() || snapshot->step < rateStep) {
            rateClock.start();
            rateStep = snapshot->step;
        } else if (rateClock.elapsed() >= 1000) {
            stepsPerSecond = double(snapshot->step - rateStep) * 1000.0 / rateClock.elapsed();
            rateClock.start();
            rateStep = snapshot->step;
        }
        latest = std::move(snapshot);
    }
    if (!pending.exchange(true))
        notifyOwner([](SimulationRunner *r) { Q_EMIT r->snapshotReady(); });
}

void SimulationRunner::Private::setInputError(const QString &message)
{
    {
        QMutexLocker lock(&mutex);
        if (inputError == message)
            return;
        inputError = message;
    }
    notifyOwner([](SimulationRunner *r) { Q_EMIT r->inputErrorChanged(); });
}

void SimulationRunner::Private::setState(State newState, const QString &newError)
{
    {
        QMutexLocker lock(&mutex);
        if (state == newState && error == newError)
            return;
        state = newState;
        error = newError;
        if (newState != State::Running)
            stepsPerSecond = newState == State::Paused ? stepsPerSecond : 0.0;
    }
    notifyOwner([](SimulationRunner *r) { Q_EMIT r->stateChanged(); });
}

void SimulationRunner::Private::requestTaken()
{
    ++taken;
    // It did return: paused, so that it can be started again.
    if (hangReported.exchange(false))
        setState(State::Paused);
}

void SimulationRunner::Private::notifyOwner(std::function<void(SimulationRunner *)> emitSignal)
{
    QMutexLocker lock(&ownerMutex);
    SimulationRunner *const runner = owner;
    if (!runner)
        return;
    if (QThread::currentThread() == runner->thread()) {
        // On its own thread the runner cannot be destroyed during this call, and a slot may
        // call back into it.
        lock.unlock();
        emitSignal(runner);
        return;
    }
    postCall(runner, [runner, emitSignal = std::move(emitSignal)] { emitSignal(runner); });
}

bool SimulationRunner::event(QEvent *e)
{
    return runPostedCall(e) || QObject::event(e);
}

} // namespace paperlab
