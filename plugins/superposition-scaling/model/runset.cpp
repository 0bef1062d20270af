// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "runset.h"

#include "analysis.h"

#include <paperlab/math/parallel.h>

#include <algorithm>
#include <numeric>

namespace paperlab::papers::superpositionscaling {

RunSet::RunSet(const TrainConfig &base, std::vector<RunSpec> specs, uint64_t seed)
    : m_base(base)
    , m_specs(std::move(specs))
{
    const math::Rng master(seed);
    for (const RunSpec &s : m_specs) {
        TrainConfig c = base;
        c.gamma = s.gamma;
        c.alpha = s.alpha;
        c.m = s.m;
        m_trainers.push_back(std::make_unique<Trainer>(c, master.split(uint64_t(s.m))));
    }
    m_order.resize(m_specs.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    std::stable_sort(m_order.begin(), m_order.end(),
                     [&](int a, int b) { return m_specs[size_t(a)].m > m_specs[size_t(b)].m; });
    m_summaries.resize(m_specs.size());
}

RunSet::~RunSet() = default;
RunSet::RunSet(RunSet &&) noexcept = default;
RunSet &RunSet::operator=(RunSet &&) noexcept = default;

int RunSet::stepsDone() const
{
    int done = m_base.steps;
    for (const auto &t : m_trainers)
        done = std::min(done, t->stepsDone());
    return m_trainers.empty() ? m_base.steps : done;
}

bool RunSet::advanceTo(int target, int threads, const std::function<bool()> &stop)
{
    target = std::min(target, m_base.steps);
    math::parallelFor(size(), threads, [&](int k) {
        Trainer &t = *m_trainers[size_t(m_order[size_t(k)])];
        while (t.stepsDone() < target) {
            if (stop && stop())
                return;
            t.step();
        }
    });
    return stepsDone() >= target;
}

bool RunSet::summarise(int threads, const std::function<bool()> &stop)
{
    if (m_summarised)
        return true;
    m_done.resize(m_specs.size(), 0);
    math::parallelFor(size(), threads, [&](int k) {
        const int run = m_order[size_t(k)];
        if (m_done[size_t(run)] || (stop && stop()))
            return;
        m_summaries[size_t(run)] = summariseTrainer(*m_trainers[size_t(run)],
                                                    m_specs[size_t(run)], kEvalBatches);
        m_done[size_t(run)] = 1;
    });
    m_summarised = std::all_of(m_done.begin(), m_done.end(), [](char d) { return d != 0; });
    return m_summarised;
}

RunSummary summariseTrainer(const Trainer &trainer, const RunSpec &spec, int evalBatches)
{
    RunSummary s;
    s.spec = spec;
    const Eigen::MatrixXd W = trainer.model().W();
    const Eigen::VectorXd norms = rowNorms(W);
    s.loss = trainer.evaluate(evalBatches);
    s.phiHalf = phiHalf(norms);
    s.phiOne = phiOne(norms);
    s.represented = countAbove(norms, 0.5);
    const OverlapStats overlap = meanSquaredOverlap(W, 0.5);
    s.meanSqOverlap = overlap.meanSquared;
    s.overlapRows = overlap.rows;
    s.eq4 = eq4Loss(trainer.probabilities(), s.represented);
    s.eq4Ideal = eq4LeadingOrder(trainer.probabilities(), spec.m);
    return s;
}

} // namespace paperlab::papers::superpositionscaling
