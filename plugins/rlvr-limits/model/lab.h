// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "distiller.h"
#include "evaluation.h"
#include "grpo.h"
#include "pathpolicy.h"
#include "world.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace paperlab::papers::rlvrlimits {

/// One point of the training curves (test and training sets, exact).
struct TrainingPoint
{
    int step = 0;
    double pass1Test = 0.0;
    double passKTest = 0.0; ///< pass@coverageK (256 by default)
    double pass1Train = 0.0;
    double passKTrain = 0.0;
    double entropy = 0.0; ///< entropy of the path distribution, nats
    double meanReward = 0.0; ///< batch reward of the step that led here (0 at step 0)
    double zeroAdvantageFrac = 0.0; ///< share of groups with all-equal rewards in that step
    double outOfPriorMass = 0.0;
};

/// A fully evaluated model on the test set.
struct ModelEvaluation
{
    std::string id; ///< "base", "rl-<step>", "distilled"
    std::string label;
    int step = 0; ///< RL or distillation steps taken
    std::vector<double> pathProbs;
    std::vector<double> logPathProbs;
    SolveProbabilities test;
    std::vector<double> curve; ///< exact pass@k, k = 1..kMax
    double entropy = 0.0;
    double outOfPriorMass = 0.0;
    double perplexityUnderBase = 0.0;
};

/// The scalars a run ends with: readouts, test assertions and seed sweeps use these.
struct LabResult
{
    double pass1Base = 0, pass1Rl = 0, pass1Distilled = 0;
    double pass256Base = 0, pass256Rl = 0, pass256Distilled = 0;
    double pass1024Base = 0, pass1024Rl = 0, pass1024Distilled = 0;
    int crossoverK = 0; ///< 0: the base model never catches up within kMax
    Coverage coverage; ///< base vs final RL, at config.coverageK
    double rlOnlyFrac = 0;
    double pplBaseOnBase = 0, pplBaseOnRl = 0, pplBaseOnDistilled = 0;
    double entropyBase = 0, entropyRl = 0, entropyDistilled = 0;
    double oopMassBase = 0, oopMassRl = 0, oopMassDistilled = 0;
    double zeroAdvantageFrac = 0; ///< over all RL steps
    std::vector<int> checkpointSteps;
    std::vector<double> checkpointPass1, checkpointPass256;
    std::vector<EstimatorCheck> estimatorBase, estimatorRl, estimatorDistilled; ///< k = 1, 16, 256
};

/// The toy RLVR laboratory of the paper sheet §7.1, run step by step: RL (GRPO) steps, then
/// distillation steps, then one evaluation step. Deterministic given (config, seed).
class Lab
{
public:
    enum class Phase { Rl, Distill, Evaluate, Done };

    Lab(const LabConfig &config, uint64_t seed);

    Phase phase() const { return m_phase; }
    bool done() const { return m_phase == Phase::Done; }
    /// One whole unit of work: an RL step, a distillation step, or the final evaluation.
    void step();
    int stepsDone() const { return m_stepsDone; }
    int totalSteps() const;

    const LabConfig &config() const { return m_world->config(); }
    const World &world() const { return *m_world; }
    const ModelEvaluation &base() const { return m_base; }
    /// Evaluated RL checkpoints in step order; once RL is done the last one is the final model.
    const std::vector<ModelEvaluation> &checkpoints() const { return m_checkpoints; }
    const ModelEvaluation *finalRl() const;
    const ModelEvaluation *distilled() const { return m_distilled ? &*m_distilled : nullptr; }
    const std::vector<TrainingPoint> &rlHistory() const { return m_rlHistory; }
    const std::vector<TrainingPoint> &distillHistory() const { return m_distillHistory; }
    /// The RL policy as trained so far.
    const TabularPolicy &rlPolicy() const { return m_grpo->policy(); }
    /// The distillation student as trained so far (null before the distillation phase).
    const TabularPolicy *studentPolicy() const
    {
        return m_distiller ? &m_distiller->policy() : nullptr;
    }
    /// Evaluates any policy on the test set (exact pass@k curve, entropy, perplexity).
    ModelEvaluation evaluatePolicy(const TabularPolicy &policy, std::string id, std::string label,
                                   int step) const;

    /// Available once done().
    const LabResult &result() const { return m_result; }
    const SampledCounts &samplesBase() const { return m_samplesBase; }
    const SampledCounts &samplesRl() const { return m_samplesRl; }
    const SampledCounts &samplesDistilled() const { return m_samplesDistilled; }
    const std::vector<double> &estimatorCurveBase() const { return m_estBase; }
    const std::vector<double> &estimatorCurveRl() const { return m_estRl; }
    const std::vector<double> &estimatorCurveDistilled() const { return m_estDistilled; }

private:
    TrainingPoint trainingPoint(const TabularPolicy &policy, int step) const;
    void finishRl();
    void finishDistillation();
    void evaluateAll();

    uint64_t m_seed;
    std::unique_ptr<World> m_world;
    TabularPolicy m_basePolicy;
    ModelEvaluation m_base;
    std::unique_ptr<GrpoTrainer> m_grpo;
    std::unique_ptr<Distiller> m_distiller;
    std::vector<int> m_checkpointSteps;
    std::vector<ModelEvaluation> m_checkpoints;
    std::optional<ModelEvaluation> m_distilled;
    std::vector<TrainingPoint> m_rlHistory;
    std::vector<TrainingPoint> m_distillHistory;
    int m_zeroGroups = 0;
    int m_groups = 0;
    Phase m_phase = Phase::Rl;
    int m_stepsDone = 0;
    LabResult m_result;
    SampledCounts m_samplesBase, m_samplesRl, m_samplesDistilled;
    std::vector<double> m_estBase, m_estRl, m_estDistilled;
};

/// One of the paper sheet's robust claims (§8) checked on one run; `margin` > 0 when it holds
/// (e.g. pass@1(RL) - pass@1(base)), so that sweeps can show how comfortably it holds.
struct ClaimOutcome
{
    std::string claim;
    bool held = false;
    double margin = 0.0;
};

/// The sheet's robust claims 1-8 on one run, in the sheet's order.
std::vector<ClaimOutcome> robustClaims(const LabResult &r, int kMax);

/// Runs a whole lab to completion and returns its result (for tests, sweeps, benchmarks).
LabResult runLab(const LabConfig &config, uint64_t seed);

/// Checks a configuration; returns an empty string if it is usable, else the problem.
std::string validateConfig(const LabConfig &config);

} // namespace paperlab::papers::rlvrlimits
