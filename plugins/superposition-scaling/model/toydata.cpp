// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "toydata.h"

#include <paperlab/math/rng.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace paperlab::papers::superpositionscaling {

std::vector<double> featureProbabilities(int n, FrequencyLaw law, double alpha, double density)
{
    if (n < 1)
        return {};
    std::vector<double> p(static_cast<size_t>(n));
    for (int k = 0; k < n; ++k) {
        const double i = k + 1.0; // frequency rank, 1-based as in the paper
        switch (law) {
        case FrequencyLaw::Power:
            p[size_t(k)] = std::pow(i, -alpha);
            break;
        case FrequencyLaw::Exponential:
            // exp-17.py: p_i ∝ exp(-i / 400) (App. B.1)
            p[size_t(k)] = std::exp(-i / 400.0);
            break;
        case FrequencyLaw::Linear:
            p[size_t(k)] = n - i;
            break;
        case FrequencyLaw::Flat:
            p[size_t(k)] = 1.0;
            break;
        }
    }
    const double total = std::accumulate(p.begin(), p.end(), 0.0);
    for (double &v : p)
        v = total > 0.0 ? std::min(1.0, density * v / total) : 0.0;
    return p;
}

double effectiveDensity(const std::vector<double> &probabilities)
{
    return std::accumulate(probabilities.begin(), probabilities.end(), 0.0);
}

Eigen::MatrixXd SparseBatch::toDense() const
{
    Eigen::MatrixXd x = Eigen::MatrixXd::Zero(batch, features);
    for (int s = 0; s < batch; ++s) {
        for (int k = rowStart[size_t(s)]; k < rowStart[size_t(s) + 1]; ++k)
            x(s, feature[size_t(k)]) = value[size_t(k)];
    }
    return x;
}

SparseSampler::SparseSampler(std::vector<double> probabilities)
    : m_p(std::move(probabilities))
{
}

void SparseSampler::sample(int batch, math::Rng &rng, SparseBatch &out)
{
    const int n = static_cast<int>(m_p.size());
    m_sampleOf.clear();
    m_featureOf.clear();
    m_valueOf.clear();
    // Feature by feature, jump from one active sample to the next (paper sheet §7.1).
    for (int i = 0; i < n; ++i) {
        const double p = m_p[size_t(i)];
        if (!(p > 0.0))
            continue;
        long long s = rng.geometricSkip(p);
        while (s < batch) {
            m_sampleOf.push_back(static_cast<int>(s));
            m_featureOf.push_back(i);
            m_valueOf.push_back(2.0 * rng.uniform()); // v ~ U(0, 2)
            const int gap = rng.geometricSkip(p);
            s += 1LL + gap;
        }
    }
    // Bucket the feature-major draws by sample (counting sort, stable in the feature).
    out.batch = batch;
    out.features = n;
    out.rowStart.assign(size_t(batch) + 1, 0);
    for (int s : m_sampleOf)
        ++out.rowStart[size_t(s) + 1];
    std::partial_sum(out.rowStart.begin(), out.rowStart.end(), out.rowStart.begin());
    const size_t nnz = m_sampleOf.size();
    out.feature.resize(nnz);
    out.value.resize(nnz);
    m_next.assign(out.rowStart.begin(), out.rowStart.end() - 1);
    for (size_t k = 0; k < nnz; ++k) {
        const int at = m_next[size_t(m_sampleOf[k])]++;
        out.feature[size_t(at)] = m_featureOf[k];
        out.value[size_t(at)] = m_valueOf[k];
    }
}

Eigen::MatrixXd sampleDense(const std::vector<double> &probabilities, int batch,
                            math::Rng &rng)
{
    const int n = static_cast<int>(probabilities.size());
    Eigen::MatrixXd x(batch, n);
    for (int s = 0; s < batch; ++s) {
        for (int i = 0; i < n; ++i) {
            const bool active = rng.uniform() < probabilities[size_t(i)];
            const double v = 2.0 * rng.uniform();
            x(s, i) = active ? v : 0.0;
        }
    }
    return x;
}

double eq4Loss(const std::vector<double> &probabilities, int represented)
{
    const int n = static_cast<int>(probabilities.size());
    double loss = 0.0;
    for (int i = std::clamp(represented, 0, n); i < n; ++i) {
        const double p = probabilities[size_t(i)];
        loss += 4.0 / 3.0 * p - p * p;
    }
    return loss;
}

double eq4LeadingOrder(const std::vector<double> &probabilities, int represented)
{
    const int n = static_cast<int>(probabilities.size());
    double sum = 0.0;
    for (int i = std::clamp(represented, 0, n); i < n; ++i)
        sum += probabilities[size_t(i)];
    return 4.0 / 3.0 * sum;
}

} // namespace paperlab::papers::superpositionscaling
