// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "passkcalculatorsimulator.h"

#include "lab.h"

#include <paperlab/savefile.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <numeric>

namespace paperlab::papers::rlvrlimits {

namespace {

constexpr qint64 kMaxInputBytes = 256LL * 1024 * 1024; // generous: 10^6 rows are ~20 MB

EvalFormat formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return EvalFormat::Jsonl;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv"))
        return EvalFormat::Csv;
    return EvalFormat::Auto;
}

} // namespace

EvaluationData readEvaluationsFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw InputError(path, 0, {}, QStringLiteral("cannot be read (%1)").arg(f.errorString()));
    if (f.size() > kMaxInputBytes)
        throw InputError(path, 0, {}, QStringLiteral("is larger than 256 MB"));
    const QByteArray bytes = f.readAll();
    EvalParseResult parsed = parseEvaluations(
        std::string_view(bytes.constData(), size_t(bytes.size())), formatOf(path));
    if (!parsed.ok()) {
        const EvalParseError &e = *parsed.error;
        QString problem = QString::fromStdString(e.message);
        if (e.column > 0)
            problem += QStringLiteral(" (column %1)").arg(e.column);
        throw InputError(path, e.line, QString::fromStdString(e.field), problem);
    }
    return std::move(parsed.data);
}

EvaluationData toyEvaluations(quint64 seed)
{
    LabConfig config;
    Lab lab(config, seed);
    while (!lab.done())
        lab.step();
    EvaluationData data;
    data.format = EvalFormat::Auto;
    const std::pair<const char *, const SampledCounts *> models[]
        = {{"toy base", &lab.samplesBase()},
           {"toy RL (GRPO)", &lab.samplesRl()},
           {"toy distilled", &lab.samplesDistilled()}};
    for (const auto &[name, counts] : models) {
        ModelCounts m{name, {}};
        for (size_t j = 0; j < counts->correct.size(); ++j)
            m.problems.push_back({"test-" + std::to_string(j), counts->n, counts->correct[j]});
        data.rows += int(m.problems.size());
        data.models.push_back(std::move(m));
    }
    return data;
}

void PassKCalculatorSimulator::reset(const ParameterSet &p)
{
    // The whole file is parsed before any member changes: a bad file throws and leaves the
    // previous analysis as it was (the SDK's InputError contract).
    const QString path = p.filePath(QStringLiteral("evaluations"));
    EvaluationData fileData = path.isEmpty() ? EvaluationData{} : readEvaluationsFile(path);

    if (path != m_filePath)
        m_hasLoaded = false; // a newly chosen file replaces pasted data
    m_filePath = path;
    m_fileData = std::move(fileData);
    m_error = {};
    m_analysed = false;
    applyLive(p);
    const quint64 seed = p.seed(QStringLiteral("seed"));
    const QString demo = p.choice(QStringLiteral("calc_demo"));
    if (demo != m_demo || seed != m_seed
        || (demo == QLatin1String("toy") && m_demoData.models.empty())) {
        m_demoData = demo == QLatin1String("toy") ? toyEvaluations(seed) : EvaluationData{};
        m_demo = demo;
        m_seed = seed;
    }
    m_step = 0;
    m_message.clear();
    analyse(); // milliseconds: the result is there as soon as the view opens
}

void PassKCalculatorSimulator::applyLive(const ParameterSet &p)
{
    m_options.kMax = p.integer(QStringLiteral("calc_k_max"));
    m_options.coverageK = p.integer(QStringLiteral("calc_coverage_k"));
    if (m_analysed)
        analyse();
}

void PassKCalculatorSimulator::advance(std::chrono::milliseconds)
{
    if (!m_analysed)
        analyse();
    ++m_step;
}

void PassKCalculatorSimulator::analyse()
{
    QElapsedTimer clock;
    clock.start();
    m_result = analyseEvaluations(shownData(), m_options);
    m_analyseMs = double(clock.nsecsElapsed()) / 1e6;
    if (!m_hasLoaded && !m_filePath.isEmpty())
        m_source = QFileInfo(m_filePath).fileName();
    else if (!m_hasLoaded)
        m_source = m_demo == QLatin1String("toy") ? QStringLiteral("demo: toy lab counts")
                                                  : QStringLiteral("no data");
    m_analysed = true;
}

const EvaluationData &PassKCalculatorSimulator::shownData() const
{
    if (m_hasLoaded)
        return m_loaded;
    return m_filePath.isEmpty() ? m_demoData : m_fileData;
}

void PassKCalculatorSimulator::command(const QString &id, const QVariantMap &arguments)
{
    if (id == QLatin1String("load-evaluations"))
        load(arguments);
    else if (id == QLatin1String("export-results"))
        exportResults(arguments);
    else if (id == QLatin1String("clear-evaluations")) {
        m_hasLoaded = false;
        m_loaded = {};
        m_error = {};
        m_message = m_filePath.isEmpty()
            ? QStringLiteral("cleared; showing the demo data")
            : QStringLiteral("cleared; showing %1").arg(QFileInfo(m_filePath).fileName());
        analyse();
    } else {
        Simulator::command(id, arguments);
    }
}

void PassKCalculatorSimulator::load(const QVariantMap &args)
{
    QByteArray bytes;
    QString source;
    const QString path = args.value(QStringLiteral("path")).toString();
    if (!path.isEmpty()) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            m_error = {0, 0,
                       "cannot open " + path.toStdString() + ": " + f.errorString().toStdString()};
            m_message = QString::fromStdString(m_error.message);
            return;
        }
        if (f.size() > kMaxInputBytes) {
            m_error = {0, 0, path.toStdString() + " is larger than 256 MB"};
            m_message = QString::fromStdString(m_error.message);
            return;
        }
        bytes = f.readAll();
        source = QFileInfo(path).fileName();
    } else if (args.contains(QStringLiteral("text"))) {
        bytes = args.value(QStringLiteral("text")).toString().toUtf8();
        source = QStringLiteral("pasted text");
    } else {
        m_error = {0, 0, "load-evaluations needs a \"path\" or a \"text\" argument"};
        m_message = QString::fromStdString(m_error.message);
        return;
    }
    const QString fmt = args.value(QStringLiteral("format"), QStringLiteral("auto")).toString();
    const EvalFormat format = fmt == QLatin1String("csv") ? EvalFormat::Csv
        : fmt == QLatin1String("jsonl")                   ? EvalFormat::Jsonl
                                                          : EvalFormat::Auto;
    EvalParseResult parsed
        = parseEvaluations(std::string_view(bytes.constData(), size_t(bytes.size())), format);
    if (!parsed.ok()) {
        m_error = *parsed.error;
        m_message = source + QStringLiteral(": ") + QString::fromStdString(m_error.text());
        return; // keep what was loaded before
    }
    m_error = {};
    const int rows = parsed.data.rows;
    const int pooled = parsed.data.pooledRows;
    const bool append = args.value(QStringLiteral("append")).toBool()
                        && (m_hasLoaded || !m_filePath.isEmpty());
    if (append && !m_hasLoaded) { // adding to the chosen file: start from a copy of it
        m_loaded = m_fileData;
        m_source = QFileInfo(m_filePath).fileName();
    }
    if (append) {
        for (ModelCounts &m : parsed.data.models) {
            for (const ModelCounts &old : m_loaded.models) {
                if (old.name == m.name) {
                    m_error = {0, 0,
                               "model \"" + m.name
                                   + "\" is already loaded; rename it or load without append"};
                    m_message = QString::fromStdString(m_error.message);
                    return;
                }
            }
        }
        for (ModelCounts &m : parsed.data.models)
            m_loaded.models.push_back(std::move(m));
        m_loaded.rows += parsed.data.rows;
        m_loaded.pooledRows += parsed.data.pooledRows;
        m_source += QStringLiteral(" + ") + source;
    } else {
        m_loaded = std::move(parsed.data);
        m_source = source;
    }
    m_hasLoaded = true;
    m_message = QStringLiteral("loaded %1 rows (%2 pooled) for %3 model(s) from %4")
                    .arg(rows)
                    .arg(pooled)
                    .arg(m_loaded.models.size())
                    .arg(source);
    analyse();
}

void PassKCalculatorSimulator::exportResults(const QVariantMap &args)
{
    const QString path = args.value(QStringLiteral("path")).toString();
    if (path.isEmpty()) {
        m_message = QStringLiteral("export-results needs a \"path\" argument");
        return;
    }
    if (!m_analysed)
        analyse();
    const auto save = [](const QString &file, const std::string &text) {
        return saveFileAtomically(file, QByteArray::fromStdString(text));
    };
    const QFileInfo info(path);
    if (info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0) {
        const QString err = save(path, resultJson(m_result));
        m_message = err.isEmpty() ? QStringLiteral("exported to %1").arg(path) : err;
        return;
    }
    const QString stem = info.dir().filePath(info.completeBaseName());
    QString err = save(path, curvesCsv(m_result));
    if (err.isEmpty())
        err = save(stem + QStringLiteral("-crossovers.csv"), crossoversCsv(m_result));
    if (err.isEmpty())
        err = save(stem + QStringLiteral("-coverage.csv"), coverageCsv(m_result));
    m_message = err.isEmpty()
        ? QStringLiteral("exported %1, %2-crossovers.csv and %2-coverage.csv")
              .arg(info.fileName(), info.completeBaseName())
        : err;
}

std::shared_ptr<Snapshot> PassKCalculatorSimulator::snapshot() const
{
    auto s = std::make_shared<Snapshot>();
    s->step = m_step;
    s->finished = m_analysed;
    s->progress = m_analysed ? 1.0 : 0.0;
    s->phase = m_analysed ? QStringLiteral("done") : QStringLiteral("waiting");
    const CalculatorResult &r = m_result;

    Table models{QStringLiteral("calc_models"),
                 QStringLiteral("Models (unbiased estimator, mean over problems)"),
                 {QStringLiteral("Model"), QStringLiteral("Problems"), QStringLiteral("n"),
                  QStringLiteral("pass@1 (%)"), QStringLiteral("pass@k max (%)"),
                  QStringLiteral("k max"), QStringLiteral("Solved (%)")},
                 {}};
    for (size_t i = 0; i < r.models.size(); ++i) {
        const ModelCurve &m = r.models[i];
        const QString name = QString::fromStdString(m.name);
        Series curve{QStringLiteral("passk_") + name, name, {}, m.passAtK};
        curve.x.resize(m.passAtK.size());
        std::iota(curve.x.begin(), curve.x.end(), 1.0);
        s->series.push_back(std::move(curve));
        const QString n = m.minN == m.maxN ? QString::number(m.minN)
                                           : QStringLiteral("%1–%2").arg(m.minN).arg(m.maxN);
        models.rows.append(
            {QString::fromStdString(m.name), QString::number(m.problems), n,
             m.kMax > 0 ? QString::number(100 * m.passAtK.front(), 'f', 2) : QString(),
             m.kMax > 0 ? QString::number(100 * m.passAtK.back(), 'f', 2) : QString(),
             QString::number(m.kMax), QString::number(100 * m.solvedFrac, 'f', 1)});
    }
    s->tables.push_back(std::move(models));

    Table cross{QStringLiteral("calc_crossovers"),
                QStringLiteral("Crossovers: where the model behind at k = 1 catches up"),
                {QStringLiteral("Ahead at k = 1"), QStringLiteral("Behind at k = 1"),
                 QStringLiteral("Crossover k*"), QStringLiteral("Gap at k = 1 (pts)"),
                 QStringLiteral("Gap at k max (pts)")},
                {}};
    for (const Crossover &x : r.crossovers) {
        cross.rows.append(
            {QString::fromStdString(x.higherAtOne), QString::fromStdString(x.lowerAtOne),
             x.k > 0 ? QString::number(x.k) : QStringLiteral("none ≤ %1").arg(x.kLimit),
             QString::number(100 * x.pass1Gap, 'f', 2),
             QString::number(100 * x.passLimitGap, 'f', 2)});
    }
    s->tables.push_back(std::move(cross));

    const QString rule = m_options.coverageK > 0
        ? QStringLiteral("solved: pass@%1 ≥ 0.5").arg(m_options.coverageK)
        : QStringLiteral("solved: at least one correct sample");
    Table cov{QStringLiteral("calc_coverage"),
              QStringLiteral("Coverage on common problems (%1)").arg(rule),
              {QStringLiteral("Model A"), QStringLiteral("Model B"), QStringLiteral("Common"),
               QStringLiteral("Both"), QStringLiteral("A only"), QStringLiteral("B only"),
               QStringLiteral("Neither")},
              {}};
    for (const CoverageRow &c : r.coverage) {
        cov.rows.append({QString::fromStdString(c.a), QString::fromStdString(c.b),
                         QString::number(c.common), QString::number(c.both),
                         QString::number(c.aOnly), QString::number(c.bOnly),
                         QString::number(c.neither)});
    }
    s->tables.push_back(std::move(cov));

    if (!m_error.message.empty()) {
        s->tables.push_back(
            {QStringLiteral("load_error"),
             QStringLiteral("Input rejected"),
             {QStringLiteral("Line"), QStringLiteral("Problem")},
             {{m_error.line > 0 ? QString::number(m_error.line) : QStringLiteral("–"),
               QString::fromStdString(m_error.message)}}});
    }

    s->readouts.insert(QStringLiteral("calc_models"), double(r.models.size()));
    int problems = 0;
    for (const ModelCurve &m : r.models)
        problems += m.problems;
    s->readouts.insert(QStringLiteral("calc_problems"), problems);
    s->readouts.insert(QStringLiteral("calc_analyse_ms"), m_analyseMs);
    s->readouts.insert(QStringLiteral("load_error_line"),
                       m_error.message.empty() ? 0 : std::max(m_error.line, -1));
    s->readouts.insert(QStringLiteral("load_failed"), m_error.message.empty() ? 0 : 1);
    // The first pair's crossover, named as in the toy lab; 0: none up to the common k max.
    if (!r.crossovers.empty())
        s->readouts.insert(QStringLiteral("crossover_k"), r.crossovers.front().k);
    if (!r.models.empty() && r.models.front().kMax > 0)
        s->readouts.insert(QStringLiteral("calc_pass1_first"), r.models.front().passAtK.front());

    s->status = m_message.isEmpty() ? QStringLiteral("%1: %2 model(s), %3 problem rows")
                                          .arg(m_source)
                                          .arg(r.models.size())
                                          .arg(problems)
                                    : m_message;
    return s;
}

} // namespace paperlab::papers::rlvrlimits
