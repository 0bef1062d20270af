// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// The "texts" and "ngram-text" simulators through the SDK interface: the example set, files
// and pasted text, errors that name file and line and keep the shown data, the analysis on
// hand-made sets, the n-gram exploration's determinism and sanity, and the frozen paper data.
#include "ngramtextsimulator.h"
#include "textssimulator.h"

#include <paperlab/parameterschema.h>
#include <paperlab/testing.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace paperlab;
using namespace paperlab::papers::hivemind;

namespace {

const QString kSource = QStringLiteral(HIVEMIND_SOURCE_DIR);

ParameterSet params(const QVariantMap &overrides = {})
{
    auto s = ParameterSchema::fromFile(kSource + QStringLiteral("/parameters.json"));
    if (!s)
        qFatal("parameters.json: %s", qPrintable(s.error().logText));
    auto v = s.value().validate(ParameterSet(overrides));
    if (!v)
        qFatal("parameters: %s", qPrintable(v.error().logText));
    return v.value();
}

std::shared_ptr<const Table> table(const Snapshot &s, const char *id)
{
    return s.findTable(QLatin1String(id));
}

} // namespace

class TestHivemindTextsSimulators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exampleSetIsShownAtOnce();
    void analysisOfHandMadeSets();
    void fileErrorsNameFileAndLineAndKeepTheData();
    void pastedTextAndClear();
    void ngramTextIsDeterministicAndSane();
    void paperResultsAreCited();
};

void TestHivemindTextsSimulators::exampleSetIsShownAtOnce()
{
    TextsSimulator sim;
    sim.reset(params());
    const auto s = sim.snapshot();
    QCOMPARE(s->readouts.value(QStringLiteral("texts_responses")), 30.0);
    QCOMPARE(s->readouts.value(QStringLiteral("texts_models")), 3.0);
    QCOMPARE(s->readouts.value(QStringLiteral("texts_prompts")), 2.0);
    QCOMPARE(table(*s, "texts_models")->rows.size(), 3);
    QCOMPARE(s->findGrid(QStringLiteral("texts_similarity"))->rows, 15);
    // The example's writers: A repeats itself, C varies; A is the most alike, lexically and
    // in the embedding, and every similarity is above the different-prompt baseline.
    const auto models = table(*s, "texts_models");
    const auto bleu = models->columns.indexOf(QStringLiteral("Self-BLEU"));
    const auto cosine = models->columns.indexOf(QStringLiteral("Cosine"));
    QVERIFY(bleu > 0 && cosine > 0);
    const auto &rows = models->rows;
    const double bleuA = rows[0][bleu].toDouble(), bleuC = rows[2][bleu].toDouble();
    const double simA = rows[0][cosine].toDouble(), simC = rows[2][cosine].toDouble();
    QVERIFY(bleuA > bleuC + 0.2);
    QVERIFY(simA > simC + 0.2);
    QVERIFY(s->readouts.value(QStringLiteral("different_prompt_sim"))
            < s->readouts.value(QStringLiteral("inter_sim_mean")));
    for (double v : s->readouts)
        QVERIFY(std::isfinite(v));
}

void TestHivemindTextsSimulators::analysisOfHandMadeSets()
{
    // Two models, one prompt: A says the same thing three times, B three different things.
    const QByteArray jsonl = "{\"model\": \"A\", \"text\": \"the river runs to the sea\"}\n"
                             "{\"model\": \"A\", \"text\": \"the river runs to the sea\"}\n"
                             "{\"model\": \"A\", \"text\": \"the river runs to the sea\"}\n"
                             "{\"model\": \"B\", \"text\": \"a clock without hands\"}\n"
                             "{\"model\": \"B\", \"text\": \"sand slipping through fingers\"}\n"
                             "{\"model\": \"B\", \"text\": \"the river runs to the sea\"}\n";
    const TextParseResult parsed = parseTexts(std::string_view(jsonl.constData(),
                                                               size_t(jsonl.size())));
    QVERIFY(parsed.ok());
    const TextAnalysis a = analyseTexts(parsed.data);
    QCOMPARE(a.cells.size(), size_t(2));
    QVERIFY(std::abs(a.modelIntra[0] - 1) < 1e-6);      // identical texts: cosine 1
    QCOMPARE(a.modelLexical[0].selfBleu, 1.0);          // and Self-BLEU 1
    QVERIFY(a.modelIntra[1] < 0.5);
    // Between A and B: 3 of the 9 cross pairs are identical (cosine 1), the rest lower.
    QVERIFY(a.inter(1, 0) > 1.0 / 3 - 1e-12 && a.inter(1, 0) < 1);
    QVERIFY(std::isnan(a.inter(0, 1)));                 // upper triangle left empty
    QCOMPARE(a.inter(0, 0), a.modelIntra[0]);           // diagonal: within-model
    // One prompt: no different-prompt baseline. Histogram: A in the last bin, B lower.
    QVERIFY(std::isnan(a.differentPrompts));
    QCOMPARE(a.histogram.size(), size_t(10));
    QCOMPARE(a.histogram[9], 50.0);
    // Unique sources among the N nearest of 6 answers, N = 1 … 5; the last counts both.
    QCOMPARE(a.uniqueSources.size(), size_t(5));
    QCOMPARE(a.uniqueSources.back(), 2.0);
}

void TestHivemindTextsSimulators::fileErrorsNameFileAndLineAndKeepTheData()
{
    QTemporaryDir dir;
    const QString good =
        testing::writeTestFile(dir.path(), QStringLiteral("good.txt"),
                               "Time is a river.\n\nTime is a weaver.\n\nTime is a thief.\n");
    const QString bad = testing::writeTestFile(dir.path(), QStringLiteral("bad.jsonl"),
                                               "{\"text\": \"one\"}\n{\"text\": 3}\n");
    TextsSimulator sim;
    sim.reset(params({{QStringLiteral("texts"), good}}));
    QCOMPARE(sim.snapshot()->readouts.value(QStringLiteral("texts_responses")), 3.0);
    try {
        sim.reset(params({{QStringLiteral("texts"), bad}}));
        QFAIL("a malformed file was accepted");
    } catch (const InputError &e) {
        QVERIFY(e.file().endsWith(QLatin1String("bad.jsonl")));
        QCOMPARE(e.line(), 2);
        QCOMPARE(e.field(), QStringLiteral("text"));
    }
    // The previous texts are still shown.
    QCOMPARE(sim.snapshot()->readouts.value(QStringLiteral("texts_responses")), 3.0);
    QVERIFY(sim.snapshot()->status.contains(QLatin1String("good.txt")));
}

void TestHivemindTextsSimulators::pastedTextAndClear()
{
    TextsSimulator sim;
    sim.reset(params());
    sim.command(QStringLiteral("load-texts"),
                {{QStringLiteral("text"), QStringLiteral("One answer.\n\nAnother answer.\n")}});
    auto s = sim.snapshot();
    QCOMPARE(s->readouts.value(QStringLiteral("texts_responses")), 2.0);
    QCOMPARE(s->readouts.value(QStringLiteral("load_failed")), 0.0);
    // A bad paste keeps the pasted texts and says where the problem is.
    sim.command(QStringLiteral("load-texts"),
                {{QStringLiteral("text"), QStringLiteral("{\"text\": \"a\"}\nnot json\n")}});
    s = sim.snapshot();
    QCOMPARE(s->readouts.value(QStringLiteral("texts_responses")), 2.0);
    QCOMPARE(s->readouts.value(QStringLiteral("load_failed")), 1.0);
    QCOMPARE(s->readouts.value(QStringLiteral("load_error_line")), 2.0);
    QVERIFY(table(*s, "load_error") != nullptr);
    // Pasted texts survive a reset (e.g. a live change); clearing goes back to the example.
    sim.reset(params({{QStringLiteral("texts_prompt"), 2}}));
    QCOMPARE(sim.snapshot()->readouts.value(QStringLiteral("texts_responses")), 2.0);
    sim.command(QStringLiteral("clear-texts"), {});
    QCOMPARE(sim.snapshot()->readouts.value(QStringLiteral("texts_responses")), 30.0);
}

void TestHivemindTextsSimulators::ngramTextIsDeterministicAndSane()
{
    const QVariantMap small{{QStringLiteral("ngram_models"), 3},
                            {QStringLiteral("ngram_responses"), 6},
                            {QStringLiteral("ngram_length"), 60}};
    bool measuredAtOnce = false;
    auto run = [&](quint64 seed) {
        NgramTextSimulator sim;
        QVariantMap values = small;
        values.insert(QStringLiteral("seed"), seed);
        sim.reset(params(values));
        measuredAtOnce |= sim.snapshot()->readouts.contains(QStringLiteral("intra_sim_topp"));
        return testing::runToEnd(sim);
    };
    const auto a = run(1), b = run(1), c = run(2);
    QVERIFY(!measuredAtOnce); // nothing is measured before Play
    QVERIFY(a->finished);
    QCOMPARE(a->readouts, b->readouts);
    QCOMPARE(table(*a, "ngram_examples")->rows, table(*b, "ngram_examples")->rows);
    QVERIFY(table(*a, "ngram_examples")->rows != table(*c, "ngram_examples")->rows);
    // Sanity only (sheet §8: nothing about this mode is asserted beyond it): cosines of
    // non-negative vectors lie in [0, 1], and each histogram row covers every prompt.
    for (const QString &key : a->readouts.keys()) {
        if (key.contains(QLatin1String("sim"))) {
            QVERIFY2(a->readouts[key] >= 0 && a->readouts[key] <= 1 + 1e-12, qPrintable(key));
        }
    }
    const auto hist = a->findGrid(QStringLiteral("ngram_hist_topp"));
    QVERIFY(hist);
    QCOMPARE(hist->rows, 3);
    for (int r = 0; r < hist->rows; ++r) {
        double sum = 0;
        for (int c2 = 0; c2 < hist->cols; ++c2)
            sum += hist->values[size_t(r * hist->cols + c2)];
        QVERIFY(std::abs(sum - 100) < 1e-9);
    }
}

void TestHivemindTextsSimulators::paperResultsAreCited()
{
    QFile f(kSource + QStringLiteral("/data/paperresults.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonArray headlines = root.value(QStringLiteral("headlines")).toArray();
    QVERIFY(headlines.size() >= 5);
    for (const QJsonValue &h : headlines)
        QVERIFY(!h.toObject().value(QStringLiteral("cite")).toString().isEmpty());
    const QJsonObject thresholds = root.value(QStringLiteral("thresholds")).toObject();
    QCOMPARE(thresholds.value(QStringLiteral("heights")).toArray().at(0).toDouble(), 79.0);
    QCOMPARE(thresholds.value(QStringLiteral("heights")).toArray().at(2).toDouble(), 61.2);
    // The limits drawn next to the paper's ≈ 8 (sheet §8.4): 2 and the hypergeometric value.
    const QJsonArray u = root.value(QStringLiteral("uniqueSources")).toObject()
                             .value(QStringLiteral("heights")).toArray();
    const int k = 25, m = 50, total = k * m, nn = 50;
    auto logChoose = [](double n, double r) {
        return std::lgamma(n + 1) - std::lgamma(r + 1) - std::lgamma(n - r + 1);
    };
    const double miss = [&](int others) {
        return std::exp(logChoose(total - 1 - others, nn) - logChoose(total - 1, nn));
    }(m - 1);
    const double expected = (1 - miss)
        + (k - 1) * (1 - std::exp(logChoose(total - 1 - m, nn) - logChoose(total - 1, nn)));
    QCOMPARE(u.at(0).toDouble(), 2.0);
    QVERIFY(std::abs(u.at(2).toDouble() - expected) < 0.005);
}

QTEST_GUILESS_MAIN(TestHivemindTextsSimulators)
#include "tst_hivemindtextssimulators.moc"
