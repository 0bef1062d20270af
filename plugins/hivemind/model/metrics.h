// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

// The measurement pipeline of "Artificial Hivemind" (Jiang et al., arXiv 2510.22954), ported
// from the authors' analysis code (paper sheet §3.3, §5, §7.A). Qt-free; all functions are
// pure and thread-safe. What each returns:
//
//  - normalizedRows(E): E with every row scaled to unit L2 norm (zero rows stay zero).
//  - cosineMatrix(E): the n x n cosine similarities of the rows of E.
//  - pairwiseSimilarity(E): intra-model similarity of one model on one prompt, the mean of
//    the STRICT upper triangle of cosineMatrix(E) (no self-pairs); NaN for fewer than 2 rows.
//  - crossSimilarity(A, B): the mean of the FULL nA x nB cosine matrix between two sets. With
//    A == B the n self-pairs (cos = 1) are included, as on the paper's Fig. 6 diagonal.
//  - histogramPercent(values): numpy histogram(values, bins=10, range=(0, 1)) * 100 / count:
//    bins [0,.1) ... [.8,.9) half-open, the last [.9, 1] closed; values outside [0, 1] are
//    dropped but still counted in the denominator, so a row may sum to less than 100.
//  - uniqueSources(pool, labels, ns): for each N in ns, the mean over all rows r of the
//    pool of U_N(r), the number of distinct labels among the N nearest other rows by cosine
//    distance 1 - cos (the row itself excluded, ties broken arbitrarily as numpy's
//    argpartition does).
//  - balancedKMeans(E, k, perCluster, seed): k-means (k-means++ start, Lloyd), then the
//    greedy balanced assignment (globally closest (point, non-full cluster) pair first,
//    Euclidean distance to the k-means centroid), then centroids recomputed from it.
//  - pca2(E): the rows of E projected on their first two principal axes (display only).
//  - expectedUniqueSourcesExchangeable(K, m, N): E[U_N] when K models of m responses each
//    are exchangeable (identical models): the hypergeometric value, ~21.89 for 25, 50, 50.
//  - analyse(set, options): every metric of the paper on a whole embedding set (below);
//    MetricAnalysis: the same, a few prompts at a time.
//  - intraSampleIndices(count, sampleSize, seed, prompt, model): which of a model's responses
//    to one prompt the intra-model similarity uses when it has more than sampleSize of them.
//  - uniqueSourcesN(): the paper's N = 5, 10, ..., 50.

#include <Eigen/Core>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace paperlab::papers::hivemind {

using RowMatrixF = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

constexpr int kHistogramBins = 10;
using Histogram = std::array<double, kHistogramBins>;

Eigen::MatrixXd normalizedRows(const Eigen::MatrixXd &e);
Eigen::MatrixXd cosineMatrix(const Eigen::MatrixXd &e);
double pairwiseSimilarity(const Eigen::MatrixXd &e);
double crossSimilarity(const Eigen::MatrixXd &a, const Eigen::MatrixXd &b);
Histogram histogramPercent(const std::vector<double> &values);
std::vector<double> uniqueSources(const Eigen::MatrixXd &pool, const std::vector<int> &labels,
                                  const std::vector<int> &ns);
std::vector<int> uniqueSourcesN();
double expectedUniqueSourcesExchangeable(int models, int responsesPerModel, int n);

struct BalancedClusters
{
    std::vector<int> assignment;   // cluster of each row, each cluster at most perCluster rows
    Eigen::MatrixXd centroids;     // k x dim, means of the balanced clusters
    Eigen::MatrixXd kmeansCentroids; // k x dim, after step 1 (plain k-means)
};
BalancedClusters balancedKMeans(const Eigen::MatrixXd &e, int k, int perCluster,
                                uint64_t seed);

struct Projection2
{
    Eigen::MatrixXd points;    // n x 2 coordinates (centred rows on the two axes)
    Eigen::MatrixXd axes;      // dim x 2 unit principal axes (sign: largest entry positive)
    Eigen::Vector2d variance = Eigen::Vector2d::Zero(); // along each axis (n - 1 denominator)
};
Projection2 pca2(const Eigen::MatrixXd &e);

/// Response embeddings from any source: one row per response, with its prompt and model.
struct EmbeddingSet
{
    std::vector<std::string> promptNames; // index -> name, in first-seen order
    std::vector<std::string> modelNames;
    std::vector<int> prompt; // per row
    std::vector<int> model;  // per row
    RowMatrixF rows;         // responses x dim (float: paper scale is 125,000 x 1536)

    int responses() const { return int(rows.rows()); }
    int dim() const { return int(rows.cols()); }
};

struct MetricOptions
{
    std::vector<int> ns = uniqueSourcesN();
    int threads = 0; // parallelFor threads over prompts (<= 0: all cores)
    /// The authors' main_model_similarity(sample_size=50) (sheet §5): a model with more than
    /// this many responses to a prompt gets its intra-model similarity from this many drawn
    /// at random without replacement (seeded by sampleSeed, so deterministic). 0: use all.
    /// Only the intra-model metric subsamples; the inter-model matrix and unique-source@N use
    /// every response, as the authors' code does.
    int intraSampleSize = 50;
    uint64_t sampleSeed = 0;
};

/// The positions (0 .. count - 1, ascending, in file order of the model's responses to the
/// prompt) that analyse() uses for the intra-model similarity of (prompt, model): all of
/// them when count <= sampleSize or sampleSize <= 0, else sampleSize drawn without
/// replacement from a stream that depends only on (seed, prompt, model).
std::vector<int> intraSampleIndices(int count, int sampleSize, uint64_t seed, int prompt,
                                    int model);

/// Every metric on one embedding set. Rows are L2-normalised first (cosine similarity).
struct MetricResult
{
    int prompts = 0, models = 0, responses = 0, dim = 0;
    /// prompts x models intra-model similarity (pairwiseSimilarity of the model's
    /// responses to the prompt, subsampled as MetricOptions::intraSampleSize says); NaN
    /// where the model has fewer than 2 responses.
    Eigen::MatrixXd intra;
    /// Per model, histogramPercent over the prompts it answered (Fig. 4/5 rows).
    std::vector<Histogram> histogramPerModel;
    /// histogramPercent of all (prompt, model) values pooled.
    Histogram histogramPooled{};
    /// The paper's "Average" column: mean of the per-model percentages.
    Histogram histogramAverage{};
    /// models x models crossSimilarity pooled over the prompts both answered (all cross
    /// pairs of all prompts averaged); the diagonal includes self-pairs (paper, Fig. 6).
    Eigen::MatrixXd inter;
    /// The diagonal without self-pairs: the mean of all same-model distinct pairs.
    Eigen::VectorXd interDiagonalNoSelf;
    std::vector<int> ns;
    /// prompts x ns.size(): mean U_N over the prompt's pooled responses.
    Eigen::MatrixXd uniqueSources;

    double intraMean = 0;        // over (prompt, model) cases with a value
    double interOffDiagonalMean = 0; // over model pairs A != B (each pair once)
    double interDiagonalMean = 0;    // mean of the diagonal, self-pairs included
    double interDiagonalNoSelfMean = 0;
    std::vector<double> uniqueSourcesMean; // per N, mean over prompts
};

/// Throws std::invalid_argument if the set is empty or a row has no prompt/model.
void checkEmbeddingSet(const EmbeddingSet &set);

/// Throws std::invalid_argument as checkEmbeddingSet() does.
MetricResult analyse(const EmbeddingSet &set, const MetricOptions &options = {});

/// analyse() in steps, so that paper-scale data can show progress and be paused:
/// measureNext(count) measures the next `count` prompts (in parallel over them) and result()
/// aggregates the prompts measured so far, always in prompt order, so the final result is
/// the same however the prompts were batched. Unmeasured prompts are NaN in the per-prompt
/// tables and left out of every mean. The set must outlive the analysis.
class MetricAnalysis
{
public:
    /// Throws std::invalid_argument as checkEmbeddingSet() does.
    explicit MetricAnalysis(const EmbeddingSet &set, MetricOptions options = {});

    int prompts() const;
    int measured() const { return m_measured; }
    bool done() const { return m_measured == prompts(); }
    /// Σ n² · dim over the prompts left (n: a prompt's responses): the cost of their cosines.
    double workLeft() const;
    void measureNext(int count);
    MetricResult result() const;

private:
    struct PromptPart
    {
        Eigen::MatrixXd sums;   // models x models sums of cosines over cross pairs
        Eigen::MatrixXd counts; // number of pairs
        Eigen::VectorXd trace;  // per model, sum of self-similarities
        Eigen::VectorXd sampledIntra; // per model, the subsampled intra value (else NaN)
        std::vector<double> unique;
    };

    const EmbeddingSet &m_set;
    MetricOptions m_options;
    std::vector<std::vector<int>> m_members; // per prompt: its rows, grouped by model
    std::vector<PromptPart> m_parts;
    int m_measured = 0;
};

/// One prompt's pool for the Fig. 1 picture: PCA coordinates, source models and balanced
/// clusters (as many clusters as models, ceil(n / models) responses each).
struct PromptPicture
{
    Projection2 projection;
    std::vector<int> model;      // per point
    BalancedClusters clusters;
    Eigen::MatrixXd clusterCentres2; // clusters x 2, centroids projected on the PCA axes
};
PromptPicture promptPicture(const EmbeddingSet &set, int promptIndex, uint64_t seed = 42);

} // namespace paperlab::papers::hivemind
