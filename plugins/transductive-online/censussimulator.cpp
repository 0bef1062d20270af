// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "censussimulator.h"

#include <stdexcept>

namespace paperlab::papers::transductiveonline {

void CensusSimulator::reset(const ParameterSet &p)
{
    const int points = int(p.integer(QStringLiteral("points")));
    if (p.choice(QStringLiteral("census_mode")) == QLatin1String("random")) {
        if (points < 2 || points > 6) {
            throw InputError({}, 0, QStringLiteral("points"),
                             QStringLiteral("points = %1: the random search covers 2 to 6 "
                                            "points (64 functions on 6)")
                                 .arg(points));
        }
        m_random.emplace(points, int(p.integer(QStringLiteral("samples"))),
                         p.seed(QStringLiteral("seed")));
        m_census.reset();
        return;
    }
    if (points < 2 || points > 4) { // checked before any change: the census shown stays
        throw InputError({}, 0, QStringLiteral("points"),
                         QStringLiteral("points = %1: the census covers 2 to 4 points (on 5 "
                                        "points there are 2^32 classes; try the random search)")
                             .arg(points));
    }
    m_census.emplace(points);
    m_random.reset();
}

bool CensusSimulator::finished() const
{
    return m_random ? m_random->finished() : m_census->finished();
}

void CensusSimulator::step()
{
    if (m_random)
        m_random->step();
    else
        m_census->step();
}

namespace {

// The histogram as a table and bars, one bar per (LD, M_tr) pair; returns the gap classes.
std::int64_t addHistogram(Snapshot &s, const std::map<std::pair<int, int>, std::int64_t> &h,
                          bool final)
{
    Table table{QStringLiteral("histogram"), QStringLiteral("Classes by (LD, Mₜᵣ)"),
                {QStringLiteral("LD"), QStringLiteral("Mₜᵣ"), QStringLiteral("classes"),
                 QStringLiteral("gap")},
                {}};
    Bars bars{QStringLiteral("histogram"), QStringLiteral("classes"), {0.0}, {}};
    std::int64_t gapClasses = 0;
    for (const auto &[key, count] : h) {
        const auto [ld, mtr] = key;
        table.rows.append({QString::number(ld), QString::number(mtr), QString::number(count),
                           QString::number(ld - mtr)});
        bars.edges.push_back(double(bars.heights.size() + 1));
        bars.heights.push_back(double(count));
        if (mtr < ld)
            gapClasses += count;
        if (final)
            s.readouts.insert(QStringLiteral("count_ld%1_mtr%2").arg(ld).arg(mtr), double(count));
    }
    s.tables.push_back(table);
    if (!bars.heights.empty())
        s.bars.push_back(bars);
    s.readouts.insert(QStringLiteral("gap_classes"), double(gapClasses));
    return gapClasses;
}

} // namespace

std::shared_ptr<Snapshot> CensusSimulator::randomSnapshot() const
{
    auto s = std::make_shared<Snapshot>();
    const RandomCensus &c = *m_random;
    s->step = c.stepsDone();
    s->finished = c.finished();
    s->progress = double(c.tallied()) / double(c.samples());
    s->readouts.insert(QStringLiteral("exploration"), 1);
    s->readouts.insert(QStringLiteral("points"), c.points());
    s->readouts.insert(QStringLiteral("classes"), double(c.samples()));
    s->readouts.insert(QStringLiteral("tallied"), double(c.tallied()));
    s->readouts.insert(QStringLiteral("seed"), double(c.seed()));
    const std::int64_t gaps = addHistogram(*s, c.histogram(), c.finished());
    if (c.widestGap() >= 0) {
        s->readouts.insert(QStringLiteral("widest_gap"), c.widestGap());
        QStringList masks;
        for (unsigned m : c.widestGapMasks())
            masks << QString::number(m);
        s->tables.push_back({QStringLiteral("widest_gap"),
                             QStringLiteral("A sampled class with the widest gap"),
                             {QStringLiteral("gap"), QStringLiteral("hypotheses"),
                              QStringLiteral("masks")},
                             {{QString::number(c.widestGap()), QString::number(masks.size()),
                               masks.join(QStringLiteral(", "))}}});
    }
    const QString what = QStringLiteral("Exploration, not the paper's experiment: %1 uniformly "
                                        "random classes on %2 points (seed %3)")
                             .arg(c.samples()).arg(c.points()).arg(c.seed());
    if (c.tallied() == 0) {
        s->status = what + QStringLiteral(": press Play");
    } else if (!c.finished()) {
        s->phase = QStringLiteral("sampled classes");
        s->status = QStringLiteral("%1; %2 solved").arg(what).arg(c.tallied());
    } else {
        s->status = QStringLiteral("%1; %2 with Mₜᵣ < LD").arg(what).arg(gaps);
    }
    return s;
}

std::shared_ptr<Snapshot> CensusSimulator::snapshot() const
{
    if (m_random)
        return randomSnapshot();
    auto s = std::make_shared<Snapshot>();
    const Census &c = *m_census;
    s->step = c.stepsDone();
    s->finished = c.finished();
    s->progress = double(c.stepsDone()) / double(c.totalSteps());
    s->readouts.insert(QStringLiteral("points"), c.points());
    s->readouts.insert(QStringLiteral("classes"), double(c.classes()));
    s->readouts.insert(QStringLiteral("tallied"), double(c.tallied()));

    const std::int64_t gapClasses = addHistogram(*s, c.histogram(), c.finished());

    if (c.stepsDone() == 0) {
        s->status = QStringLiteral("%1 classes on %2 points: press Play to solve them all")
                        .arg(c.classes()).arg(c.points());
    } else if (!c.finished()) {
        s->phase = c.tallied() == 0 ? QStringLiteral("rank tables") : QStringLiteral("tally");
        s->status = QStringLiteral("Solving: %1 of %2 classes tallied")
                        .arg(c.tallied()).arg(c.classes());
    } else {
        s->readouts.insert(QStringLiteral("short_beats_full"), double(c.shortBeatsFull()));
        s->readouts.insert(QStringLiteral("c2_violations"), double(c.theoremC2Violations()));
        s->status = QStringLiteral("All %1 classes on %2 points: %3 with Mₜᵣ < LD")
                        .arg(c.classes()).arg(c.points()).arg(gapClasses);
    }
    return s;
}

} // namespace paperlab::papers::transductiveonline
