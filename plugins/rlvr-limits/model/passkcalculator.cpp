// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "passkcalculator.h"

#include <paperlab/math/csv.h>
#include <paperlab/math/passk.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <unordered_map>

namespace paperlab::papers::rlvrlimits {

namespace {

bool solved(const ProblemCount &p, int coverageK)
{
    if (coverageK <= 0)
        return p.c > 0;
    const int64_t k = std::min<int64_t>(coverageK, p.n);
    return math::passAtKCurve(p.n, p.c, k).back() >= 0.5;
}

ModelCurve curveOf(const ModelCounts &m, const CalculatorOptions &o)
{
    ModelCurve curve;
    curve.name = m.name;
    curve.problems = int(m.problems.size());
    if (m.problems.empty())
        return curve;
    curve.minN = m.problems.front().n;
    curve.maxN = m.problems.front().n;
    std::map<std::pair<int64_t, int64_t>, int> multiplicity;
    int solvedCount = 0;
    for (const ProblemCount &p : m.problems) {
        curve.minN = std::min(curve.minN, p.n);
        curve.maxN = std::max(curve.maxN, p.n);
        ++multiplicity[{p.n, p.c}];
        solvedCount += solved(p, o.coverageK) ? 1 : 0;
    }
    curve.solvedFrac = double(solvedCount) / double(curve.problems);
    curve.kMax = int(std::min<int64_t>(std::max(o.kMax, 1), curve.minN));
    const size_t K = size_t(curve.kMax);
    std::vector<double> sum(K, 0.0), sumSq(K, 0.0);
    for (const auto &[nc, count] : multiplicity) {
        const std::vector<double> one = math::passAtKCurve(nc.first, nc.second, curve.kMax);
        for (size_t k = 0; k < K; ++k) {
            sum[k] += count * one[k];
            sumSq[k] += count * one[k] * one[k];
        }
    }
    const double J = double(curve.problems);
    curve.passAtK.resize(K);
    curve.se.resize(K);
    for (size_t k = 0; k < K; ++k) {
        const double mean = sum[k] / J;
        curve.passAtK[k] = mean;
        // Sample variance across problems (n - 1 denominator), as math::meanWithSe.
        const double var = J > 1 ? std::max(0.0, (sumSq[k] - J * mean * mean) / (J - 1)) : 0.0;
        curve.se[k] = J > 1 ? std::sqrt(var / J) : 0.0;
    }
    return curve;
}

std::string number(double x)
{
    if (!std::isfinite(x))
        return {};
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, x);
    return std::string(buf, r.ptr);
}

std::string jsonString(const std::string &s)
{
    std::string out = "\"";
    for (unsigned char ch : s) {
        switch (ch) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (ch < 0x20) {
                static const char *hex = "0123456789abcdef";
                out += "\\u00";
                out += hex[ch >> 4];
                out += hex[ch & 15];
            } else {
                out += char(ch);
            }
        }
    }
    return out + '"';
}

std::string jsonNumber(double x)
{
    return std::isfinite(x) ? number(x) : "null";
}

} // namespace

CalculatorResult analyseEvaluations(const EvaluationData &data, const CalculatorOptions &options)
{
    CalculatorResult r;
    for (const ModelCounts &m : data.models)
        r.models.push_back(curveOf(m, options));

    for (size_t a = 0; a < r.models.size(); ++a) {
        for (size_t b = a + 1; b < r.models.size(); ++b) {
            const ModelCurve &A = r.models[a];
            const ModelCurve &B = r.models[b];
            if (A.kMax < 1 || B.kMax < 1)
                continue;
            const bool aAhead = A.passAtK[0] >= B.passAtK[0];
            const ModelCurve &hi = aAhead ? A : B;
            const ModelCurve &lo = aAhead ? B : A;
            Crossover x;
            x.higherAtOne = hi.name;
            x.lowerAtOne = lo.name;
            x.kLimit = std::min(hi.kMax, lo.kMax);
            x.pass1Gap = hi.passAtK[0] - lo.passAtK[0];
            x.passLimitGap = hi.passAtK[size_t(x.kLimit - 1)] - lo.passAtK[size_t(x.kLimit - 1)];
            for (int k = 1; k <= x.kLimit; ++k) {
                if (lo.passAtK[size_t(k - 1)] >= hi.passAtK[size_t(k - 1)]) {
                    x.k = k;
                    break;
                }
            }
            r.crossovers.push_back(x);

            // Coverage on the problems both models were evaluated on.
            std::unordered_map<std::string, const ProblemCount *> inB;
            for (const ProblemCount &p : data.models[b].problems)
                inB.emplace(p.problem, &p);
            CoverageRow row;
            row.a = A.name;
            row.b = B.name;
            for (const ProblemCount &p : data.models[a].problems) {
                const auto it = inB.find(p.problem);
                if (it == inB.end())
                    continue;
                ++row.common;
                const bool sa = solved(p, options.coverageK);
                const bool sb = solved(*it->second, options.coverageK);
                if (sa && sb)
                    ++row.both;
                else if (sa)
                    ++row.aOnly;
                else if (sb)
                    ++row.bOnly;
                else
                    ++row.neither;
            }
            r.coverage.push_back(row);
        }
    }
    return r;
}

std::string curvesCsv(const CalculatorResult &r)
{
    int kMax = 0;
    std::string out = "k";
    for (const ModelCurve &m : r.models) {
        out += ',' + math::csvField(m.name) + ',' + math::csvField(m.name + " SE");
        kMax = std::max(kMax, m.kMax);
    }
    out += '\n';
    for (int k = 1; k <= kMax; ++k) {
        out += std::to_string(k);
        for (const ModelCurve &m : r.models) {
            if (k <= m.kMax)
                out += ',' + number(m.passAtK[size_t(k - 1)]) + ',' + number(m.se[size_t(k - 1)]);
            else
                out += ",,";
        }
        out += '\n';
    }
    return out;
}

std::string crossoversCsv(const CalculatorResult &r)
{
    std::string out = "higher_at_k1,lower_at_k1,crossover_k,k_limit,pass1_gap,gap_at_k_limit\n";
    for (const Crossover &x : r.crossovers) {
        out += math::csvField(x.higherAtOne) + ',' + math::csvField(x.lowerAtOne) + ','
            + (x.k > 0 ? std::to_string(x.k) : std::string()) + ',' + std::to_string(x.kLimit)
            + ',' + number(x.pass1Gap) + ',' + number(x.passLimitGap) + '\n';
    }
    return out;
}

std::string coverageCsv(const CalculatorResult &r)
{
    std::string out = "model_a,model_b,common_problems,both,a_only,b_only,neither\n";
    for (const CoverageRow &c : r.coverage) {
        out += math::csvField(c.a) + ',' + math::csvField(c.b) + ',' + std::to_string(c.common) + ','
            + std::to_string(c.both) + ',' + std::to_string(c.aOnly) + ','
            + std::to_string(c.bOnly) + ',' + std::to_string(c.neither) + '\n';
    }
    return out;
}

std::string resultJson(const CalculatorResult &r)
{
    std::string out = "{\n  \"models\": [";
    for (size_t i = 0; i < r.models.size(); ++i) {
        const ModelCurve &m = r.models[i];
        out += (i ? ",\n    " : "\n    ");
        out += "{\"name\": " + jsonString(m.name) + ", \"problems\": " + std::to_string(m.problems)
            + ", \"min_n\": " + std::to_string(m.minN) + ", \"max_n\": " + std::to_string(m.maxN)
            + ", \"k_max\": " + std::to_string(m.kMax)
            + ", \"solved_frac\": " + jsonNumber(m.solvedFrac) + ",\n     \"pass_at_k\": [";
        for (size_t k = 0; k < m.passAtK.size(); ++k)
            out += (k ? ", " : "") + jsonNumber(m.passAtK[k]);
        out += "],\n     \"se\": [";
        for (size_t k = 0; k < m.se.size(); ++k)
            out += (k ? ", " : "") + jsonNumber(m.se[k]);
        out += "]}";
    }
    out += "\n  ],\n  \"crossovers\": [";
    for (size_t i = 0; i < r.crossovers.size(); ++i) {
        const Crossover &x = r.crossovers[i];
        out += (i ? ",\n    " : "\n    ");
        out += "{\"higher_at_k1\": " + jsonString(x.higherAtOne)
            + ", \"lower_at_k1\": " + jsonString(x.lowerAtOne)
            + ", \"crossover_k\": " + (x.k > 0 ? std::to_string(x.k) : "null") + ", \"k_limit\": "
            + std::to_string(x.kLimit) + ", \"pass1_gap\": " + jsonNumber(x.pass1Gap)
            + ", \"gap_at_k_limit\": " + jsonNumber(x.passLimitGap) + "}";
    }
    out += "\n  ],\n  \"coverage\": [";
    for (size_t i = 0; i < r.coverage.size(); ++i) {
        const CoverageRow &c = r.coverage[i];
        out += (i ? ",\n    " : "\n    ");
        out += "{\"model_a\": " + jsonString(c.a) + ", \"model_b\": " + jsonString(c.b)
            + ", \"common_problems\": " + std::to_string(c.common)
            + ", \"both\": " + std::to_string(c.both) + ", \"a_only\": " + std::to_string(c.aOnly)
            + ", \"b_only\": " + std::to_string(c.bOnly)
            + ", \"neither\": " + std::to_string(c.neither) + "}";
    }
    out += "\n  ]\n}\n";
    return out;
}

} // namespace paperlab::papers::rlvrlimits
