// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "attentionmodel.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace paperlab::papers::gatedattention {

namespace {

enum ParamIndex { kE, kP, kWQ, kWK, kWV, kWO, kWU, kWg, kBg };

bool gateReadsInput(GateKind kind)
{
    return kind == GateKind::Headwise || kind == GateKind::Elementwise
        || kind == GateKind::NsSigmoid;
}

template <typename S>
using Mat = Eigen::Matrix<S, Eigen::Dynamic, Eigen::Dynamic>;
template <typename S>
using Col = Eigen::Matrix<S, Eigen::Dynamic, 1>;

} // namespace

// Buffers of one batch, kept between training steps so that a step allocates nothing once
// the shapes are known (large temporaries cost page faults on every step otherwise).
template <typename S>
struct Workspace
{
    Mat<S> E, P, WQKV, WO, WU, Wg, bg;     // weights in S
    Mat<S> H, QKV, G, Oatt, O, Z;          // forward, stacked over the batch (N = B L rows)
    Mat<S> logitsT;                        // V x N: one column per position (contiguous)
    std::vector<Mat<S>> A;                 // attention of each sequence, L x L
    Mat<S> mask, scores, dA, dS;           // per-sequence scratch
    Mat<S> dLogitsT, dZ, dH, dHt, dEt, dPt, dO, dOatt, dG, dLogit, dQKV, grad;
    Col<S> inner;
};

struct AttentionModel::Workspaces
{
    Workspace<float> single;
};

namespace {

// Forward (and optionally backward) pass over a batch of equal-length sequences, in scalar
// type S. Returns the summed cross-entropy; adds the gradient of the MEAN loss to grads.
template <typename S>
BatchLoss runBatch(const ModelConfig &config, const std::vector<const Eigen::MatrixXd *> &w,
                   const std::vector<Sequence> &batch, bool maskBos,
                   const std::vector<Eigen::MatrixXd *> *grads, SequenceTrace *trace,
                   Workspace<S> &ws)
{
    const int B = int(batch.size());
    if (B == 0)
        return {};
    const int L = int(batch.front().size());
    for (const Sequence &s : batch) {
        if (int(s.size()) != L || L > config.seqLen || L < 1)
            throw std::invalid_argument("sequences must share a length of 1..seqLen");
        for (int t : s)
            if (t < 0 || t >= config.vocab)
                throw std::invalid_argument("token outside the vocabulary");
    }
    const GateKind gateKind = config.gate;
    const bool gated = gateKind != GateKind::None;
    const bool headwise = gateKind == GateKind::Headwise;
    const int D = config.dModel, dh = config.dHead;
    const S scale = S(1) / std::sqrt(S(dh));
    const S minusInf = -std::numeric_limits<S>::infinity();

    ws.E = w[kE]->cast<S>();
    ws.P = w[kP]->cast<S>();
    ws.WQKV.resize(D, 3 * dh);
    ws.WQKV << w[kWQ]->cast<S>(), w[kWK]->cast<S>(), w[kWV]->cast<S>();
    ws.WO = w[kWO]->cast<S>();
    ws.WU = w[kWU]->cast<S>();
    if (gated) {
        ws.Wg = w[kWg]->cast<S>();
        ws.bg = w[kBg]->cast<S>();
    }

    const int N = B * L;
    ws.H.resize(N, D);
    for (int b = 0; b < B; ++b)
        for (int i = 0; i < L; ++i)
            ws.H.row(b * L + i) = ws.E.row(batch[size_t(b)][size_t(i)]) + ws.P.row(i);
    ws.QKV.resize(N, 3 * dh);
    ws.QKV.noalias() = ws.H * ws.WQKV; // [Q | K | V]

    if (gated) {
        ws.G.resize(N, ws.bg.cols());
        if (gateReadsInput(gateKind))
            ws.G.noalias() = ws.H * ws.Wg;
        else
            ws.G.setZero();
        ws.G.rowwise() += ws.bg.row(0);
        if (gateKind == GateKind::NsSigmoid)
            ws.G = (S(0.5) + S(0.5) / (S(1) + (-ws.G.array()).exp())).matrix();
        else
            ws.G = (S(1) / (S(1) + (-ws.G.array()).exp())).matrix();
    }

    ws.A.resize(size_t(B));
    ws.Oatt.resize(N, dh);
    const int firstKey = maskBos ? 1 : 0;
    // Causal mask (and the BOS key when masked): -inf scores become weight 0.
    ws.mask = Mat<S>::Zero(L, L);
    for (int j = 1; j < L; ++j)
        ws.mask.col(j).head(j).setConstant(minusInf);
    if (maskBos)
        ws.mask.col(0).setConstant(minusInf);
    for (int b = 0; b < B; ++b) {
        const auto Qb = ws.QKV.block(b * L, 0, L, dh);
        const auto Kb = ws.QKV.block(b * L, dh, L, dh);
        const auto Vb = ws.QKV.block(b * L, 2 * dh, L, dh);
        ws.scores.resize(L, L);
        ws.scores.noalias() = Qb * Kb.transpose();
        ws.scores = ws.scores * scale + ws.mask;
        Mat<S> &a = ws.A[size_t(b)];
        const Col<S> top = ws.scores.rowwise().maxCoeff();
        a = (ws.scores.colwise() - top).array().exp().matrix();
        if (firstKey > 0)
            a.row(0).setZero(); // masked BOS query: no key left, output 0
        ws.inner = a.rowwise().sum();
        if (firstKey > 0)
            ws.inner(0) = S(1);
        a.array().colwise() /= ws.inner.array();
        ws.Oatt.middleRows(b * L, L).noalias() = a * Vb;
    }

    ws.O = ws.Oatt;
    if (gated) {
        if (headwise)
            ws.O.array().colwise() *= ws.G.col(0).array();
        else
            ws.O.array() *= ws.G.array();
    }
    ws.Z = ws.H;
    ws.Z.noalias() += ws.O * ws.WO;
    ws.logitsT.resize(config.vocab, N);
    ws.logitsT.noalias() = ws.WU.transpose() * ws.Z.transpose();

    BatchLoss result;
    const bool backward = grads != nullptr;
    // Softmax of every position (dLogitsT holds the probabilities, then the gradient).
    const Eigen::Matrix<S, 1, Eigen::Dynamic> top = ws.logitsT.colwise().maxCoeff();
    ws.dLogitsT = (ws.logitsT.rowwise() - top).array().exp().matrix();
    const Eigen::Matrix<S, 1, Eigen::Dynamic> sums = ws.dLogitsT.colwise().sum();
    const S invCount = S(1) / S(std::max(1, B * (L - 1)));
    if (backward) // d(mean loss)/d(logits) = (softmax - onehot(target)) / count
        ws.dLogitsT.array().rowwise() *= invCount / sums.array();
    for (int b = 0; b < B; ++b) {
        for (int i = 0; i + 1 < L; ++i) {
            const int r = b * L + i;
            const int target = batch[size_t(b)][size_t(i + 1)];
            result.sum += double(std::log(sums(r)) + top(r) - ws.logitsT(target, r));
            ++result.count;
            if (backward)
                ws.dLogitsT(target, r) -= invCount;
        }
        if (backward)
            ws.dLogitsT.col(b * L + L - 1).setZero(); // the last position predicts nothing
    }

    if (trace) {
        trace->attention = ws.A[0].template cast<double>();
        trace->gate = gated ? Mat<S>(ws.G.topRows(L)).template cast<double>()
                            : Eigen::MatrixXd();
        trace->values = Mat<S>(ws.QKV.block(0, 2 * dh, L, dh)).template cast<double>();
        trace->preOutput = Mat<S>(ws.O.topRows(L)).template cast<double>();
        trace->logits = Mat<S>(ws.logitsT.leftCols(L).transpose()).template cast<double>();
    }
    if (!backward)
        return result;

    auto addGrad = [grads](int index, const Mat<S> &g) {
        *(*grads)[size_t(index)] += g.template cast<double>();
    };
    ws.grad.noalias() = ws.Z.transpose() * ws.dLogitsT.transpose();
    addGrad(kWU, ws.grad);
    ws.dZ.noalias() = ws.dLogitsT.transpose() * ws.WU.transpose();
    ws.dH = ws.dZ;
    ws.grad.noalias() = ws.O.transpose() * ws.dZ;
    addGrad(kWO, ws.grad);
    ws.dO.noalias() = ws.dZ * ws.WO.transpose();

    ws.dOatt = ws.dO;
    if (gated) {
        if (headwise) {
            ws.dOatt.array().colwise() *= ws.G.col(0).array();
            ws.dG = (ws.dO.array() * ws.Oatt.array()).rowwise().sum().matrix();
        } else {
            ws.dOatt.array() *= ws.G.array();
            ws.dG = (ws.dO.array() * ws.Oatt.array()).matrix();
        }
        // d gate / d logit = s (1 - s), halved for NS-sigmoid (s = 2 gate - 1 there).
        if (gateKind == GateKind::NsSigmoid)
            ws.dLogit = (ws.dG.array() * S(0.5) * (S(2) * ws.G.array() - S(1))
                         * (S(2) - S(2) * ws.G.array())).matrix();
        else
            ws.dLogit = (ws.dG.array() * ws.G.array() * (S(1) - ws.G.array())).matrix();
        if (gateReadsInput(gateKind)) {
            ws.grad.noalias() = ws.H.transpose() * ws.dLogit;
            addGrad(kWg, ws.grad);
            ws.dH.noalias() += ws.dLogit * ws.Wg.transpose();
        }
        addGrad(kBg, ws.dLogit.colwise().sum());
    }

    ws.dQKV.resize(N, 3 * dh);
    for (int b = 0; b < B; ++b) {
        const Mat<S> &a = ws.A[size_t(b)];
        const auto dOb = ws.dOatt.middleRows(b * L, L);
        ws.dA.noalias() = dOb * ws.QKV.block(b * L, 2 * dh, L, dh).transpose();
        ws.dQKV.block(b * L, 2 * dh, L, dh).noalias() = a.transpose() * dOb;
        // Softmax backward: dS = A (.) (dA - rowsum(dA (.) A)); masked entries have A = 0.
        ws.inner = (ws.dA.array() * a.array()).rowwise().sum();
        ws.dS = (a.array() * (ws.dA.colwise() - ws.inner).array()).matrix() * scale;
        ws.dQKV.block(b * L, 0, L, dh).noalias() = ws.dS * ws.QKV.block(b * L, dh, L, dh);
        ws.dQKV.block(b * L, dh, L, dh).noalias() = ws.dS.transpose()
                                                   * ws.QKV.block(b * L, 0, L, dh);
    }
    ws.grad.noalias() = ws.H.transpose() * ws.dQKV;
    addGrad(kWQ, ws.grad.leftCols(dh));
    addGrad(kWK, ws.grad.middleCols(dh, dh));
    addGrad(kWV, ws.grad.rightCols(dh));
    ws.dH.noalias() += ws.dQKV * ws.WQKV.transpose();

    // Scatter dH into the embeddings, column by column of dH^T (contiguous in memory).
    ws.dHt = ws.dH.transpose();
    ws.dEt = Mat<S>::Zero(D, config.vocab);
    ws.dPt = Mat<S>::Zero(D, config.seqLen);
    for (int b = 0; b < B; ++b)
        for (int i = 0; i < L; ++i) {
            ws.dEt.col(batch[size_t(b)][size_t(i)]) += ws.dHt.col(b * L + i);
            ws.dPt.col(i) += ws.dHt.col(b * L + i);
        }
    addGrad(kE, ws.dEt.transpose());
    addGrad(kP, ws.dPt.transpose());
    return result;
}

} // namespace

std::string gateKindId(GateKind kind)
{
    switch (kind) {
    case GateKind::None: return "none";
    case GateKind::Headwise: return "headwise";
    case GateKind::Elementwise: return "elementwise";
    case GateKind::InputIndependent: return "input-independent";
    case GateKind::NsSigmoid: return "ns-sigmoid";
    }
    return "none";
}

bool gateKindFromId(const std::string &id, GateKind *kind)
{
    for (GateKind k : {GateKind::None, GateKind::Headwise, GateKind::Elementwise,
                       GateKind::InputIndependent, GateKind::NsSigmoid})
        if (gateKindId(k) == id) {
            *kind = k;
            return true;
        }
    return false;
}

AttentionModel::AttentionModel(const ModelConfig &config, paperlab::math::Rng &sharedInit,
                               paperlab::math::Rng &gateInit)
    : m_config(config), m_ws(std::make_unique<Workspaces>())
{
    const int D = config.dModel, dh = config.dHead, V = config.vocab, T = config.seqLen;
    const double fromModel = config.initStd > 0 ? config.initStd : 1.0 / std::sqrt(double(D));
    const double fromHead = config.initStd > 0 ? config.initStd : 1.0 / std::sqrt(double(dh));
    auto add = [this](const char *name, Eigen::MatrixXd value) {
        Param p{name, std::move(value), {}};
        p.grad = Eigen::MatrixXd::Zero(p.value.rows(), p.value.cols());
        m_params.push_back(std::move(p));
    };
    // Shared parameters come from one stream, so that models with and without a gate start
    // from the same weights and differ only by the gate.
    add("E", sharedInit.normalMatrix(V, D, fromModel));
    add("P", sharedInit.normalMatrix(T, D, fromModel));
    add("W_Q", sharedInit.normalMatrix(D, dh, fromModel));
    add("W_K", sharedInit.normalMatrix(D, dh, fromModel));
    add("W_V", sharedInit.normalMatrix(D, dh, fromModel));
    add("W_O", sharedInit.normalMatrix(dh, D, fromHead));
    add("W_U", sharedInit.normalMatrix(D, V, fromModel));
    if (hasGate()) {
        const int g = gateWidth();
        add("W_g", gateReadsInput(config.gate) ? gateInit.normalMatrix(D, g, fromModel)
                                               : Eigen::MatrixXd::Zero(D, g));
        add("b_g", Eigen::MatrixXd::Zero(1, g));
    }
}

AttentionModel::~AttentionModel() = default;
AttentionModel::AttentionModel(AttentionModel &&) noexcept = default;
AttentionModel &AttentionModel::operator=(AttentionModel &&) noexcept = default;

int AttentionModel::gateWidth() const
{
    switch (m_config.gate) {
    case GateKind::None: return 0;
    case GateKind::Headwise: return 1;
    default: return m_config.dHead;
    }
}

std::vector<paperlab::math::ParamRef> AttentionModel::params()
{
    std::vector<paperlab::math::ParamRef> refs;
    for (Param &p : m_params) {
        // The input-independent gate has no W_g to train (it stays 0).
        if (p.name == "W_g" && !gateReadsInput(m_config.gate))
            continue;
        refs.push_back({&p.value, &p.grad});
    }
    return refs;
}

void AttentionModel::zeroGrad()
{
    for (Param &p : m_params)
        p.grad.setZero();
}

double AttentionModel::loss(const std::vector<Sequence> &batch, bool maskBos,
                            bool accumulateGradient, bool singlePrecision)
{
    std::vector<const Eigen::MatrixXd *> weights;
    std::vector<Eigen::MatrixXd *> grads;
    for (Param &p : m_params) {
        weights.push_back(&p.value);
        grads.push_back(&p.grad);
    }
    const std::vector<Eigen::MatrixXd *> *g = accumulateGradient ? &grads : nullptr;
    if (singlePrecision)
        return runBatch<float>(m_config, weights, batch, maskBos, g, nullptr, m_ws->single)
            .mean();
    Workspace<double> ws;
    const BatchLoss l = runBatch<double>(m_config, weights, batch, maskBos, g, nullptr, ws);
    return l.mean();
}

BatchLoss AttentionModel::lossSum(const std::vector<Sequence> &batch, bool maskBos) const
{
    std::vector<const Eigen::MatrixXd *> weights;
    for (const Param &p : m_params)
        weights.push_back(&p.value);
    Workspace<double> ws;
    return runBatch<double>(m_config, weights, batch, maskBos, nullptr, nullptr, ws);
}

SequenceTrace AttentionModel::trace(const Sequence &tokens, bool maskBos) const
{
    std::vector<const Eigen::MatrixXd *> weights;
    for (const Param &p : m_params)
        weights.push_back(&p.value);
    SequenceTrace t;
    Workspace<double> ws;
    runBatch<double>(m_config, weights, {tokens}, maskBos, nullptr, &t, ws);
    return t;
}

Eigen::MatrixXd &AttentionModel::weight(const std::string &name)
{
    for (Param &p : m_params)
        if (p.name == name)
            return p.value;
    throw std::out_of_range("no parameter " + name);
}

} // namespace paperlab::papers::gatedattention
