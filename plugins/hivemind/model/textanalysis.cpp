// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "textanalysis.h"

#include "metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace paperlab::papers::hivemind {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Eigen::MatrixXd rowsOf(const Eigen::MatrixXd &e, const std::vector<int> &rows)
{
    Eigen::MatrixXd out(Eigen::Index(rows.size()), e.cols());
    for (size_t i = 0; i < rows.size(); ++i)
        out.row(Eigen::Index(i)) = e.row(rows[i]);
    return out;
}

double mean(const std::vector<double> &v)
{
    if (v.empty())
        return kNaN;
    double s = 0;
    for (double x : v)
        s += x;
    return s / double(v.size());
}

} // namespace

TextAnalysis analyseTexts(const TextSet &set)
{
    TextAnalysis a;
    a.models = set.models;
    a.prompts = set.prompts;
    const int models = int(a.models.size()), prompts = int(a.prompts.size());

    std::vector<std::string> texts;
    std::vector<Tokens> tokens;
    for (const TextResponse &r : set.responses) {
        texts.push_back(r.text);
        tokens.push_back(tokenize(r.text));
    }
    a.embeddings = trigramTfidf(texts);

    // Cells, model-major.
    auto indexOf = [](const std::vector<std::string> &names, const std::string &name) {
        return int(std::find(names.begin(), names.end(), name) - names.begin());
    };
    std::vector<std::vector<int>> byCell(size_t(models) * size_t(prompts));
    for (size_t i = 0; i < set.responses.size(); ++i) {
        const int m = indexOf(a.models, set.responses[i].model);
        const int p = indexOf(a.prompts, set.responses[i].prompt);
        byCell[size_t(m) * size_t(prompts) + size_t(p)].push_back(int(i));
    }
    for (int m = 0; m < models; ++m) {
        for (int p = 0; p < prompts; ++p) {
            const std::vector<int> &rows = byCell[size_t(m) * size_t(prompts) + size_t(p)];
            if (rows.empty())
                continue;
            TextCell c;
            c.model = m;
            c.prompt = p;
            c.responses = rows;
            std::vector<Tokens> cellTokens;
            for (int r : rows)
                cellTokens.push_back(tokens[size_t(r)]);
            c.lexical = lexicalMeasures(cellTokens);
            a.cells.push_back(std::move(c));
        }
    }

    // The paper's metrics (sheet §3.3) by the metric engine, on the local embedding. U_N is
    // defined up to the smallest pool's size less one (the query itself is excluded).
    EmbeddingSet embedded;
    embedded.promptNames = a.prompts;
    embedded.modelNames = a.models;
    embedded.rows = a.embeddings.cast<float>();
    std::vector<int> poolSize(size_t(prompts), 0);
    for (const TextResponse &r : set.responses) {
        embedded.prompt.push_back(indexOf(a.prompts, r.prompt));
        embedded.model.push_back(indexOf(a.models, r.model));
        ++poolSize[size_t(embedded.prompt.back())];
    }
    MetricOptions options;
    const int maxN = std::min(50, *std::min_element(poolSize.begin(), poolSize.end()) - 1);
    options.ns.clear();
    for (int n = 1; n <= maxN; ++n)
        options.ns.push_back(n);
    const MetricResult metrics = analyse(embedded, options);

    // Per model: means over its cells with a pair to compare.
    a.modelLexical.assign(size_t(models), {});
    a.modelIntra.assign(size_t(models), kNaN);
    for (int m = 0; m < models; ++m) {
        LexicalMeasures sum;
        std::vector<double> intra;
        int cells = 0;
        for (TextCell &c : a.cells) {
            if (c.model != m)
                continue;
            c.intraSimilarity = metrics.intra(c.prompt, c.model);
            sum.texts += c.lexical.texts;
            sum.tokens += c.lexical.tokens;
            if (c.responses.size() < 2)
                continue;
            ++cells;
            sum.meanTypeTokenRatio += c.lexical.meanTypeTokenRatio;
            sum.distinct1 += c.lexical.distinct1;
            sum.distinct2 += c.lexical.distinct2;
            sum.distinct3 += c.lexical.distinct3;
            sum.selfBleu += c.lexical.selfBleu;
            intra.push_back(c.intraSimilarity);
        }
        if (cells > 0) { // the parser guarantees one for every model
            sum.meanTypeTokenRatio /= cells;
            sum.distinct1 /= cells;
            sum.distinct2 /= cells;
            sum.distinct3 /= cells;
            sum.selfBleu /= cells;
        }
        a.modelLexical[size_t(m)] = sum;
        a.modelIntra[size_t(m)] = mean(intra);
    }
    a.intraMean = metrics.intraMean;
    a.histogram.assign(metrics.histogramPooled.begin(), metrics.histogramPooled.end());

    // Between models, lower triangle; the diagonal without and with self-pairs (with five
    // answers a model, self-pairs are a fifth of the diagonal's pairs).
    a.diagonalWithSelfPairs = metrics.inter.diagonal();
    a.inter = Eigen::MatrixXd::Constant(models, models, kNaN);
    for (int i = 0; i < models; ++i) {
        a.inter(i, i) = metrics.interDiagonalNoSelf(i);
        for (int j = 0; j < i; ++j)
            a.inter(i, j) = metrics.inter(i, j);
    }
    a.interMean = models > 1 ? metrics.interOffDiagonalMean : kNaN;

    // The baseline, over every pair of answers to different prompts: with unit rows, the sum
    // of their cosines is (|sum of all rows|² − Σ_p |sum of prompt p's rows|²) / 2.
    if (prompts > 1) {
        Eigen::VectorXd total = Eigen::VectorXd::Zero(a.embeddings.cols());
        Eigen::MatrixXd perPrompt = Eigen::MatrixXd::Zero(prompts, a.embeddings.cols());
        for (size_t i = 0; i < set.responses.size(); ++i) {
            total += a.embeddings.row(Eigen::Index(i)).transpose();
            perPrompt.row(embedded.prompt[i]) += a.embeddings.row(Eigen::Index(i));
        }
        double pairs = double(set.responses.size()) * double(set.responses.size());
        for (int n : poolSize)
            pairs -= double(n) * double(n);
        a.differentPrompts =
            (total.squaredNorm() - perPrompt.rowwise().squaredNorm().sum()) / pairs;
    } else {
        a.differentPrompts = kNaN;
    }

    // U_N, N = 1 … maxN, averaged over the prompts that at least two models answered.
    std::vector<int> promptsWithPairs;
    for (int p = 0; p < prompts; ++p) {
        int answering = 0;
        for (const TextCell &c : a.cells)
            answering += c.prompt == p ? 1 : 0;
        if (answering >= 2)
            promptsWithPairs.push_back(p);
    }
    if (!promptsWithPairs.empty()) {
        a.uniqueSources.assign(options.ns.size(), 0.0);
        for (int p : promptsWithPairs)
            for (size_t t = 0; t < options.ns.size(); ++t)
                a.uniqueSources[t] +=
                    metrics.uniqueSources(p, Eigen::Index(t)) / double(promptsWithPairs.size());
    }
    return a;
}

Eigen::MatrixXd promptSimilarity(const TextAnalysis &a, int prompt, std::vector<int> *rowModels)
{
    std::vector<int> rows;
    if (rowModels)
        rowModels->clear();
    for (const TextCell &c : a.cells) {
        if (c.prompt != prompt)
            continue;
        rows.insert(rows.end(), c.responses.begin(), c.responses.end());
        if (rowModels)
            rowModels->insert(rowModels->end(), c.responses.size(), c.model);
    }
    const Eigen::MatrixXd e = rowsOf(a.embeddings, rows);
    return e * e.transpose();
}

} // namespace paperlab::papers::hivemind
