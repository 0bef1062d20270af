// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "ngramtextsimulator.h"

#include "textmeasures.h"

#include "metrics.h"

#include <QFile>

#include <algorithm>
#include <cmath>
#include <limits>

namespace paperlab::papers::hivemind {

namespace {

const QString kCorpus =
    QStringLiteral(":/qt/qml/PaperLab/Papers/Hivemind/data/alice-chapter1.txt");
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double mean(const std::vector<double> &v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return v.empty() ? kNaN : s / double(v.size());
}

} // namespace

const std::vector<std::string> &NgramTextSimulator::prompts()
{
    static const std::vector<std::string> list{
        "Alice was ", "Down, down, down. ", "the Rabbit ", "`I wonder ",
        "There was ", "the little ",        "she went ",   "the door "};
    return list;
}

void NgramTextSimulator::reset(const ParameterSet &p)
{
    if (m_corpus.empty()) {
        QFile f(kCorpus);
        if (!f.open(QIODevice::ReadOnly))
            throw SimulationError("the bundled chapter cannot be read: "
                                  + f.errorString().toStdString());
        const QByteArray raw = f.readAll();
        m_corpus = normalizeCorpus(std::string_view(raw.constData(), size_t(raw.size())));
    }
    m_models = p.integer(QStringLiteral("ngram_models"));
    m_order = p.integer(QStringLiteral("ngram_order"));
    m_responses = p.integer(QStringLiteral("ngram_responses"));
    m_length = p.integer(QStringLiteral("ngram_length"));
    m_slice = p.real(QStringLiteral("ngram_slice"));
    m_seed = p.seed(QStringLiteral("seed"));
    m_lms.clear();
    m_setups[0] = {"topp", "top-p 0.9, T 1", kTopPDecoding, {}, {}, {}, {}, 0, 0};
    m_setups[1] = {"minp", "min-p 0.1, T 2", kMinPDecoding, {}, {}, {}, {}, 0, 0};
    m_done = 0;
    m_measured = false;
    m_differentPromptValues.clear();
    m_differentPrompts = 0;
    m_step = 0;
}

void NgramTextSimulator::step()
{
    ++m_step;
    const int promptCount = int(prompts().size());
    if (m_lms.empty()) {
        m_lms = trainSliceModels(m_corpus, m_models, m_order, m_slice);
        return;
    }
    if (m_done < 2 * promptCount) {
        const int s = m_done / promptCount, p = m_done % promptCount;
        Setup &setup = m_setups[s];
        std::vector<std::vector<std::string>> perModel(static_cast<size_t>(m_models));
        const paperlab::math::Rng base(m_seed);
        for (int k = 0; k < m_models; ++k) {
            for (int r = 0; r < m_responses; ++r) {
                const auto stream = std::uint64_t(((s * promptCount + p) * m_models + k))
                        * std::uint64_t(m_responses) + std::uint64_t(r);
                paperlab::math::Rng rng = base.split(stream);
                perModel[size_t(k)].push_back(m_lms[size_t(k)].sample(
                    prompts()[size_t(p)], m_length, setup.decoding, rng));
            }
        }
        setup.texts.push_back(std::move(perModel));
        ++m_done;
        return;
    }
    measure();
}

void NgramTextSimulator::measure()
{
    const int promptCount = int(prompts().size());
    std::vector<std::string> all;
    for (const Setup &setup : m_setups)
        for (const auto &perModel : setup.texts)
            for (const auto &texts : perModel)
                all.insert(all.end(), texts.begin(), texts.end());
    // One idf over every continuation of both setups, so the two share one embedding.
    const Eigen::MatrixXd e = trigramTfidf(all);
    const auto m = Eigen::Index(m_responses);
    // Each (setup, prompt, model) block copied out once: rows of a column-major matrix are
    // strided, and the blocks are used many times below.
    std::vector<Eigen::MatrixXd> blocks;
    for (Eigen::Index first = 0; first < e.rows(); first += m)
        blocks.push_back(e.middleRows(first, m));
    auto block = [&](int s, int p, int k) -> const Eigen::MatrixXd & {
        return blocks[size_t((s * promptCount + p) * m_models + k)];
    };
    for (int s = 0; s < 2; ++s) {
        Setup &setup = m_setups[s];
        setup.intra.clear();
        setup.histogram.assign(size_t(m_models), {});
        for (int k = 0; k < m_models; ++k) {
            std::vector<double> perPrompt;
            for (int p = 0; p < promptCount; ++p)
                perPrompt.push_back(pairwiseSimilarity(block(s, p, k)));
            const Histogram h = histogramPercent(perPrompt);
            setup.histogram[size_t(k)].assign(h.begin(), h.end());
            setup.intra.insert(setup.intra.end(), perPrompt.begin(), perPrompt.end());
            // Baseline: this model's answers to two different prompts.
            for (int p = 0; p < promptCount; ++p)
                for (int q = 0; q < p; ++q)
                    m_differentPromptValues.push_back(
                        crossSimilarity(block(s, p, k), block(s, q, k)));
        }
        setup.inter.assign(size_t(m_models) * size_t(m_models), kNaN);
        std::vector<double> interValues;
        for (int i = 0; i < m_models; ++i) {
            for (int j = 0; j < i; ++j) {
                double sum = 0;
                for (int p = 0; p < promptCount; ++p)
                    sum += crossSimilarity(block(s, p, i), block(s, p, j));
                setup.inter[size_t(i) * size_t(m_models) + size_t(j)] = sum / promptCount;
                interValues.push_back(sum / promptCount);
            }
        }
        setup.intraMean = mean(setup.intra);
        setup.interMean = mean(interValues);
    }
    m_differentPrompts = mean(m_differentPromptValues);
    m_measured = true;
}

std::shared_ptr<Snapshot> NgramTextSimulator::snapshot() const
{
    auto s = std::make_shared<Snapshot>();
    const int promptCount = int(prompts().size());
    const int total = 2 + 2 * promptCount;
    s->step = m_step;
    s->finished = m_measured;
    s->progress = m_measured ? 1.0 : double(m_step) / total;
    s->phase = m_measured ? QStringLiteral("done")
        : m_lms.empty()   ? QStringLiteral("training %1 models").arg(m_models)
                          : QStringLiteral("sampling %1 of %2").arg(m_done).arg(2 * promptCount);

    // Continuations so far, one per model, for the first prompt of each setup.
    Table examples{QStringLiteral("ngram_examples"),
                   QStringLiteral("First continuation of “%1” by each model")
                       .arg(QString::fromStdString(prompts().front())),
                   {QStringLiteral("Model"), QStringLiteral("top-p 0.9, T 1"),
                    QStringLiteral("min-p 0.1, T 2")},
                   {}};
    for (int k = 0; k < m_models && !m_setups[1].texts.empty(); ++k) {
        QStringList row{QStringLiteral("LM %1").arg(k + 1)};
        for (const Setup &setup : m_setups) {
            row.append(setup.texts.empty()
                           ? QString()
                           : QString::fromStdString(setup.texts.front()[size_t(k)].front()));
        }
        examples.rows.append(row);
    }
    s->tables.push_back(std::move(examples));

    if (m_measured) {
        // The box plot: per (model, prompt) intra similarity of each setup, and the baseline.
        const size_t cols = std::max({m_setups[0].intra.size(), m_setups[1].intra.size(),
                                      m_differentPromptValues.size()});
        Grid box{QStringLiteral("ngram_box"), QStringLiteral("cosine"), 3, int(cols), {}};
        box.values.assign(3 * cols, kNaN);
        const std::vector<double> *sources[3] = {&m_setups[0].intra, &m_setups[1].intra,
                                                 &m_differentPromptValues};
        for (size_t r = 0; r < 3; ++r)
            std::copy(sources[r]->begin(), sources[r]->end(),
                      box.values.begin() + qsizetype(r * cols));
        s->grids.push_back(std::move(box));
        for (const Setup &setup : m_setups) {
            Grid h{QStringLiteral("ngram_hist_") + QLatin1String(setup.id),
                   QStringLiteral("% of prompts"), m_models, kHistogramBins, {}};
            for (const auto &row : setup.histogram)
                h.values.insert(h.values.end(), row.begin(), row.end());
            s->grids.push_back(std::move(h));
            s->grids.push_back({QStringLiteral("ngram_inter_") + QLatin1String(setup.id),
                                QStringLiteral("similarity"), m_models, m_models, setup.inter});
            s->readouts.insert(QStringLiteral("intra_sim_") + QLatin1String(setup.id),
                               setup.intraMean);
            s->readouts.insert(QStringLiteral("inter_sim_") + QLatin1String(setup.id),
                               setup.interMean);
        }
        s->readouts.insert(QStringLiteral("different_prompt_sim"), m_differentPrompts);
    }
    s->readouts.insert(QStringLiteral("ngram_corpus_chars"), double(m_corpus.size()));
    s->readouts.insert(QStringLiteral("ngram_models"), double(m_models));
    s->status = m_measured
        ? QStringLiteral("%1 character %2-gram models, %3 continuations per model and prompt, "
                         "%4 prompts, both decoding setups")
              .arg(m_models)
              .arg(m_order)
              .arg(m_responses)
              .arg(promptCount)
        : s->phase;
    return s;
}

} // namespace paperlab::papers::hivemind
