// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "metricssimulator.h"

#include "embeddingsio.h"
#include "generator.h"
#include "hivemindsnapshot.h"

#include <paperlab/math/parallel.h>
#include <paperlab/parameterset.h>
#include <paperlab/savefile.h>
#include <paperlab/snapshot.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace paperlab::papers::hivemind {

namespace {

const QString kDemoFile
    = QStringLiteral(":/qt/qml/PaperLab/Papers/Hivemind/data/demo-embeddings.csv");
constexpr qint64 kMaxTextBytes = 512LL * 1024 * 1024; // text formats; .npy is streamed

[[noreturn]] void throwImportError(const QString &path, const ImportError &e)
{
    const QString file = e.file.empty() ? QFileInfo(path).fileName()
                                        : QString::fromStdString(e.file);
    throw InputError(file, e.line, QString::fromStdString(e.field),
                     QString::fromStdString(e.message));
}

} // namespace

EmbeddingSet readEmbeddingsFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString name = QFileInfo(path).fileName();
    if (suffix == QLatin1String("npy")) {
        const std::string npy = QFile::encodeName(path).toStdString();
        const std::string sidecar = sidecarPathFor(npy);
        ImportResult r = readEmbeddingsNpy(
            npy, sidecar, QFileInfo(QString::fromStdString(sidecar)).fileName().toStdString());
        if (!r.ok())
            throwImportError(path, *r.error);
        return std::move(r.set);
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw InputError(name, 0, {}, QStringLiteral("cannot be read (%1)").arg(f.errorString()));
    if (f.size() > kMaxTextBytes)
        throw InputError(name, 0, {},
                         QStringLiteral("is larger than 512 MB; use the .npy format for "
                                        "paper-scale data"));
    const QByteArray bytes = f.readAll();
    const std::string_view text(bytes.constData(), size_t(bytes.size()));
    const bool jsonl = suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson")
                       || bytes.trimmed().startsWith('{');
    ImportResult r = jsonl ? parseEmbeddingsJsonl(text) : parseEmbeddingsCsv(text);
    if (!r.ok())
        throwImportError(path, *r.error);
    return std::move(r.set);
}

void MetricsSimulator::reset(const ParameterSet &p)
{
    // Read and check everything first: a bad file throws here and nothing has changed.
    const QString chosen = p.filePath(QStringLiteral("embeddings"));
    const QString path = chosen.isEmpty() ? kDemoFile : chosen;
    QElapsedTimer clock;
    clock.start();
    EmbeddingSet set = readEmbeddingsFile(path);
    try {
        checkEmbeddingSet(set);
    } catch (const std::invalid_argument &e) {
        throw InputError(QFileInfo(path).fileName(), 0, {}, QString::fromUtf8(e.what()));
    }
    m_loadMs = double(clock.nsecsElapsed()) / 1e6;
    m_analysis.reset(); // it refers to m_set
    m_set = std::move(set);
    m_analysis.emplace(m_set);
    m_analyseMs = 0;
    m_source = chosen.isEmpty() ? QStringLiteral("demo: synthetic embeddings (seed %1)")
                                      .arg(demoConfig().seed)
                                : QFileInfo(chosen).fileName();
    inputAccepted();
    if (m_analysis->workLeft() <= kMeasureInReset) {
        clock.restart();
        m_analysis->measureNext(m_analysis->prompts());
        m_analyseMs = double(clock.nsecsElapsed()) / 1e6;
    }
    m_result = m_analysis->result();
    m_picturePrompt = -1;
    applyLive(p);
}

void MetricsSimulator::step()
{
    // One prompt per core: each step stays short enough (about 0.2 s per core at the
    // paper's scale) for pause and stop to feel immediate.
    QElapsedTimer clock;
    clock.start();
    m_analysis->measureNext(paperlab::math::resolveThreadCount(0));
    m_result = m_analysis->result();
    m_analyseMs += double(clock.nsecsElapsed()) / 1e6;
    FileAnalysisSimulator::step();
}

void MetricsSimulator::applyLive(const ParameterSet &p)
{
    m_selfPairs = p.flag(QStringLiteral("self_pairs"));
    const int prompt = std::min(p.integer(QStringLiteral("picture_prompt")), m_result.prompts) - 1;
    if (prompt != m_picturePrompt) {
        m_picturePrompt = prompt;
        m_picture = promptPicture(m_set, prompt);
    }
}

void MetricsSimulator::command(const QString &id, const QVariantMap &arguments)
{
    if (id != QLatin1String("export-metrics")) {
        Simulator::command(id, arguments);
        return;
    }
    const QString path = arguments.value(QStringLiteral("path")).toString();
    if (path.isEmpty()) {
        m_message = QStringLiteral("export-metrics needs a \"path\" argument");
        return;
    }
    if (!m_analysis || !m_analysis->done()) {
        m_message = QStringLiteral("export-metrics: the file is still being measured; export "
                                   "it when all its prompts are");
        return;
    }
    const QString error = saveFileAtomically(
        path, QByteArray::fromStdString(metricsJson(m_result, m_set)));
    m_message = error.isEmpty() ? QStringLiteral("exported the metrics to %1").arg(path) : error;
}

std::shared_ptr<Snapshot> MetricsSimulator::snapshot() const
{
    if (!m_analysis)
        return analysisSnapshot();
    const int measured = m_analysis->measured(), prompts = m_analysis->prompts();
    auto s = analysisSnapshot(double(measured) / prompts);
    if (measured > 0) {
        addMetrics(*s, m_result, m_selfPairs);
    } else { // the sizes are known before anything is measured
        s->readouts.insert(QStringLiteral("prompts"), m_result.prompts);
        s->readouts.insert(QStringLiteral("models"), m_result.models);
        s->readouts.insert(QStringLiteral("responses"), m_result.responses);
        s->readouts.insert(QStringLiteral("dim"), m_result.dim);
    }
    addPicture(*s, m_picture, m_result.models);
    s->readouts.insert(QStringLiteral("picture_prompt"), m_picturePrompt + 1);
    s->readouts.insert(QStringLiteral("load_ms"), m_loadMs);
    s->readouts.insert(QStringLiteral("analyse_ms"), m_analyseMs);
    Table names{QStringLiteral("names"), QStringLiteral("Models and prompts"),
                {QStringLiteral("Index"), QStringLiteral("Model"), QStringLiteral("Prompt")},
                {}};
    const size_t count = std::max(m_set.modelNames.size(), m_set.promptNames.size());
    for (size_t i = 0; i < count; ++i) {
        names.rows.append({QString::number(i + 1),
                           i < m_set.modelNames.size()
                               ? QString::fromStdString(m_set.modelNames[i]) : QString(),
                           i < m_set.promptNames.size()
                               ? QString::fromStdString(m_set.promptNames[i]) : QString()});
    }
    s->tables.push_back(std::move(names));
    if (measured == prompts) {
        s->status = statusLine(
            QStringLiteral("%1 prompts × %2 models, %3 responses of dimension %4")
                .arg(m_result.prompts)
                .arg(m_result.models)
                .arg(m_result.responses)
                .arg(m_result.dim));
    } else if (measured == 0) {
        s->status = statusLine(QStringLiteral("%L1 responses of dimension %2 read; press Play "
                                              "to measure its %3 prompts")
                                   .arg(m_result.responses)
                                   .arg(m_result.dim)
                                   .arg(prompts));
    } else {
        s->status = statusLine(QStringLiteral("measured %1 of %2 prompts; the metrics so far")
                                   .arg(measured)
                                   .arg(prompts));
    }
    return s;
}

} // namespace paperlab::papers::hivemind
