// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/paperlabcoreexport.h>

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace paperlab {

/// A line or scatter series. x and y have the same length.
struct Series {
    QString id;
    QString label;
    std::vector<double> x, y;
};

/// A matrix for heatmaps, row-major: values[r * cols + c].
struct Grid {
    QString id;
    QString label;
    int rows = 0;
    int cols = 0;
    std::vector<double> values;
};

/// A histogram or bar chart: edges has heights.size() + 1 entries (numpy semantics).
struct Bars {
    QString id;
    QString label;
    std::vector<double> edges, heights;
};

/// A small table of text cells, e.g. a coverage table or the paper's reported numbers.
struct Table {
    QString id;
    QString label;
    QStringList columns;
    QList<QStringList> rows;
};

/// What a simulator shows at one moment. Immutable once published: the runner hands out
/// shared_ptr<const Snapshot>, and views on any thread read it without locks.
///
/// find*() return the item by id, or null, as a shared_ptr that shares ownership of the
/// snapshot (shared_ptr's aliasing constructor): a kept result keeps its snapshot alive, so
/// `auto v = sim.snapshot()->findSeries(id)` stays valid after the temporary snapshot is gone,
/// and `const Series *v = ...` does not compile. A hit costs a few atomic operations. Keep
/// the result itself: a reference or pointer taken from it (`*...`, `->x`, `.get()`) lives
/// only as long as the result does. A snapshot that no shared_ptr owns (a local, a member)
/// gives results that own nothing; they are valid as long as that snapshot, by the caller's
/// own rules. Called on a temporary Snapshot they do not compile, since nothing could own it.
struct PAPERLAB_CORE_EXPORT Snapshot : std::enable_shared_from_this<Snapshot> {
    quint64 revision = 0;      ///< set by the runner; increases with every publication
    qint64 step = 0;           ///< simulator steps done since the last reset
    double progress = 0.0;     ///< 0..1 for finite experiments; 0 for open-ended ones
    QString phase;             ///< what a long computation is doing, e.g. "width m = 32"
    bool finished = false;
    QString status;            ///< one short human-readable line
    std::vector<Series> series;
    std::vector<Grid> grids;
    std::vector<Bars> bars;
    std::vector<Table> tables;
    QMap<QString, double> readouts; ///< named scalars, e.g. "alpha_m"

    std::shared_ptr<const Series> findSeries(const QString &id) const &;
    std::shared_ptr<const Grid> findGrid(const QString &id) const &;
    std::shared_ptr<const Bars> findBars(const QString &id) const &;
    std::shared_ptr<const Table> findTable(const QString &id) const &;
    std::shared_ptr<const Series> findSeries(const QString &id) const && = delete;
    std::shared_ptr<const Grid> findGrid(const QString &id) const && = delete;
    std::shared_ptr<const Bars> findBars(const QString &id) const && = delete;
    std::shared_ptr<const Table> findTable(const QString &id) const && = delete;

    /// {readouts, series:[{name,label,x,y}], grids, bars, tables}: the CLI's output format.
    QJsonObject toJson() const;
};

using SnapshotPtr = std::shared_ptr<const Snapshot>;

/// Bars of equal width on [lo, hi], one per height: the edges are lo + (hi − lo)·k/n.
PAPERLAB_CORE_EXPORT Bars uniformBars(const QString &id, const QString &label, double lo,
                                      double hi, std::vector<double> heights);

/// The histogram of `values` in `bins` equal bins on [lo, hi], by numpy's rule (hi falls in
/// the last bin, values outside are left out). Heights are counts, or a density when
/// `normaliseBy` > 0: count / (normaliseBy · bin width), e.g. normaliseBy = values.size().
PAPERLAB_CORE_EXPORT Bars histogramBars(const QString &id, const QString &label,
                                        const std::vector<double> &values, int bins, double lo,
                                        double hi, double normaliseBy = 0.0);

} // namespace paperlab
