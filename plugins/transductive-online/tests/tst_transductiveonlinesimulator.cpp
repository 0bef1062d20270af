// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// The simulators as the app and `paperlab run` drive them: the readouts the issue names,
// the user's own masks, the census counts, and clear errors for impossible input.
#include "boundssimulator.h"
#include "censussimulator.h"
#include "exactgamesimulator.h"

#include <paperlab/testing.h>

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace paperlab;
using namespace paperlab::testing;
using namespace paperlab::papers::transductiveonline;

class TestTransductiveOnlineSimulator : public QObject
{
    Q_OBJECT
private slots:
    void defaultIsTheGapClass();
    void lectureFillsTheTableOneOrderAtATime();
    void userMasksMatchTheSolver();
    void thresholdPresetShowsBinarySearch();
    void censusOnFourPointsGivesTheSheetCounts();
    void impossibleInputIsExplained();
    void gameThroughCommands();
    void boundsAreReadyAtOnce();
    void truthTableEditsRecompute();
    void randomSearchIsLabelledExploration();
};

void TestTransductiveOnlineSimulator::defaultIsTheGapClass()
{
    const PaperUnderTest paper;
    QVERIFY2(paper.loadError().isEmpty(), qPrintable(paper.loadError()));
    ExactGameSimulator sim;
    sim.reset(paper.parameters());
    const auto start = sim.snapshot();
    QVERIFY(!start->readouts.contains(QStringLiteral("littlestone_dim")));
    QCOMPARE(start->readouts.value(QStringLiteral("hypotheses")), 8.0);
    const auto end = runToEnd(sim);
    QVERIFY(end);
    QCOMPARE(end->readouts.value(QStringLiteral("littlestone_dim")), 3.0);
    QCOMPARE(end->readouts.value(QStringLiteral("transductive_value")), 2.0);
    QCOMPARE(end->readouts.value(QStringLiteral("soa_worst")), 3.0);
    QCOMPARE(end->readouts.value(QStringLiteral("rank_learner_worst")), 2.0);
    QCOMPARE(end->readouts.value(QStringLiteral("soa_worse_orders")), 4.0);
    QCOMPARE(end->readouts.value(QStringLiteral("points")), 4.0);
    // The shown order is the first where SOA does worst; its labelling tree has rank 2.
    const auto worst = end->findTable(QStringLiteral("worst_sequence"));
    QVERIFY(worst);
    QCOMPARE(worst->rows.at(1).at(1), QStringLiteral("(3, 0, 1, 2)"));
    QCOMPARE(end->readouts.value(QStringLiteral("shown_rank")), 2.0);
    QCOMPARE(end->findTable(QStringLiteral("permutations"))->rows.size(), 24);
    // Algorithm 1 against SOA on (3, 0, 1, 2): every split is balanced, 3 forced mistakes.
    QCOMPARE(end->readouts.value(QStringLiteral("alg1_mistakes")), 3.0);

    // The trees as drawn (depth, edge, node, value in pre-order). The Littlestone tree of the
    // gap class is complete: 3 levels of questions, 8 leaves of one hypothesis each.
    const auto ld = end->findTable(QStringLiteral("littlestone_tree_nodes"));
    QVERIFY(ld);
    QCOMPARE(ld->rows.size(), 15);
    QCOMPARE(ld->rows.first(), (QStringList{QStringLiteral("0"), QString(), QStringLiteral("x3"),
                                            QStringLiteral("3")}));
    int leaves = 0;
    for (const QStringList &row : ld->rows) {
        if (row.at(0) == QStringLiteral("3")) {
            ++leaves;
            QCOMPARE(row.at(3), QStringLiteral("0"));
            QCOMPARE(row.at(2).size(), 4); // one hypothesis, as its 4 labels
        }
    }
    QCOMPARE(leaves, 8);
    // The committed order's tree: rooted at its first point, with the order's rank.
    const auto rank = end->findTable(QStringLiteral("labelling_tree_nodes"));
    QVERIFY(rank);
    QCOMPARE(rank->rows.first().at(2), QStringLiteral("x3"));
    QCOMPARE(rank->rows.first().at(3), QStringLiteral("2"));
    QCOMPARE(rank->rows.at(1).at(1), QStringLiteral("0")); // the edge y = 0 first
}

void TestTransductiveOnlineSimulator::lectureFillsTheTableOneOrderAtATime()
{
    const PaperUnderTest paper;
    ExactGameSimulator sim;
    sim.reset(paper.presetParameters(QStringLiteral("lecture")));
    const auto early = runSteps(sim, 5);
    QCOMPARE(early->readouts.value(QStringLiteral("permutations_done")), 4.0);
    QVERIFY(!early->finished);
}

void TestTransductiveOnlineSimulator::userMasksMatchTheSolver()
{
    const PaperUnderTest paper;
    for (int seed = 1; seed <= 5; ++seed) {
        const HypothesisClass c = randomClass(5, 6 + 3 * seed, std::uint64_t(seed));
        QVariantList masks;
        for (unsigned m : c.masks())
            masks << int(m);
        QString error;
        const ParameterSet p = paper.parameters({{QStringLiteral("class"), QStringLiteral("custom")},
                                                 {QStringLiteral("points"), 5},
                                                 {QStringLiteral("masks"), masks}},
                                                &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ExactGameSimulator sim;
        sim.reset(p);
        const auto end = runToEnd(sim);
        QVERIFY(end);
        QCOMPARE(int(end->readouts.value(QStringLiteral("littlestone_dim"))), c.littlestone());
        QCOMPARE(int(end->readouts.value(QStringLiteral("transductive_value"))),
                 c.transductiveValue());
    }
}

void TestTransductiveOnlineSimulator::thresholdPresetShowsBinarySearch()
{
    const PaperUnderTest paper;
    ExactGameSimulator sim;
    sim.reset(paper.presetParameters(QStringLiteral("thresholds-7")));
    const auto end = runToEnd(sim);
    QVERIFY(end);
    QCOMPARE(end->readouts.value(QStringLiteral("littlestone_dim")), 3.0);
    QCOMPARE(end->readouts.value(QStringLiteral("transductive_value")), 3.0);
    QCOMPARE(end->readouts.value(QStringLiteral("shown_rank")), 3.0);
}

void TestTransductiveOnlineSimulator::censusOnFourPointsGivesTheSheetCounts()
{
    const PaperUnderTest paper;
    CensusSimulator sim;
    sim.reset(paper.presetParameters(QStringLiteral("census-4")));
    const auto end = runToEnd(sim);
    QVERIFY(end);
    QCOMPARE(end->readouts.value(QStringLiteral("classes")), 65535.0);
    QCOMPARE(end->readouts.value(QStringLiteral("count_ld3_mtr2")), 2880.0);
    QCOMPARE(end->readouts.value(QStringLiteral("count_ld3_mtr3")), 30626.0);
    QCOMPARE(end->readouts.value(QStringLiteral("gap_classes")), 2880.0);
    QVERIFY(!end->readouts.contains(QStringLiteral("count_ld4_mtr3")));
}

void TestTransductiveOnlineSimulator::impossibleInputIsExplained()
{
    const PaperUnderTest paper;
    ExactGameSimulator sim;
    try {
        sim.reset(paper.parameters({{QStringLiteral("class"), QStringLiteral("custom")},
                                    {QStringLiteral("points"), 3},
                                    {QStringLiteral("masks"), QVariantList{1, 9}}}));
        QFAIL("a mask beyond the last point was accepted");
    } catch (const SimulationError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("mask 9")), e.what());
        QVERIFY2(QString::fromUtf8(e.what()).startsWith(QStringLiteral("masks = 1, 9")),
                 e.what());
    }
    try {
        sim.reset(paper.parameters({{QStringLiteral("class"), QStringLiteral("custom")},
                                    {QStringLiteral("masks"), QVariantList{6, 3, 6}}}));
        QFAIL("a repeated mask was accepted");
    } catch (const SimulationError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("mask 6 appears twice")),
                 e.what());
    }
    try {
        sim.reset(paper.parameters({{QStringLiteral("shown_sequence"), QStringLiteral("custom")},
                                    {QStringLiteral("sequence"), QVariantList{3, 3}}}));
        QFAIL("a repeated point was accepted");
    } catch (const SimulationError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("sequence = 3, 3")),
                 e.what());
    }
    CensusSimulator census;
    QVERIFY_THROWS_EXCEPTION(SimulationError,
                             census.reset(paper.parameters({{QStringLiteral("points"), 6}})));
}

// The game mode as the view drives it: the user as learner against the adaptive adversary on
// the gap class loses 3 times, the version space table marks the hypotheses ruled out, and an
// illegal move is explained without ending the game.
void TestTransductiveOnlineSimulator::gameThroughCommands()
{
    const PaperUnderTest paper;
    ExactGameSimulator sim;
    sim.reset(paper.parameters());
    sim.command(QStringLiteral("game-start"), {{QStringLiteral("opponent"), QStringLiteral("adaptive")}});
    auto s = sim.snapshot();
    QCOMPARE(s->readouts.value(QStringLiteral("game_active")), 1.0);
    QCOMPARE(s->readouts.value(QStringLiteral("game_pending_point")), 3.0); // Littlestone root
    for (int round = 0; round < 3; ++round)
        sim.command(QStringLiteral("game-predict"), {{QStringLiteral("label"), 0}});
    s = sim.snapshot();
    QCOMPARE(s->readouts.value(QStringLiteral("game_mistakes")), 3.0);
    QCOMPARE(s->readouts.value(QStringLiteral("game_over")), 1.0);
    QCOMPARE(s->readouts.value(QStringLiteral("game_optimum")), 3.0);
    const auto space = s->findTable(QStringLiteral("game_space"));
    QVERIFY(space);
    int alive = 0;
    for (const QStringList &row : space->rows)
        alive += row.last() == QLatin1String("1");
    QCOMPARE(double(alive), s->readouts.value(QStringLiteral("game_left")));
    QVERIFY(alive < 8);
    QCOMPARE(s->findTable(QStringLiteral("game_rounds"))->rows.size(), 3);

    // The user as adversary against SOA: asking a point twice is refused, state kept.
    sim.command(QStringLiteral("game-start"), {{QStringLiteral("opponent"), QStringLiteral("soa")}});
    sim.command(QStringLiteral("game-ask"), {{QStringLiteral("point"), 3}});
    s = sim.snapshot();
    QVERIFY(s->readouts.value(QStringLiteral("game_prediction")) >= 0.0);
    sim.command(QStringLiteral("game-label"), {{QStringLiteral("label"), 1}});
    sim.command(QStringLiteral("game-ask"), {{QStringLiteral("point"), 3}});
    s = sim.snapshot();
    QCOMPARE(s->readouts.value(QStringLiteral("game_rounds")), 1.0);
    const auto info = s->findTable(QStringLiteral("game_info"));
    QVERIFY(info && info->rows.at(0).at(1).contains(QStringLiteral("x3")));
    QVERIFY_THROWS_EXCEPTION(SimulationError, sim.command(QStringLiteral("no-such"), {}));
}

// The bounds panel as `paperlab run transductive-online --simulator bounds` sees it: finished
// on reset, the computed crossings, the curves on their domains, the marked d live.
void TestTransductiveOnlineSimulator::boundsAreReadyAtOnce()
{
    const PaperUnderTest paper;
    BoundsSimulator sim;
    sim.reset(paper.presetParameters(QStringLiteral("bounds")));
    QVERIFY(sim.finished());
    auto s = sim.snapshot();
    QVERIFY(s->finished);
    QVERIFY(std::abs(s->readouts.value(QStringLiteral("crossing_upper_below_standard")) - 2304)
            < 1e-6);
    QVERIFY(std::abs(s->readouts.value(QStringLiteral("crossing_lower_at_least_one")) - 100)
            < 1e-9);
    QCOMPARE(s->readouts.value(QStringLiteral("marked_d")), 10000.0);
    QCOMPARE(s->readouts.value(QStringLiteral("lower_at_d")), 10.0);
    QCOMPARE(s->readouts.value(QStringLiteral("upper_at_d")), 4800.0);

    // 48√d is drawn only where Theorem D.1's class exists; it crosses d at the readout.
    const auto upper = s->findSeries(QStringLiteral("upper"));
    const auto standard = s->findSeries(QStringLiteral("standard"));
    const auto lower = s->findSeries(QStringLiteral("lower"));
    QVERIFY(upper && standard && lower);
    QVERIFY(upper->x.front() >= 43 && upper->x.front() < 50);
    QCOMPARE(standard->x.back(), 1e6);
    for (size_t i = 0; i < lower->x.size(); ++i)
        QVERIFY(std::abs(lower->y[i] - std::sqrt(lower->x[i]) / 10) < 1e-12 * lower->x[i]);
    const size_t offset = standard->x.size() - upper->x.size();
    for (size_t i = 0; i < upper->x.size(); ++i)
        QCOMPARE(upper->y[i] < standard->y[i + offset], upper->x[i] > 2304);

    const auto history = s->findTable(QStringLiteral("history"));
    QVERIFY(history);
    QCOMPARE(history->rows.size(), 7);
    QCOMPARE(history->rows.last().at(4), QStringLiteral("4,800")); // 48·√10⁴
    // The crossings in increasing d: 100, 800, 996, 1,115, 2,304, 20,520.
    const auto crossings = s->findTable(QStringLiteral("crossings"));
    QVERIFY(crossings);
    QStringList from;
    for (const QStringList &row : crossings->rows)
        from << row.at(0);
    QCOMPARE(from, QStringList({"100", "800", "996", "1,115", "2,304", "20,520"}));

    // A new marked d moves the trade-off minimum to its square root.
    QString error;
    sim.applyLive(paper.parameters({{QStringLiteral("marked_d"), 2304}}, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    s = sim.snapshot();
    QVERIFY(std::abs(s->readouts.value(QStringLiteral("tradeoff_best_k")) - 48) < 1e-6);
    QVERIFY(std::abs(s->readouts.value(QStringLiteral("tradeoff_min_at_d")) - 96) < 1e-9);
    const auto sum = s->findSeries(QStringLiteral("tradeoff_k"));
    QVERIFY(sum);
    QCOMPARE(sum->x.back(), 2304.0);
    QVERIFY(*std::min_element(sum->y.begin(), sum->y.end()) >= 96 - 1e-9);
}

// The truth-table editor's path: each click writes the whole masks list, the class is solved
// again, and a list the class cannot take (a repeated hypothesis) leaves the run as it was.
void TestTransductiveOnlineSimulator::truthTableEditsRecompute()
{
    const PaperUnderTest paper;
    auto masksParameters = [&](const QVariantList &masks) {
        QString error;
        const ParameterSet p
            = paper.parameters({{QStringLiteral("class"), QStringLiteral("custom")},
                                {QStringLiteral("points"), 4},
                                {QStringLiteral("masks"), masks}},
                               &error);
        [&] { QVERIFY2(error.isEmpty(), qPrintable(error)); }();
        return p;
    };
    ExactGameSimulator sim;
    const QVariantList gap{6, 3, 12, 9, 11, 1, 7, 10};
    sim.reset(masksParameters(gap));
    auto s = runToEnd(sim);
    QVERIFY(s);
    QCOMPARE(s->readouts.value(QStringLiteral("class_custom")), 1.0);
    QCOMPARE(s->readouts.value(QStringLiteral("transductive_value")), 2.0);

    // Flip h7(x2): 0101 -> 0111, mask 10 -> 14. The gap closes: Mₜᵣ = LD = 3.
    QVariantList flipped = gap;
    flipped[7] = 10 ^ (1 << 2);
    sim.reset(masksParameters(flipped));
    s = runToEnd(sim);
    QVERIFY(s);
    QCOMPARE(s->readouts.value(QStringLiteral("littlestone_dim")), 3.0);
    QCOMPARE(s->readouts.value(QStringLiteral("transductive_value")), 3.0);
    const auto truth = s->findTable(QStringLiteral("class"));
    QVERIFY(truth);
    QCOMPARE(truth->rows.at(7), QStringList({"h7", "0", "1", "1", "1", "14"}));

    // Flip h1(x3): 1100 -> 1101 = h4. Refused, and the solved class stays on show.
    QVariantList duplicate = flipped;
    duplicate[1] = 3 ^ (1 << 3);
    QVERIFY_THROWS_EXCEPTION(SimulationError, sim.reset(masksParameters(duplicate)));
    s = sim.snapshot();
    QCOMPARE(s->readouts.value(QStringLiteral("transductive_value")), 3.0);
    QCOMPARE(s->findTable(QStringLiteral("class"))->rows.at(1).last(), QStringLiteral("3"));

    // Removing a row and adding the smallest missing function (0) are plain lists too.
    QVariantList edited = flipped;
    edited.removeAt(0);
    edited.append(0);
    sim.reset(masksParameters(edited));
    s = runToEnd(sim);
    QVERIFY(s);
    QCOMPARE(s->readouts.value(QStringLiteral("hypotheses")), 8.0);
    QCOMPARE(s->findTable(QStringLiteral("class"))->rows.at(7).last(), QStringLiteral("0"));
}

void TestTransductiveOnlineSimulator::randomSearchIsLabelledExploration()
{
    const PaperUnderTest paper;
    QString error;
    const ParameterSet p
        = paper.parameters({{QStringLiteral("census_mode"), QStringLiteral("random")},
                            {QStringLiteral("points"), 5},
                            {QStringLiteral("samples"), 300}},
                           &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    CensusSimulator sim;
    sim.reset(p);
    const auto start = sim.snapshot();
    QCOMPARE(start->readouts.value(QStringLiteral("exploration")), 1.0);
    QVERIFY(start->status.startsWith(QStringLiteral("Exploration, not the paper's experiment")));
    const auto mid = runSteps(sim, 1);
    QVERIFY(!mid->finished);
    QVERIFY(mid->progress > 0 && mid->progress < 1);
    const auto end = runToEnd(sim);
    QVERIFY(end);
    QCOMPARE(end->progress, 1.0);
    double counted = 0;
    for (const QStringList &row : end->findTable(QStringLiteral("histogram"))->rows) {
        QVERIFY(row.at(1).toInt() <= row.at(0).toInt());
        counted += row.at(2).toDouble();
    }
    QCOMPARE(counted, 300.0);
    QCOMPARE(end->readouts.value(QStringLiteral("tallied")), 300.0);
    // The same seed gives the same histogram, whatever the chunking (runSteps, then the rest).
    CensusSimulator again;
    again.reset(p);
    QCOMPARE(runToEnd(again)->findTable(QStringLiteral("histogram"))->rows,
             end->findTable(QStringLiteral("histogram"))->rows);

    CensusSimulator tooBig;
    QVERIFY_THROWS_EXCEPTION(SimulationError,
                             tooBig.reset(paper.parameters(
                                 {{QStringLiteral("census_mode"), QStringLiteral("random")},
                                  {QStringLiteral("points"), 7}})));
}

QTEST_MAIN(TestTransductiveOnlineSimulator)
#include "tst_transductiveonlinesimulator.moc"
