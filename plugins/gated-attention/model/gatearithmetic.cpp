// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "gatearithmetic.h"

namespace paperlab::papers::gatedattention {

GateParameterCounts addedGateParameters(const AttentionShape &s)
{
    GateParameterCounts c;
    c.elementwiseG1 = s.dModel * s.queryHeads * s.headDim * s.layers;
    c.headwiseG1 = s.dModel * s.queryHeads * s.layers;
    c.valueG2 = s.dModel * s.kvHeads * s.headDim * s.layers;
    c.denseG5 = s.dModel * s.dModel * s.layers;
    return c;
}

std::vector<FusedSlot> fusedQProjLayout(const AttentionShape &s, bool elementwise)
{
    if (s.kvHeads <= 0 || s.queryHeads % s.kvHeads != 0)
        return {};
    const int groups = int(s.queryHeads / s.kvHeads); // query heads per KV head
    const int dk = int(s.headDim);
    std::vector<FusedSlot> layout;
    layout.reserve(size_t(s.queryHeads * dk * (elementwise ? 2 : 1) + s.queryHeads));
    for (int kv = 0; kv < int(s.kvHeads); ++kv) {
        for (int m = 0; m < groups; ++m)
            for (int c = 0; c < dk; ++c)
                layout.push_back({false, kv * groups + m, c});
        for (int m = 0; m < groups; ++m)
            for (int c = 0; c < (elementwise ? dk : 1); ++c)
                layout.push_back({true, kv * groups + m, c});
    }
    return layout;
}

bool splitFusedQProj(const std::vector<double> &fused, const AttentionShape &s, bool elementwise,
                     std::vector<double> *queries, std::vector<double> *gates)
{
    const std::vector<FusedSlot> layout = fusedQProjLayout(s, elementwise);
    if (layout.empty() || layout.size() != fused.size())
        return false;
    const int dk = int(s.headDim);
    const int gateWidth = elementwise ? dk : 1;
    queries->assign(size_t(s.queryHeads * dk), 0.0);
    gates->assign(size_t(s.queryHeads * gateWidth), 0.0);
    for (size_t p = 0; p < layout.size(); ++p) {
        const FusedSlot &slot = layout[p];
        if (slot.gate)
            (*gates)[size_t(slot.head * gateWidth + slot.channel)] = fused[p];
        else
            (*queries)[size_t(slot.head * dk + slot.channel)] = fused[p];
    }
    return true;
}

} // namespace paperlab::papers::gatedattention
