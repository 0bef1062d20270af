// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <Eigen/Core>

namespace paperlab::math {

/// A trainable parameter seen by optimisers and the gradient checker: its value and the
/// gradient of the loss with respect to it, both the same shape.
///
/// Ownership: non-owning. The pointers refer to matrices inside a layer and stay valid while
/// that layer lives and is not moved. Vectors (biases, gains) are stored as 1 x n matrices so
/// that every parameter has the same type.
struct ParamRef
{
    Eigen::MatrixXd *value = nullptr;
    Eigen::MatrixXd *grad = nullptr;
};

} // namespace paperlab::math
