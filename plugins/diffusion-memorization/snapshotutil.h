// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/snapshot.h>

#include <Eigen/Core>

#include <QString>

#include <cmath>
#include <vector>

namespace paperlab::papers::diffusionmemorization {

/// An empty series, to be filled point by point.
inline Series namedSeries(const QString &id, const QString &label)
{
    return Series{id, label, {}, {}};
}

/// An empty bar set, to be filled bin by bin.
inline Bars namedBars(const QString &id, const QString &label)
{
    return Bars{id, label, {}, {}};
}

/// A scatter series from the first two columns of an m×2 (or one column of an m×1) matrix;
/// a 1-D cloud is drawn on the line y = 0.
inline Series scatterSeries(const QString &id, const QString &label, const Eigen::MatrixXd &m)
{
    Series s{id, label, {}, {}};
    s.x.reserve(size_t(m.rows()));
    s.y.reserve(size_t(m.rows()));
    for (Eigen::Index i = 0; i < m.rows(); ++i) {
        s.x.push_back(m(i, 0));
        s.y.push_back(m.cols() > 1 ? m(i, 1) : 0.0);
    }
    return s;
}

/// Inserts a readout only when it is a finite number (the JSON output has no NaN).
inline void putReadout(Snapshot &s, const QString &key, double value)
{
    if (std::isfinite(value))
        s.readouts.insert(key, value);
}

/// A vertical marker line at x from y0 to y1.
inline Series markerSeries(const QString &id, const QString &label, double x, double y0, double y1)
{
    return Series{id, label, {x, x}, {y0, y1}};
}

} // namespace paperlab::papers::diffusionmemorization
