// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// The snapshot builders every plugin uses for its histograms, and the lifetime rules of
// Snapshot::find*(): what they return keeps the snapshot alive, and the forms that would keep
// a pointer into a freed snapshot do not compile (checked by the static_asserts below).

#include <paperlab/snapshot.h>

#include <QTest>

#include <concepts>
#include <type_traits>
#include <utility>

using namespace paperlab;

namespace {

// find*() by the kind they return, declared only: every use below is unevaluated. The
// trailing return types make a call that does not compile a substitution failure, which the
// concept below turns into false.
template <typename S>
auto lookup(S &&s, std::type_identity<Series>)
    -> decltype(std::forward<S>(s).findSeries(QString()));
template <typename S>
auto lookup(S &&s, std::type_identity<Grid>) -> decltype(std::forward<S>(s).findGrid(QString()));
template <typename S>
auto lookup(S &&s, std::type_identity<Bars>) -> decltype(std::forward<S>(s).findBars(QString()));
template <typename S>
auto lookup(S &&s, std::type_identity<Table>)
    -> decltype(std::forward<S>(s).findTable(QString()));

/// find*() for items of kind T compiles on an expression of type S.
template <typename T, typename S>
concept Findable = requires(S &&s) { lookup(std::forward<S>(s), std::type_identity<T>()); };

template <typename T, typename S>
using Found = decltype(lookup(std::declval<S>(), std::type_identity<T>()));

template <typename T>
constexpr bool lifetimeRulesHold()
{
    // `ptr->findSeries(id)` calls it on the lvalue `*ptr`, even when ptr is the temporary
    // that Simulator::snapshot() returns; the result must own the snapshot, so that
    // `auto v = sim.snapshot()->findSeries(id)` is safe...
    static_assert(Findable<T, const Snapshot &>);
    static_assert(std::same_as<Found<T, const Snapshot &>, std::shared_ptr<const T>>);
    static_assert(std::same_as<decltype(std::declval<SnapshotPtr>().operator->()),
                               const Snapshot *>);
    // ...and `const Series *v = sim.snapshot()->findSeries(id)`, which read a freed snapshot
    // (issue 21), must not compile.
    static_assert(!std::is_convertible_v<Found<T, const Snapshot &>, const T *>);
    static_assert(!std::is_constructible_v<const T *, Found<T, const Snapshot &>>);
    // On a temporary Snapshot nothing could own the result: `Snapshot{}.findSeries(id)`.
    static_assert(!Findable<T, Snapshot>);
    static_assert(!Findable<T, const Snapshot>);
    static_assert(!Findable<T, Snapshot &&>);
    static_assert(Findable<T, Snapshot &>);
    return true;
}

static_assert(lifetimeRulesHold<Series>());
static_assert(lifetimeRulesHold<Grid>());
static_assert(lifetimeRulesHold<Bars>());
static_assert(lifetimeRulesHold<Table>());

// What Simulator::snapshot() returns: a snapshot that only the returned pointer owns.
std::shared_ptr<Snapshot> freshSnapshot()
{
    auto s = std::make_shared<Snapshot>();
    s->series.push_back({QStringLiteral("s"), QStringLiteral("S"), {1, 2}, {3, 4}});
    s->grids.push_back({QStringLiteral("g"), QStringLiteral("G"), 1, 2, {5, 6}});
    s->bars.push_back(uniformBars(QStringLiteral("b"), QStringLiteral("B"), 0, 1, {7}));
    s->tables.push_back({QStringLiteral("t"), QStringLiteral("T"), {QStringLiteral("c")},
                         {{QStringLiteral("8")}}});
    return s;
}

} // namespace

class TestSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uniformBarsHaveEqualEdges()
    {
        const Bars b = uniformBars(QStringLiteral("b"), QStringLiteral("B"), -1.0, 1.0, {3, 1, 4, 1});
        QCOMPARE(b.id, QStringLiteral("b"));
        QCOMPARE(b.edges, (std::vector<double>{-1.0, -0.5, 0.0, 0.5, 1.0}));
        QCOMPARE(b.heights, (std::vector<double>{3, 1, 4, 1}));
    }

    void histogramCountsByNumpysRule()
    {
        // numpy.histogram([0, 0.1, 0.5, 0.99, 1.0, 1.5, -0.2], bins=2, range=(0, 1))
        // → counts [2, 3]: 1.0 falls in the last bin, 1.5 and -0.2 are left out.
        const std::vector<double> values{0.0, 0.1, 0.5, 0.99, 1.0, 1.5, -0.2};
        const Bars b = histogramBars(QStringLiteral("h"), QStringLiteral("H"), values, 2, 0.0, 1.0);
        QCOMPARE(b.edges, (std::vector<double>{0.0, 0.5, 1.0}));
        QCOMPARE(b.heights, (std::vector<double>{2, 3}));
    }

    void densityIntegratesToTheFractionInRange()
    {
        const std::vector<double> values{0.1, 0.2, 0.3, 0.7, 5.0};
        const Bars b = histogramBars(QStringLiteral("d"), QStringLiteral("D"), values, 4, 0.0, 1.0,
                                     double(values.size()));
        double area = 0.0;
        for (size_t k = 0; k < b.heights.size(); ++k)
            area += b.heights[k] * (b.edges[k + 1] - b.edges[k]);
        QCOMPARE(area, 4.0 / 5.0); // one of five values lies outside [0, 1]
    }

    // The form that read freed memory under AddressSanitizer, now with a kept result: the
    // items stay readable after the temporary pointer is gone.
    void resultsKeepTheirSnapshotAlive()
    {
        const auto series = freshSnapshot()->findSeries(QStringLiteral("s"));
        const auto grid = freshSnapshot()->findGrid(QStringLiteral("g"));
        const auto bars = freshSnapshot()->findBars(QStringLiteral("b"));
        const auto table = freshSnapshot()->findTable(QStringLiteral("t"));
        QVERIFY(series && grid && bars && table);
        QCOMPARE(series->y, (std::vector<double>{3, 4}));
        QCOMPARE(grid->values, (std::vector<double>{5, 6}));
        QCOMPARE(bars->heights, (std::vector<double>{7}));
        QCOMPARE(table->rows.at(0).at(0), QStringLiteral("8"));
    }

    void snapshotIsFreedWithItsLastResult()
    {
        SnapshotPtr snapshot = freshSnapshot();
        const std::weak_ptr<const Snapshot> watch = snapshot;
        auto series = snapshot->findSeries(QStringLiteral("s"));
        QCOMPARE(series.get(), &snapshot->series.front());
        snapshot.reset();
        QVERIFY(!watch.expired());
        series.reset();
        QVERIFY(watch.expired());
    }

    void missingIdsGiveNull()
    {
        const SnapshotPtr snapshot = freshSnapshot();
        QVERIFY(!snapshot->findSeries(QStringLiteral("g")));
        QVERIFY(!snapshot->findGrid(QStringLiteral("s")));
        QVERIFY(!snapshot->findBars(QString()));
        QVERIFY(!snapshot->findTable(QStringLiteral("T")));
    }

    // A snapshot no shared_ptr owns (a local, or a copy of a shared one) gives results that
    // point into it and own nothing: they live as long as that snapshot.
    void unsharedSnapshotsGiveResultsThatOwnNothing()
    {
        const Snapshot copy = *freshSnapshot();
        const auto series = copy.findSeries(QStringLiteral("s"));
        QVERIFY(series);
        QCOMPARE(series.get(), &copy.series.front());
        QCOMPARE(series.use_count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
