// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "contrastiveloss.h"

#include <paperlab/math/loss.h>

namespace paperlab::papers::deepcrl {

namespace {
constexpr double kLogitShift = 1e-6; // the authors add it inside the penalty's logsumexp
}

ContrastiveLoss contrastiveLoss(const Eigen::MatrixXd &phi, const Eigen::MatrixXd &psi,
                                double penaltyCoeff)
{
    const Eigen::Index b = phi.rows();
    // Direct differences (not |a|^2 + |b|^2 - 2 a.b), so that small distances stay exact;
    // on transposed copies, so that each vector is contiguous.
    const Eigen::MatrixXd phiT = phi.transpose();
    const Eigen::MatrixXd psiT = psi.transpose();
    Eigen::MatrixXd dist(b, psi.rows());
    for (Eigen::Index j = 0; j < psi.rows(); ++j) {
        for (Eigen::Index i = 0; i < b; ++i)
            dist(i, j) = (phiT.col(i) - psiT.col(j)).norm();
    }

    ContrastiveLoss out;
    out.logits = -dist;
    const Eigen::VectorXd lse = math::logSumExpRows(out.logits);
    const Eigen::VectorXd lseShifted = lse.array() + kLogitShift;
    out.infoNce = -(out.logits.diagonal() - lse).mean();
    out.penalty = penaltyCoeff * lseShifted.array().square().mean();
    out.total = out.infoNce + out.penalty;

    // dTotal/dl_ij = (softmax_ij - delta_ij) / B + 2 coeff lse'_i softmax_ij / B.
    const Eigen::MatrixXd soft = math::softmaxRows(out.logits);
    Eigen::MatrixXd gLogit = soft;
    gLogit.array().colwise() *= (1.0 + 2.0 * penaltyCoeff * lseShifted.array());
    gLogit.diagonal().array() -= 1.0;
    gLogit /= double(b);
    // dl_ij/dphi_i = -(phi_i - psi_j) / d_ij and dl_ij/dpsi_j = +(phi_i - psi_j) / d_ij.
    const Eigen::MatrixXd c =
        (dist.array() > 0.0).select(gLogit.array() / dist.array(), 0.0).matrix();
    const Eigen::VectorXd rowSum = c.rowwise().sum();
    const Eigen::VectorXd colSum = c.colwise().sum().transpose();
    out.gradPhi = c * psi - rowSum.asDiagonal() * phi;
    out.gradPsi = c.transpose() * phi - colSum.asDiagonal() * psi;
    return out;
}

Eigen::VectorXd negativeDistances(const Eigen::MatrixXd &phi, const Eigen::RowVectorXd &psi)
{
    return -(phi.rowwise() - psi).rowwise().norm();
}

} // namespace paperlab::papers::deepcrl
