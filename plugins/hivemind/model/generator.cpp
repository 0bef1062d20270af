// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "generator.h"

#include <paperlab/math/parallel.h>
#include <paperlab/math/rng.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace paperlab::papers::hivemind {

std::vector<double> ideaProbabilities(const std::vector<double> &shared,
                                      const std::vector<double> &own, double sharedPrior,
                                      double temperature)
{
    std::vector<double> p(shared.size());
    double top = -std::numeric_limits<double>::infinity();
    for (size_t m = 0; m < p.size(); ++m) {
        p[m] = (sharedPrior * shared[m] + (1.0 - sharedPrior) * own[m]) / temperature;
        top = std::max(top, p[m]);
    }
    double sum = 0;
    for (double &v : p) {
        v = std::exp(v - top); // shifted by the maximum: no overflow at small T
        sum += v;
    }
    for (double &v : p)
        v /= sum;
    return p;
}

EmbeddingSet generateSynthetic(const GeneratorConfig &c, int threads)
{
    if (c.prompts < 1 || c.models < 1 || c.responses < 1 || c.dim < 1 || c.ideas < 1
        || !(c.temperature > 0))
        throw std::invalid_argument("generateSynthetic: invalid configuration");
    const int ideas = c.privateIdeas ? c.models : c.ideas;
    const int perPrompt = c.models * c.responses;
    EmbeddingSet set;
    for (int p = 0; p < c.prompts; ++p)
        set.promptNames.push_back("prompt " + std::to_string(p + 1));
    for (int k = 0; k < c.models; ++k)
        set.modelNames.push_back("model " + std::to_string(k + 1));
    set.rows.resize(Eigen::Index(c.prompts) * perPrompt, c.dim);
    set.prompt.resize(size_t(set.rows.rows()));
    set.model.resize(size_t(set.rows.rows()));

    const paperlab::math::Rng master(c.seed);
    paperlab::math::Rng offsetRng = master.split(0);
    const Eigen::VectorXd offset = offsetRng.unitVector(c.dim);
    const double noiseScale = c.noise / std::sqrt(double(c.dim));

    paperlab::math::parallelFor(c.prompts, threads, [&](int p) {
        paperlab::math::Rng rng = master.split(uint64_t(p) + 1);
        Eigen::MatrixXd u(ideas, c.dim);
        for (int m = 0; m < ideas; ++m)
            u.row(m) = rng.unitVector(c.dim).transpose();
        std::vector<double> shared(static_cast<size_t>(ideas));
        for (double &z : shared)
            z = rng.normal();
        std::vector<std::vector<double>> own(static_cast<size_t>(c.models),
                                             std::vector<double>(static_cast<size_t>(ideas)));
        for (auto &row : own) {
            for (double &z : row)
                z = rng.normal();
        }
        for (int k = 0; k < c.models; ++k) {
            std::vector<double> cdf;
            if (!c.privateIdeas) {
                cdf = ideaProbabilities(shared, own[size_t(k)], c.sharedPrior, c.temperature);
                for (size_t m = 1; m < cdf.size(); ++m)
                    cdf[m] += cdf[m - 1];
            }
            for (int i = 0; i < c.responses; ++i) {
                const double pick = rng.uniform();
                Eigen::VectorXd eps(c.dim);
                for (int d = 0; d < c.dim; ++d)
                    eps(d) = rng.normal();
                int idea = k;
                if (!c.privateIdeas) {
                    // Inverse CDF of one uniform: the same uniform picks neighbouring ideas
                    // as the probabilities move (common random numbers).
                    idea = int(std::upper_bound(cdf.begin(), cdf.end(), pick * cdf.back())
                               - cdf.begin());
                    idea = std::min(idea, ideas - 1);
                }
                Eigen::VectorXd e
                    = u.row(idea).transpose() + noiseScale * eps + c.offset * offset;
                const double norm = e.norm();
                if (norm > 0)
                    e /= norm;
                const Eigen::Index row
                    = Eigen::Index(p) * perPrompt + Eigen::Index(k) * c.responses + i;
                set.rows.row(row) = e.cast<float>().transpose();
                set.prompt[size_t(row)] = p;
                set.model[size_t(row)] = k;
            }
        }
    });
    return set;
}

} // namespace paperlab::papers::hivemind

namespace paperlab::papers::hivemind {

GeneratorConfig demoConfig()
{
    GeneratorConfig c;
    c.prompts = 4;
    c.models = 6;
    c.responses = 20;
    c.ideas = 6;
    c.dim = 16;
    c.sharedPrior = 0.4;
    c.temperature = 0.1;
    c.noise = 0.25;
    c.offset = 0.3;
    c.seed = 2025;
    return c;
}

} // namespace paperlab::papers::hivemind
