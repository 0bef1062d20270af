// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "textssimulator.h"

#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace paperlab::papers::hivemind {

namespace {

constexpr qint64 kMaxInputBytes = 64LL * 1024 * 1024;
const QString kExampleSet =
    QStringLiteral(":/qt/qml/PaperLab/Papers/Hivemind/data/example-texts.jsonl");

TextFormat formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return TextFormat::Jsonl;
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("md"))
        return TextFormat::Plain;
    return TextFormat::Auto;
}

TextParseResult parseBytes(const QByteArray &bytes, TextFormat format)
{
    return parseTexts(std::string_view(bytes.constData(), size_t(bytes.size())), format);
}

QString number(double v, int digits = 3)
{
    return std::isfinite(v) ? QString::number(v, 'f', digits) : QStringLiteral("–");
}

void insertFinite(Snapshot &s, const QString &key, double v)
{
    if (std::isfinite(v))
        s.readouts.insert(key, v);
}

} // namespace

TextSet readTextsFile(const QString &path)
{
    QFile f(path);
    const QString name = path.startsWith(QLatin1Char(':')) ? QFileInfo(path).fileName() : path;
    if (!f.open(QIODevice::ReadOnly))
        throw InputError(name, 0, {}, QStringLiteral("cannot be read (%1)").arg(f.errorString()));
    if (f.size() > kMaxInputBytes)
        throw InputError(name, 0, {}, QStringLiteral("is larger than 64 MB"));
    TextParseResult parsed = parseBytes(f.readAll(), formatOf(path));
    if (!parsed.ok()) {
        const TextParseError &e = *parsed.error;
        throw InputError(name, e.line, QString::fromStdString(e.field),
                         QString::fromStdString(e.message));
    }
    return std::move(parsed.data);
}

void TextsSimulator::reset(const ParameterSet &p)
{
    // Parse everything first: a bad file throws and leaves the shown analysis as it was.
    const QString path = p.filePath(QStringLiteral("texts"));
    TextSet fileSet = readTextsFile(path.isEmpty() ? kExampleSet : path);

    if (path != m_filePath)
        m_pasted = false; // a newly chosen file replaces pasted texts
    m_filePath = path;
    m_fileSet = std::move(fileSet);
    m_fileSource = path.isEmpty() ? QStringLiteral("example set (hand-written, not model outputs)")
                                  : QFileInfo(path).fileName();
    m_error.clear();
    m_errorLine = -1;
    inputAccepted();
    applyLive(p);
    if (!m_pasted)
        show(m_fileSet, m_fileSource);
}

void TextsSimulator::applyLive(const ParameterSet &p)
{
    m_prompt = p.integer(QStringLiteral("texts_prompt")) - 1;
    m_selfPairs = p.flag(QStringLiteral("self_pairs"));
}

void TextsSimulator::show(TextSet set, const QString &source)
{
    m_analysis = analyseTexts(set);
    m_shownSet = std::move(set);
    m_source = source;
}

void TextsSimulator::command(const QString &id, const QVariantMap &arguments)
{
    if (id == QLatin1String("load-texts")) {
        load(arguments);
    } else if (id == QLatin1String("clear-texts")) {
        m_pasted = false;
        m_error.clear();
        m_errorLine = -1;
        show(m_fileSet, m_fileSource);
        m_message = QStringLiteral("cleared; showing %1").arg(m_fileSource);
    } else {
        Simulator::command(id, arguments);
    }
}

void TextsSimulator::load(const QVariantMap &args)
{
    QByteArray bytes;
    QString source;
    TextFormat format = TextFormat::Auto;
    const QString path = args.value(QStringLiteral("path")).toString();
    if (!path.isEmpty()) {
        QFile f(path);
        source = QFileInfo(path).fileName();
        if (!f.open(QIODevice::ReadOnly) || f.size() > kMaxInputBytes) {
            m_error = f.isOpen() ? QStringLiteral("%1: is larger than 64 MB").arg(source)
                                 : QStringLiteral("%1: cannot be read (%2)")
                                       .arg(source, f.errorString());
            m_errorLine = 0;
            m_message = m_error;
            return;
        }
        bytes = f.readAll();
        format = formatOf(path);
    } else {
        bytes = args.value(QStringLiteral("text")).toString().toUtf8();
        source = QStringLiteral("pasted text");
    }
    TextParseResult parsed = parseBytes(bytes, format);
    if (!parsed.ok()) {
        m_errorLine = parsed.error->line;
        m_error = source + QStringLiteral(": ") + QString::fromStdString(parsed.error->text());
        m_message = m_error;
        return; // keep what is shown
    }
    m_error.clear();
    m_errorLine = -1;
    m_pasted = true;
    const auto responses = parsed.data.responses.size();
    show(std::move(parsed.data), source);
    m_message = QStringLiteral("loaded %1 responses from %2").arg(responses).arg(source);
}

std::shared_ptr<Snapshot> TextsSimulator::snapshot() const
{
    auto s = analysisSnapshot();
    const TextAnalysis &a = m_analysis;
    const int prompts = int(a.prompts.size());
    const int prompt = prompts > 0 ? std::clamp(m_prompt, 0, prompts - 1) : 0;

    Table models{QStringLiteral("texts_models"),
                 QStringLiteral("Per model (means over its prompts)"),
                 {QStringLiteral("Model"), QStringLiteral("Answers"), QStringLiteral("TTR"),
                  QStringLiteral("distinct-1"), QStringLiteral("distinct-2"),
                  QStringLiteral("distinct-3"), QStringLiteral("Self-BLEU"),
                  QStringLiteral("Cosine")},
                 {}};
    for (size_t m = 0; m < a.models.size(); ++m) {
        const LexicalMeasures &l = a.modelLexical[m];
        models.rows.append({QString::fromStdString(a.models[m]), QString::number(l.texts),
                            number(l.meanTypeTokenRatio),
                            number(l.distinct1), number(l.distinct2), number(l.distinct3),
                            number(l.selfBleu), number(a.modelIntra[m])});
    }
    s->tables.push_back(std::move(models));

    // The shown prompt's responses: the rows of the similarity matrix.
    std::vector<int> rowModels;
    const Eigen::MatrixXd sim = prompts > 0 ? promptSimilarity(a, prompt, &rowModels)
                                            : Eigen::MatrixXd();
    Table rows{QStringLiteral("texts_rows"), QStringLiteral("Responses to the shown prompt"),
               {QStringLiteral("Row"), QStringLiteral("Model"), QStringLiteral("Text")},
               {}};
    std::vector<int> seen(a.models.size(), 0);
    for (const TextCell &c : a.cells) {
        if (c.prompt != prompt)
            continue;
        for (int r : c.responses) {
            const QString model = QString::fromStdString(a.models[size_t(c.model)]);
            rows.rows.append({QStringLiteral("%1 %2").arg(model).arg(++seen[size_t(c.model)]),
                              model,
                              QString::fromStdString(m_shownSet.responses[size_t(r)].text)});
        }
    }
    s->tables.push_back(std::move(rows));
    Grid g{QStringLiteral("texts_similarity"), QStringLiteral("cosine"), int(sim.rows()),
           int(sim.cols()), {}};
    for (Eigen::Index i = 0; i < sim.rows(); ++i)
        for (Eigen::Index j = 0; j < sim.cols(); ++j)
            g.values.push_back(sim(i, j));
    s->grids.push_back(std::move(g));

    Grid inter{QStringLiteral("texts_inter"), QStringLiteral("similarity"), int(a.inter.rows()),
               int(a.inter.cols()), {}};
    for (Eigen::Index i = 0; i < a.inter.rows(); ++i)
        for (Eigen::Index j = 0; j < a.inter.cols(); ++j)
            inter.values.push_back(i == j && m_selfPairs ? a.diagonalWithSelfPairs(i)
                                                         : a.inter(i, j));
    s->grids.push_back(std::move(inter));

    s->bars.push_back(uniformBars(QStringLiteral("texts_histogram"),
                                  QStringLiteral("% of (model, prompt) sets"), 0.0, 1.0,
                                  a.histogram));
    if (!a.uniqueSources.empty()) {
        Series u{QStringLiteral("texts_unique"), QStringLiteral("distinct source models"), {},
                 a.uniqueSources};
        for (size_t n = 1; n <= a.uniqueSources.size(); ++n)
            u.x.push_back(double(n));
        s->series.push_back(std::move(u));
    }

    Table prompt0{QStringLiteral("texts_prompt"), QStringLiteral("Shown prompt"),
                  {QStringLiteral("Prompt")},
                  {{prompts > 0 ? QString::fromStdString(a.prompts[size_t(prompt)]) : QString()}}};
    s->tables.push_back(std::move(prompt0));
    if (m_errorLine >= 0) {
        s->tables.push_back({QStringLiteral("load_error"), QStringLiteral("Input rejected"),
                             {QStringLiteral("Line"), QStringLiteral("Problem")},
                             {{m_errorLine > 0 ? QString::number(m_errorLine)
                                               : QStringLiteral("–"),
                               m_error}}});
    }

    s->readouts.insert(QStringLiteral("texts_responses"), double(m_shownSet.responses.size()));
    s->readouts.insert(QStringLiteral("texts_models"), double(a.models.size()));
    s->readouts.insert(QStringLiteral("texts_prompts"), double(prompts));
    s->readouts.insert(QStringLiteral("texts_prompt_shown"), double(prompt + 1));
    s->readouts.insert(QStringLiteral("self_pairs"), m_selfPairs ? 1 : 0);
    // Means over the (model, prompt) sets, as the paper averages its cases.
    double ttr = 0, d1 = 0, d2 = 0, d3 = 0, bleu = 0;
    int n = 0;
    for (const TextCell &c : a.cells) {
        if (c.responses.size() < 2)
            continue;
        ttr += c.lexical.meanTypeTokenRatio;
        d1 += c.lexical.distinct1;
        d2 += c.lexical.distinct2;
        d3 += c.lexical.distinct3;
        bleu += c.lexical.selfBleu;
        ++n;
    }
    if (n > 0) {
        s->readouts.insert(QStringLiteral("ttr_mean"), ttr / n);
        s->readouts.insert(QStringLiteral("distinct_1"), d1 / n);
        s->readouts.insert(QStringLiteral("distinct_2"), d2 / n);
        s->readouts.insert(QStringLiteral("distinct_3"), d3 / n);
        insertFinite(*s, QStringLiteral("self_bleu"), bleu / n);
    }
    insertFinite(*s, QStringLiteral("intra_sim_mean"), a.intraMean);
    insertFinite(*s, QStringLiteral("inter_sim_mean"), a.interMean);
    insertFinite(*s, QStringLiteral("different_prompt_sim"), a.differentPrompts);
    if (!a.uniqueSources.empty())
        s->readouts.insert(QStringLiteral("unique_sources_max_n"), a.uniqueSources.back());
    s->readouts.insert(QStringLiteral("load_failed"), m_errorLine >= 0 ? 1 : 0);
    s->readouts.insert(QStringLiteral("load_error_line"), std::max(m_errorLine, 0));

    s->status = statusLine(QStringLiteral("%1 responses, %2 model(s), %3 prompt(s)")
                               .arg(m_shownSet.responses.size())
                               .arg(a.models.size())
                               .arg(prompts));
    return s;
}

} // namespace paperlab::papers::hivemind
