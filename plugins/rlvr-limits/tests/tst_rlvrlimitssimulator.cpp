// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// The two simulators through the SDK interface: schema and presets, the issue's readouts,
// determinism and chunking, pacing, the seed sweep, the calculator's commands, and the
// frozen paper data.
#include "passkcalculatorsimulator.h"
#include "tabularrlvrsimulator.h"

#include <paperlab/parameterschema.h>
#include <paperlab/testing.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace paperlab;
using namespace paperlab::papers::rlvrlimits;
using paperlab::testing::writeTestFile;

namespace {

const QString kSource = QStringLiteral(RLVR_LIMITS_SOURCE_DIR);

ParameterSchema schema()
{
    auto s = ParameterSchema::fromFile(kSource + QStringLiteral("/parameters.json"));
    if (!s)
        qFatal("parameters.json: %s", qPrintable(s.error().logText));
    return s.value();
}

ParameterSet params(const QVariantMap &overrides = {})
{
    auto v = schema().validate(ParameterSet(overrides));
    if (!v)
        qFatal("parameters: %s", qPrintable(v.error().logText));
    return v.value();
}

// Two models on two problems, n = 4 each: A solves one problem always and the other never,
// B solves them with c = 1 and c = 2.
const QByteArray kTinyCsv = "model,problem,n,c\nA,1,4,4\nA,2,4,0\nB,1,4,1\nB,2,4,2\n";
const QByteArray kTinyJsonl = "{\"model\": \"A\", \"problem\": 1, \"n\": 4, \"c\": 4}\n"
                              "{\"model\": \"A\", \"problem\": 2, \"n\": 4, \"c\": 0}\n"
                              "{\"model\": \"B\", \"problem\": 1, \"n\": 4, \"c\": 1}\n"
                              "{\"model\": \"B\", \"problem\": 2, \"n\": 4, \"c\": 2}\n";

std::shared_ptr<Snapshot> runToEnd(Simulator &sim, std::chrono::milliseconds budget)
{
    while (!sim.finished())
        sim.advance(budget);
    return sim.snapshot();
}

} // namespace

class TestRlvrLimitsSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schemaAndPresets();
    void defaultRunHasTheIssueReadouts();
    void chunkingDoesNotChangeResults();
    void pacingLimitsStepsPerCall();
    void seedSweep();
    void invalidParametersThrow();
    void calculatorDemoAndLoading();
    void calculatorRejectsMalformedInput();
    void calculatorExports();
    void evaluationsFileFormats_data();
    void evaluationsFileFormats();
    void evaluationsFileErrors_data();
    void evaluationsFileErrors();
    void calculatorCurvesFromAFile();
    void calculatorKeepsItsStateOnABadFile();
    void paperDataMatchesTheSheet();
    void quotedGapRangeMatchesTheTable();
    void frozenToyCurvesMatchTheModel();
};

void TestRlvrLimitsSimulator::schemaAndPresets()
{
    const ParameterSchema s = schema();
    auto presets = s.presetsFromFile(kSource + QStringLiteral("/presets.json"));
    QVERIFY2(presets, presets ? "" : qPrintable(presets.error().logText));
    QStringList ids;
    for (const Preset &p : presets.value()) {
        ids << p.id;
        QVERIFY(p.simulator == QLatin1String("tabular-rlvr")
                || p.simulator == QLatin1String("passk-calculator"));
        QVERIFY(s.validate(p.values));
    }
    QVERIFY(ids.contains(QStringLiteral("default")));
    QVERIFY(ids.contains(QStringLiteral("lecture")));
    // The defaults are the sheet's design (§7.1).
    const LabConfig c = TabularRlvrSimulator::configFrom(s.defaults());
    const LabConfig sheet;
    QCOMPARE(c.vocab, sheet.vocab);
    QCOMPARE(c.length, sheet.length);
    QCOMPARE(c.priorBeta, 2.0);
    QCOMPARE(c.priorRho, 0.5);
    QCOMPARE(c.oopWeight, 1e-12);
    QCOMPARE(c.trainProblems, 200);
    QCOMPARE(c.testProblems, 200);
    QCOMPARE(c.groupSize, 8);
    QCOMPARE(c.problemsPerStep, 16);
    QCOMPARE(c.rlSteps, 200);
    QCOMPARE(c.rlLr, 0.01);
    QCOMPARE(c.klCoef, 0.0);
    QCOMPARE(c.checkpoints, (std::vector<int>{50, 100, 200}));
    QCOMPARE(c.distillSteps, 300);
    QCOMPARE(c.distillLr, 0.05);
    QCOMPARE(c.distillBatch, 64);
    QCOMPARE(c.estimatorSamples, 1024);
    QCOMPARE(c.kMax, 1024);
    QCOMPARE(c.coverageK, 256);
}

void TestRlvrLimitsSimulator::defaultRunHasTheIssueReadouts()
{
    TabularRlvrSimulator sim;
    sim.reset(params());
    const auto s = runToEnd(sim, std::chrono::milliseconds(50));
    for (const char *key :
         {"pass1_base", "pass1_rl", "pass1_distilled", "pass256_base", "pass256_rl",
          "pass256_distilled", "crossover_k", "rl_only_frac", "ppl_base_on_base", "ppl_base_on_rl",
          "pass1_step50", "pass1_step100", "pass1_step200"})
        QVERIFY2(s->readouts.contains(QString::fromLatin1(key)), key);
    // The snapshot reports the same numbers as the model run directly.
    const LabResult r = runLab(LabConfig{}, 1);
    QCOMPARE(s->readouts.value(QStringLiteral("pass1_rl")), r.pass1Rl);
    QCOMPARE(s->readouts.value(QStringLiteral("pass256_base")), r.pass256Base);
    QCOMPARE(s->readouts.value(QStringLiteral("crossover_k")), double(r.crossoverK));
    QCOMPARE(s->readouts.value(QStringLiteral("pass1_step200")), r.pass1Rl);
    QCOMPARE(s->readouts.value(QStringLiteral("ppl_base_on_rl")), r.pplBaseOnRl);
    QVERIFY(s->finished);
    QCOMPARE(s->progress, 1.0);
    // Views' data.
    for (const char *id : {"passk_base", "passk_rl", "passk_distilled"}) {
        const auto curve = s->findSeries(QString::fromLatin1(id));
        QVERIFY2(curve && curve->x.size() == 1024 && curve->x.front() == 1
                     && curve->x.back() == 1024,
                 id);
    }
    QVERIFY(s->findSeries(QStringLiteral("passk_ckpt_0")));
    QVERIFY(s->findSeries(QStringLiteral("passk_ckpt_1")));
    QVERIFY(!s->findSeries(QStringLiteral("passk_ckpt_2"))); // the final checkpoint is passk_rl
    const auto cross = s->findSeries(QStringLiteral("crossover"));
    QVERIFY(cross && cross->x.size() == 1 && cross->x[0] == r.crossoverK);
    QCOMPARE(s->findSeries(QStringLiteral("rl_pass1_test"))->x.size(), size_t(201));
    QCOMPARE(s->findSeries(QStringLiteral("est_rl"))->x.size(), size_t(11)); // k = 1, 2, ..., 1024
    const auto tree = s->findGrid(QStringLiteral("tree_rl"));
    QVERIFY(tree && tree->rows == 5 && tree->cols == 1024 && tree->values.size() == 5120u);
    const auto acc = s->findBars(QStringLiteral("acc_base"));
    QVERIFY(acc && acc->heights.size() == 10 && acc->edges.size() == 11);
    double total = 0;
    for (double h : acc->heights)
        total += h;
    QCOMPARE(total, 200.0);
    const auto nll = s->findBars(QStringLiteral("nll_rl"));
    QVERIFY(nll);
    total = 0;
    for (double h : nll->heights)
        total += h;
    QVERIFY(std::abs(total - 1.0) < 1e-9); // an exact distribution over paths
    const auto cov = s->findTable(QStringLiteral("coverage"));
    QVERIFY(cov && cov->rows.size() == 4);
    QCOMPARE(cov->rows[2][1].toInt(), r.coverage.rlOnly);
    QVERIFY(s->findTable(QStringLiteral("checkpoints")));
    QVERIFY(s->findTable(QStringLiteral("estimator")));
}

void TestRlvrLimitsSimulator::chunkingDoesNotChangeResults()
{
    const ParameterSet p = params({{QStringLiteral("rl_steps"), 60},
                                   {QStringLiteral("checkpoints"), QVariantList{20, 40}},
                                   {QStringLiteral("distill_steps"), 30},
                                   {QStringLiteral("seed"), 9}});
    TabularRlvrSimulator a, b;
    a.reset(p);
    b.reset(p);
    const auto sa = runToEnd(a, std::chrono::milliseconds(0));
    const auto sb = runToEnd(b, std::chrono::milliseconds(100000));
    QCOMPARE(sa->readouts, sb->readouts);
    QCOMPARE(sa->findSeries(QStringLiteral("passk_rl"))->y,
             sb->findSeries(QStringLiteral("passk_rl"))->y);
    QCOMPARE(sa->step, qint64(60 + 30 + 1));
    QCOMPARE(sb->step, sa->step);
}

void TestRlvrLimitsSimulator::pacingLimitsStepsPerCall()
{
    TabularRlvrSimulator sim;
    sim.reset(params({{QStringLiteral("steps_per_tick"), 3}}));
    sim.advance(std::chrono::milliseconds(10000));
    QCOMPARE(sim.snapshot()->step, qint64(3));
    sim.applyLive(
        params({{QStringLiteral("steps_per_tick"), 0}, {QStringLiteral("rl_steps"), 999}}));
    sim.advance(std::chrono::milliseconds(0));
    QCOMPARE(sim.snapshot()->step, qint64(4)); // budget 0: exactly one step
    // The snapshot during RL shows the policy trained so far and the phase.
    const auto s = sim.snapshot();
    QVERIFY(s->phase.startsWith(QStringLiteral("GRPO step 4")));
    QVERIFY(s->findSeries(QStringLiteral("passk_rl")));
    QVERIFY(!s->finished);
}

void TestRlvrLimitsSimulator::seedSweep()
{
    TabularRlvrSimulator sim;
    sim.reset(params({{QStringLiteral("sweep_seeds"), 3}, {QStringLiteral("seed"), 4}}));
    const auto s = runToEnd(sim, std::chrono::milliseconds(0));
    QCOMPARE(s->readouts.value(QStringLiteral("sweep_seeds_done")), 3.0);
    const auto claims = s->findTable(QStringLiteral("sweep_claims"));
    QVERIFY(claims && claims->rows.size() == 8);
    for (const QStringList &row : claims->rows)
        QCOMPARE(row[1], QStringLiteral("3 / 3"));
    QCOMPARE(s->readouts.value(QStringLiteral("sweep_claims_held_everywhere")), 8.0);
    const auto k = s->findSeries(QStringLiteral("sweep_kstar"));
    QVERIFY(k && k->x.size() == 3 && k->x[0] == 4 && k->x[2] == 6);
    // Sweep seed 5 is an independent lab with seed 5.
    QCOMPARE(k->y[1], double(runLab(LabConfig{}, 5).crossoverK));
    const auto hist = s->findBars(QStringLiteral("kstar_hist"));
    QVERIFY(hist && hist->edges.front() == 1 && hist->edges.back() == 1024);
}

void TestRlvrLimitsSimulator::invalidParametersThrow()
{
    TabularRlvrSimulator sim;
    QVERIFY_THROWS_EXCEPTION(
        SimulationError,
        sim.reset(params({{QStringLiteral("vocab"), 6}, {QStringLiteral("length"), 6}})));
    // The schema itself refuses out-of-range values.
    QVERIFY(!schema().validate(ParameterSet({{QStringLiteral("group_size"), 1}})));
}

void TestRlvrLimitsSimulator::calculatorDemoAndLoading()
{
    PassKCalculatorSimulator sim;
    sim.reset(params());
    QVERIFY(sim.finished()); // analysed on reset
    auto s = sim.snapshot();
    QCOMPARE(s->readouts.value(QStringLiteral("calc_models")), 3.0);
    QCOMPARE(s->readouts.value(QStringLiteral("calc_problems")), 600.0);
    QVERIFY(s->findSeries(QStringLiteral("passk_toy base")));
    // The demo's first model is the toy base model: its pass@1 estimate equals the lab's.
    Lab lab(LabConfig{}, 1);
    while (!lab.done())
        lab.step();
    QCOMPARE(s->readouts.value(QStringLiteral("calc_pass1_first")), lab.estimatorCurveBase()[0]);

    sim.command(QStringLiteral("load-evaluations"),
                {{QStringLiteral("text"),
                  QStringLiteral("model,problem,n,c\nA,1,10,9\nA,2,10,0\nB,1,10,2\nB,2,10,1\n")}});
    s = sim.snapshot();
    QCOMPARE(s->readouts.value(QStringLiteral("calc_models")), 2.0);
    QCOMPARE(s->readouts.value(QStringLiteral("load_failed")), 0.0);
    QCOMPARE(s->findSeries(QStringLiteral("passk_A"))->x.size(), size_t(10));
    const auto cov = s->findTable(QStringLiteral("calc_coverage"));
    QVERIFY(cov && cov->rows.size() == 1);
    QCOMPARE(cov->rows[0], (QStringList{"A", "B", "2", "1", "0", "1", "0"}));
    // A live change of k max re-analyses at once.
    sim.applyLive(params({{QStringLiteral("calc_k_max"), 4}}));
    QCOMPARE(sim.snapshot()->findSeries(QStringLiteral("passk_A"))->x.size(), size_t(4));

    // Append a second file from disk.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.jsonl"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"model\": \"C\", \"problem\": 1, \"correct\": [1, 1, 0, 0, 1, 0, 0, 0]}\n");
    f.close();
    sim.command(QStringLiteral("load-evaluations"),
                {{QStringLiteral("path"), path}, {QStringLiteral("append"), true}});
    s = sim.snapshot();
    QCOMPARE(s->readouts.value(QStringLiteral("calc_models")), 3.0);
    QVERIFY(s->status.contains(QStringLiteral("c.jsonl")));
    // Loaded data survive a reset; clearing returns to the demo.
    sim.reset(params({{QStringLiteral("calc_k_max"), 4}}));
    QCOMPARE(sim.snapshot()->readouts.value(QStringLiteral("calc_models")), 3.0);
    sim.command(QStringLiteral("clear-evaluations"), {});
    QCOMPARE(sim.snapshot()->readouts.value(QStringLiteral("calc_problems")), 600.0);
    QVERIFY_THROWS_EXCEPTION(SimulationError, sim.command(QStringLiteral("no-such-command"), {}));
}

void TestRlvrLimitsSimulator::calculatorRejectsMalformedInput()
{
    PassKCalculatorSimulator sim;
    sim.reset(params({{QStringLiteral("calc_demo"), QStringLiteral("none")}}));
    QCOMPARE(sim.snapshot()->readouts.value(QStringLiteral("calc_models")), 0.0);
    sim.command(QStringLiteral("load-evaluations"),
                {{QStringLiteral("text"), QStringLiteral("n,c\n10,3\n")}});
    QCOMPARE(sim.snapshot()->readouts.value(QStringLiteral("calc_models")), 1.0);
    // c > n on line 4: rejected, the line is named, the earlier data stay.
    sim.command(QStringLiteral("load-evaluations"),
                {{QStringLiteral("text"), QStringLiteral("model,n,c\na,5,1\nb,5,2\nb,5,7\n")}});
    auto s = sim.snapshot();
    QCOMPARE(s->readouts.value(QStringLiteral("load_failed")), 1.0);
    QCOMPARE(s->readouts.value(QStringLiteral("load_error_line")), 4.0);
    QVERIFY2(s->status.contains(QStringLiteral("line 4: c = 7 exceeds n = 5")),
             qPrintable(s->status));
    QCOMPARE(s->readouts.value(QStringLiteral("calc_models")), 1.0);
    const auto err = s->findTable(QStringLiteral("load_error"));
    QVERIFY(err && err->rows[0][0] == QLatin1String("4"));
    // Negative counts, a missing file, and no argument at all.
    sim.command(QStringLiteral("load-evaluations"),
                {{QStringLiteral("text"), QStringLiteral("n,c\n3,-1\n")}});
    QVERIFY(sim.snapshot()->status.contains(QStringLiteral("line 2: c = -1 is negative")));
    sim.command(QStringLiteral("load-evaluations"),
                {{QStringLiteral("path"), QStringLiteral("/nonexistent/x.csv")}});
    QVERIFY(sim.snapshot()->status.contains(QStringLiteral("cannot open")));
    sim.command(QStringLiteral("load-evaluations"), {});
    QVERIFY(sim.snapshot()->status.contains(QStringLiteral("needs a \"path\" or a \"text\"")));
    // A good load clears the error.
    sim.command(QStringLiteral("load-evaluations"),
                {{QStringLiteral("text"), QStringLiteral("n,c\n4,1\n")}});
    QCOMPARE(sim.snapshot()->readouts.value(QStringLiteral("load_failed")), 0.0);
    QVERIFY(!sim.snapshot()->findTable(QStringLiteral("load_error")));
}

void TestRlvrLimitsSimulator::calculatorExports()
{
    PassKCalculatorSimulator sim;
    sim.reset(params());
    QTemporaryDir dir;
    sim.command(QStringLiteral("export-results"),
                {{QStringLiteral("path"), dir.filePath(QStringLiteral("out.csv"))}});
    for (const char *name : {"out.csv", "out-crossovers.csv", "out-coverage.csv"})
        QVERIFY2(QFile::exists(dir.filePath(QString::fromLatin1(name))), name);
    QFile curves(dir.filePath(QStringLiteral("out.csv")));
    QVERIFY(curves.open(QIODevice::ReadOnly));
    QVERIFY(curves.readLine().startsWith("k,toy base,toy base SE,toy RL (GRPO)"));
    sim.command(QStringLiteral("export-results"),
                {{QStringLiteral("path"), dir.filePath(QStringLiteral("all.json"))}});
    QFile js(dir.filePath(QStringLiteral("all.json")));
    QVERIFY(js.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(js.readAll()).object();
    QCOMPARE(o.value(QStringLiteral("models")).toArray().size(), 3);
    QCOMPARE(o.value(QStringLiteral("crossovers")).toArray().size(), 3);
    QCOMPARE(o.value(QStringLiteral("models"))
                 .toArray()[0]
                 .toObject()
                 .value(QStringLiteral("pass_at_k"))
                 .toArray()
                 .size(),
             1024);
    sim.command(QStringLiteral("export-results"),
                {{QStringLiteral("path"), QStringLiteral("/nonexistent/dir/x.csv")}});
    QVERIFY(sim.snapshot()->status.contains(QStringLiteral("cannot write")));
}

void TestRlvrLimitsSimulator::paperDataMatchesTheSheet()
{
    // The frozen paper measurements (sheet §4.3 items 3, 6, 7; v5 Tables 2-4).
    QFile f(kSource + QStringLiteral("/data/paperresults.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(o.value(QStringLiteral("label")).toString(),
             QStringLiteral("the paper's measurements"));
    const QJsonArray algos
        = o.value(QStringLiteral("algorithms")).toObject().value(QStringLiteral("rows")).toArray();
    QCOMPARE(algos.size(), 7);
    QStringList names;
    for (const QJsonValue &a : algos)
        names << a.toObject().value(QStringLiteral("model")).toString();
    QCOMPARE(
        names,
        (QStringList{"Qwen2.5-7B (base)", "GRPO", "PPO", "ReMax", "RLOO", "Reinforce++", "DAPO"}));
    const QJsonObject grpo = algos[1].toObject();
    QCOMPARE(grpo.value(QStringLiteral("pass1")).toArray()[1].toDouble(), 25.1);
    QCOMPARE(grpo.value(QStringLiteral("pass256")).toArray()[1].toDouble(), 68.3);
    // The table's Delta_SE = 69.1 - 25.1 = 44.0 (GRPO) and 69.1 - 28.1 = 41.0 (RLOO).
    const double base256
        = algos[0].toObject().value(QStringLiteral("pass256")).toArray()[1].toDouble();
    QVERIFY(std::abs(base256 - grpo.value(QStringLiteral("pass1")).toArray()[1].toDouble() - 44.0)
            < 1e-9);
    QVERIFY(std::abs(base256
                     - algos[4].toObject().value(QStringLiteral("pass1")).toArray()[1].toDouble()
                     - 41.0)
            < 1e-9);
    const QJsonArray steps = o.value(QStringLiteral("trainingSteps"))
                                 .toObject()
                                 .value(QStringLiteral("rows"))
                                 .toArray();
    QCOMPARE(steps.size(), 6);
    QCOMPARE(steps[0].toObject().value(QStringLiteral("values")).toArray().toVariantList(),
             (QVariantList{9.9, 26.1, 33.6, 42.5}));
    QCOMPARE(steps[3].toObject().value(QStringLiteral("values")).toArray().toVariantList(),
             (QVariantList{69.1, 68.3, 66.6, 63.9}));
    const QJsonArray cov
        = o.value(QStringLiteral("coverage")).toObject().value(QStringLiteral("rows")).toArray();
    double aime = 0, math500 = 0;
    for (const QJsonValue &r : cov) {
        aime += r.toObject().value(QStringLiteral("values")).toArray()[0].toDouble();
        math500 += r.toObject().value(QStringLiteral("values")).toArray()[1].toDouble();
    }
    QVERIFY(std::abs(aime - 99.9) < 1e-9); // 63.3 + 13.3 + 0 + 23.3 (rounded thirds)
    QVERIFY(std::abs(math500 - 100.0) < 1e-9);
    QCOMPARE(cov[2].toObject().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("RL only"));
}

void TestRlvrLimitsSimulator::quotedGapRangeMatchesTheTable()
{
    // Issue 15 A.2: the Delta_SE range quoted in the note (shown under the table) must be the
    // one the table itself gives, pass@256(base) - pass@1(RL) on the in-domain test set.
    QFile f(kSource + QStringLiteral("/data/paperresults.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject algorithms = QJsonDocument::fromJson(f.readAll())
                                       .object()
                                       .value(QStringLiteral("algorithms"))
                                       .toObject();
    const QJsonArray rows = algorithms.value(QStringLiteral("rows")).toArray();
    const double base256
        = rows[0].toObject().value(QStringLiteral("pass256")).toArray()[1].toDouble();
    double lowest = 1e9, highest = -1e9;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const double gap
            = base256 - rows[i].toObject().value(QStringLiteral("pass1")).toArray()[1].toDouble();
        lowest = std::min(lowest, gap);
        highest = std::max(highest, gap);
    }
    const QString note = algorithms.value(QStringLiteral("note")).toString();
    const QString range = QStringLiteral("%1 (RLOO) to %2 (ReMax)")
                              .arg(lowest, 0, 'f', 1)
                              .arg(highest, 0, 'f', 1);
    QVERIFY2(note.contains(range), qPrintable(range + QStringLiteral(" not in: ") + note));
}

void TestRlvrLimitsSimulator::frozenToyCurvesMatchTheModel()
{
    // data/toycurves.json (drawn by Summary.qml) is the default run at seed 1, rounded to 4
    // decimals; it must stay in step with the model.
    QFile f(kSource + QStringLiteral("/data/toycurves.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    Lab lab(LabConfig{}, 1);
    while (!lab.done())
        lab.step();
    QCOMPARE(o.value(QStringLiteral("crossoverK")).toInt(), lab.result().crossoverK);
    const QJsonArray ks = o.value(QStringLiteral("k")).toArray();
    QVERIFY(ks.size() > 20);
    const std::pair<const char *, const std::vector<double> *> curves[]
        = {{"base", &lab.base().curve},
           {"rl", &lab.finalRl()->curve},
           {"distilled", &lab.distilled()->curve}};
    for (const auto &[name, curve] : curves) {
        const QJsonArray y = o.value(QString::fromLatin1(name)).toArray();
        QCOMPARE(y.size(), ks.size());
        for (qsizetype i = 0; i < ks.size(); ++i) {
            const int k = ks[i].toInt();
            QVERIFY2(std::abs(y[i].toDouble() - (*curve)[size_t(k - 1)]) <= 0.5e-4 + 1e-12,
                     qPrintable(QStringLiteral("%1 at k = %2").arg(QLatin1String(name)).arg(k)));
        }
    }
    const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
    const QJsonArray pass1 = o.value(QStringLiteral("pass1")).toArray();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const TrainingPoint &t = lab.rlHistory()[size_t(steps[i].toInt())];
        QVERIFY(std::abs(pass1[i].toDouble() - t.pass1Test) <= 0.5e-4 + 1e-12);
    }
}

void TestRlvrLimitsSimulator::evaluationsFileFormats_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("csv") << "evals.csv" << kTinyCsv;
    QTest::newRow("jsonl") << "evals.jsonl" << kTinyJsonl;
    QTest::newRow("jsonl without suffix") << "evals.txt" << kTinyJsonl;
    QTest::newRow("csv, crlf and comments")
        << "e.csv" << QByteArray("# run 3\r\nmodel,problem,n,c\r\nA,1,4,4\r\nA,2,4,0\r\n"
                                 "B,1,4,1\r\nB,2,4,2\r\n");
}

void TestRlvrLimitsSimulator::evaluationsFileFormats()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const EvaluationData d = readEvaluationsFile(writeTestFile(dir.path(), name, bytes));
    QCOMPARE(int(d.models.size()), 2);
    QCOMPARE(d.models[0].name, std::string("A"));
    QCOMPARE(d.models[1].problems[1].n, int64_t(4));
    QCOMPARE(d.models[1].problems[1].c, int64_t(2));
}

void TestRlvrLimitsSimulator::evaluationsFileErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("c > n") << "evals.csv" << QByteArray("model,problem,n,c\nA,1,10,3\nA,2,10,14\n")
                           << 3 << "c" << R"(evals.csv:3: field "c": c = 14 exceeds n = 10)";
    QTest::newRow("negative n") << "evals.csv" << QByteArray("model,n,c\nA,-2,0\n")
                                << 2 << "n" << R"(evals.csv:2: field "n": n = -2 is negative)";
    QTest::newRow("header spelling")
        << "e.csv" << QByteArray("model,num_samples,num_correct\nA,4,-1\n") << 2 << "num_correct"
                                     << R"(e.csv:2: field "num_correct": c = -1 is negative)";
    QTest::newRow("not a number")
        << "evals.csv" << QByteArray("model,n,c\nA,4,1\nA,4,x\n") << 3 << "c"
        << R"(evals.csv:3: field "c": c = "x" is not a whole number)";
    QTest::newRow("jsonl c > n") << "evals.jsonl"
                                 << QByteArray("{\"model\": \"A\", \"n\": 4, \"c\": 1}\n\n"
                                               "{\"model\": \"A\", \"n\": 4, \"c\": 5}\n")
                                 << 3 << "c" << R"(evals.jsonl:3: field "c": c = 5 exceeds n = 4)";
    QTest::newRow("jsonl syntax")
        << "evals.jsonl" << QByteArray("{\"n\": 4 \"c\": 1}\n") << 1 << ""
        << R"(evals.jsonl:1: expected ',' or '}' in an object (column 9))";
    QTest::newRow("empty") << "evals.csv" << QByteArray("\n") << 0 << ""
                           << "evals.csv: no evaluation rows found";
}

void TestRlvrLimitsSimulator::evaluationsFileErrors()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = writeTestFile(dir.path(), name, bytes);
    try {
        readEvaluationsFile(path);
        QFAIL("no InputError");
    } catch (const InputError &e) {
        QCOMPARE(e.file(), path);
        QCOMPARE(e.line(), line);
        QCOMPARE(e.field(), field);
        QCOMPARE(QString::fromUtf8(e.what()), message);
    }
    QVERIFY_THROWS_EXCEPTION(InputError, readEvaluationsFile(dir.filePath("missing.csv")));
}

void TestRlvrLimitsSimulator::calculatorCurvesFromAFile()
{
    QTemporaryDir dir;
    PassKCalculatorSimulator sim;
    sim.reset(params(
        {{QStringLiteral("evaluations"), writeTestFile(dir.path(), "evals.csv", kTinyCsv)}}));
    const auto s = sim.snapshot();
    // By hand, 1 - C(4 - c, k) / C(4, k) averaged over the two problems: A is 1 and 0 at
    // every k; B is (1/4 + 2/4) / 2, (1/2 + 5/6) / 2, (3/4 + 1) / 2 and 1.
    const auto a = s->findSeries(QStringLiteral("passk_A"));
    const auto b = s->findSeries(QStringLiteral("passk_B"));
    QVERIFY(a && b);
    QCOMPARE(s->series.size(), size_t(2));
    QCOMPARE(a->x, (std::vector<double>{1, 2, 3, 4}));
    const std::vector<double> expectedB{0.375, 2.0 / 3.0, 0.875, 1.0};
    for (size_t i = 0; i < 4; ++i) {
        QVERIFY(std::abs(a->y[i] - 0.5) < 1e-12);
        QVERIFY2(std::abs(b->y[i] - expectedB[i]) < 1e-12, qPrintable(QString::number(b->y[i])));
    }
    // B is behind at k = 1 and ahead from k = 2 on.
    QCOMPARE(s->readouts.value(QStringLiteral("crossover_k")), 2.0);
    QVERIFY(s->status.contains(QStringLiteral("evals.csv")));

    // No crossover up to the largest k: the readout is 0.
    const QByteArray apart = "model,problem,n,c\nA,1,4,1\nB,1,4,0\n";
    sim.reset(
        params({{QStringLiteral("evaluations"), writeTestFile(dir.path(), "apart.csv", apart)}}));
    QCOMPARE(sim.snapshot()->readouts.value(QStringLiteral("crossover_k")), 0.0);
    // Without a file: the demo data again.
    sim.reset(params());
    QVERIFY(sim.snapshot()->findSeries(QStringLiteral("passk_toy base")));
}

void TestRlvrLimitsSimulator::calculatorKeepsItsStateOnABadFile()
{
    QTemporaryDir dir;
    PassKCalculatorSimulator sim;
    sim.reset(
        params({{QStringLiteral("evaluations"), writeTestFile(dir.path(), "evals.csv", kTinyCsv)},
                {QStringLiteral("calc_k_max"), 3}}));
    const auto before = sim.snapshot();
    const QString bad = writeTestFile(dir.path(), "bad.csv", "model,n,c\nA,4,1\nA,4,9\n");
    QVERIFY_THROWS_EXCEPTION(InputError,
                             sim.reset(params({{QStringLiteral("evaluations"), bad},
                                               {QStringLiteral("calc_k_max"), 2}})));
    // Strong guarantee: not even the options of the rejected set were taken.
    const auto after = sim.snapshot();
    QCOMPARE(after->series.size(), before->series.size());
    QCOMPARE(after->findSeries(QStringLiteral("passk_B"))->y,
             before->findSeries(QStringLiteral("passk_B"))->y);
    QCOMPARE(after->status, before->status);
    sim.applyLive(params({{QStringLiteral("calc_k_max"), 4}})); // and it still works
    QCOMPARE(sim.snapshot()->findSeries(QStringLiteral("passk_B"))->y.size(), size_t(4));
}

QTEST_GUILESS_MAIN(TestRlvrLimitsSimulator)
#include "tst_rlvrlimitssimulator.moc"
