// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/snapshot.h>

#include <QStringList>
#include <QVariant>

namespace paperlab::charts {

/// Frozen paper data given to a chart in QML, converted once into a Snapshot.
struct StaticData {
    paperlab::SnapshotPtr snapshot;
    QStringList categories; ///< bar labels from a categorical {labels, heights} entry

    /// Accepts, as a JS object or array:
    ///  - series: [{id, label, x: [...], y: [...]}] (x optional: 0, 1, 2, ...);
    ///  - a grid: {id, label, rows, cols, values: [...] or [[row], [row], ...]};
    ///  - bars: {id, label, edges: [...], heights: [...]} or {labels: [...], heights: [...]};
    ///  - a list mixing these, or the CLI's result JSON ({series, grids, bars}; "name" = id).
    /// Returns a null snapshot for an empty or unrecognised value.
    static StaticData fromVariant(const QVariant &value);
};

} // namespace paperlab::charts
