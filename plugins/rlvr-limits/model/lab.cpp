// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "lab.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace paperlab::papers::rlvrlimits {

namespace {

// Independent random streams per stage, split from the seed (architecture §7.4).
enum Stream : uint64_t {
    WorldStream = 1,
    RlStream = 2,
    DistillStream = 3,
    SampleBase = 4,
    SampleRl = 5,
    SampleDistilled = 6
};

std::vector<EstimatorCheck> estimatorChecks(const SampledCounts &counts,
                                            const SolveProbabilities &exact)
{
    std::vector<EstimatorCheck> out;
    for (int k : {1, 16, 256}) {
        if (k <= counts.n)
            out.push_back(checkEstimator(counts, exact, k));
    }
    return out;
}

} // namespace

std::string validateConfig(const LabConfig &c)
{
    if (c.vocab < 2 || c.vocab > 6)
        return "V must be between 2 and 6";
    if (c.length < 2 || c.length > 6)
        return "L must be between 2 and 6";
    if (std::pow(double(c.vocab), double(c.length)) > 4096.0)
        return "V^L = " + std::to_string(int(std::lround(std::pow(c.vocab, c.length))))
            + " paths exceeds the limit of 4096; lower V or L";
    if (c.trainProblems < 1 || c.testProblems < 1)
        return "the training and test sets need at least one problem each";
    if (c.groupSize < 1 || c.problemsPerStep < 1)
        return "the GRPO group size and problems per step must be at least 1";
    if (c.rlSteps < 1)
        return "at least one RL step is needed";
    if (c.distillSteps < 0 || c.distillBatch < 1)
        return "distillation needs a non-negative step count and a batch of at least 1";
    if (c.estimatorSamples < 1 || c.kMax < 1 || c.coverageK < 1)
        return "estimator samples, k max and the coverage k must be at least 1";
    if (!(c.oopWeight > 0.0))
        return "the out-of-prior base weight must be positive";
    return {};
}

namespace {

std::unique_ptr<World> makeWorld(const LabConfig &config, uint64_t seed)
{
    const std::string problem = validateConfig(config);
    if (!problem.empty())
        throw std::invalid_argument(problem);
    return std::make_unique<World>(config, math::Rng(seed).split(WorldStream));
}

} // namespace

Lab::Lab(const LabConfig &config, uint64_t seed)
    : m_seed(seed),
      m_world(makeWorld(config, seed)),
      m_basePolicy(TabularPolicy::fromLogWeights(m_world->space(), m_world->baseLogWeights()))
{
    const math::Rng master(seed);
    m_base.logPathProbs = m_basePolicy.logPathProbabilities(); // evaluatePolicy() needs pi_0 first
    m_base = evaluatePolicy(m_basePolicy, "base", "Base model", 0);

    for (int s : config.checkpoints) {
        if (s >= 1 && s <= config.rlSteps)
            m_checkpointSteps.push_back(s);
    }
    m_checkpointSteps.push_back(config.rlSteps);
    std::sort(m_checkpointSteps.begin(), m_checkpointSteps.end());
    m_checkpointSteps.erase(std::unique(m_checkpointSteps.begin(), m_checkpointSteps.end()),
                            m_checkpointSteps.end());

    m_grpo = std::make_unique<GrpoTrainer>(*m_world, m_basePolicy, master.split(RlStream));
    m_rlHistory.push_back(trainingPoint(m_basePolicy, 0));
}

int Lab::totalSteps() const
{
    return config().rlSteps + config().distillSteps + 1;
}

const ModelEvaluation *Lab::finalRl() const
{
    if (m_checkpoints.empty() || m_checkpoints.back().step != config().rlSteps)
        return nullptr;
    return &m_checkpoints.back();
}

ModelEvaluation Lab::evaluatePolicy(const TabularPolicy &policy, std::string id, std::string label,
                                    int step) const
{
    const LabConfig &c = config();
    ModelEvaluation e;
    e.id = std::move(id);
    e.label = std::move(label);
    e.step = step;
    e.logPathProbs = policy.logPathProbabilities();
    e.pathProbs.resize(e.logPathProbs.size());
    for (size_t y = 0; y < e.pathProbs.size(); ++y)
        e.pathProbs[y] = std::exp(e.logPathProbs[y]);
    e.test
        = solveProbabilities(*m_world, e.pathProbs, m_world->firstTestProblem(), c.testProblems);
    e.curve = exactPassCurve(e.test, c.kMax);
    e.entropy = pathEntropy(e.logPathProbs);
    e.outOfPriorMass = outOfPriorMass(policy.space(), e.pathProbs);
    e.perplexityUnderBase = perplexityUnder(e.pathProbs, m_base.logPathProbs, c.length);
    return e;
}

TrainingPoint Lab::trainingPoint(const TabularPolicy &policy, int step) const
{
    const LabConfig &c = config();
    TrainingPoint t;
    t.step = step;
    const std::vector<double> lp = policy.logPathProbabilities();
    std::vector<double> p(lp.size());
    for (size_t y = 0; y < p.size(); ++y)
        p[y] = std::exp(lp[y]);
    const SolveProbabilities test
        = solveProbabilities(*m_world, p, m_world->firstTestProblem(), c.testProblems);
    const SolveProbabilities train = solveProbabilities(*m_world, p, 0, c.trainProblems);
    t.pass1Test = exactPassAtK(test, 1.0);
    t.passKTest = exactPassAtK(test, double(c.coverageK));
    t.pass1Train = exactPassAtK(train, 1.0);
    t.passKTrain = exactPassAtK(train, double(c.coverageK));
    t.entropy = pathEntropy(lp);
    t.outOfPriorMass = outOfPriorMass(policy.space(), p);
    return t;
}

void Lab::step()
{
    const LabConfig &c = config();
    switch (m_phase) {
    case Phase::Rl: {
        const GrpoStepStats stats = m_grpo->step();
        m_groups += stats.groups;
        m_zeroGroups += stats.zeroAdvantageGroups;
        TrainingPoint t = trainingPoint(m_grpo->policy(), m_grpo->steps());
        t.meanReward = stats.meanReward;
        t.zeroAdvantageFrac
            = stats.groups > 0 ? double(stats.zeroAdvantageGroups) / stats.groups : 0.0;
        m_rlHistory.push_back(t);
        const int s = m_grpo->steps();
        if (std::binary_search(m_checkpointSteps.begin(), m_checkpointSteps.end(), s)) {
            const bool last = s == c.rlSteps;
            m_checkpoints.push_back(evaluatePolicy(m_grpo->policy(), "rl-" + std::to_string(s),
                                                   (last ? "RL (final, step " : "RL step ")
                                                       + std::to_string(s) + (last ? ")" : ""),
                                                   s));
        }
        if (s >= c.rlSteps)
            finishRl();
        break;
    }
    case Phase::Distill:
        m_distiller->step();
        m_distillHistory.push_back(trainingPoint(m_distiller->policy(), m_distiller->steps()));
        if (m_distiller->steps() >= c.distillSteps)
            finishDistillation();
        break;
    case Phase::Evaluate:
        evaluateAll();
        m_phase = Phase::Done;
        break;
    case Phase::Done:
        return;
    }
    ++m_stepsDone;
}

void Lab::finishRl()
{
    const math::Rng master(m_seed);
    m_distiller = std::make_unique<Distiller>(*m_world, m_basePolicy, master.split(DistillStream));
    m_distillHistory.push_back(trainingPoint(m_basePolicy, 0));
    if (config().distillSteps > 0) {
        m_phase = Phase::Distill;
    } else {
        finishDistillation();
    }
}

void Lab::finishDistillation()
{
    m_distilled = evaluatePolicy(m_distiller->policy(), "distilled",
                                 "Distilled from a stronger teacher", m_distiller->steps());
    m_phase = Phase::Evaluate;
}

void Lab::evaluateAll()
{
    const LabConfig &c = config();
    const ModelEvaluation &rl = *finalRl();
    const ModelEvaluation &dist = *m_distilled;
    LabResult &r = m_result;
    r.pass1Base = exactPassAtK(m_base.test, 1);
    r.pass1Rl = exactPassAtK(rl.test, 1);
    r.pass1Distilled = exactPassAtK(dist.test, 1);
    r.pass256Base = exactPassAtK(m_base.test, 256);
    r.pass256Rl = exactPassAtK(rl.test, 256);
    r.pass256Distilled = exactPassAtK(dist.test, 256);
    r.pass1024Base = exactPassAtK(m_base.test, 1024);
    r.pass1024Rl = exactPassAtK(rl.test, 1024);
    r.pass1024Distilled = exactPassAtK(dist.test, 1024);
    r.crossoverK = crossoverK(m_base.curve, rl.curve);
    r.coverage = coverage(m_base.test, rl.test, double(c.coverageK));
    r.rlOnlyFrac = double(r.coverage.rlOnly) / double(std::max(1, r.coverage.total()));
    r.pplBaseOnBase = m_base.perplexityUnderBase;
    r.pplBaseOnRl = rl.perplexityUnderBase;
    r.pplBaseOnDistilled = dist.perplexityUnderBase;
    r.entropyBase = m_base.entropy;
    r.entropyRl = rl.entropy;
    r.entropyDistilled = dist.entropy;
    r.oopMassBase = m_base.outOfPriorMass;
    r.oopMassRl = rl.outOfPriorMass;
    r.oopMassDistilled = dist.outOfPriorMass;
    r.zeroAdvantageFrac = m_groups > 0 ? double(m_zeroGroups) / double(m_groups) : 0.0;
    for (const ModelEvaluation &e : m_checkpoints) {
        r.checkpointSteps.push_back(e.step);
        r.checkpointPass1.push_back(exactPassAtK(e.test, 1));
        r.checkpointPass256.push_back(exactPassAtK(e.test, 256));
    }

    // The unbiased estimator from n real samples per test problem (sheet §7.1).
    const math::Rng master(m_seed);
    const int first = m_world->firstTestProblem();
    math::Rng rb = master.split(SampleBase), rr = master.split(SampleRl),
              rd = master.split(SampleDistilled);
    m_samplesBase
        = sampleCounts(*m_world, m_base.pathProbs, first, c.testProblems, c.estimatorSamples, rb);
    m_samplesRl
        = sampleCounts(*m_world, rl.pathProbs, first, c.testProblems, c.estimatorSamples, rr);
    m_samplesDistilled
        = sampleCounts(*m_world, dist.pathProbs, first, c.testProblems, c.estimatorSamples, rd);
    m_estBase = estimatorCurve(m_samplesBase, c.kMax);
    m_estRl = estimatorCurve(m_samplesRl, c.kMax);
    m_estDistilled = estimatorCurve(m_samplesDistilled, c.kMax);
    r.estimatorBase = estimatorChecks(m_samplesBase, m_base.test);
    r.estimatorRl = estimatorChecks(m_samplesRl, rl.test);
    r.estimatorDistilled = estimatorChecks(m_samplesDistilled, dist.test);
}

std::vector<ClaimOutcome> robustClaims(const LabResult &r, int kMax)
{
    std::vector<ClaimOutcome> out;
    out.push_back({"pass@1: RL > base", r.pass1Rl > r.pass1Base, r.pass1Rl - r.pass1Base});
    out.push_back(
        {"pass@256: base > RL", r.pass256Base > r.pass256Rl, r.pass256Base - r.pass256Rl});
    out.push_back({"crossover k* in [2, k max]", r.crossoverK >= 2 && r.crossoverK <= kMax,
                   double(r.crossoverK)});
    out.push_back({"RL-only solvable <= 2%", r.rlOnlyFrac <= 0.02, 0.02 - r.rlOnlyFrac});
    out.push_back({"PPL under base: RL samples < base samples", r.pplBaseOnRl < r.pplBaseOnBase,
                   r.pplBaseOnBase - r.pplBaseOnRl});
    const double distillMargin
        = std::min({r.pass1Distilled - r.pass1Base, r.pass256Distilled - r.pass256Base,
                    r.pass1024Distilled - r.pass1024Base});
    out.push_back({"distilled >= base at k = 1, 256, 1024", distillMargin >= 0.0, distillMargin});
    double rise = 1.0;
    for (size_t i = 1; i < r.checkpointPass1.size(); ++i)
        rise = std::min(rise, r.checkpointPass1[i] - r.checkpointPass1[i - 1]);
    out.push_back({"pass@1 rises over the checkpoints", rise > 0.0, rise});
    double worstZ = 0.0;
    for (const auto *checks : {&r.estimatorBase, &r.estimatorRl, &r.estimatorDistilled}) {
        for (const EstimatorCheck &e : *checks)
            worstZ = std::max(worstZ, std::abs(e.z));
    }
    out.push_back(
        {"estimator within 3 SE of exact (k = 1, 16, 256)", worstZ <= 3.0, 3.0 - worstZ});
    return out;
}

LabResult runLab(const LabConfig &config, uint64_t seed)
{
    Lab lab(config, seed);
    while (!lab.done())
        lab.step();
    return lab.result();
}

} // namespace paperlab::papers::rlvrlimits
