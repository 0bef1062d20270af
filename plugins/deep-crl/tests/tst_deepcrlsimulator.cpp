// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// The u4-maze-critic simulator as the app and `paperlab run` use it: the readouts the issue
// names for every preset, determinism, agreement with the model library, and the goal command.

#include "critic.h"

#include <paperlab/simulator.h>
#include <paperlab/snapshot.h>
#include <paperlab/testing.h>

#include <QObject>
#include <QTest>

#include <cmath>

using namespace paperlab::papers::deepcrl;
using paperlab::testing::PaperUnderTest;

namespace {

const QString kSim = QStringLiteral("u4-maze-critic");

// A small, fast run: depth 8 with and without skips.
QVariantMap smallRun()
{
    return {{QStringLiteral("depths"), QVariantList{8}},
            {QStringLiteral("skips"), QStringLiteral("both")},
            {QStringLiteral("width"), 32},
            {QStringLiteral("batch"), 32},
            {QStringLiteral("steps"), 120},
            {QStringLiteral("seed"), 3}};
}

} // namespace

class TestDeepCrlSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetsReportTheIssueReadouts_data();
    void presetsReportTheIssueReadouts();
    void runIsDeterministicAndMatchesTheModel();
    void goalCommandMovesTheGoal();
    void stepsAreQuartersOfAnEvaluationInterval();
    void depthMustBeMultipleOfFour();
};

void TestDeepCrlSimulator::presetsReportTheIssueReadouts_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QStringList>("models");
    QTest::newRow("residual-necessity")
        << QStringLiteral("residual-necessity") << QStringList{"d32", "d32_noskip"};
    QTest::newRow("depth-compare") << QStringLiteral("depth-compare")
                                   << QStringList{"d4", "d8", "d16"};
    QTest::newRow("lecture") << QStringLiteral("lecture")
                             << QStringList{"d8", "d8_noskip", "d32", "d32_noskip"};
    QTest::newRow("quick") << QStringLiteral("quick") << QStringList{"d4", "d8"};
}

void TestDeepCrlSimulator::presetsReportTheIssueReadouts()
{
    QFETCH(QString, preset);
    QFETCH(QStringList, models);
    PaperUnderTest paper;
    QVERIFY2(paper.loadError().isEmpty(), qPrintable(paper.loadError()));
    QString error;
    const auto parameters = paper.presetParameters(preset, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto sim = paper.create(kSim, parameters);
    QVERIFY(sim);
    const auto s = paperlab::testing::runSteps(*sim, 1);
    QVERIFY(s);
    QCOMPARE(s->readouts.value(QStringLiteral("models")), double(models.size()));
    QVERIFY(std::isfinite(s->readouts.value(QStringLiteral("log_batch"))));
    for (const QString &m : models) {
        QVERIFY2(s->readouts.contains(QStringLiteral("loss_") + m), qPrintable(m));
        QVERIFY2(s->readouts.contains(QStringLiteral("optimal_action_frac_") + m), qPrintable(m));
        QVERIFY(s->findGrid(QStringLiteral("qmap_") + m));
        QVERIFY(s->findTable(QStringLiteral("rollout_") + m));
    }
}

void TestDeepCrlSimulator::runIsDeterministicAndMatchesTheModel()
{
    PaperUnderTest paper;
    const auto parameters = paper.parameters(smallRun());
    auto a = paper.create(kSim, parameters);
    auto b = paper.create(kSim, parameters);
    QVERIFY(a && b);
    const auto sa = paperlab::testing::runToEnd(*a);
    const auto sb = paperlab::testing::runToEnd(*b);
    QVERIFY(sa && sb);
    QCOMPARE(sa->readouts, sb->readouts);
    QCOMPARE(sa->readouts.value(QStringLiteral("log_batch")), std::log(32.0));

    // The same critic trained directly with the model library gives the same loss.
    const U4Maze maze(3);
    CriticConfig c;
    c.depth = 8;
    c.width = 32;
    c.batch = 32;
    CriticTrainer t(maze, randomWalkData(maze, 200, 400, 3), c, 3);
    for (int k = 0; k < 120; ++k)
        t.step();
    QCOMPARE(sa->readouts.value(QStringLiteral("loss_d8")), t.recentInfoNce(50));
    QCOMPARE(sa->readouts.value(QStringLiteral("optimal_action_frac_d8")),
             t.optimalActionFraction());
}

void TestDeepCrlSimulator::goalCommandMovesTheGoal()
{
    PaperUnderTest paper;
    auto sim = paper.create(kSim, paper.parameters(smallRun()));
    QVERIFY(sim);
    auto s = paperlab::testing::runSteps(*sim, 1);
    // Default goal: the centre of cell (4,1), 24 sub-cell moves from the start.
    QCOMPARE(s->readouts.value(QStringLiteral("goal_row")), 13.0);
    QCOMPARE(s->readouts.value(QStringLiteral("goal_col")), 4.0);
    QCOMPARE(s->readouts.value(QStringLiteral("goal_distance")), 24.0);

    sim->command(QStringLiteral("set-goal"), {{QStringLiteral("row"), 4},
                                             {QStringLiteral("col"), 10}});
    s = sim->snapshot();
    QCOMPARE(s->readouts.value(QStringLiteral("goal_row")), 4.0);
    QCOMPARE(s->readouts.value(QStringLiteral("goal_col")), 10.0);
    // (7,4) to (4,10): up 3, right 6.
    QCOMPARE(s->readouts.value(QStringLiteral("goal_distance")), 9.0);
    const auto path = s->findTable(QStringLiteral("rollout_d8"));
    QVERIFY(path && !path->rows.isEmpty());
    const QStringList last = path->rows.last();
    const bool reached = last[1] == QStringLiteral("4") && last[2] == QStringLiteral("10");
    QCOMPARE(s->readouts.value(QStringLiteral("rollout_reached_d8")), reached ? 1.0 : 0.0);

    // A wall keeps the previous goal.
    sim->command(QStringLiteral("set-goal"), {{QStringLiteral("row"), 10},
                                             {QStringLiteral("col"), 4}});
    QCOMPARE(sim->snapshot()->readouts.value(QStringLiteral("goal_row")), 4.0);
}

void TestDeepCrlSimulator::stepsAreQuartersOfAnEvaluationInterval()
{
    // Depth 8, width 32, batch 32: about 2e6 operations a step, so the critics are evaluated
    // every 200 steps (the most), and a simulator step trains 50. The loss moves every step;
    // the greedy-move curve gets its points at step 0 and at the end (step 120) only.
    PaperUnderTest paper;
    auto sim = paper.create(kSim, paper.parameters(smallRun()));
    QVERIFY(sim);
    auto s = paperlab::testing::runSteps(*sim, 1);
    QCOMPARE(s->step, qint64(50));
    const auto loss = s->findSeries(QStringLiteral("loss_d8"));
    QVERIFY(loss && !loss->y.empty());
    const auto optimal = s->findSeries(QStringLiteral("optimal_d8"));
    QVERIFY(optimal);
    QCOMPARE(optimal->x, std::vector<double>{0.0});
    s = paperlab::testing::runSteps(*sim, 1);
    QCOMPARE(s->step, qint64(100));
    QCOMPARE(s->findSeries(QStringLiteral("optimal_d8"))->x, std::vector<double>{0.0});
    s = paperlab::testing::runToEnd(*sim);
    QCOMPARE(s->step, qint64(120));
    QCOMPARE(s->findSeries(QStringLiteral("optimal_d8"))->x, (std::vector<double>{0.0, 120.0}));
}

void TestDeepCrlSimulator::depthMustBeMultipleOfFour()
{
    PaperUnderTest paper;
    QVariantMap v = smallRun();
    v.insert(QStringLiteral("depths"), QVariantList{6});
    bool threw = false;
    try {
        auto sim = paper.create(kSim, paper.parameters(v));
        threw = !sim;
    } catch (const std::exception &) {
        threw = true;
    }
    QVERIFY(threw);
}

QTEST_GUILESS_MAIN(TestDeepCrlSimulator)
#include "tst_deepcrlsimulator.moc"
