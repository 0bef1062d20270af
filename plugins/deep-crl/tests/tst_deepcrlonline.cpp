// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// The exploratory online simulator (sheet §7.5) and its pieces: the replay buffer, episode
// collection, time at goal, and the loop detection of greedy rollouts. Nothing here is about
// depth gains: the sheet asks for none.

#include "critic.h"
#include "replaybuffer.h"

#include <paperlab/simulator.h>
#include <paperlab/snapshot.h>
#include <paperlab/testing.h>

#include <QObject>
#include <QTest>

#include <cmath>

using namespace paperlab::papers::deepcrl;
using paperlab::testing::PaperUnderTest;

namespace {

const QString kSim = QStringLiteral("online");
constexpr int kLength = 40;

// Depth 4 and 8, small: 6 random episodes first, 4 per round, a buffer of 12 episodes.
QVariantMap smallRun(int seed = 5)
{
    return {{QStringLiteral("depths"), QVariantList{4, 8}},
            {QStringLiteral("width"), 32},
            {QStringLiteral("batch"), 32},
            {QStringLiteral("rounds"), 4},
            {QStringLiteral("episodes"), 4},
            {QStringLiteral("episode_length"), kLength},
            {QStringLiteral("updates"), 10},
            {QStringLiteral("buffer_episodes"), 12},
            {QStringLiteral("random_episodes"), 6},
            {QStringLiteral("seed"), seed}};
}

// A policy that takes @p action everywhere.
ValueMap constantPolicy(const U4Maze &maze, int goal, int action)
{
    ValueMap map;
    map.goal = goal;
    map.greedy.assign(size_t(maze.stateCount()), action);
    map.value.assign(size_t(maze.stateCount()), 0.0);
    return map;
}

} // namespace

class TestDeepCrlOnline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bufferKeepsTheNewestEpisodes();
    void greedyEpisodeFollowsThePolicy();
    void rolloutStopsAtAWallOrALoop();
    void bufferGrowsAndReadoutsAreFinite();
    void runIsSeededAndReproducible();
};

void TestDeepCrlOnline::bufferKeepsTheNewestEpisodes()
{
    ReplayBuffer buffer(2, 3);
    for (int e = 0; e < 5; ++e)
        buffer.add({e, e, e}, {0, 1});
    QCOMPARE(buffer.episodes(), 3);
    QCOMPARE(buffer.transitions(), 6LL);
    QCOMPARE(buffer.data()->states.front().front(), 2);
    QCOMPARE(buffer.data()->states.back().front(), 4);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, buffer.add({0, 0}, {0}));
}

void TestDeepCrlOnline::greedyEpisodeFollowsThePolicy()
{
    const U4Maze maze(3);
    const int start = maze.centreOf(U4Maze::startCell()); // sub-cell (7, 4)
    paperlab::math::Rng rng(1);
    std::vector<int> actions;
    // Always "up": (7,4) -> (6,4) -> ... -> (3,4), the top row of the maze, then against the
    // wall for the rest of the episode.
    const auto states = collectEpisode(maze, constantPolicy(maze, 0, Up), start, 10, 0.0, rng,
                                       actions);
    QCOMPARE(int(states.size()), 11);
    QCOMPARE(actions, std::vector<int>(10, Up));
    QCOMPARE(maze.rowOf(states.back()), 3);
    QCOMPARE(timeAtGoal(states, maze.stateAt(3, 4)), 7);
    QCOMPARE(timeAtGoal(states, start), 0); // the start is not counted
    // epsilon = 1 ignores the policy: some move is not "up".
    collectEpisode(maze, constantPolicy(maze, 0, Up), start, 50, 1.0, rng, actions);
    QVERIFY(std::count(actions.begin(), actions.end(), int(Up)) < 50);
}

void TestDeepCrlOnline::rolloutStopsAtAWallOrALoop()
{
    const U4Maze maze(3);
    const int start = maze.centreOf(U4Maze::startCell());
    // Up into the wall: stuck, a cycle of one move after 4 moves.
    auto path = CriticTrainer::greedyRollout(maze, constantPolicy(maze, 0, Up), start, 100);
    QCOMPARE(int(path.size()), 6);
    QCOMPARE(CriticTrainer::rolloutLoop(path), 1);
    // Left and right alternate between two sub-cells: a cycle of two moves.
    ValueMap swing = constantPolicy(maze, 0, Left);
    swing.greedy[size_t(maze.stateAt(7, 3))] = Right;
    path = CriticTrainer::greedyRollout(maze, swing, start, 100);
    QCOMPARE(int(path.size()), 3);
    QCOMPARE(CriticTrainer::rolloutLoop(path), 2);
    // Reaching the goal is no loop.
    path = CriticTrainer::greedyRollout(maze, constantPolicy(maze, maze.stateAt(3, 4), Up),
                                        start, 100);
    QCOMPARE(path.back(), maze.stateAt(3, 4));
    QCOMPARE(CriticTrainer::rolloutLoop(path), 0);
}

void TestDeepCrlOnline::bufferGrowsAndReadoutsAreFinite()
{
    PaperUnderTest paper;
    QVERIFY2(paper.loadError().isEmpty(), qPrintable(paper.loadError()));
    auto sim = paper.create(kSim, paper.parameters(smallRun()));
    QVERIFY(sim);
    auto s = sim->snapshot();
    QCOMPARE(s->readouts.value(QStringLiteral("buffer_transitions_d4")), 6.0 * kLength);
    QCOMPARE(s->readouts.value(QStringLiteral("env_steps")), 6.0 * kLength);
    // 6 + 4 = 10 episodes, then 14 > 12: the buffer is full, collection goes on.
    const double expectedBuffer[] = {10.0 * kLength, 12.0 * kLength, 12.0 * kLength};
    for (int round = 1; round <= 3; ++round) {
        s = paperlab::testing::runSteps(*sim, 1);
        QCOMPARE(s->step, round);
        QCOMPARE(s->progress, round / 4.0);
        for (const QString &m : {QStringLiteral("d4"), QStringLiteral("d8")}) {
            QCOMPARE(s->readouts.value(QStringLiteral("buffer_transitions_") + m),
                     expectedBuffer[round - 1]);
        }
        QCOMPARE(s->readouts.value(QStringLiteral("env_steps")), (6.0 + 4 * round) * kLength);
        for (auto it = s->readouts.cbegin(); it != s->readouts.cend(); ++it)
            QVERIFY2(std::isfinite(it.value()), qPrintable(it.key()));
        for (const QString &m : {QStringLiteral("d4"), QStringLiteral("d8")}) {
            const double t = s->readouts.value(QStringLiteral("time_at_goal_") + m, -1.0);
            const double p = s->readouts.value(QStringLiteral("success_") + m, -1.0);
            QVERIFY(t >= 0.0 && t <= kLength);
            QVERIFY(p >= 0.0 && p <= 1.0);
            QVERIFY(s->readouts.contains(QStringLiteral("loss_") + m));
        }
    }
    QVERIFY(!sim->finished());
    s = paperlab::testing::runSteps(*sim, 5);
    QVERIFY(sim->finished());
    QCOMPARE(s->step, 4);
}

void TestDeepCrlOnline::runIsSeededAndReproducible()
{
    PaperUnderTest paper;
    auto run = [&](int seed) {
        auto sim = paper.create(kSim, paper.parameters(smallRun(seed)));
        return paperlab::testing::runSteps(*sim, 3);
    };
    const auto a = run(5);
    const auto b = run(5);
    const auto c = run(6);
    QCOMPARE(a->readouts, b->readouts);
    QCOMPARE(a->findSeries(QStringLiteral("loss_d8"))->y,
             b->findSeries(QStringLiteral("loss_d8"))->y);
    QVERIFY(a->findSeries(QStringLiteral("loss_d8"))->y !=
            c->findSeries(QStringLiteral("loss_d8"))->y);
}

QTEST_GUILESS_MAIN(TestDeepCrlOnline)
#include "tst_deepcrlonline.moc"
