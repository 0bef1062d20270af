// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "evaluations.h"

#include <cstdint>
#include <string>
#include <vector>

namespace paperlab::papers::rlvrlimits {

struct CalculatorOptions
{
    int kMax = 1024; ///< curves for k = 1..min(kMax, smallest n of the model)
    /// "Solved" for the coverage table: 0 means at least one correct sample among all n
    /// (the paper's coverage at k = n, v5 Table 2); k > 0 means pass@k >= 1/2, with k
    /// capped at the problem's n.
    int coverageK = 0;
};

/// One model's pass@k curve from the unbiased estimator (arXiv 2504.13837 eq. 2).
struct ModelCurve
{
    std::string name;
    int problems = 0;
    int64_t minN = 0;
    int64_t maxN = 0;
    int kMax = 0; ///< min(options.kMax, minN): the estimator needs k <= n
    std::vector<double> passAtK; ///< k = 1..kMax
    std::vector<double> se; ///< standard error across problems at each k
    double solvedFrac = 0.0; ///< share of problems solved under the coverage rule
};

/// Where the model with the lower pass@1 catches up with the one with the higher pass@1.
struct Crossover
{
    std::string higherAtOne; ///< the model ahead at k = 1
    std::string lowerAtOne;
    int k = 0; ///< first k with pass@k(lower) >= pass@k(higher); 0 if none
    int kLimit = 0; ///< the largest k both curves reach
    double pass1Gap = 0.0; ///< pass@1(higher) - pass@1(lower)
    double passLimitGap = 0.0; ///< the same at kLimit
};

/// The paper's coverage table (v5 Table 2) for a pair of models, on their common problems.
struct CoverageRow
{
    std::string a, b;
    int common = 0;
    int both = 0, aOnly = 0, bOnly = 0, neither = 0;
};

struct CalculatorResult
{
    std::vector<ModelCurve> models;
    std::vector<Crossover> crossovers; ///< every pair of models
    std::vector<CoverageRow> coverage; ///< every pair of models
};

/// Curves, crossovers and coverage from per-problem counts. Each unique (n, c) pair is
/// evaluated once with math::passAtKCurve, so 10,000 problems x 1024 k take milliseconds.
CalculatorResult analyseEvaluations(const EvaluationData &data, const CalculatorOptions &options);

/// Exports. CSV curves are wide (k, then one column per model; empty beyond a model's kMax).
std::string curvesCsv(const CalculatorResult &r);
std::string crossoversCsv(const CalculatorResult &r);
std::string coverageCsv(const CalculatorResult &r);
/// Everything as one JSON document: {"k": [...], "models": [...], "crossovers": [...],
/// "coverage": [...]}.
std::string resultJson(const CalculatorResult &r);

} // namespace paperlab::papers::rlvrlimits
