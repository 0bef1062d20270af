// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "encoder.h"

#include <paperlab/math/rng.h>

#include <stdexcept>

namespace paperlab::papers::deepcrl {

long long encoderParameterCount(const EncoderShape &s)
{
    const long long i = s.inputDim, w = s.width, d = s.depth, r = s.outputDim;
    return (i * w + w) + 2 * w + d * (w * w + 3 * w) + (r * w + r);
}

Encoder::Encoder(const EncoderShape &shape, math::Rng &rng) : m_shape(shape)
{
    if (shape.depth < 4 || shape.depth % 4 != 0)
        throw std::invalid_argument("Encoder: depth must be a positive multiple of 4");
    m_stem.emplace<math::Linear>(shape.inputDim, shape.width, rng);
    m_stem.emplace<math::LayerNorm>(shape.width);
    m_stem.emplace<math::Swish>();
    for (int b = 0; b < shape.blocks(); ++b)
        m_blocks.push_back(std::make_unique<math::ResidualBlock>(shape.width, rng));
    m_head = std::make_unique<math::Linear>(shape.width, shape.outputDim, rng);
}

Eigen::MatrixXd Encoder::forward(const Eigen::MatrixXd &input)
{
    Eigen::MatrixXd h = m_stem.forward(input);
    for (auto &block : m_blocks)
        h = m_shape.skips ? block->forward(h) : block->branch().forward(h);
    return m_head->forward(h);
}

Eigen::MatrixXd Encoder::backward(const Eigen::MatrixXd &gradOutput)
{
    Eigen::MatrixXd g = m_head->backward(gradOutput);
    for (auto it = m_blocks.rbegin(); it != m_blocks.rend(); ++it)
        g = m_shape.skips ? (*it)->backward(g) : (*it)->branch().backward(g);
    return m_stem.backward(g);
}

std::vector<math::ParamRef> Encoder::params()
{
    std::vector<math::ParamRef> all = m_stem.params();
    for (auto &block : m_blocks) {
        const auto p = block->params();
        all.insert(all.end(), p.begin(), p.end());
    }
    const auto head = m_head->params();
    all.insert(all.end(), head.begin(), head.end());
    return all;
}

std::vector<const math::Linear *> Encoder::denseLayers() const
{
    auto &stem = const_cast<math::Sequential &>(m_stem);
    std::vector<const math::Linear *> layers{&static_cast<math::Linear &>(stem.layer(0))};
    for (const auto &block : m_blocks) {
        for (int k = 0; k < 4; ++k)
            layers.push_back(&static_cast<math::Linear &>(block->branch().layer(3 * k)));
    }
    layers.push_back(m_head.get());
    return layers;
}

} // namespace paperlab::papers::deepcrl
