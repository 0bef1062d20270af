// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/math/stats.h>

#include <Eigen/Core>

#include <vector>

namespace paperlab::math {
class Rng;
}

namespace paperlab::papers::superpositionscaling {

/// ||W_i|| for every row (feature vector) of W.
Eigen::VectorXd rowNorms(const Eigen::MatrixXd &W);

/// Number of rows with norm strictly above @p threshold.
int countAbove(const Eigen::VectorXd &norms, double threshold);

/// phi_{1/2} = |{i : ||W_i|| > 1/2}| / n (Eq. 3): the fraction of represented features.
double phiHalf(const Eigen::VectorXd &norms);

/// phi_1 = |{i : ||W_i|| > 1}| / n (Eq. 9/15): the fraction of strongly represented ones.
double phiOne(const Eigen::VectorXd &norms);

/// Mean squared overlap of normalised feature vectors (§3.2, Fig. 5/6a).
struct OverlapStats
{
    double meanSquared = 0.0; ///< mean over ordered pairs i != j of (w_i . w_j)^2, w = W_i/||W_i||
    int rows = 0;             ///< rows that took part (norm > minNorm)
};

/// The mean of (w_i . w_j)^2 over the rows with norm > @p minNorm (0.5 keeps only the
/// represented features, paper sheet §8 item 5), computed as
/// (||U^T U||_F^2 - k) / (k (k - 1)) for the k x m matrix U of normalised rows, in O(k m^2).
/// meanSquared is NaN when fewer than two rows qualify.
OverlapStats meanSquaredOverlap(const Eigen::MatrixXd &W, double minNorm);

/// Every (w_i . w_j)^2 for i < j over the normalised rows with norm > @p minNorm, for the
/// histogram view. At most @p maxRows rows are used (the most frequent features first).
std::vector<double> squaredOverlaps(const Eigen::MatrixXd &W, double minNorm, int maxRows);

/// Density of Beta(1/2, (m - 1)/2), the law of (u . v)^2 for independent uniformly random
/// unit vectors u, v in R^m (§3.2); mean 1/m. Needs m >= 2 and 0 < x < 1.
double betaHalfDensity(double x, int m);

/// P(lo < (u . v)^2 < hi) for random unit vectors in R^m: the integral of betaHalfDensity,
/// by Simpson's rule after the substitution x = t^2 (which removes the 1/sqrt(x) pole).
double betaHalfProbability(double lo, double hi, int m);

/// Mean squared overlap of @p count independent random unit vectors in R^m (the "no
/// structure" reference whose expectation is 1/m).
double randomUnitMeanSquaredOverlap(int count, int m, math::Rng &rng);

/// The width exponent: L ∝ m^(-alpha_m), fitted by least squares on log L against log m
/// over all points (paper sheet §7.4). alpha is the positive exponent, -slope.
struct ScalingFit
{
    double alpha = 0.0;
    double se = 0.0;
    double logPrefactor = 0.0; ///< ln C in L = C m^(-alpha)
    math::FitStatus status = math::FitStatus::Ok;
};

ScalingFit fitScaling(const std::vector<double> &widths, const std::vector<double> &losses);

} // namespace paperlab::papers::superpositionscaling
