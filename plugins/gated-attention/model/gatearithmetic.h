// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace paperlab::papers::gatedattention {

/// The attention shape of a model of the paper (sheet §4.1: the MoE-15A2B has d_model 2048,
/// 32 query heads, 4 KV heads, d_k 128; Table 1's counts imply 24 layers).
struct AttentionShape
{
    int64_t dModel = 2048;
    int64_t queryHeads = 32;
    int64_t kvHeads = 4;
    int64_t headDim = 128;
    int64_t layers = 24;
};

/// Parameters each gate adds to the whole model (no bias, as in the authors' code).
struct GateParameterCounts
{
    int64_t elementwiseG1 = 0; ///< d_model x (H d_k) per layer: one gate per head channel
    int64_t headwiseG1 = 0;    ///< d_model x H per layer: one gate per head
    int64_t valueG2 = 0;       ///< d_model x (H_kv d_k) per layer: a gate on the GQA values
    int64_t denseG5 = 0;       ///< d_model x d_model per layer: a gate after W_O
};

GateParameterCounts addedGateParameters(const AttentionShape &shape);

/// Where one output of the fused q_proj goes once split (paper sheet §5 and §8.5(v)).
struct FusedSlot
{
    bool gate = false; ///< a gate logit rather than a query channel
    int head = 0;      ///< query head index 0..H-1
    int channel = 0;   ///< channel within the head (0 for a headwise gate)
};

/// The authors' layout of the fused q_proj output (modeling_qwen3.py, Qwen3Attention): the
/// output is viewed per KV group, and each group holds first the d_k * g query channels of its
/// g = H / H_kv query heads, then their gate logits (g of them headwise, d_k * g elementwise).
/// The gate logits are therefore interleaved per group, not appended after all queries.
/// Returns one slot per fused output index; empty if H is not a multiple of H_kv.
std::vector<FusedSlot> fusedQProjLayout(const AttentionShape &shape, bool elementwise);

/// Splits one token's fused q_proj output into queries (H x d_k, head-major) and gate logits
/// (H, or H x d_k head-major) by fusedQProjLayout(). Returns false on a length mismatch.
bool splitFusedQProj(const std::vector<double> &fused, const AttentionShape &shape,
                     bool elementwise, std::vector<double> *queries, std::vector<double> *gates);

} // namespace paperlab::papers::gatedattention
