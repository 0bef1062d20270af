// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <Eigen/Core>

#include <functional>
#include <vector>

namespace paperlab::math {
class Rng;
}

namespace paperlab::papers::diffusionmemorization {

// Low-dimensional diffusion toys (arXiv 2505.17638 §1 and Fig. 1). Points are the rows of
// an m×D matrix. Forward process: x_t = e^{−t} x_0 + √Δ_t ξ, Δ_t = 1 − e^{−2t}.

/// x_t = e^{−t} x0 + √Δ_t ξ for given standard-normal `noise` (same shape as x0).
Eigen::MatrixXd ouForward(const Eigen::MatrixXd &x0, double t, const Eigen::MatrixXd &noise);

/// An isotropic Gaussian mixture Σ_k w_k N(μ_k, s² I): the population of the toys.
struct GaussianMixture {
    Eigen::MatrixXd means;       ///< K×D
    std::vector<double> weights; ///< K, summing to 1
    double std = 1.0;            ///< s

    int dim() const { return int(means.cols()); }
};

/// `modes` equal-weight components on a circle of radius `radius` in 2-D.
GaussianMixture ringMixture(int modes, double radius, double std);
/// ½ N(−m, s²) + ½ N(m, s²) in 1-D (the picture of Fig. 1).
GaussianMixture twoGaussians1d(double m, double s);

/// `count` i.i.d. draws (rows).
Eigen::MatrixXd sampleMixture(const GaussianMixture &mix, int count, math::Rng &rng);

/// The population score ∇log P_t(x) at time t: P_t is the mixture with means e^{−t}μ_k and
/// variance e^{−2t}s² + Δ_t.
Eigen::MatrixXd mixtureScore(const GaussianMixture &mix, const Eigen::MatrixXd &x, double t);

/// The empirical score ∇log P_t^emp(x) (eq. 5) of the training points (rows of `train`):
/// Σ_ν w_ν(x) (e^{−t} x^ν − x)/Δ_t with softmax weights w_ν ∝ e^{−‖x − e^{−t}x^ν‖²/2Δ_t}.
/// This is the exact minimiser of the score-matching loss on the training set.
Eigen::MatrixXd empiricalScore(const Eigen::MatrixXd &train, const Eigen::MatrixXd &x, double t);

/// log P_t^emp(x) of eq. 5 at each row of x.
Eigen::VectorXd empiricalLogDensity(const Eigen::MatrixXd &train, const Eigen::MatrixXd &x,
                                    double t);

/// A score model s(x, t) evaluated on the rows of x.
using ScoreFunction = std::function<Eigen::MatrixXd(const Eigen::MatrixXd &, double)>;

/// `steps` + 1 times from tMax down to tMin, geometrically spaced (small steps where the
/// empirical score is stiff, Δ_t ≈ 2t).
std::vector<double> reverseTimes(double tMax, double tMin, int steps);

/// Reverse-time sampling of the backward SDE −dx = [x + 2 s(x, t)] dt + dB (⟨dB²⟩ = 2 dt),
/// Euler–Maruyama on `times` (decreasing), then one Tweedie denoising step at the last time:
/// x̂_0 = e^{t}(x + Δ_t s(x, t)).
struct ReverseRun {
    Eigen::MatrixXd samples;           ///< the denoised end points
    std::vector<double> keptTimes;     ///< times at which the cloud was recorded
    std::vector<Eigen::MatrixXd> kept; ///< the cloud at those times
};
ReverseRun reverseSample(const ScoreFunction &score, const Eigen::MatrixXd &start,
                         const std::vector<double> &times, math::Rng &rng, int keepEvery = 0);

/// d_1/d_2 for every sample: its distances to the nearest and the second-nearest training
/// point (Experiments/src/Evaluation/compute_fmem.py `gap_ratio`). Needs ≥ 2 training points.
std::vector<double> gapRatios(const Eigen::MatrixXd &samples, const Eigen::MatrixXd &train);

/// The memorised fraction f_mem: the fraction of samples whose gap ratio is below k (the
/// paper's k = 1/3, eq. 6, applied per sample as in the authors' code), and its bootstrap
/// standard error over `resamples` resamples (0 when no sample is memorised, as there).
struct MemorisedFraction {
    double fraction = 0.0;
    double se = 0.0;
    int memorised = 0;
    int total = 0;
};
MemorisedFraction memorisedFraction(const std::vector<double> &ratios, double k, int resamples,
                                    math::Rng &rng);

} // namespace paperlab::papers::diffusionmemorization
