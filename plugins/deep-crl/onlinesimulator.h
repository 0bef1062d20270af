// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "criticmodels.h"
#include "replaybuffer.h"

#include <paperlab/simulator.h>

#include <QString>

#include <vector>

namespace paperlab::papers::deepcrl {

/// The exploratory online mode of the sheet's §7.5 (not a result of the paper): each critic
/// starts from a buffer of random-walk episodes, then every round collects episodes from the
/// start cell toward uniformly sampled goals with its own epsilon-greedy policy, adds them to
/// its own replay buffer, and trains on the buffer with the offline simulator's loss and Adam.
/// After each round the greedy policy runs one episode to each of the four evaluation goals:
/// the time at goal and whether it got there. One simulator step is one round.
///
/// The goal of the Q-map moves with "set-goal" (CriticMazeSimulator).
class OnlineSimulator final : public CriticMazeSimulator
{
public:
    OnlineSimulator();
    ~OnlineSimulator() override;

    void reset(const ParameterSet &parameters) override;
    bool finished() const override;
    std::shared_ptr<Snapshot> snapshot() const override;

private:
    struct Learner
    {
        ReplayBuffer buffer;
        math::Rng rng;
        long long collected = 0;        // environment steps taken so far
        std::vector<double> envSteps;   // x of the evaluation curves
        std::vector<double> timeAtGoal; // mean over the evaluation goals, steps per episode
        std::vector<double> success;    // share of evaluation goals reached
    };

    void step() override;
    void collect(size_t model, int episodes, double epsilon);
    void evaluate(size_t model);

    std::vector<Learner> m_learners; // one per model
    int m_rounds = 0;
    int m_done = 0;
    int m_episodes = 0;
    int m_episodeLength = 0;
    int m_updates = 0;
    double m_epsilon = 0.0;
};

} // namespace paperlab::papers::deepcrl
