// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "gatearithmeticsimulator.h"

#include <algorithm>

namespace paperlab::papers::gatedattention {

namespace {

QString millions(int64_t n)
{
    return n >= 10'000'000 ? QStringLiteral("%1M").arg(double(n) / 1e6, 0, 'f', 1)
                           : QStringLiteral("%1M").arg(double(n) / 1e6, 0, 'f', 2);
}

// One row of the fused-layout table: a run of consecutive outputs of the same kind and
// KV group, e.g. "0-511 | query | heads 0-3 | 128 channels each".
QStringList layoutRow(int from, int to, const FusedSlot &first, const FusedSlot &last, int kv,
                      int perHead)
{
    return {QStringLiteral("%1–%2").arg(from).arg(to), QString::number(kv),
            first.gate ? QStringLiteral("gate logits") : QStringLiteral("query"),
            QStringLiteral("%1–%2").arg(first.head).arg(last.head),
            QString::number(perHead)};
}

} // namespace

void GateArithmeticSimulator::reset(const ParameterSet &p)
{
    auto shape = m_shape;
    shape.dModel = p.integer(QStringLiteral("d_model_paper"));
    shape.queryHeads = p.integer(QStringLiteral("q_heads"));
    shape.kvHeads = p.integer(QStringLiteral("kv_heads"));
    shape.headDim = p.integer(QStringLiteral("head_dim"));
    shape.layers = p.integer(QStringLiteral("layers"));
    if (shape.queryHeads % shape.kvHeads != 0) { // the table shown stays as it was
        throw InputError({}, 0, QStringLiteral("kv_heads"),
                         QStringLiteral("the key/value heads (kv_heads = %1) must divide the "
                                        "query heads (q_heads = %2)")
                             .arg(shape.kvHeads)
                             .arg(shape.queryHeads));
    }
    m_shape = shape;
    m_done = false;
}

std::shared_ptr<Snapshot> GateArithmeticSimulator::snapshot() const
{
    auto s = std::make_shared<Snapshot>();
    s->step = m_done ? 1 : 0;
    s->finished = m_done;
    s->progress = m_done ? 1.0 : 0.0;
    const GateParameterCounts c = addedGateParameters(m_shape);
    s->readouts.insert(QStringLiteral("added_elementwise_g1"), double(c.elementwiseG1));
    s->readouts.insert(QStringLiteral("added_headwise_g1"), double(c.headwiseG1));
    s->readouts.insert(QStringLiteral("added_value_g2"), double(c.valueG2));
    s->readouts.insert(QStringLiteral("added_dense_g5"), double(c.denseG5));

    const QString D = QString::number(m_shape.dModel), H = QString::number(m_shape.queryHeads);
    const QString Hkv = QString::number(m_shape.kvHeads), dk = QString::number(m_shape.headDim);
    const QString layers = QString::number(m_shape.layers);
    Table counts{QStringLiteral("counts"), QStringLiteral("Parameters added by each gate"),
                 {QStringLiteral("gate"), QStringLiteral("per layer"), QStringLiteral("added"),
                  QStringLiteral("Table 1")},
                 {}};
    counts.rows.append({QStringLiteral("SDPA elementwise G1"),
                        D + QStringLiteral(" × (") + H + QStringLiteral(" · ") + dk
                            + QStringLiteral(")"),
                        millions(c.elementwiseG1), QStringLiteral("201M")});
    counts.rows.append({QStringLiteral("SDPA headwise G1"), D + QStringLiteral(" × ") + H,
                        millions(c.headwiseG1), QStringLiteral("1.6M")});
    counts.rows.append({QStringLiteral("V elementwise G2"),
                        D + QStringLiteral(" × (") + Hkv + QStringLiteral(" · ") + dk
                            + QStringLiteral(")"),
                        millions(c.valueG2), QStringLiteral("25M")});
    counts.rows.append({QStringLiteral("dense-output G5"), D + QStringLiteral(" × ") + D,
                        millions(c.denseG5), QStringLiteral("100M")});
    s->tables.push_back(counts);
    s->bars.push_back(uniformBars(QStringLiteral("added"), QStringLiteral("added parameters (M)"),
                                  0.0, 4.0,
                                  {double(c.elementwiseG1) / 1e6, double(c.headwiseG1) / 1e6,
                                   double(c.valueG2) / 1e6, double(c.denseG5) / 1e6}));

    // The fused q_proj layout, one row per run of same-kind outputs within a KV group.
    for (const bool elementwise : {false, true}) {
        const std::vector<FusedSlot> layout = fusedQProjLayout(m_shape, elementwise);
        Table t{elementwise ? QStringLiteral("layout_elementwise")
                            : QStringLiteral("layout_headwise"),
                elementwise ? QStringLiteral("Fused q_proj output, elementwise gate")
                            : QStringLiteral("Fused q_proj output, headwise gate"),
                {QStringLiteral("outputs"), QStringLiteral("group"), QStringLiteral("block"),
                 QStringLiteral("heads"), QStringLiteral("per head")},
                {}};
        const int groups = int(m_shape.queryHeads / m_shape.kvHeads);
        const int perGroup = int(layout.size()) / int(m_shape.kvHeads);
        // The first two groups show the pattern; the others repeat it.
        for (int kv = 0; kv < int(std::min<int64_t>(m_shape.kvHeads, 2)); ++kv) {
            const int q0 = kv * perGroup, qLen = groups * int(m_shape.headDim);
            t.rows.append(layoutRow(q0, q0 + qLen - 1, layout[size_t(q0)],
                                    layout[size_t(q0 + qLen - 1)], kv, int(m_shape.headDim)));
            const int g0 = q0 + qLen, g1 = q0 + perGroup - 1;
            t.rows.append(layoutRow(g0, g1, layout[size_t(g0)], layout[size_t(g1)], kv,
                                    elementwise ? int(m_shape.headDim) : 1));
        }
        if (m_shape.kvHeads > 2)
            t.rows.append({QStringLiteral("…"), QStringLiteral("2–%1").arg(m_shape.kvHeads - 1),
                           QStringLiteral("same pattern"), QString(), QString()});
        s->tables.push_back(t);
        s->readouts.insert(elementwise ? QStringLiteral("fused_width_elementwise")
                                       : QStringLiteral("fused_width_headwise"),
                           double(layout.size()));
    }
    s->status = m_done ? QStringLiteral("Elementwise G1 adds %1, headwise G1 adds %2 parameters.")
                             .arg(millions(c.elementwiseG1), millions(c.headwiseG1))
                       : QStringLiteral("Ready: press Play to compute the parameter counts.");
    return s;
}

} // namespace paperlab::papers::gatedattention
