// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "metrics.h"

#include <paperlab/math/linalg.h>
#include <paperlab/math/parallel.h>
#include <paperlab/math/passk.h>
#include <paperlab/math/rng.h>
#include <paperlab/math/stats.h>

#include <Eigen/QR>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <tuple>

namespace paperlab::papers::hivemind {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// An unsigned key whose order is the order of the float f (negative values included).
uint32_t orderedBits(float f)
{
    uint32_t bits = 0;
    std::memcpy(&bits, &f, sizeof bits);
    return (bits & 0x80000000u) ? ~bits : bits | 0x80000000u;
}

// U_N for every row of a pool from its Gram matrix of unit rows (distance 1 - cos). Each
// key packs (distance, index), so ties go to the lower index and the result is
// deterministic; a partial selection of the max(ns) smallest keys (nth_element, as numpy's
// argpartition), sorted, then gives every N at once. The diagonal is skipped (+inf in the
// authors' code). Returns the mean over rows for each N.
template <typename Gram>
std::vector<double> uniqueSourcesFromGram(const Gram &g, const std::vector<int> &labels,
                                          const std::vector<int> &ns)
{
    const int n = int(g.rows());
    std::vector<double> mean(ns.size(), 0.0);
    if (n < 2 || ns.empty())
        return std::vector<double>(ns.size(), kNaN);
    const int labelCount = *std::max_element(labels.begin(), labels.end()) + 1;
    const int maxN = std::min(*std::max_element(ns.begin(), ns.end()), n - 1);
    std::vector<uint64_t> keys(static_cast<size_t>(n - 1));
    std::vector<char> seen(static_cast<size_t>(labelCount));
    std::vector<int> distinctAt(static_cast<size_t>(maxN + 1));
    for (int r = 0; r < n; ++r) {
        size_t k = 0;
        for (int j = 0; j < n; ++j) {
            if (j == r)
                continue;
            const float distance = 1.0f - float(g(j, r)); // g is symmetric: read a column
            keys[k++] = (uint64_t(orderedBits(distance)) << 32) | uint32_t(j);
        }
        std::nth_element(keys.begin(), keys.begin() + (maxN - 1), keys.end());
        std::sort(keys.begin(), keys.begin() + maxN);
        std::fill(seen.begin(), seen.end(), 0);
        int distinct = 0;
        for (int i = 0; i < maxN; ++i) {
            const int label = labels[size_t(keys[size_t(i)] & 0xffffffffu)];
            if (!seen[size_t(label)]) {
                seen[size_t(label)] = 1;
                ++distinct;
            }
            distinctAt[size_t(i + 1)] = distinct;
        }
        for (size_t t = 0; t < ns.size(); ++t)
            mean[t] += distinctAt[size_t(std::clamp(ns[t], 0, maxN))];
    }
    for (double &v : mean)
        v /= n;
    return mean;
}

Eigen::MatrixXd centred(const Eigen::MatrixXd &e)
{
    return e.rowwise() - e.colwise().mean();
}

void fixSigns(Eigen::MatrixXd &axes)
{
    for (Eigen::Index c = 0; c < axes.cols(); ++c) {
        Eigen::Index at = 0;
        axes.col(c).cwiseAbs().maxCoeff(&at);
        if (axes(at, c) < 0)
            axes.col(c) *= -1.0;
    }
}

} // namespace

Eigen::MatrixXd normalizedRows(const Eigen::MatrixXd &e)
{
    Eigen::MatrixXd out = e;
    for (Eigen::Index i = 0; i < out.rows(); ++i) {
        const double norm = out.row(i).norm();
        if (norm > 0)
            out.row(i) /= norm;
    }
    return out;
}

Eigen::MatrixXd cosineMatrix(const Eigen::MatrixXd &e)
{
    return paperlab::math::cosineSimilarityMatrix(e);
}

double pairwiseSimilarity(const Eigen::MatrixXd &e)
{
    const Eigen::Index n = e.rows();
    if (n < 2)
        return kNaN;
    const Eigen::MatrixXd s = cosineMatrix(e);
    double sum = 0;
    for (Eigen::Index i = 0; i < n; ++i) {
        for (Eigen::Index j = i + 1; j < n; ++j)
            sum += s(i, j);
    }
    return sum / (double(n) * double(n - 1) / 2.0);
}

double crossSimilarity(const Eigen::MatrixXd &a, const Eigen::MatrixXd &b)
{
    if (a.rows() == 0 || b.rows() == 0 || a.cols() != b.cols())
        return kNaN;
    return (normalizedRows(a) * normalizedRows(b).transpose()).mean();
}

Histogram histogramPercent(const std::vector<double> &values)
{
    Histogram out{};
    if (values.empty())
        return out;
    const std::vector<int64_t> counts = paperlab::math::histogram(values, kHistogramBins, 0, 1);
    for (int b = 0; b < kHistogramBins; ++b)
        out[size_t(b)] = double(counts[size_t(b)]) / double(values.size()) * 100.0;
    return out;
}

std::vector<double> uniqueSources(const Eigen::MatrixXd &pool, const std::vector<int> &labels,
                                  const std::vector<int> &ns)
{
    if (labels.size() != size_t(pool.rows()))
        throw std::invalid_argument("uniqueSources: one label per row is needed");
    const Eigen::MatrixXd unit = normalizedRows(pool);
    const Eigen::MatrixXf g = (unit * unit.transpose()).cast<float>();
    return uniqueSourcesFromGram(g, labels, ns);
}

std::vector<int> uniqueSourcesN()
{
    std::vector<int> ns;
    for (int n = 5; n <= 50; n += 5)
        ns.push_back(n);
    return ns;
}

double expectedUniqueSourcesExchangeable(int models, int responsesPerModel, int n)
{
    using paperlab::math::logBinomial;
    const int64_t others = int64_t(models) * responsesPerModel - 1;
    if (models < 1 || responsesPerModel < 1 || n < 1 || n > others)
        return kNaN;
    const double all = logBinomial(others, n);
    // P(no neighbour from a model with `count` rows among the others) = C(others - count, N)
    // / C(others, N): hypergeometric, since the N nearest are a uniformly random subset.
    const auto hit = [&](int64_t count) {
        if (others - count < n)
            return 1.0;
        return 1.0 - std::exp(logBinomial(others - count, n) - all);
    };
    return hit(responsesPerModel - 1) + double(models - 1) * hit(responsesPerModel);
}

BalancedClusters balancedKMeans(const Eigen::MatrixXd &e, int k, int perCluster, uint64_t seed)
{
    const int n = int(e.rows());
    if (k < 1 || n < k || int64_t(k) * perCluster < n)
        throw std::invalid_argument("balancedKMeans: need k <= rows <= k * perCluster");
    paperlab::math::Rng rng(seed);
    const auto squaredDistances = [&](const Eigen::MatrixXd &c) {
        // ||x||^2 - 2 x.c + ||c||^2 for all pairs at once (one GEMM).
        Eigen::MatrixXd d = -2.0 * e * c.transpose();
        d.colwise() += e.rowwise().squaredNorm();
        d.rowwise() += c.rowwise().squaredNorm().transpose();
        return d.cwiseMax(0.0).eval();
    };

    // Step 1: k-means, k-means++ start then Lloyd iterations.
    Eigen::MatrixXd centroids(k, e.cols());
    centroids.row(0) = e.row(Eigen::Index(rng.below(uint64_t(n))));
    std::vector<double> nearest(static_cast<size_t>(n), std::numeric_limits<double>::infinity());
    for (int c = 1; c < k; ++c) {
        const Eigen::VectorXd d = (e.rowwise() - centroids.row(c - 1)).rowwise().squaredNorm();
        for (int i = 0; i < n; ++i)
            nearest[size_t(i)] = std::min(nearest[size_t(i)], d(i));
        int pick = rng.categorical(nearest);
        if (pick < 0) // all points coincide with chosen centroids
            pick = int(rng.below(uint64_t(n)));
        centroids.row(c) = e.row(pick);
    }
    std::vector<int> label(static_cast<size_t>(n), -1);
    for (int iter = 0; iter < 300; ++iter) {
        const Eigen::MatrixXd d = squaredDistances(centroids);
        bool changed = false;
        for (int i = 0; i < n; ++i) {
            Eigen::Index best = 0;
            d.row(i).minCoeff(&best);
            if (label[size_t(i)] != int(best)) {
                label[size_t(i)] = int(best);
                changed = true;
            }
        }
        if (!changed && iter > 0)
            break;
        Eigen::MatrixXd sum = Eigen::MatrixXd::Zero(k, e.cols());
        std::vector<int> count(static_cast<size_t>(k), 0);
        for (int i = 0; i < n; ++i) {
            sum.row(label[size_t(i)]) += e.row(i);
            ++count[size_t(label[size_t(i)])];
        }
        for (int c = 0; c < k; ++c) {
            if (count[size_t(c)] > 0) {
                centroids.row(c) = sum.row(c) / count[size_t(c)];
            } else { // an empty cluster takes the point farthest from its centroid
                Eigen::Index far = 0;
                Eigen::VectorXd own(n);
                for (int i = 0; i < n; ++i)
                    own(i) = d(i, label[size_t(i)]);
                own.maxCoeff(&far);
                centroids.row(c) = e.row(far);
            }
        }
    }

    // Step 2: greedy balanced assignment, globally closest (point, cluster) pairs first.
    BalancedClusters out;
    out.kmeansCentroids = centroids;
    const Eigen::MatrixXd d = squaredDistances(centroids);
    std::vector<std::tuple<double, int, int>> pairs;
    pairs.reserve(size_t(n) * size_t(k));
    for (int i = 0; i < n; ++i) {
        for (int c = 0; c < k; ++c)
            pairs.emplace_back(d(i, c), i, c);
    }
    std::sort(pairs.begin(), pairs.end());
    out.assignment.assign(size_t(n), -1);
    std::vector<int> filled(static_cast<size_t>(k), 0);
    int assigned = 0;
    for (const auto &[dist, i, c] : pairs) {
        if (out.assignment[size_t(i)] >= 0 || filled[size_t(c)] >= perCluster)
            continue;
        out.assignment[size_t(i)] = c;
        ++filled[size_t(c)];
        if (++assigned == n)
            break;
    }

    // Step 3: centroids of the balanced clusters.
    out.centroids = Eigen::MatrixXd::Zero(k, e.cols());
    for (int i = 0; i < n; ++i)
        out.centroids.row(out.assignment[size_t(i)]) += e.row(i);
    for (int c = 0; c < k; ++c) {
        if (filled[size_t(c)] > 0)
            out.centroids.row(c) /= filled[size_t(c)];
    }
    return out;
}

Projection2 pca2(const Eigen::MatrixXd &e)
{
    Projection2 out;
    const Eigen::Index n = e.rows(), dim = e.cols();
    out.points = Eigen::MatrixXd::Zero(n, 2);
    out.axes = Eigen::MatrixXd::Zero(dim, 2);
    out.variance.setZero();
    if (n < 2 || dim < 1)
        return out;
    const Eigen::MatrixXd x = centred(e);
    const double denominator = double(n - 1);
    if (dim <= 256) { // exact: eigenvectors of the dim x dim covariance
        const Eigen::MatrixXd cov = x.transpose() * x / denominator;
        const paperlab::math::SymEigen eig = paperlab::math::symmetricEigen(cov);
        if (eig.status != paperlab::math::EigenStatus::Ok)
            return out;
        for (int c = 0; c < 2 && c < dim; ++c) {
            out.axes.col(c) = eig.vectors.col(dim - 1 - c);
            out.variance(c) = eig.values(dim - 1 - c);
        }
    } else { // large dim: block subspace iteration on x^T x, never forming it
        const Eigen::Index block = std::min<Eigen::Index>(8, dim);
        paperlab::math::Rng rng(7);
        Eigen::MatrixXd q = rng.normalMatrix(int(dim), int(block), 1.0);
        for (int iter = 0; iter < 60; ++iter) {
            const Eigen::MatrixXd z = x.transpose() * (x * q);
            q = Eigen::HouseholderQR<Eigen::MatrixXd>(z).householderQ()
                * Eigen::MatrixXd::Identity(dim, block);
        }
        const Eigen::MatrixXd xq = x * q;
        const Eigen::MatrixXd small = xq.transpose() * xq / denominator;
        const paperlab::math::SymEigen eig = paperlab::math::symmetricEigen(small);
        if (eig.status != paperlab::math::EigenStatus::Ok)
            return out;
        for (int c = 0; c < 2 && c < block; ++c) {
            out.axes.col(c) = q * eig.vectors.col(block - 1 - c);
            out.variance(c) = eig.values(block - 1 - c);
        }
    }
    fixSigns(out.axes);
    out.points = x * out.axes;
    return out;
}

std::vector<int> intraSampleIndices(int count, int sampleSize, uint64_t seed, int prompt,
                                    int model)
{
    std::vector<int> all(static_cast<size_t>(std::max(count, 0)));
    std::iota(all.begin(), all.end(), 0);
    if (sampleSize <= 0 || count <= sampleSize)
        return all;
    // Partial Fisher-Yates: the first sampleSize entries are a uniform draw without
    // replacement. The stream index packs (prompt, model), so the draw of one case does not
    // depend on the other cases or on the thread that computes it.
    math::Rng rng = math::Rng(seed).split((uint64_t(uint32_t(prompt)) << 32) | uint32_t(model));
    for (int i = 0; i < sampleSize; ++i) {
        const int j = i + int(rng.below(uint64_t(count - i)));
        std::swap(all[size_t(i)], all[size_t(j)]);
    }
    all.resize(size_t(sampleSize));
    std::sort(all.begin(), all.end());
    return all;
}

void checkEmbeddingSet(const EmbeddingSet &set)
{
    if (set.responses() == 0 || set.promptNames.empty() || set.modelNames.empty()
        || set.dim() == 0)
        throw std::invalid_argument("the embedding set is empty");
    if (set.prompt.size() != size_t(set.responses()) || set.model.size() != size_t(set.responses()))
        throw std::invalid_argument("every row needs a prompt and a model");
}

MetricAnalysis::MetricAnalysis(const EmbeddingSet &set, MetricOptions options)
    : m_set(set)
    , m_options(std::move(options))
{
    checkEmbeddingSet(set);
    // Rows of each prompt, grouped by model (stable, so the file order is kept inside).
    m_members.resize(set.promptNames.size());
    for (int r = 0; r < set.responses(); ++r)
        m_members[size_t(set.prompt[size_t(r)])].push_back(r);
    for (std::vector<int> &m : m_members) {
        std::stable_sort(m.begin(), m.end(), [&](int a, int b) {
            return set.model[size_t(a)] < set.model[size_t(b)];
        });
    }
    m_parts.resize(m_members.size());
}

int MetricAnalysis::prompts() const
{
    return int(m_members.size());
}

double MetricAnalysis::workLeft() const
{
    double work = 0;
    for (size_t p = size_t(m_measured); p < m_members.size(); ++p)
        work += double(m_members[p].size()) * double(m_members[p].size()) * m_set.dim();
    return work;
}

void MetricAnalysis::measureNext(int count)
{
    const EmbeddingSet &set = m_set;
    const MetricOptions &options = m_options;
    const int models = int(set.modelNames.size());
    const int first = m_measured;
    count = std::clamp(count, 0, prompts() - first);
    paperlab::math::parallelFor(count, options.threads, [&](int offset) {
        const int p = first + offset;
        const std::vector<int> &m = m_members[size_t(p)];
        const Eigen::Index n = Eigen::Index(m.size());
        PromptPart &part = m_parts[size_t(p)];
        part.sums = Eigen::MatrixXd::Zero(models, models);
        part.counts = Eigen::MatrixXd::Zero(models, models);
        part.trace = Eigen::VectorXd::Zero(models);
        part.sampledIntra = Eigen::VectorXd::Constant(models, kNaN);
        if (n == 0) {
            part.unique.assign(options.ns.size(), kNaN);
            return;
        }
        RowMatrixF x(n, set.dim());
        std::vector<int> labels(static_cast<size_t>(n));
        for (Eigen::Index i = 0; i < n; ++i) {
            x.row(i) = set.rows.row(m[size_t(i)]);
            const float norm = x.row(i).norm();
            if (norm > 0)
                x.row(i) /= norm;
            labels[size_t(i)] = set.model[size_t(m[size_t(i)])];
        }
        // One symmetric rank-D update (half a GEMM) gives every cosine of the prompt's pool.
        Eigen::MatrixXf g = Eigen::MatrixXf::Zero(n, n);
        g.selfadjointView<Eigen::Lower>().rankUpdate(x);
        g.triangularView<Eigen::StrictlyUpper>() = g.transpose();

        std::vector<Eigen::Index> start(static_cast<size_t>(models), 0);
        std::vector<Eigen::Index> size(static_cast<size_t>(models), 0);
        for (Eigen::Index i = 0; i < n; ++i) {
            const int model = labels[size_t(i)];
            if (size[size_t(model)] == 0)
                start[size_t(model)] = i;
            ++size[size_t(model)];
        }
        for (int a = 0; a < models; ++a) {
            if (size[size_t(a)] == 0)
                continue;
            part.trace(a) = g.diagonal()
                                .segment(start[size_t(a)], size[size_t(a)])
                                .cast<double>()
                                .sum();
            if (options.intraSampleSize > 0 && size[size_t(a)] > options.intraSampleSize) {
                const std::vector<int> chosen
                    = intraSampleIndices(int(size[size_t(a)]), options.intraSampleSize,
                                         options.sampleSeed, p, a);
                double sum = 0;
                for (size_t i = 0; i < chosen.size(); ++i) {
                    for (size_t j = i + 1; j < chosen.size(); ++j)
                        sum += g(start[size_t(a)] + chosen[i], start[size_t(a)] + chosen[j]);
                }
                const double k = double(chosen.size());
                part.sampledIntra(a) = sum / (k * (k - 1) / 2);
            }
            for (int b = 0; b <= a; ++b) {
                if (size[size_t(b)] == 0)
                    continue;
                const double sum = g.block(start[size_t(a)], start[size_t(b)], size[size_t(a)],
                                           size[size_t(b)])
                                       .cast<double>()
                                       .sum();
                part.sums(a, b) = part.sums(b, a) = sum;
                part.counts(a, b) = part.counts(b, a)
                    = double(size[size_t(a)]) * double(size[size_t(b)]);
            }
        }
        part.unique = uniqueSourcesFromGram(g, labels, options.ns);
    });
    m_measured = first + count;
}

MetricResult MetricAnalysis::result() const
{
    const EmbeddingSet &set = m_set;
    const MetricOptions &options = m_options;
    const int prompts = this->prompts();
    const int models = int(set.modelNames.size());
    const int rows = set.responses();
    const std::vector<PromptPart> &parts = m_parts;
    MetricResult r;
    r.prompts = prompts;
    r.models = models;
    r.responses = rows;
    r.dim = set.dim();
    r.ns = options.ns;
    r.intra = Eigen::MatrixXd::Constant(prompts, models, kNaN);
    r.uniqueSources = Eigen::MatrixXd::Constant(prompts, Eigen::Index(options.ns.size()), kNaN);
    Eigen::MatrixXd sums = Eigen::MatrixXd::Zero(models, models);
    Eigen::MatrixXd counts = Eigen::MatrixXd::Zero(models, models);
    Eigen::VectorXd traces = Eigen::VectorXd::Zero(models);
    for (int p = 0; p < m_measured; ++p) {
        const PromptPart &part = parts[size_t(p)];
        sums += part.sums;
        counts += part.counts;
        traces += part.trace;
        for (int a = 0; a < models; ++a) {
            const double na = std::sqrt(part.counts(a, a));
            if (!std::isnan(part.sampledIntra(a)))
                r.intra(p, a) = part.sampledIntra(a);
            else if (na >= 2)
                r.intra(p, a) = (part.sums(a, a) - part.trace(a)) / (na * (na - 1));
        }
        for (size_t t = 0; t < options.ns.size(); ++t)
            r.uniqueSources(p, Eigen::Index(t)) = part.unique[t];
    }

    std::vector<double> pooled;
    r.histogramPerModel.resize(size_t(models));
    for (int a = 0; a < models; ++a) {
        std::vector<double> values;
        for (int p = 0; p < prompts; ++p) {
            if (!std::isnan(r.intra(p, a)))
                values.push_back(r.intra(p, a));
        }
        r.histogramPerModel[size_t(a)] = histogramPercent(values);
        for (int b = 0; b < kHistogramBins; ++b)
            r.histogramAverage[size_t(b)] += r.histogramPerModel[size_t(a)][size_t(b)] / models;
        pooled.insert(pooled.end(), values.begin(), values.end());
    }
    r.histogramPooled = histogramPercent(pooled);
    r.intraMean = pooled.empty() ? kNaN
                                 : std::accumulate(pooled.begin(), pooled.end(), 0.0)
                                       / double(pooled.size());

    r.inter = Eigen::MatrixXd::Constant(models, models, kNaN);
    r.interDiagonalNoSelf = Eigen::VectorXd::Constant(models, kNaN);
    double offSum = 0, diagSum = 0, diagNoSelfSum = 0;
    int offCount = 0, diagCount = 0, diagNoSelfCount = 0;
    for (int a = 0; a < models; ++a) {
        for (int b = 0; b <= a; ++b) {
            if (counts(a, b) <= 0)
                continue;
            r.inter(a, b) = r.inter(b, a) = sums(a, b) / counts(a, b);
            if (a != b) {
                offSum += r.inter(a, b);
                ++offCount;
            }
        }
        if (counts(a, a) > 0) {
            diagSum += r.inter(a, a);
            ++diagCount;
        }
        // Same-model distinct pairs: every prompt's na^2 - na ordered pairs.
        double distinctPairs = 0;
        for (int p = 0; p < m_measured; ++p) {
            const double na = std::sqrt(parts[size_t(p)].counts(a, a));
            distinctPairs += na * (na - 1);
        }
        if (distinctPairs > 0) {
            r.interDiagonalNoSelf(a) = (sums(a, a) - traces(a)) / distinctPairs;
            diagNoSelfSum += r.interDiagonalNoSelf(a);
            ++diagNoSelfCount;
        }
    }
    r.interOffDiagonalMean = offCount > 0 ? offSum / offCount : kNaN;
    r.interDiagonalMean = diagCount > 0 ? diagSum / diagCount : kNaN;
    r.interDiagonalNoSelfMean = diagNoSelfCount > 0 ? diagNoSelfSum / diagNoSelfCount : kNaN;

    r.uniqueSourcesMean.assign(options.ns.size(), kNaN);
    for (size_t t = 0; t < options.ns.size(); ++t) {
        double sum = 0;
        int count = 0;
        for (int p = 0; p < prompts; ++p) {
            const double v = r.uniqueSources(p, Eigen::Index(t));
            if (!std::isnan(v)) {
                sum += v;
                ++count;
            }
        }
        if (count > 0)
            r.uniqueSourcesMean[t] = sum / count;
    }
    return r;
}

MetricResult analyse(const EmbeddingSet &set, const MetricOptions &options)
{
    MetricAnalysis analysis(set, options);
    analysis.measureNext(analysis.prompts());
    return analysis.result();
}

PromptPicture promptPicture(const EmbeddingSet &set, int promptIndex, uint64_t seed)
{
    PromptPicture out;
    std::vector<int> rows;
    for (int r = 0; r < set.responses(); ++r) {
        if (set.prompt[size_t(r)] == promptIndex)
            rows.push_back(r);
    }
    if (rows.empty())
        return out;
    Eigen::MatrixXd e(Eigen::Index(rows.size()), set.dim());
    for (size_t i = 0; i < rows.size(); ++i) {
        e.row(Eigen::Index(i)) = set.rows.row(rows[i]).cast<double>();
        out.model.push_back(set.model[size_t(rows[i])]);
    }
    e = normalizedRows(e);
    out.projection = pca2(e);
    const int models = *std::max_element(out.model.begin(), out.model.end()) + 1;
    const int k = std::min(models, int(rows.size()));
    const int perCluster = (int(rows.size()) + k - 1) / k;
    out.clusters = balancedKMeans(e, k, perCluster, seed);
    out.clusterCentres2 = (out.clusters.centroids.rowwise() - e.colwise().mean())
                          * out.projection.axes;
    return out;
}

} // namespace paperlab::papers::hivemind
