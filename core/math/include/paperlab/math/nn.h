// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/math/paperlabmathexport.h>
#include <paperlab/math/paramref.h>

#include <Eigen/Core>

#include <memory>
#include <utility>
#include <vector>

namespace paperlab::math {

class Rng;

/// A differentiable layer with explicit backpropagation over a batch.
///
/// Inputs and outputs are batch x features matrices (one sample per row). forward() caches
/// what backward() needs; backward(gradOutput) must follow the forward() it belongs to. It
/// returns dLoss/dInput and *adds* dLoss/dParameter to the parameter gradients, so call
/// zeroGrad() before each batch.
///
/// Threading: a layer is mutable state; use one instance per thread.
class PAPERLAB_MATH_EXPORT Layer
{
public:
    virtual ~Layer();

    /// Computes the output for @p input (batch x inDim) and caches what backward() needs.
    virtual Eigen::MatrixXd forward(const Eigen::MatrixXd &input) = 0;

    /// Given dLoss/dOutput (same shape as the last output), returns dLoss/dInput and
    /// accumulates parameter gradients.
    virtual Eigen::MatrixXd backward(const Eigen::MatrixXd &gradOutput) = 0;

    /// Every trainable parameter with its gradient, in a fixed order. Empty for layers
    /// without parameters. The pointers stay valid while the layer lives and is not moved.
    virtual std::vector<ParamRef> params();

    /// Sets every parameter gradient to zero.
    void zeroGrad();

protected:
    Layer() = default;
    Layer(const Layer &) = default;
    Layer(Layer &&) = default;
    Layer &operator=(const Layer &) = default;
    Layer &operator=(Layer &&) = default;
};

/// Fully connected layer: y = x W^T + b, with W of shape out x in and b of shape 1 x out.
class PAPERLAB_MATH_EXPORT Linear : public Layer
{
public:
    /// Weight initialisation. Biases always start at zero.
    enum class Init {
        /// W ~ U(-1/sqrt(in), 1/sqrt(in)), i.e. variance 1/(3 in). This is PyTorch's default
        /// weight init and the deep-crl authors' variance_scaling(1/3, fan_in, uniform).
        FanInUniform,
        /// W ~ N(0, 2/in) (He et al. 2015), for ReLU-like activations.
        HeNormal,
    };

    /// Draws the initial weights from @p rng (in column-major order of W).
    Linear(int inDim, int outDim, Rng &rng, Init init = Init::FanInUniform);

    Eigen::MatrixXd forward(const Eigen::MatrixXd &input) override;
    Eigen::MatrixXd backward(const Eigen::MatrixXd &gradOutput) override;
    std::vector<ParamRef> params() override;

    int inDim() const { return static_cast<int>(m_weight.cols()); }
    int outDim() const { return static_cast<int>(m_weight.rows()); }

    /// Weight W (out x in); writable so that callers can load or set parameters.
    Eigen::MatrixXd &weight() { return m_weight; }
    const Eigen::MatrixXd &weight() const { return m_weight; }
    /// Bias b (1 x out).
    Eigen::MatrixXd &bias() { return m_bias; }
    const Eigen::MatrixXd &bias() const { return m_bias; }
    /// Accumulated dLoss/dW (out x in).
    const Eigen::MatrixXd &weightGrad() const { return m_weightGrad; }
    /// Accumulated dLoss/db (1 x out).
    const Eigen::MatrixXd &biasGrad() const { return m_biasGrad; }

private:
    Eigen::MatrixXd m_weight;
    Eigen::MatrixXd m_bias;
    Eigen::MatrixXd m_weightGrad;
    Eigen::MatrixXd m_biasGrad;
    Eigen::MatrixXd m_input;
};

/// Layer normalisation over the features of each row (Ba et al. 2016):
/// y = (x - mean) / sqrt(var + eps) * gain + bias, with the biased (1/dim) variance as in
/// PyTorch and Flax. gain starts at 1 and bias at 0; both are 1 x dim.
class PAPERLAB_MATH_EXPORT LayerNorm : public Layer
{
public:
    explicit LayerNorm(int dim, double eps = 1e-5);

    Eigen::MatrixXd forward(const Eigen::MatrixXd &input) override;
    Eigen::MatrixXd backward(const Eigen::MatrixXd &gradOutput) override;
    std::vector<ParamRef> params() override;

    Eigen::MatrixXd &gain() { return m_gain; }
    const Eigen::MatrixXd &gain() const { return m_gain; }
    Eigen::MatrixXd &bias() { return m_bias; }
    const Eigen::MatrixXd &bias() const { return m_bias; }
    const Eigen::MatrixXd &gainGrad() const { return m_gainGrad; }
    const Eigen::MatrixXd &biasGrad() const { return m_biasGrad; }

private:
    double m_eps;
    Eigen::MatrixXd m_gain;
    Eigen::MatrixXd m_bias;
    Eigen::MatrixXd m_gainGrad;
    Eigen::MatrixXd m_biasGrad;
    Eigen::MatrixXd m_normalized;
    Eigen::VectorXd m_invStd;
};

/// Element-wise max(x, 0). The derivative at exactly 0 is taken as 0, as in PyTorch.
class PAPERLAB_MATH_EXPORT ReLU : public Layer
{
public:
    Eigen::MatrixXd forward(const Eigen::MatrixXd &input) override;
    Eigen::MatrixXd backward(const Eigen::MatrixXd &gradOutput) override;

private:
    Eigen::MatrixXd m_input;
};

/// Element-wise x * sigmoid(x) (Swish with beta = 1, also called SiLU).
class PAPERLAB_MATH_EXPORT Swish : public Layer
{
public:
    Eigen::MatrixXd forward(const Eigen::MatrixXd &input) override;
    Eigen::MatrixXd backward(const Eigen::MatrixXd &gradOutput) override;

private:
    Eigen::MatrixXd m_input;
    Eigen::MatrixXd m_sigmoid;
};

/// Element-wise tanh(x).
class PAPERLAB_MATH_EXPORT Tanh : public Layer
{
public:
    Eigen::MatrixXd forward(const Eigen::MatrixXd &input) override;
    Eigen::MatrixXd backward(const Eigen::MatrixXd &gradOutput) override;

private:
    Eigen::MatrixXd m_output;
};

/// Element-wise 1 / (1 + exp(-x)), evaluated without overflow for large |x|.
class PAPERLAB_MATH_EXPORT Sigmoid : public Layer
{
public:
    Eigen::MatrixXd forward(const Eigen::MatrixXd &input) override;
    Eigen::MatrixXd backward(const Eigen::MatrixXd &gradOutput) override;

private:
    Eigen::MatrixXd m_output;
};

/// Row-wise softmax (max-subtracted, so large logits do not overflow). backward() is the
/// Jacobian-vector product: gradIn = y * (gradOut - rowsum(gradOut * y)).
class PAPERLAB_MATH_EXPORT Softmax : public Layer
{
public:
    Eigen::MatrixXd forward(const Eigen::MatrixXd &input) override;
    Eigen::MatrixXd backward(const Eigen::MatrixXd &gradOutput) override;

private:
    Eigen::MatrixXd m_output;
};

/// Layers applied in order; owns them. params() concatenates the layers' parameters.
class PAPERLAB_MATH_EXPORT Sequential : public Layer
{
public:
    Sequential() = default;

    /// Constructs a layer of type L in place at the end and returns it.
    template <typename L, typename... Args>
    L &emplace(Args &&...args)
    {
        auto layer = std::make_unique<L>(std::forward<Args>(args)...);
        L &ref = *layer;
        m_layers.push_back(std::move(layer));
        return ref;
    }

    /// Appends @p layer and takes ownership of it.
    void append(std::unique_ptr<Layer> layer);

    int size() const { return static_cast<int>(m_layers.size()); }
    Layer &layer(int index) { return *m_layers[static_cast<size_t>(index)]; }

    Eigen::MatrixXd forward(const Eigen::MatrixXd &input) override;
    Eigen::MatrixXd backward(const Eigen::MatrixXd &gradOutput) override;
    std::vector<ParamRef> params() override;

private:
    std::vector<std::unique_ptr<Layer>> m_layers;
};

/// y = x + f(x) with f = 4 x (Linear -> LayerNorm -> Swish), all dim -> dim, the skip added
/// after the fourth activation: the residual block of arXiv 2503.14858 §4.1 (deep-crl).
class PAPERLAB_MATH_EXPORT ResidualBlock : public Layer
{
public:
    /// Initialises the four Linear layers from @p rng with Linear::Init::FanInUniform.
    ResidualBlock(int dim, Rng &rng);

    Eigen::MatrixXd forward(const Eigen::MatrixXd &input) override;
    Eigen::MatrixXd backward(const Eigen::MatrixXd &gradOutput) override;
    std::vector<ParamRef> params() override;

    /// The branch f: layers 3k, 3k+1, 3k+2 are the k-th Linear, LayerNorm and Swish.
    Sequential &branch() { return m_branch; }

private:
    Sequential m_branch;
};

} // namespace paperlab::math
