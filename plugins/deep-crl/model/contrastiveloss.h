// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <Eigen/Core>

namespace paperlab::papers::deepcrl {

/// The critic loss of the authors' train.py::update_critic for one batch (sheet §5).
struct ContrastiveLoss
{
    /// l_ij = -||phi_i - psi_j||_2 (B x B): the code's negative-L2 logits.
    Eigen::MatrixXd logits;
    /// -mean_i (l_ii - logsumexp_j l_ij): log B when every logit is equal.
    double infoNce = 0.0;
    /// coeff * mean_i (logsumexp_j (l_ij + 1e-6))^2.
    double penalty = 0.0;
    double total = 0.0;
    /// dTotal/dphi and dTotal/dpsi (B x r each).
    Eigen::MatrixXd gradPhi;
    Eigen::MatrixXd gradPsi;
};

/// InfoNCE with the other goals of the batch as negatives (K = B) plus the logsumexp^2
/// penalty, and its gradient. Row i of @p phi is phi(s_i, a_i), row j of @p psi is psi(g_j).
/// Where a distance is exactly 0 its gradient is taken as 0.
ContrastiveLoss contrastiveLoss(const Eigen::MatrixXd &phi, const Eigen::MatrixXd &psi,
                                double penaltyCoeff);

/// Q-values -||phi_i - psi||_2 of every row of @p phi against one goal representation.
Eigen::VectorXd negativeDistances(const Eigen::MatrixXd &phi, const Eigen::RowVectorXd &psi);

} // namespace paperlab::papers::deepcrl
