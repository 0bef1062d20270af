// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// Runner overhead per published snapshot (target: under 50 µs). The simulator does no work,
// so the time is the runner's: queued step, advance call, snapshot stamping, publication.

#include <paperlab/benchmeasure.h>
#include <paperlab/simulationrunner.h>
#include <paperlab/simulator.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

class IdleSimulator final : public paperlab::Simulator
{
public:
    void reset(const paperlab::ParameterSet &) override { m_step = 0; }
    void advance(std::chrono::milliseconds) override { ++m_step; }
    std::shared_ptr<paperlab::Snapshot> snapshot() const override
    {
        auto s = std::make_shared<paperlab::Snapshot>();
        s->step = m_step;
        return s;
    }

private:
    qint64 m_step = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int steps = 20000;
    std::vector<double> perSnapshotUs;
    for (int rep = 0; rep < 5; ++rep) {
        paperlab::SimulationRunner runner(std::make_unique<IdleSimulator>());
        runner.reset({});
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < steps; ++i)
            runner.step();
        while (!runner.latest() || runner.latest()->step < steps)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        perSnapshotUs.push_back(t.nsecsElapsed() / 1e3 / steps);
    }
    std::sort(perSnapshotUs.begin(), perSnapshotUs.end());
    QTextStream(stdout) << "runner overhead per published snapshot: min " << perSnapshotUs.front()
                        << " us, median " << perSnapshotUs[perSnapshotUs.size() / 2] << " us, max "
                        << perSnapshotUs.back() << " us (target < 50 us)\n";
    paperlab::bench::reportMeasure("runner overhead per published snapshot (median)",
                                   perSnapshotUs[perSnapshotUs.size() / 2], "us", "<= 50");
    return 0;
}
