// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "simcommon.h"

#include <paperlab/paperdata.h>
#include <paperlab/simulator.h>

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace paperlab::papers::superpositionscaling {

namespace {

FrequencyLaw lawFrom(const QString &id)
{
    if (id == QLatin1String("exponential"))
        return FrequencyLaw::Exponential;
    if (id == QLatin1String("linear"))
        return FrequencyLaw::Linear;
    if (id == QLatin1String("flat"))
        return FrequencyLaw::Flat;
    return FrequencyLaw::Power;
}

} // namespace

TrainConfig trainConfigFrom(const ParameterSet &p)
{
    TrainConfig c;
    c.n = p.integer(QStringLiteral("n"));
    c.m = p.integer(QStringLiteral("m"));
    c.law = lawFrom(p.choice(QStringLiteral("law")));
    c.alpha = p.real(QStringLiteral("alpha"));
    c.density = p.real(QStringLiteral("density"));
    c.gamma = p.real(QStringLiteral("gamma"));
    c.batch = p.integer(QStringLiteral("batch"));
    c.steps = p.integer(QStringLiteral("steps"));
    c.warmup = p.integer(QStringLiteral("warmup"));
    c.lr = p.real(QStringLiteral("lr"));
    if (c.n < 2 || c.batch < 1 || c.steps < 1)
        throw SimulationError("n, batch and steps must be positive");
    return c;
}

std::vector<int> widthsFrom(const ParameterSet &p, int n)
{
    std::vector<int> widths;
    for (int m : p.intList(QStringLiteral("widths")))
        widths.push_back(m);
    std::sort(widths.begin(), widths.end());
    widths.erase(std::unique(widths.begin(), widths.end()), widths.end());
    // InputError: the run goes on as it was (the callers change nothing before this).
    if (widths.size() < 2) {
        throw InputError({}, 0, QStringLiteral("widths"),
                         QStringLiteral("widths: the scaling fit needs at least two "
                                        "different widths m"));
    }
    if (widths.back() > n) {
        throw InputError({}, 0, QStringLiteral("widths"),
                         QStringLiteral("the widest of the widths, m = %1, exceeds the number "
                                        "of features n = %2")
                             .arg(widths.back())
                             .arg(n));
    }
    return widths;
}

int chunkSteps(const TrainConfig &config, const std::vector<RunSpec> &specs)
{
    // One training step costs about 2 B' n m multiply-adds in the forward product plus the
    // same again in elementwise work, with B' ~ B (1 - e^-E) non-empty samples.
    double width = 0.0;
    for (const RunSpec &s : specs)
        width += s.m + 8.0; // + per-step overhead of a run, in width units
    const double rows = config.batch * (1.0 - std::exp(-std::max(config.density, 0.05)));
    const double flops = 4.0 * rows * config.n * width;
    const double budget = 0.3 * 2.5e10; // ~0.3 s at the single-core rate measured here
    return std::clamp(int(budget / std::max(flops, 1.0)), 1, std::max(config.steps, 1));
}

Series decimatedCurve(const QString &id, const QString &label, const std::vector<float> &history,
                      int points)
{
    Series s{id, label, {}, {}};
    const int n = int(history.size());
    if (n == 0)
        return s;
    const int window = std::max(1, (n + points - 1) / points);
    for (int start = 0; start < n; start += window) {
        const int end = std::min(n, start + window);
        double sum = 0.0;
        for (int k = start; k < end; ++k)
            sum += history[size_t(k)];
        s.x.push_back(0.5 * (start + end - 1) + 1.0); // steps are counted from 1
        s.y.push_back(sum / (end - start));
    }
    return s;
}

Grid overlapGrid(const QString &id, const QString &label, const Eigen::MatrixXd &W, int k)
{
    k = std::min<int>(k, int(W.rows()));
    const Eigen::MatrixXd top = W.topRows(k);
    const Eigen::MatrixXd gram = top * top.transpose();
    Grid g{id, label, k, k, {}};
    g.values.reserve(size_t(k) * size_t(k));
    for (int r = 0; r < k; ++r) {
        for (int c = 0; c < k; ++c)
            g.values.push_back(gram(r, c));
    }
    return g;
}

Table paperLlmTable()
{
    Table t{QStringLiteral("llm_paper"),
            QStringLiteral("The paper's measurements (arXiv 2505.10465 §3.3, Fig. 6b)"),
            {QStringLiteral("source"), QStringLiteral("alpha_m"), QStringLiteral("se"),
             QStringLiteral("note")},
            {}};
    const QJsonObject root = loadPaperData(
        QStringLiteral(":/qt/qml/PaperLab/Papers/SuperpositionScaling/data/paperdata.json"));
    for (const QJsonValue &v : root.value(QStringLiteral("exponents")).toArray()) {
        const QJsonObject o = v.toObject();
        t.rows.append({o.value(QStringLiteral("label")).toString(),
                       QString::number(o.value(QStringLiteral("alpha_m")).toDouble()),
                       QString::number(o.value(QStringLiteral("se")).toDouble()),
                       o.value(QStringLiteral("note")).toString()});
    }
    return t;
}

QString perWidthKey(const char *prefix, int m)
{
    return QLatin1String(prefix) + QString::number(m);
}

} // namespace paperlab::papers::superpositionscaling
