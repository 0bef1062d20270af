// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// The two simulators as the app and the CLI run them (loaded from the built plugin): the
// issue's readout names, the presets' limits, live recomputation, the bundled demo, file
// errors that keep the previous state, and the JSON export.
#include "embeddingsio.h"
#include "generator.h"
#include "metrics.h"
#include "metricssimulator.h"

#include <paperlab/math/parallel.h>
#include <paperlab/testing.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>

using namespace paperlab;
using paperlab::testing::PaperUnderTest;
using namespace paperlab::papers::hivemind;

namespace {

QStringList issueReadouts()
{
    QStringList keys = {QStringLiteral("intra_sim_mean"), QStringLiteral("inter_sim_mean"),
                        QStringLiteral("inter_sim_diag_mean"), QStringLiteral("prompts"),
                        QStringLiteral("models"), QStringLiteral("responses"),
                        QStringLiteral("dim")};
    for (int n = 5; n <= 50; n += 5)
        keys << QStringLiteral("unique_sources_at_%1").arg(n);
    for (int b = 0; b < 10; ++b)
        keys << QStringLiteral("hist_intra_bin%1").arg(b);
    return keys;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestHivemindSimulators : public QObject
{
    Q_OBJECT

private:
    PaperUnderTest m_paper;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_paper.loadError().isEmpty(), qPrintable(m_paper.loadError())); }

    void syntheticIsReadyThenMeasuresWithTheIssueReadouts()
    {
        auto sim = m_paper.create(QStringLiteral("synthetic-hivemind"), m_paper.parameters());
        QVERIFY(sim);
        const auto before = sim->snapshot();
        QVERIFY(!before->finished);
        QVERIFY(before->status.startsWith(QStringLiteral("Ready")));
        sim->advance(std::chrono::milliseconds(0));
        const auto after = sim->snapshot();
        QVERIFY(after->finished);
        for (const QString &key : issueReadouts())
            QVERIFY2(after->readouts.contains(key), qPrintable(key));
        QCOMPARE(after->readouts.value(QStringLiteral("responses")), 20.0 * 25 * 50);
        QVERIFY(after->findGrid(QStringLiteral("intra_hist")));
        QVERIFY(after->findGrid(QStringLiteral("inter_matrix")));
        QVERIFY(after->findSeries(QStringLiteral("unique_limit_identical")));
        QVERIFY(after->findSeries(QStringLiteral("pca_centres")));
    }

    void liveChangesRecomputeAtOnce()
    {
        auto sim = m_paper.create(QStringLiteral("synthetic-hivemind"), m_paper.parameters());
        sim->advance(std::chrono::milliseconds(0));
        const double before = sim->snapshot()->readouts.value(QStringLiteral("inter_sim_mean"));
        sim->applyLive(m_paper.parameters({{QStringLiteral("shared_prior"), 1.0}}));
        const auto after = sim->snapshot();
        QVERIFY(after->finished);
        QVERIFY(after->readouts.value(QStringLiteral("inter_sim_mean")) > before);
        // The diagonal convention: with self-pairs the diagonal mean is larger.
        const double withSelf = after->readouts.value(QStringLiteral("inter_sim_diag_mean"));
        sim->applyLive(m_paper.parameters({{QStringLiteral("shared_prior"), 1.0},
                                           {QStringLiteral("self_pairs"), false}}));
        QVERIFY(sim->snapshot()->readouts.value(QStringLiteral("inter_sim_diag_mean")) < withSelf);
    }

    void presetsReachTheAnalyticLimits()
    {
        auto separated = m_paper.create(QStringLiteral("synthetic-hivemind"),
                                        m_paper.presetParameters(QStringLiteral("separated")));
        separated->advance(std::chrono::milliseconds(0));
        QCOMPARE(separated->snapshot()->readouts.value(QStringLiteral("unique_sources_at_50")),
                 2.0);
        auto identical = m_paper.create(QStringLiteral("synthetic-hivemind"),
                                        m_paper.presetParameters(QStringLiteral("identical")));
        identical->advance(std::chrono::milliseconds(0));
        const auto s = identical->snapshot();
        const double limit = s->findSeries(QStringLiteral("unique_limit_identical"))->y.back();
        QVERIFY(std::abs(limit - 21.89) < 0.01);
        QVERIFY(std::abs(s->readouts.value(QStringLiteral("unique_sources_at_50")) - limit)
                <= 0.5);
    }

    void metricsShowsTheDemoWithoutAFile()
    {
        auto sim = m_paper.create(QStringLiteral("metrics"), m_paper.parameters());
        QVERIFY(sim);
        const auto s = sim->snapshot();
        for (const QString &key : issueReadouts())
            QVERIFY2(s->readouts.contains(key), qPrintable(key));
        QCOMPARE(s->readouts.value(QStringLiteral("prompts")), 4.0);
        QCOMPARE(s->readouts.value(QStringLiteral("models")), 6.0);
        QCOMPARE(s->readouts.value(QStringLiteral("responses")), 480.0);
        QCOMPARE(s->readouts.value(QStringLiteral("dim")), 16.0);
        QVERIFY(s->status.startsWith(QStringLiteral("demo")));
    }

    void badFileKeepsThePreviousStateAndNamesTheLine()
    {
        QTemporaryDir dir;
        const QString good = writeFile(dir, QStringLiteral("good.csv"),
                                       "prompt,model,e0,e1\np,A,1,0\np,A,1,0.1\n"
                                       "p,B,0,1\np,B,0.1,1\n");
        const QString bad = writeFile(dir, QStringLiteral("bad.csv"),
                                      "prompt,model,e0,e1\np,A,1,0\np,B,1,zero\n");
        auto sim = m_paper.create(QStringLiteral("metrics"),
                                  m_paper.parameters({{QStringLiteral("embeddings"), good}}));
        QVERIFY(sim);
        const double intra = sim->snapshot()->readouts.value(QStringLiteral("intra_sim_mean"));
        QCOMPARE(sim->snapshot()->readouts.value(QStringLiteral("responses")), 4.0);
        try {
            sim->reset(m_paper.parameters({{QStringLiteral("embeddings"), bad}}));
            QFAIL("a malformed file was accepted");
        } catch (const InputError &e) {
            QCOMPARE(e.file(), QStringLiteral("bad.csv"));
            QCOMPARE(e.line(), 3);
            QCOMPARE(e.field(), QStringLiteral("e1"));
        }
        QCOMPARE(sim->snapshot()->readouts.value(QStringLiteral("intra_sim_mean")), intra);
        QCOMPARE(sim->snapshot()->readouts.value(QStringLiteral("responses")), 4.0);
    }

    void aLargeFileIsMeasuredInStepsThatCanBePaused()
    {
        // 12 prompts of 480 responses, D = 1536: Σ n² D = 4.2e9 multiply-adds, above the
        // budget that reset() measures at once, so the run goes prompt by prompt.
        GeneratorConfig config;
        config.prompts = 12;
        config.models = 8;
        config.responses = 60;
        config.dim = 1536;
        const EmbeddingSet set = generateSynthetic(config, 1);
        QVERIFY(MetricAnalysis(set).workLeft() > MetricsSimulator::kMeasureInReset);
        QTemporaryDir dir;
        const std::string npy = dir.filePath(QStringLiteral("big.npy")).toStdString();
        QCOMPARE(writeEmbeddingsNpy(set, npy, sidecarPathFor(npy)), std::string());
        const auto parameters
            = m_paper.parameters({{QStringLiteral("embeddings"), QString::fromStdString(npy)}});
        auto sim = m_paper.create(QStringLiteral("metrics"), parameters);
        QVERIFY(sim);
        auto s = sim->snapshot();
        QVERIFY(!s->finished);
        QCOMPARE(s->progress, 0.0);
        QVERIFY(!s->readouts.contains(QStringLiteral("intra_sim_mean")));
        QVERIFY2(s->status.contains(QStringLiteral("press Play")), qPrintable(s->status));
        QVERIFY(!sim->finished());

        // A stop request ends advance() after one step (a batch of one prompt per core).
        std::atomic_bool stop{true};
        sim->setStopToken(&stop);
        sim->advance(std::chrono::milliseconds(60000));
        s = sim->snapshot();
        const int batch = paperlab::math::resolveThreadCount(0);
        QCOMPARE(s->progress, double(std::min(batch, 12)) / 12);
        QVERIFY(s->readouts.contains(QStringLiteral("intra_sim_mean")));
        QVERIFY2(s->status.contains(QStringLiteral("measured")), qPrintable(s->status));

        stop = false;
        while (!sim->finished())
            sim->advance(std::chrono::milliseconds(0));
        s = sim->snapshot();
        QVERIFY(s->finished);
        const MetricResult whole = analyse(set);
        QCOMPARE(s->readouts.value(QStringLiteral("intra_sim_mean")), whole.intraMean);
        QCOMPARE(s->readouts.value(QStringLiteral("unique_sources_at_50")),
                 whole.uniqueSourcesMean.back());
        QCOMPARE(s->readouts.value(QStringLiteral("responses")), 12.0 * 8 * 60);
    }

    void exportWritesTheMetricsAsJson()
    {
        QTemporaryDir dir;
        auto sim = m_paper.create(QStringLiteral("metrics"), m_paper.parameters());
        const QString path = dir.filePath(QStringLiteral("m.json"));
        sim->command(QStringLiteral("export-metrics"), {{QStringLiteral("path"), path}});
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonObject readouts = doc.value(QStringLiteral("readouts")).toObject();
        const auto s = sim->snapshot();
        QCOMPARE(readouts.value(QStringLiteral("intra_sim_mean")).toDouble(),
                 s->readouts.value(QStringLiteral("intra_sim_mean")));
        QCOMPARE(readouts.value(QStringLiteral("unique_sources_at_50")).toDouble(),
                 s->readouts.value(QStringLiteral("unique_sources_at_50")));
        QVERIFY(s->status.contains(QStringLiteral("exported")));
    }
};

QTEST_GUILESS_MAIN(TestHivemindSimulators)
#include "tst_hivemindsimulators.moc"
