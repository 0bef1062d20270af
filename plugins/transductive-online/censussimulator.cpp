// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "censussimulator.h"

#include <stdexcept>

namespace paperlab::papers::transductiveonline {

void CensusSimulator::reset(const ParameterSet &p)
{
    const int points = int(p.integer(QStringLiteral("points")));
    if (points < 2 || points > 4)
        throw SimulationError(QStringLiteral("points = %1: the census covers 2 to 4 points "
                                             "(on 5 points there are 2^32 classes)")
                                  .arg(points).toStdString());
    m_census.emplace(points);
}

std::shared_ptr<Snapshot> CensusSimulator::snapshot() const
{
    auto s = std::make_shared<Snapshot>();
    const Census &c = *m_census;
    s->step = c.stepsDone();
    s->finished = c.finished();
    s->progress = double(c.stepsDone()) / double(c.totalSteps());
    s->readouts.insert(QStringLiteral("points"), c.points());
    s->readouts.insert(QStringLiteral("classes"), double(c.classes()));
    s->readouts.insert(QStringLiteral("tallied"), double(c.tallied()));

    Table table{QStringLiteral("histogram"), QStringLiteral("Classes by (LD, Mₜᵣ)"),
                {QStringLiteral("LD"), QStringLiteral("Mₜᵣ"), QStringLiteral("classes"),
                 QStringLiteral("gap")},
                {}};
    Bars bars{QStringLiteral("histogram"), QStringLiteral("classes"), {0.0}, {}};
    std::int64_t gapClasses = 0;
    for (const auto &[key, count] : c.histogram()) {
        const auto [ld, mtr] = key;
        table.rows.append({QString::number(ld), QString::number(mtr), QString::number(count),
                           QString::number(ld - mtr)});
        bars.edges.push_back(double(bars.heights.size() + 1));
        bars.heights.push_back(double(count));
        if (mtr < ld)
            gapClasses += count;
        if (c.finished())
            s->readouts.insert(QStringLiteral("count_ld%1_mtr%2").arg(ld).arg(mtr), double(count));
    }
    s->tables.push_back(table);
    if (!bars.heights.empty())
        s->bars.push_back(bars);
    s->readouts.insert(QStringLiteral("gap_classes"), double(gapClasses));

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
