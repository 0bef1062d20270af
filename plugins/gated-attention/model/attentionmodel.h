// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "bbtask.h"

#include <paperlab/math/paramref.h>
#include <paperlab/math/rng.h>

#include <Eigen/Core>

#include <memory>
#include <string>
#include <vector>

namespace paperlab::papers::gatedattention {

/// Where the model multiplies the attention output by a gate (paper sheet §3, §7.2 step 4).
enum class GateKind {
    None,             ///< no gate: the baseline
    Headwise,         ///< sigma(h W_g + b_g), W_g: D x 1, one value per query broadcast over d_h
    Elementwise,      ///< sigma(h W_g + b_g), W_g: D x d_h, one value per query and channel
    InputIndependent, ///< sigma(b_g), a learned constant per channel (the paper's ablation)
    NsSigmoid,        ///< 0.5 + 0.5 sigma(h W_g + b_g), elementwise: a non-sparse control
};

std::string gateKindId(GateKind kind);
bool gateKindFromId(const std::string &id, GateKind *kind);

struct ModelConfig
{
    int vocab = 20;
    int seqLen = 32;
    int dModel = 32;
    int dHead = 16;
    GateKind gate = GateKind::None;
    double initStd = 0.0; ///< std of the initial weights; 0: 1/sqrt(fan-in)
};

/// Everything the forward pass computed for one sequence (for views and readouts).
struct SequenceTrace
{
    Eigen::MatrixXd attention; ///< T x T, row i = softmax over keys j <= i (0 above)
    Eigen::MatrixXd gate;      ///< T x g gate values (g = 1 or d_h); empty without a gate
    Eigen::MatrixXd values;    ///< T x d_h value vectors v_j = h_j W_V
    Eigen::MatrixXd preOutput; ///< T x d_h gated attention output before W_O
    Eigen::MatrixXd logits;    ///< T x V
};

/// Summed loss of a batch and the number of predicted tokens in it.
struct BatchLoss
{
    double sum = 0.0;
    int count = 0;
    double mean() const { return count > 0 ? sum / count : 0.0; }
};

/// The one-layer, attention-only model of paper sheet §7.2, with manual backprop:
///   h_i = E[x_i] + P[i];  a_ij = softmax_{j<=i}(q_i . k_j / sqrt(d_h));  o_i = sum_j a_ij v_j;
///   o_i <- o_i (.) gate_i (G1: after SDPA, before W_O);  z_i = h_i + o_i W_O;  logits = z_i W_U.
/// The loss is the mean next-token cross-entropy over positions 0..T-2. No MLP, no norm.
///
/// Parameters are kept in double (for the optimiser and the gradient check). Training runs the
/// same arithmetic in float, which is twice as fast with SSE; the gradient check uses double.
class AttentionModel
{
public:
    AttentionModel(const ModelConfig &config, paperlab::math::Rng &sharedInit,
                   paperlab::math::Rng &gateInit);
    ~AttentionModel();
    AttentionModel(AttentionModel &&) noexcept;
    AttentionModel &operator=(AttentionModel &&) noexcept;

    const ModelConfig &config() const { return m_config; }
    bool hasGate() const { return m_config.gate != GateKind::None; }
    /// Gate columns: 1 for headwise, d_h for the other gates, 0 without a gate.
    int gateWidth() const;

    /// Every trainable parameter (gate parameters last, only if there is a gate).
    std::vector<paperlab::math::ParamRef> params();
    void zeroGrad();

    /// Mean loss of the batch; when @p accumulateGradient, adds its gradient to the grads.
    /// @p maskBos removes the BOS key from every query's softmax (BOS's own query then
    /// attends to nothing and outputs 0). @p singlePrecision computes in float.
    double loss(const std::vector<Sequence> &batch, bool maskBos = false,
                bool accumulateGradient = false, bool singlePrecision = false);
    /// Summed loss without gradient (for averaging over large test sets).
    BatchLoss lossSum(const std::vector<Sequence> &batch, bool maskBos = false) const;

    /// Forward pass of one sequence in double, for views and readouts.
    SequenceTrace trace(const Sequence &tokens, bool maskBos = false) const;

    /// The named parameter matrices, for tests (E, P, W_Q, W_K, W_V, W_O, W_U, W_g, b_g).
    Eigen::MatrixXd &weight(const std::string &name);

private:
    struct Param
    {
        std::string name;
        Eigen::MatrixXd value, grad;
    };
    ModelConfig m_config;
    std::vector<Param> m_params; // E, P, WQ, WK, WV, WO, WU [, Wg, bg]
    struct Workspaces;
    std::unique_ptr<Workspaces> m_ws; // training buffers, reused between steps
};

} // namespace paperlab::papers::gatedattention
