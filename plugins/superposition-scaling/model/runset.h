// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "trainer.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace paperlab::papers::superpositionscaling {

/// One training run of a sweep: the knob, the data exponent and the width.
struct RunSpec
{
    double gamma = -1.0;
    double alpha = 1.0;
    int m = 10;
};

/// What a finished run is reduced to.
struct RunSummary
{
    RunSpec spec;
    double loss = 0.0;          ///< evaluation loss on fresh data, paper units
    double phiHalf = 0.0;       ///< Eq. 3
    double phiOne = 0.0;        ///< Eq. 9/15
    int represented = 0;        ///< phi_{1/2} n
    double meanSqOverlap = 0.0; ///< over rows with norm > 1/2 (NaN if fewer than two)
    int overlapRows = 0;
    double eq4 = 0.0;           ///< Eq. 4 with the measured phi_{1/2} n
    double eq4Ideal = 0.0;      ///< (4/3) sum_{i > m} p_i, the ideal weak-regime loss
};

/// Fresh test data: 100 batches (paper sheet §7.4, "measured on 100 fresh batches").
constexpr int kEvalBatches = 100;

/// Independent training runs that share a base configuration: the widths of a scaling
/// sweep, or the cells of a regime map. Run k trains with gamma, alpha and m from its
/// RunSpec and the random stream Rng(seed).split(m), so runs of the same width share their
/// initial weights and data stream (common random numbers make regimes comparable), and
/// nothing depends on the number of threads or on how the training is chunked.
class RunSet
{
public:
    RunSet(const TrainConfig &base, std::vector<RunSpec> specs, uint64_t seed);
    ~RunSet();
    RunSet(RunSet &&) noexcept;
    RunSet &operator=(RunSet &&) noexcept;

    int size() const { return static_cast<int>(m_trainers.size()); }
    int totalSteps() const { return m_base.steps; }
    /// Fewest steps done by any run.
    int stepsDone() const;
    bool trained() const { return stepsDone() >= totalSteps(); }

    /// Trains every run up to min(target, steps) steps on up to @p threads threads (widest
    /// runs first). @p stop (may be empty; called from the worker threads, so it must be
    /// thread-safe) is polled between training steps. Returns false if it stopped early;
    /// calling again continues where each run left off.
    bool advanceTo(int target, int threads, const std::function<bool()> &stop = {});

    /// Evaluates and summarises every trained run (in parallel). Returns false if stopped.
    bool summarise(int threads, const std::function<bool()> &stop = {});
    bool summarised() const { return m_summarised; }

    const Trainer &trainer(int k) const { return *m_trainers[size_t(k)]; }
    const RunSpec &spec(int k) const { return m_specs[size_t(k)]; }
    const RunSummary &summary(int k) const { return m_summaries[size_t(k)]; }

private:
    TrainConfig m_base;
    std::vector<RunSpec> m_specs;
    std::vector<std::unique_ptr<Trainer>> m_trainers;
    std::vector<int> m_order; // runs by decreasing cost
    std::vector<RunSummary> m_summaries;
    std::vector<char> m_done; // summaries computed (a stopped summarise() keeps the rest)
    bool m_summarised = false;
};

/// Summary of one trained model.
RunSummary summariseTrainer(const Trainer &trainer, const RunSpec &spec, int evalBatches);

} // namespace paperlab::papers::superpositionscaling
