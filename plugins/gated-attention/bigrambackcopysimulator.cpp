// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "bigrambackcopysimulator.h"

#include <paperlab/math/parallel.h>

#include <QVariantList>

#include <numeric>

namespace paperlab::papers::gatedattention {

namespace {

constexpr int kThreads = 2; // the machine has 2 cores (architecture §7.5)

QString modelLabel(GateKind gate)
{
    switch (gate) {
    case GateKind::None: return QStringLiteral("baseline (no gate)");
    case GateKind::Headwise: return QStringLiteral("headwise G1 gate");
    case GateKind::Elementwise: return QStringLiteral("elementwise G1 gate");
    case GateKind::InputIndependent: return QStringLiteral("input-independent gate");
    case GateKind::NsSigmoid: return QStringLiteral("NS-sigmoid gate");
    }
    return {};
}

QString tokenName(int token)
{
    return token == BigramBackcopyTask::kBos ? QStringLiteral("BOS") : QString::number(token);
}

} // namespace

QString BigramBackcopySimulator::modelId(GateKind gate)
{
    switch (gate) {
    case GateKind::None: return QStringLiteral("baseline");
    case GateKind::Headwise: return QStringLiteral("headwise");
    case GateKind::Elementwise: return QStringLiteral("elementwise");
    case GateKind::InputIndependent: return QStringLiteral("input_independent");
    case GateKind::NsSigmoid: return QStringLiteral("ns_sigmoid");
    }
    return {};
}

void BigramBackcopySimulator::reset(const ParameterSet &p)
{
    RunConfig config;
    config.task.vocab = int(p.integer(QStringLiteral("vocab")));
    config.task.seqLen = int(p.integer(QStringLiteral("seq_len")));
    config.task.triggers = int(p.integer(QStringLiteral("triggers")));
    config.task.concentration = p.real(QStringLiteral("concentration"));
    config.dModel = int(p.integer(QStringLiteral("d_model")));
    config.dHead = int(p.integer(QStringLiteral("d_head")));
    config.initStd = p.real(QStringLiteral("init_std"));
    config.learningRate = p.real(QStringLiteral("lr"));
    config.batch = int(p.integer(QStringLiteral("batch")));
    config.steps = int(p.integer(QStringLiteral("steps")));
    std::vector<GateKind> gates{GateKind::None, GateKind::Headwise, GateKind::Elementwise};
    GateKind extra = GateKind::None;
    if (gateKindFromId(p.choice(QStringLiteral("extra_gate")).toStdString(), &extra)
        && extra != GateKind::None)
        gates.push_back(extra);
    m_lab = std::make_unique<BbLab>(config, gates, p.seed(QStringLiteral("seed")));
    m_stepsPerUpdate = int(p.integer(QStringLiteral("steps_per_update")));
    m_probe = m_lab->runs().front()->testSet().front();
    m_readouts.clear();
    m_evaluatedAt = -1;
    m_lossSteps.clear();
    m_lossCurves.assign(gates.size(), {});
    evaluate(); // the untrained models' readouts: the initial state
}

void BigramBackcopySimulator::applyLive(const ParameterSet &p)
{
    m_stepsPerUpdate = int(p.integer(QStringLiteral("steps_per_update")));
}

void BigramBackcopySimulator::command(const QString &id, const QVariantMap &arguments)
{
    if (id == QLatin1String("reset-probe")) {
        m_probe = m_lab->runs().front()->testSet().front();
        return;
    }
    if (id != QLatin1String("set-probe"))
        return Simulator::command(id, arguments);
    const QVariantList list = arguments.value(QStringLiteral("tokens")).toList();
    const TaskConfig &task = m_lab->runs().front()->config().task;
    if (list.size() != task.seqLen)
        throw SimulationError(QStringLiteral("set-probe: the sequence needs %1 tokens, not %2")
                                  .arg(task.seqLen).arg(list.size()).toStdString());
    Sequence probe;
    for (const QVariant &v : list) {
        bool ok = false;
        const int token = v.toInt(&ok);
        if (!ok || token < 0 || token >= task.vocab)
            throw SimulationError(QStringLiteral("set-probe: token \"%1\" is not in 0..%2")
                                      .arg(v.toString()).arg(task.vocab - 1).toStdString());
        probe.push_back(token);
    }
    if (probe.front() != BigramBackcopyTask::kBos)
        throw SimulationError("set-probe: the sequence must start with BOS (token 0)");
    m_probe = probe;
}

bool BigramBackcopySimulator::finished() const
{
    return m_lab && m_lab->done() && m_evaluatedAt == m_lab->runs().front()->stepsDone();
}

void BigramBackcopySimulator::step()
{
    const auto &runs = m_lab->runs();
    const int before = runs.front()->stepsDone();
    const int target = std::min(runs.front()->config().steps,
                                (before / kEvalEvery + 1) * kEvalEvery);
    // Never train past an evaluation point, so the readouts are always taken at the same steps.
    const int count = std::min(m_stepsPerUpdate, target - before);
    if (count > 0) {
        m_lab->train(count, kThreads);
        const int after = runs.front()->stepsDone();
        m_lossSteps.push_back(double(after));
        for (size_t m = 0; m < runs.size(); ++m) {
            const std::vector<double> &loss = runs[m]->lossHistory();
            m_lossCurves[m].push_back(
                std::accumulate(loss.begin() + before, loss.begin() + after, 0.0) / count);
        }
    }
    const int now = runs.front()->stepsDone();
    if (now % kEvalEvery == 0 || m_lab->done())
        evaluate();
}

void BigramBackcopySimulator::evaluate()
{
    const auto &runs = m_lab->runs();
    m_readouts.assign(runs.size(), {});
    paperlab::math::parallelFor(int(runs.size()), kThreads,
                                [&](int m) { m_readouts[size_t(m)] = runs[size_t(m)]->evaluate(); });
    m_evaluatedAt = runs.front()->stepsDone();
}

std::shared_ptr<Snapshot> BigramBackcopySimulator::snapshot() const
{
    auto s = std::make_shared<Snapshot>();
    if (!m_lab)
        return s;
    const auto &runs = m_lab->runs();
    const RunConfig &config = runs.front()->config();
    const BigramBackcopyTask &task = runs.front()->task();
    const int done = runs.front()->stepsDone();
    s->step = done;
    s->finished = finished();
    s->progress = double(done) / double(config.steps);

    const int T = int(m_probe.size());
    Table probe{QStringLiteral("probe"), QStringLiteral("Probe sequence"),
                {QStringLiteral("position"), QStringLiteral("token"), QStringLiteral("trigger")},
                {}};
    for (int i = 0; i < T; ++i)
        probe.rows.append({QString::number(i), tokenName(m_probe[size_t(i)]),
                           task.isTrigger(m_probe[size_t(i)]) ? QStringLiteral("yes")
                                                              : QStringLiteral("no")});
    s->tables.push_back(probe);
    Table triggers{QStringLiteral("triggers"), QStringLiteral("Trigger tokens"),
                   {QStringLiteral("token")}, {}};
    for (int t : task.triggerTokens())
        triggers.rows.append({QString::number(t)});
    s->tables.push_back(triggers);
    s->readouts.insert(QStringLiteral("vocab"), config.task.vocab);
    s->readouts.insert(QStringLiteral("seq_len"), config.task.seqLen);

    for (size_t m = 0; m < runs.size(); ++m) {
        const BbRun &run = *runs[m];
        const QString id = modelId(run.gate());
        const QString label = modelLabel(run.gate());
        s->series.push_back({QStringLiteral("loss_") + id, label, m_lossSteps, m_lossCurves[m]});

        const SequenceTrace trace = run.model().trace(m_probe);
        Grid attention{QStringLiteral("attn_") + id, label, T, T, {}};
        attention.values.resize(size_t(T) * size_t(T));
        for (int i = 0; i < T; ++i)
            for (int j = 0; j < T; ++j)
                attention.values[size_t(i * T + j)] = trace.attention(i, j);
        s->grids.push_back(std::move(attention));
        if (run.model().hasGate()) {
            // Short legend entries: the gate chart shares a row with three heatmaps.
            const QString name = QString(id).replace(u'_', u'-');
            Series trig{QStringLiteral("probe_gate_trigger_") + id,
                        name + QStringLiteral(", ▶ trigger"), {}, {}};
            Series other{QStringLiteral("probe_gate_other_") + id,
                         name + QStringLiteral(", other"), {}, {}};
            for (int i = 1; i < T; ++i) {
                Series &into = task.isTrigger(m_probe[size_t(i)]) ? trig : other;
                into.x.push_back(i);
                into.y.push_back(trace.gate.row(i).mean());
            }
            s->series.push_back(std::move(trig));
            s->series.push_back(std::move(other));
        }
        // Probe readout: attention of the probe's non-trigger queries on BOS.
        double bos = 0.0;
        int n = 0;
        for (int i = 1; i < T; ++i)
            if (!task.isTrigger(m_probe[size_t(i)])) {
                bos += trace.attention(i, 0);
                ++n;
            }
        s->readouts.insert(QStringLiteral("probe_bos_attn_") + id, n ? bos / n : 0.0);

        if (m_evaluatedAt < 0 || m >= m_readouts.size())
            continue;
        const Readouts &r = m_readouts[m];
        s->readouts.insert(QStringLiteral("bos_attn_") + id, r.bosAttnNonTrigger);
        s->readouts.insert(QStringLiteral("dloss_mask_bos_") + id, r.dLossMaskBos);
        s->readouts.insert(QStringLiteral("value_drain_") + id, r.valueDrain);
        s->readouts.insert(QStringLiteral("copy_acc_") + id, r.copyAccuracy);
        s->readouts.insert(QStringLiteral("test_loss_") + id, r.testLoss);
        if (run.model().hasGate()) {
            s->readouts.insert(QStringLiteral("gate_nontrigger_") + id, r.gateNonTrigger);
            s->readouts.insert(QStringLiteral("gate_trigger_") + id, r.gateTrigger);
        }
    }
    if (m_evaluatedAt >= 0)
        s->readouts.insert(QStringLiteral("evaluated_at"), m_evaluatedAt);

    if (done == 0) {
        s->status = QStringLiteral("Ready: press Play to train %1 models, %2 steps each")
                        .arg(runs.size()).arg(config.steps);
    } else if (m_evaluatedAt >= 0 && !m_readouts.empty()) {
        const Readouts &base = m_readouts.front();
        s->status = QStringLiteral("step %1 of %2; baseline at step %3: BOS attention %4, "
                                   "ΔL with BOS masked %5, value drain %6")
                        .arg(done).arg(config.steps).arg(m_evaluatedAt)
                        .arg(base.bosAttnNonTrigger, 0, 'f', 2)
                        .arg(base.dLossMaskBos, 0, 'f', 2).arg(base.valueDrain, 0, 'f', 2);
    } else {
        s->status = QStringLiteral("step %1 of %2").arg(done).arg(config.steps);
    }
    return s;
}

} // namespace paperlab::papers::gatedattention
