// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "hivemindsnapshot.h"

#include <paperlab/math/stats.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace paperlab::papers::hivemind {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The responses per model when every (prompt, model) cell has the same number, else 0.
int equalResponsesPerModel(const MetricResult &r)
{
    if (r.prompts == 0 || r.models == 0 || r.responses % (r.prompts * r.models) != 0)
        return 0;
    return r.responses / (r.prompts * r.models);
}

} // namespace

void addMetrics(Snapshot &s, const MetricResult &r, bool includeSelfPairs)
{
    s.readouts.insert(QStringLiteral("intra_sim_mean"), r.intraMean);
    s.readouts.insert(QStringLiteral("inter_sim_mean"), r.interOffDiagonalMean);
    s.readouts.insert(QStringLiteral("inter_sim_diag_mean"),
                      includeSelfPairs ? r.interDiagonalMean : r.interDiagonalNoSelfMean);
    for (size_t t = 0; t < r.ns.size(); ++t) {
        s.readouts.insert(QStringLiteral("unique_sources_at_%1").arg(r.ns[t]),
                          r.uniqueSourcesMean[t]);
    }
    for (int b = 0; b < kHistogramBins; ++b) {
        s.readouts.insert(QStringLiteral("hist_intra_bin%1").arg(b),
                          r.histogramPooled[size_t(b)]);
    }
    s.readouts.insert(QStringLiteral("self_pairs"), includeSelfPairs ? 1 : 0);
    s.readouts.insert(QStringLiteral("prompts"), r.prompts);
    s.readouts.insert(QStringLiteral("models"), r.models);
    s.readouts.insert(QStringLiteral("responses"), r.responses);
    s.readouts.insert(QStringLiteral("dim"), r.dim);

    Grid hist{QStringLiteral("intra_hist"),
              QStringLiteral("Share of prompts per intra-model similarity bin (%)"), r.models,
              kHistogramBins, {}};
    for (int a = 0; a < r.models; ++a) {
        for (int b = 0; b < kHistogramBins; ++b)
            hist.values.push_back(r.histogramPerModel[size_t(a)][size_t(b)]);
    }
    s.grids.push_back(std::move(hist));

    Grid inter{QStringLiteral("inter_matrix"),
               QStringLiteral("Mean cosine similarity between models"), r.models, r.models, {}};
    for (int a = 0; a < r.models; ++a) {
        for (int b = 0; b < r.models; ++b) {
            double v = b <= a ? r.inter(a, b) : kNaN; // the paper fills j <= i only
            if (a == b && !includeSelfPairs)
                v = r.interDiagonalNoSelf(a);
            inter.values.push_back(v);
        }
    }
    s.grids.push_back(std::move(inter));

    s.bars.push_back(uniformBars(QStringLiteral("intra_hist_pooled"),
                                 QStringLiteral("All models pooled"), 0.0, 1.0,
                                 std::vector<double>(r.histogramPooled.begin(),
                                                     r.histogramPooled.end())));

    std::vector<double> x(r.ns.begin(), r.ns.end());
    Series mean{QStringLiteral("unique_mean"), QStringLiteral("mean over prompts"), x, {}};
    Series lo{QStringLiteral("unique_min"), QStringLiteral("min over prompts"), x, {}};
    Series hi{QStringLiteral("unique_max"), QStringLiteral("max over prompts"), x, {}};
    Series q1{QStringLiteral("unique_q1"), QStringLiteral("first quartile"), x, {}};
    Series med{QStringLiteral("unique_median"), QStringLiteral("median"), x, {}};
    Series q3{QStringLiteral("unique_q3"), QStringLiteral("third quartile"), x, {}};
    Table table{QStringLiteral("unique_sources"),
                QStringLiteral("Distinct source models among the N nearest responses"),
                {QStringLiteral("N"), QStringLiteral("Mean"), QStringLiteral("Min"),
                 QStringLiteral("Median"), QStringLiteral("Max")},
                {}};
    for (size_t t = 0; t < r.ns.size(); ++t) {
        std::vector<double> perPrompt;
        for (int p = 0; p < r.prompts; ++p) {
            const double v = r.uniqueSources(p, Eigen::Index(t));
            if (!std::isnan(v))
                perPrompt.push_back(v);
        }
        const bool any = !perPrompt.empty();
        mean.y.push_back(r.uniqueSourcesMean[t]);
        lo.y.push_back(any ? *std::min_element(perPrompt.begin(), perPrompt.end()) : kNaN);
        hi.y.push_back(any ? *std::max_element(perPrompt.begin(), perPrompt.end()) : kNaN);
        q1.y.push_back(any ? paperlab::math::percentile(perPrompt, 25) : kNaN);
        med.y.push_back(any ? paperlab::math::percentile(perPrompt, 50) : kNaN);
        q3.y.push_back(any ? paperlab::math::percentile(perPrompt, 75) : kNaN);
        table.rows.append({QString::number(r.ns[t]), QString::number(mean.y.back(), 'f', 2),
                           QString::number(lo.y.back(), 'f', 2),
                           QString::number(med.y.back(), 'f', 2),
                           QString::number(hi.y.back(), 'f', 2)});
    }
    // Fig. 8 as boxes: one row per N, one column per prompt.
    Grid boxes{QStringLiteral("unique_box"),
               QStringLiteral("Distinct models among the N nearest, per prompt"),
               int(r.ns.size()), r.prompts, {}};
    for (size_t t = 0; t < r.ns.size(); ++t) {
        for (int p = 0; p < r.prompts; ++p)
            boxes.values.push_back(r.uniqueSources(p, Eigen::Index(t)));
    }
    s.grids.push_back(std::move(boxes));
    for (Series *series : {&mean, &lo, &hi, &q1, &med, &q3})
        s.series.push_back(std::move(*series));
    s.tables.push_back(std::move(table));

    const int m = equalResponsesPerModel(r);
    if (m > 0) {
        const double limit50 = expectedUniqueSourcesExchangeable(r.models, m, 50);
        if (std::isfinite(limit50))
            s.readouts.insert(QStringLiteral("unique_limit_identical_at_50"), limit50);
        // Separated models at N = 50: the m - 1 own responses, then whole blocks of m.
        s.readouts.insert(QStringLiteral("unique_limit_separated_at_50"),
                          50 < m ? 1.0 : 1.0 + std::ceil(double(50 - (m - 1)) / m));
        Series identical{QStringLiteral("unique_limit_identical"),
                         QStringLiteral("identical models (hypergeometric)"), x, {}};
        Series separated{QStringLiteral("unique_limit_separated"),
                         QStringLiteral("fully separated models"), x, {}};
        for (int n : r.ns) {
            identical.y.push_back(expectedUniqueSourcesExchangeable(r.models, m, n));
            // The m - 1 own responses come first, then one other model per (m) block.
            separated.y.push_back(n < m ? 1.0 : 1.0 + std::ceil(double(n - (m - 1)) / m));
        }
        s.series.push_back(std::move(identical));
        s.series.push_back(std::move(separated));
    }
}

void addPicture(Snapshot &s, const PromptPicture &picture, int models)
{
    const Eigen::MatrixXd &points = picture.projection.points;
    for (int k = 0; k < models; ++k) {
        Series series{QStringLiteral("pca_model_%1").arg(k), QStringLiteral("model %1").arg(k + 1),
                      {}, {}};
        for (size_t i = 0; i < picture.model.size(); ++i) {
            if (picture.model[i] == k) {
                series.x.push_back(points(Eigen::Index(i), 0));
                series.y.push_back(points(Eigen::Index(i), 1));
            }
        }
        s.series.push_back(std::move(series));
    }
    Series centres{QStringLiteral("pca_centres"), QStringLiteral("balanced cluster centres"), {},
                   {}};
    for (Eigen::Index c = 0; c < picture.clusterCentres2.rows(); ++c) {
        centres.x.push_back(picture.clusterCentres2(c, 0));
        centres.y.push_back(picture.clusterCentres2(c, 1));
    }
    s.series.push_back(std::move(centres));
}

} // namespace paperlab::papers::hivemind
