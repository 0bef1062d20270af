// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/math/nn.h>

#include <paperlab/math/loss.h>
#include <paperlab/math/rng.h>

#include <cmath>

namespace paperlab::math {

namespace {

double stableSigmoid(double x)
{
    // Only ever exponentiate a non-positive number, so neither branch overflows.
    if (x >= 0.0)
        return 1.0 / (1.0 + std::exp(-x));
    const double e = std::exp(x);
    return e / (1.0 + e);
}

} // namespace

Layer::~Layer() = default;

std::vector<ParamRef> Layer::params()
{
    return {};
}

void Layer::zeroGrad()
{
    for (const ParamRef &p : params())
        p.grad->setZero();
}

Linear::Linear(int inDim, int outDim, Rng &rng, Init init)
    : m_weight(outDim, inDim)
    , m_bias(Eigen::MatrixXd::Zero(1, outDim))
    , m_weightGrad(Eigen::MatrixXd::Zero(outDim, inDim))
    , m_biasGrad(Eigen::MatrixXd::Zero(1, outDim))
{
    if (init == Init::HeNormal) {
        m_weight = rng.normalMatrix(outDim, inDim, std::sqrt(2.0 / inDim));
        return;
    }
    const double bound = 1.0 / std::sqrt(static_cast<double>(inDim));
    for (Eigen::Index j = 0; j < m_weight.cols(); ++j) {
        for (Eigen::Index i = 0; i < m_weight.rows(); ++i)
            m_weight(i, j) = rng.uniform(-bound, bound);
    }
}

Eigen::MatrixXd Linear::forward(const Eigen::MatrixXd &input)
{
    m_input = input;
    return (input * m_weight.transpose()).rowwise() + m_bias.row(0);
}

Eigen::MatrixXd Linear::backward(const Eigen::MatrixXd &gradOutput)
{
    m_weightGrad.noalias() += gradOutput.transpose() * m_input;
    m_biasGrad += gradOutput.colwise().sum();
    return gradOutput * m_weight;
}

std::vector<ParamRef> Linear::params()
{
    return {{&m_weight, &m_weightGrad}, {&m_bias, &m_biasGrad}};
}

LayerNorm::LayerNorm(int dim, double eps)
    : m_eps(eps)
    , m_gain(Eigen::MatrixXd::Ones(1, dim))
    , m_bias(Eigen::MatrixXd::Zero(1, dim))
    , m_gainGrad(Eigen::MatrixXd::Zero(1, dim))
    , m_biasGrad(Eigen::MatrixXd::Zero(1, dim))
{
}

Eigen::MatrixXd LayerNorm::forward(const Eigen::MatrixXd &input)
{
    const Eigen::VectorXd mean = input.rowwise().mean();
    const Eigen::MatrixXd centered = input.colwise() - mean;
    const Eigen::VectorXd variance = centered.array().square().rowwise().mean();
    m_invStd = (variance.array() + m_eps).rsqrt();
    m_normalized = centered.array().colwise() * m_invStd.array();
    const Eigen::ArrayXXd scaled = m_normalized.array().rowwise() * m_gain.row(0).array();
    return (scaled.rowwise() + m_bias.row(0).array()).matrix();
}

Eigen::MatrixXd LayerNorm::backward(const Eigen::MatrixXd &gradOutput)
{
    m_gainGrad += (gradOutput.array() * m_normalized.array()).colwise().sum().matrix();
    m_biasGrad += gradOutput.colwise().sum();
    // dx = invStd * (g - mean(g) - xhat * mean(g * xhat)) with g = dL/dxhat, per row.
    const Eigen::ArrayXXd g = gradOutput.array().rowwise() * m_gain.row(0).array();
    const Eigen::ArrayXd meanG = g.rowwise().mean();
    const Eigen::ArrayXd meanGx = (g * m_normalized.array()).rowwise().mean();
    const Eigen::ArrayXXd centered = (g.colwise() - meanG)
        - m_normalized.array().colwise() * meanGx;
    return (centered.colwise() * m_invStd.array()).matrix();
}

std::vector<ParamRef> LayerNorm::params()
{
    return {{&m_gain, &m_gainGrad}, {&m_bias, &m_biasGrad}};
}

Eigen::MatrixXd ReLU::forward(const Eigen::MatrixXd &input)
{
    m_input = input;
    return input.cwiseMax(0.0);
}

Eigen::MatrixXd ReLU::backward(const Eigen::MatrixXd &gradOutput)
{
    return (m_input.array() > 0.0).select(gradOutput.array(), 0.0).matrix();
}

Eigen::MatrixXd Swish::forward(const Eigen::MatrixXd &input)
{
    m_input = input;
    m_sigmoid = input.unaryExpr(&stableSigmoid);
    return input.cwiseProduct(m_sigmoid);
}

Eigen::MatrixXd Swish::backward(const Eigen::MatrixXd &gradOutput)
{
    // d/dx [x s(x)] = s + x s (1 - s)
    const Eigen::ArrayXXd s = m_sigmoid.array();
    return (gradOutput.array() * (s + m_input.array() * s * (1.0 - s))).matrix();
}

Eigen::MatrixXd Tanh::forward(const Eigen::MatrixXd &input)
{
    m_output = input.array().tanh().matrix();
    return m_output;
}

Eigen::MatrixXd Tanh::backward(const Eigen::MatrixXd &gradOutput)
{
    return (gradOutput.array() * (1.0 - m_output.array().square())).matrix();
}

Eigen::MatrixXd Sigmoid::forward(const Eigen::MatrixXd &input)
{
    m_output = input.unaryExpr(&stableSigmoid);
    return m_output;
}

Eigen::MatrixXd Sigmoid::backward(const Eigen::MatrixXd &gradOutput)
{
    return (gradOutput.array() * m_output.array() * (1.0 - m_output.array())).matrix();
}

Eigen::MatrixXd Softmax::forward(const Eigen::MatrixXd &input)
{
    m_output = softmaxRows(input);
    return m_output;
}

Eigen::MatrixXd Softmax::backward(const Eigen::MatrixXd &gradOutput)
{
    const Eigen::VectorXd dot = gradOutput.cwiseProduct(m_output).rowwise().sum();
    return m_output.cwiseProduct(gradOutput.colwise() - dot);
}

void Sequential::append(std::unique_ptr<Layer> layer)
{
    m_layers.push_back(std::move(layer));
}

Eigen::MatrixXd Sequential::forward(const Eigen::MatrixXd &input)
{
    Eigen::MatrixXd x = input;
    for (const auto &layer : m_layers)
        x = layer->forward(x);
    return x;
}

Eigen::MatrixXd Sequential::backward(const Eigen::MatrixXd &gradOutput)
{
    Eigen::MatrixXd g = gradOutput;
    for (auto it = m_layers.rbegin(); it != m_layers.rend(); ++it)
        g = (*it)->backward(g);
    return g;
}

std::vector<ParamRef> Sequential::params()
{
    std::vector<ParamRef> all;
    for (const auto &layer : m_layers) {
        const std::vector<ParamRef> own = layer->params();
        all.insert(all.end(), own.begin(), own.end());
    }
    return all;
}

ResidualBlock::ResidualBlock(int dim, Rng &rng)
{
    for (int k = 0; k < 4; ++k) {
        m_branch.emplace<Linear>(dim, dim, rng);
        m_branch.emplace<LayerNorm>(dim);
        m_branch.emplace<Swish>();
    }
}

Eigen::MatrixXd ResidualBlock::forward(const Eigen::MatrixXd &input)
{
    return input + m_branch.forward(input);
}

Eigen::MatrixXd ResidualBlock::backward(const Eigen::MatrixXd &gradOutput)
{
    return gradOutput + m_branch.backward(gradOutput);
}

std::vector<ParamRef> ResidualBlock::params()
{
    return m_branch.params();
}

} // namespace paperlab::math
