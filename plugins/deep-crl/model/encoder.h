// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/math/nn.h>

#include <memory>
#include <vector>

namespace paperlab::papers::deepcrl {

/// Shape of one encoder (arXiv 2503.14858 §4.1; authors' train.py SA_encoder / G_encoder).
struct EncoderShape
{
    int inputDim = 2;
    int width = 64;
    /// Dense layers inside the residual blocks: 4 per block. The input and output Dense
    /// layers are not counted, as in the paper.
    int depth = 8;
    int outputDim = 16;
    /// The skip after every fourth activation. The authors' code always has it; "off" is
    /// the sheet's ablation.
    bool skips = true;

    int blocks() const { return depth / 4; }
};

/// (i w + w) + 2 w + D (w^2 + 3 w) + (r w + r): input Dense, its LayerNorm, D Dense +
/// LayerNorm layers, output Dense (sheet §5).
long long encoderParameterCount(const EncoderShape &shape);

/// Input Dense -> LayerNorm -> Swish, then depth / 4 residual blocks of
/// 4 x (Dense -> LayerNorm -> Swish), then a Dense layer to the representation. With skips
/// off, each block's branch is used alone (h_{i+1} = F_i(h_i) instead of h_i + F_i(h_i)).
/// Weights ~ U(+-sqrt(1/fan_in)), biases zero. Throws std::invalid_argument unless depth is
/// a positive multiple of 4.
class Encoder final : public math::Layer
{
public:
    Encoder(const EncoderShape &shape, math::Rng &rng);

    const EncoderShape &shape() const { return m_shape; }

    Eigen::MatrixXd forward(const Eigen::MatrixXd &input) override;
    Eigen::MatrixXd backward(const Eigen::MatrixXd &gradOutput) override;
    std::vector<math::ParamRef> params() override;

    /// Every Dense layer, input first (for the initialisation test).
    std::vector<const math::Linear *> denseLayers() const;

private:
    EncoderShape m_shape;
    math::Sequential m_stem;
    std::vector<std::unique_ptr<math::ResidualBlock>> m_blocks;
    std::unique_ptr<math::Linear> m_head;
};

} // namespace paperlab::papers::deepcrl
