// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once
// The exact standard and transductive games on one small class (arXiv 2512.12567, sheet
// §7.1-7.4): LD, M_tr, every permutation with the worst case of SOA, Halving and the rank
// learner, the Littlestone tree, the labelling tree of one sequence and a run of the
// Algorithm 1 adversary.

#include "game.h"

#include <paperlab/simulator.h>

#include <optional>

namespace paperlab::papers::transductiveonline {

/// Steps: the Littlestone dimension and tree first, then the permutations in chunks (one per
/// step on classes of up to 4 points, so the table can be watched filling), then M_tr over
/// every ordered sequence, the labelling tree of the shown sequence and the Algorithm 1 run.
class ExactGameSimulator final : public SteppedSimulator
{
public:
    void reset(const ParameterSet &parameters) override;
    bool finished() const override { return m_done; }
    std::shared_ptr<Snapshot> snapshot() const override;
    /// The game mode: "game-start" {opponent: soa | halving | rank | adaptive | algorithm1},
    /// "game-ask" {point}, "game-label" {label}, "game-predict" {label}, "game-stop". An
    /// illegal move leaves the game as it was and says why in the game_info table.
    void command(const QString &id, const QVariantMap &arguments) override;

private:
    Sequence committedOrder() const;
    void addGame(Snapshot &s) const;
    void step() override;
    void finish();

    struct PermutationResult {
        Sequence sequence;
        int soa = 0, halving = 0, rankLearner = 0, rank = 0;
    };

    std::optional<HypothesisClass> m_class;
    QString m_className;
    bool m_custom = false;     // class = custom: the view's truth table is an editor
    QString m_shownChoice;     // "soa-worst", "mtr-worst" or "custom"
    Sequence m_customSequence;
    Learner m_learner = Learner::Soa;
    double m_epsilon = 0.25;

    std::vector<Sequence> m_permutations;
    size_t m_chunk = 1;
    size_t m_nextPermutation = 0;
    bool m_started = false, m_done = false;
    int m_ld = 0, m_mtr = 0;
    Sequence m_mtrSequence, m_shown;
    std::vector<TreeNode> m_littlestoneTree, m_labellingTree;
    std::vector<PermutationResult> m_results;
    std::vector<AdversaryRound> m_adversary;

    std::optional<Game> m_game; // points into *m_class: reset before the class changes
    QString m_gameMessage;
};

/// The class a parameter set describes (presets of the sheet's §7.2 or the user's masks).
/// Throws SimulationError with a message for people on an impossible combination.
HypothesisClass classFromParameters(const ParameterSet &parameters, QString *name = nullptr);

} // namespace paperlab::papers::transductiveonline
