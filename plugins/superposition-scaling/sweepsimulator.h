// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "runset.h"

#include <paperlab/simulator.h>

#include <memory>
#include <optional>
#include <vector>

namespace paperlab::papers::superpositionscaling {

/// The scaling sweep (arXiv 2505.10465 §3, Fig. 1/4/5): one toy model per width m, trained
/// in parallel threads (one run per thread, Eigen single-threaded inside), then evaluated on
/// fresh data. Optionally a second regime (the "contrast" knob) is trained at every width
/// from the same initial weights and data stream.
///
/// A simulator step advances every run by a fixed number of training steps (chunkSteps),
/// or, at the end, evaluates them. The same run backs three views (scaling, overlaps, LLM
/// comparison): the snapshot carries every series, and each view draws its own.
class SweepSimulator final : public SteppedSimulator
{
public:
    SweepSimulator();
    ~SweepSimulator() override;

    void reset(const ParameterSet &parameters) override;
    bool finished() const override;
    std::shared_ptr<Snapshot> snapshot() const override;

private:
    void step() override;
    void addRegime(Snapshot &s, bool contrast) const;
    void buildFinal();

    TrainConfig m_config;
    std::vector<int> m_widths;
    std::vector<double> m_probabilities;
    bool m_contrast = false;
    double m_contrastGamma = 1.0;
    std::unique_ptr<RunSet> m_runs; // runs 0..W-1: main regime; W..2W-1: contrast
    int m_chunk = 1;
    int m_threads = 0;
    qint64 m_step = 0;
    std::shared_ptr<const Snapshot> m_final; // heavy per-width detail, built once at the end
};

} // namespace paperlab::papers::superpositionscaling
