// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "trainsimulator.h"

#include "analysis.h"
#include "runset.h"
#include "simcommon.h"

#include <paperlab/math/linalg.h>


#include <algorithm>
#include <cmath>

namespace paperlab::papers::superpositionscaling {

namespace {
// More arrows than this in a 2-D plane are a tangle nobody can read: the most frequent
// features are drawn (they are the ones the model represents first).
constexpr Eigen::Index kMaxArrows = 16;
} // namespace

TrainSimulator::TrainSimulator() = default;
TrainSimulator::~TrainSimulator() = default;

void TrainSimulator::reset(const ParameterSet &p)
{
    const TrainConfig config = trainConfigFrom(p);
    if (config.m > config.n) { // before any change, so the run goes on as it was
        throw InputError({}, 0, QStringLiteral("m"),
                         QStringLiteral("width m = %1 exceeds the number of features n = %2")
                             .arg(config.m)
                             .arg(config.n));
    }
    // The same stream as width m of a sweep with this seed.
    m_trainer = std::make_unique<Trainer>(
        config, math::Rng(p.seed(QStringLiteral("seed"))).split(uint64_t(config.m)));
    m_evaluated = false;
    m_testLoss = 0.0;
}

bool TrainSimulator::finished() const
{
    return m_trainer && m_trainer->finished() && m_evaluated;
}

void TrainSimulator::step()
{
    if (!m_trainer)
        throw SimulationError("advance() before reset()");
    if (!m_trainer->finished()) {
        m_trainer->step();
    } else {
        m_testLoss = m_trainer->evaluate(kEvalBatches);
        m_evaluated = true;
    }
}

std::shared_ptr<Snapshot> TrainSimulator::snapshot() const
{
    auto s = std::make_shared<Snapshot>();
    if (!m_trainer)
        return s;
    const Trainer &t = *m_trainer;
    const TrainConfig &c = t.config();
    s->step = t.stepsDone();
    s->finished = finished();
    s->progress = double(t.stepsDone()) / c.steps;
    s->phase = t.finished() ? QStringLiteral("trained") : QStringLiteral("training");

    s->series.push_back(decimatedCurve(QStringLiteral("loss"),
                                       QStringLiteral("Training loss (Σ over features)"),
                                       t.lossHistory(), 400));
    const Eigen::MatrixXd W = t.model().W();
    const Eigen::VectorXd norms = rowNorms(W);
    const std::vector<double> normValues(norms.data(), norms.data() + norms.size());
    s->bars.push_back(histogramBars(QStringLiteral("row_norms"), QStringLiteral("‖Wᵢ‖"),
                                    normValues, 30, 0.0, std::max(1.5, norms.maxCoeff() * 1.02),
                                    0.0));
    s->grids.push_back(overlapGrid(QStringLiteral("overlaps"),
                                   QStringLiteral("W Wᵀ of the most frequent features"), W, 40));
    // Norm against frequency rank: represented features sit near 1, ignored ones near 0.
    Series byRank{QStringLiteral("norm_by_rank"), QStringLiteral("‖Wᵢ‖ by frequency rank i"),
                  {}, {}};
    for (int i = 0; i < int(norms.size()); ++i) {
        byRank.x.push_back(i + 1.0);
        byRank.y.push_back(norms[i]);
    }
    s->series.push_back(std::move(byRank));

    if (c.m <= 3) {
        // Arrows from the origin to each W_i (x = first, y = second coordinate).
        Eigen::MatrixXd plane = W;
        if (c.m == 3) {
            const auto eig = math::symmetricEigen(W.transpose() * W);
            if (eig.status == math::EigenStatus::Ok)
                plane = W * eig.vectors.rightCols(2);
        }
        Series arrows{QStringLiteral("vectors"), QStringLiteral("Feature vectors Wᵢ"), {}, {}};
        // Rows are in frequency order: the first rows are the most frequent features.
        const Eigen::Index drawn = std::min(plane.rows(), kMaxArrows);
        for (Eigen::Index i = 0; i < drawn; ++i) {
            arrows.x.push_back(plane(i, 0));
            arrows.y.push_back(plane.cols() > 1 ? plane(i, 1) : 0.0);
        }
        s->series.push_back(std::move(arrows));
        s->readouts.insert(QStringLiteral("vectors_drawn"), double(drawn));
    }

    const int represented = countAbove(norms, 0.5);
    const OverlapStats overlap = meanSquaredOverlap(W, 0.5);
    const double recent = [&] {
        const auto &h = t.lossHistory();
        const size_t k = std::min<size_t>(h.size(), 100);
        double sum = 0.0;
        for (size_t j = h.size() - k; j < h.size(); ++j)
            sum += h[j];
        return k > 0 ? sum / double(k) : 0.0;
    }();
    s->readouts.insert(QStringLiteral("n"), c.n);
    s->readouts.insert(QStringLiteral("m"), c.m);
    s->readouts.insert(QStringLiteral("loss"), recent);
    if (m_evaluated)
        s->readouts.insert(QStringLiteral("test_loss"), m_testLoss);
    s->readouts.insert(QStringLiteral("phi_half"), phiHalf(norms));
    s->readouts.insert(QStringLiteral("phi_one"), phiOne(norms));
    s->readouts.insert(QStringLiteral("represented"), represented);
    s->readouts.insert(QStringLiteral("eq4"), eq4Loss(t.probabilities(), represented));
    const int lastStep = std::max(0, t.stepsDone() - 1);
    s->readouts.insert(QStringLiteral("learning_rate"),
                       authorsSchedule(c.lr, c.warmup, c.steps).at(lastStep));
    if (overlap.rows >= 2) {
        s->readouts.insert(QStringLiteral("mean_sq_overlap"), overlap.meanSquared);
        s->readouts.insert(QStringLiteral("mean_sq_overlap_times_m"), overlap.meanSquared * c.m);
    }
    s->status = QStringLiteral("step %1 of %2: loss %3, %4 of %5 features represented (φ½ = %6)")
                    .arg(t.stepsDone())
                    .arg(c.steps)
                    .arg(m_evaluated ? m_testLoss : recent, 0, 'g', 3)
                    .arg(represented)
                    .arg(c.n)
                    .arg(phiHalf(norms), 0, 'f', 3);
    return s;
}

} // namespace paperlab::papers::superpositionscaling
