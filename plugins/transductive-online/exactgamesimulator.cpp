// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "exactgamesimulator.h"

#include <QMap>

#include <algorithm>
#include <bit>
#include <cmath>
#include <functional>
#include <stdexcept>

namespace paperlab::papers::transductiveonline {

namespace {

QString qs(const std::string &s) { return QString::fromStdString(s); }

QString pointName(int x) { return QStringLiteral("x%1").arg(x); }

// Steps for the permutation table: watchable on the small classes, bounded on 8 points.
constexpr size_t kTargetPermutationSteps = 48;

Learner learnerFromId(const QString &id)
{
    if (id == QLatin1String("halving"))
        return Learner::Halving;
    if (id == QLatin1String("rank"))
        return Learner::Rank;
    return Learner::Soa;
}

// One indented row per node of a game tree: the edge's label, then the question or the leaf.
QList<QStringList> treeRows(const HypothesisClass &c, const std::vector<TreeNode> &tree)
{
    QList<QStringList> rows;
    for (const TreeNode &node : tree) {
        QString text = QString(node.depth * 2, QChar(0x2003 /* em space */));
        if (node.edgeLabel >= 0)
            text += QStringLiteral("y = %1 \u2192 ").arg(node.edgeLabel);
        const int size = std::popcount(node.space);
        if (node.point >= 0) {
            text += QStringLiteral("ask %1").arg(pointName(node.point));
        } else if (size == 1) {
            text += QStringLiteral("leaf: h = %1")
                        .arg(qs(formatHypothesis(
                            c.masks()[size_t(std::countr_zero(node.space))], c.points())));
        } else {
            text += QStringLiteral("leaf: %1 hypotheses agree").arg(size);
        }
        rows.append({text, QString::number(node.value), QString::number(size)});
    }
    return rows;
}

// The same tree for drawing (TreeDiagram): [depth, edge label, node, value] per node.
QList<QStringList> treeNodeRows(const HypothesisClass &c, const std::vector<TreeNode> &tree)
{
    QList<QStringList> rows;
    for (const TreeNode &node : tree) {
        const int size = std::popcount(node.space);
        QString label;
        if (node.point >= 0)
            label = pointName(node.point);
        else if (size == 1)
            label = qs(formatHypothesis(c.masks()[size_t(std::countr_zero(node.space))],
                                        c.points()));
        else
            label = QStringLiteral("%1 h").arg(size);
        rows.append({QString::number(node.depth),
                     node.edgeLabel >= 0 ? QString::number(node.edgeLabel) : QString(), label,
                     QString::number(node.value)});
    }
    return rows;
}

QString intListText(const QList<int> &values)
{
    QStringList parts;
    for (int v : values)
        parts << QString::number(v);
    return parts.join(QStringLiteral(", "));
}

// One row per hypothesis (its name, then h(x_0), h(x_1), ...) and a last column.
Table truthTable(const HypothesisClass &c, const QString &id, const QString &label,
                 const QString &lastColumn, const std::function<QString(size_t)> &last)
{
    Table table{id, label, {QStringLiteral("h")}, {}};
    for (int x = 0; x < c.points(); ++x)
        table.columns << pointName(x);
    table.columns << lastColumn;
    for (size_t h = 0; h < c.masks().size(); ++h) {
        QStringList row{QStringLiteral("h%1").arg(h)};
        for (int x = 0; x < c.points(); ++x)
            row << QString::number(c.masks()[h] >> x & 1u);
        row << last(h);
        table.rows.append(row);
    }
    return table;
}

} // namespace

HypothesisClass classFromParameters(const ParameterSet &p, QString *name)
{
    const QString kind = p.choice(QStringLiteral("class"));
    const int points = int(p.integer(QStringLiteral("points")));
    try {
        if (kind == QLatin1String("gap")) {
            if (name)
                *name = QStringLiteral("the gap class (sheet §7.4)");
            return gapClass();
        }
        if (kind == QLatin1String("thresholds")) {
            if (name)
                *name = QStringLiteral("thresholds on %1 points").arg(points);
            return thresholds(points);
        }
        if (kind == QLatin1String("all-functions")) {
            if (points > 6)
                throw std::invalid_argument("all functions: at most 6 points (64 hypotheses)");
            if (name)
                *name = QStringLiteral("all functions on %1 points").arg(points);
            return allFunctions(points);
        }
        if (kind == QLatin1String("tree")) {
            const int levels = int(p.integer(QStringLiteral("levels")));
            if (name)
                *name = QStringLiteral("the minimal tree class with %1 levels").arg(levels);
            return minimalTree(levels);
        }
        if (kind == QLatin1String("random")) {
            const int count = int(p.integer(QStringLiteral("hypotheses")));
            if (name)
                *name = QStringLiteral("%1 random hypotheses on %2 points").arg(count).arg(points);
            return randomClass(points, std::min(count, 1 << points), p.seed(QStringLiteral("seed")));
        }
        std::vector<unsigned> masks;
        for (int m : p.intList(QStringLiteral("masks")))
            masks.push_back(unsigned(m));
        if (name)
            *name = QStringLiteral("your class (%1 hypotheses on %2 points)")
                        .arg(masks.size()).arg(points);
        return HypothesisClass(points, masks);
    } catch (const std::invalid_argument &e) {
        // Name the keys and values at fault: the masks for your own class, else the class.
        const QString where = kind == QLatin1String("custom")
                                  ? QStringLiteral("masks = %1 with points = %2")
                                        .arg(intListText(p.intList(QStringLiteral("masks"))))
                                        .arg(points)
                                  : QStringLiteral("class = %1, points = %2").arg(kind).arg(points);
        // Before reset() changes anything: the game shown stays, and the panel says why.
        throw InputError({}, 0,
                         kind == QLatin1String("custom") ? QStringLiteral("masks")
                                                         : QStringLiteral("points"),
                         QStringLiteral("%1: %2").arg(where, QString::fromUtf8(e.what())));
    }
}

void ExactGameSimulator::reset(const ParameterSet &p)
{
    QString name;
    HypothesisClass c = classFromParameters(p, &name);
    Sequence custom;
    const QString shown = p.choice(QStringLiteral("shown_sequence"));
    if (shown == QLatin1String("custom")) {
        std::vector<bool> seen(size_t(c.points()), false);
        for (int x : p.intList(QStringLiteral("sequence"))) {
            if (x < 0 || x >= c.points() || seen[size_t(x)]) {
                throw InputError({}, 0, QStringLiteral("sequence"),
                                 QStringLiteral("sequence = %1: %2 is not a new point of 0..%3")
                                     .arg(intListText(p.intList(QStringLiteral("sequence"))))
                                     .arg(x)
                                     .arg(c.points() - 1));
            }
            seen[size_t(x)] = true;
            custom.push_back(x);
        }
    }
    m_game.reset();
    m_gameMessage.clear();
    m_class.emplace(std::move(c));
    m_className = name;
    m_custom = p.choice(QStringLiteral("class")) == QLatin1String("custom");
    m_shownChoice = shown;
    m_customSequence = custom;
    m_learner = learnerFromId(p.choice(QStringLiteral("learner")));
    m_epsilon = p.real(QStringLiteral("epsilon"));
    m_permutations = orderedSequences(m_class->points(), true);
    m_chunk = std::max<size_t>(1, m_permutations.size() / kTargetPermutationSteps);
    m_nextPermutation = 0;
    m_started = m_done = false;
    m_ld = m_mtr = 0;
    m_mtrSequence.clear();
    m_shown.clear();
    m_littlestoneTree.clear();
    m_labellingTree.clear();
    m_results.clear();
    m_adversary.clear();
    setStepsPerAdvance(m_permutations.size() <= 24 ? 1 : 0);
}

void ExactGameSimulator::step()
{
    const HypothesisClass &c = *m_class;
    if (!m_started) {
        m_ld = c.littlestone();
        m_littlestoneTree = c.littlestoneTree();
        m_started = true;
        return;
    }
    if (m_nextPermutation < m_permutations.size()) {
        const size_t last = std::min(m_permutations.size(), m_nextPermutation + m_chunk);
        for (; m_nextPermutation < last; ++m_nextPermutation) {
            const Sequence &seq = m_permutations[m_nextPermutation];
            m_results.push_back({seq, c.worstCase(Learner::Soa, seq),
                                 c.worstCase(Learner::Halving, seq),
                                 c.worstCase(Learner::Rank, seq), c.rank(seq)});
        }
        return;
    }
    finish();
}

void ExactGameSimulator::finish()
{
    const HypothesisClass &c = *m_class;
    m_mtr = c.transductiveValue(&m_mtrSequence);
    if (m_shownChoice == QLatin1String("custom") && !m_customSequence.empty()) {
        m_shown = m_customSequence;
    } else if (m_shownChoice == QLatin1String("mtr-worst")) {
        m_shown = m_mtrSequence;
    } else {
        // The first permutation on which SOA does worst: on the gap class, (3, 0, 1, 2).
        const auto worst = std::max_element(
            m_results.begin(), m_results.end(),
            [](const PermutationResult &a, const PermutationResult &b) { return a.soa < b.soa; });
        m_shown = worst->sequence;
    }
    m_labellingTree = c.labellingTree(m_shown);
    m_adversary = c.playAlgorithm1(m_learner, m_shown, m_epsilon);
    m_done = true;
}

Sequence ExactGameSimulator::committedOrder() const
{
    // The order shown in the trees once solved; before that the user's or an M_tr-worst one.
    if (!m_shown.empty())
        return m_shown;
    if (!m_customSequence.empty())
        return m_customSequence;
    Sequence worst;
    m_class->transductiveValue(&worst);
    return worst;
}

void ExactGameSimulator::command(const QString &id, const QVariantMap &arguments)
{
    static const QMap<QString, Opponent> opponents{
        {QStringLiteral("soa"), Opponent::SoaLearner},
        {QStringLiteral("halving"), Opponent::HalvingLearner},
        {QStringLiteral("rank"), Opponent::RankLearner},
        {QStringLiteral("adaptive"), Opponent::AdaptiveAdversary},
        {QStringLiteral("algorithm1"), Opponent::Algorithm1}};
    const int value = arguments.value(id == QLatin1String("game-ask") ? QStringLiteral("point")
                                                                      : QStringLiteral("label"),
                                      -1).toInt();
    try {
        if (id == QLatin1String("game-start")) {
            const QString name = arguments.value(QStringLiteral("opponent")).toString();
            if (!opponents.contains(name))
                throw std::invalid_argument("unknown opponent \"" + name.toStdString() + "\"");
            m_game.emplace(*m_class, opponents.value(name), committedOrder(), m_epsilon);
        } else if (id == QLatin1String("game-stop")) {
            m_game.reset();
        } else if (id == QLatin1String("game-ask") || id == QLatin1String("game-label")
                   || id == QLatin1String("game-predict")) {
            if (!m_game)
                throw std::invalid_argument("start a game first");
            if (id == QLatin1String("game-ask"))
                m_game->ask(value);
            else if (id == QLatin1String("game-label"))
                m_game->label(value);
            else
                m_game->learnerMove(value);
        } else {
            return Simulator::command(id, arguments);
        }
        m_gameMessage.clear();
    } catch (const std::invalid_argument &e) {
        m_gameMessage = QString::fromUtf8(e.what());
    }
}

std::shared_ptr<Snapshot> ExactGameSimulator::snapshot() const
{
    auto s = std::make_shared<Snapshot>();
    const HypothesisClass &c = *m_class;
    const size_t total = m_permutations.size() + 2;
    const size_t done = (m_started ? 1 : 0) + m_results.size() + (m_done ? 1 : 0);
    s->step = qint64(done);
    s->finished = m_done;
    s->progress = double(done) / double(total);
    s->readouts.insert(QStringLiteral("hypotheses"), c.size());
    s->readouts.insert(QStringLiteral("points"), c.points());
    s->readouts.insert(QStringLiteral("permutations"), double(m_permutations.size()));
    s->readouts.insert(QStringLiteral("class_custom"), m_custom ? 1 : 0);

    // The truth table: one row per hypothesis, h(x_0) first as the sheet writes it.
    const Table truth = truthTable(c, QStringLiteral("class"), QStringLiteral("The class"),
                                   QStringLiteral("mask"),
                                   [&](size_t h) { return QString::number(c.masks()[h]); });
    s->tables.push_back(truth);
    addGame(*s);

    if (!m_started) {
        s->status = QStringLiteral("%1: press Play to solve both games exactly")
                        .arg(m_className);
        return s;
    }
    s->readouts.insert(QStringLiteral("littlestone_dim"), m_ld);
    s->tables.push_back({QStringLiteral("littlestone_tree"),
                         QStringLiteral("Littlestone tree (the adaptive adversary)"),
                         {QStringLiteral("question"), QStringLiteral("LD"),
                          QStringLiteral("hypotheses")},
                         treeRows(c, m_littlestoneTree)});
    s->tables.push_back({QStringLiteral("littlestone_tree_nodes"),
                         QStringLiteral("Littlestone tree, drawn"),
                         {QStringLiteral("depth"), QStringLiteral("edge"), QStringLiteral("node"),
                          QStringLiteral("LD")},
                         treeNodeRows(c, m_littlestoneTree)});

    Table perms{QStringLiteral("permutations"), QStringLiteral("Every order of the points"),
                {QStringLiteral("sequence"), QStringLiteral("SOA"), QStringLiteral("Halving"),
                 QStringLiteral("rank learner"), QStringLiteral("rank")},
                {}};
    // Shown rows are capped on 7-8 points (5,040-40,320 orders): the worst for SOA first.
    std::vector<size_t> order(m_results.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return m_results[a].soa - m_results[a].rankLearner
               > m_results[b].soa - m_results[b].rankLearner;
    });
    constexpr size_t kMaxRows = 120;
    int soaMax = 0, halvingMax = 0, rankMax = 0, soaWorse = 0;
    Series soa{QStringLiteral("soa_worst"), QStringLiteral("SOA"), {}, {}};
    Series halving{QStringLiteral("halving_worst"), QStringLiteral("Halving"), {}, {}};
    Series rankLearner{QStringLiteral("rank_learner_worst"),
                       QStringLiteral("rank learner (= rank)"), {}, {}};
    for (size_t i = 0; i < m_results.size(); ++i) {
        const PermutationResult &r = m_results[i];
        soaMax = std::max(soaMax, r.soa);
        halvingMax = std::max(halvingMax, r.halving);
        rankMax = std::max(rankMax, r.rankLearner);
        soaWorse += r.soa > r.rankLearner;
        soa.x.push_back(double(i + 1));
        soa.y.push_back(r.soa);
        halving.x.push_back(double(i + 1));
        halving.y.push_back(r.halving);
        rankLearner.x.push_back(double(i + 1));
        rankLearner.y.push_back(r.rankLearner);
    }
    for (size_t k = 0; k < std::min(order.size(), kMaxRows); ++k) {
        const PermutationResult &r = m_results[order[k]];
        perms.rows.append({qs(formatSequence(r.sequence)), QString::number(r.soa),
                           QString::number(r.halving), QString::number(r.rankLearner),
                           QString::number(r.rank)});
    }
    s->tables.push_back(perms);
    s->series.push_back(soa);
    s->series.push_back(halving);
    s->series.push_back(rankLearner);
    s->readouts.insert(QStringLiteral("permutations_done"), double(m_results.size()));
    if (!m_results.empty()) {
        s->readouts.insert(QStringLiteral("soa_worst"), soaMax);
        s->readouts.insert(QStringLiteral("halving_worst"), halvingMax);
        s->readouts.insert(QStringLiteral("rank_learner_worst"), rankMax);
        s->readouts.insert(QStringLiteral("soa_worse_orders"), soaWorse);
    }

    if (!m_done) {
        s->phase = QStringLiteral("orders %1 of %2").arg(m_results.size())
                       .arg(m_permutations.size());
        s->status = QStringLiteral("%1: LD = %2; worst cases on %3 of %4 orders so far")
                        .arg(m_className).arg(m_ld).arg(m_results.size())
                        .arg(m_permutations.size());
        return s;
    }

    s->readouts.insert(QStringLiteral("transductive_value"), m_mtr);
    s->readouts.insert(QStringLiteral("gap"), m_ld - m_mtr);
    s->readouts.insert(QStringLiteral("worst_sequence_length"), double(m_mtrSequence.size()));
    s->readouts.insert(QStringLiteral("shown_rank"), m_labellingTree.front().value);
    s->tables.push_back({QStringLiteral("worst_sequence"), QStringLiteral("Worst sequences"),
                         {QStringLiteral("for"), QStringLiteral("sequence"),
                          QStringLiteral("mistakes")},
                         {{QStringLiteral("committed adversary (shortest, Mₜᵣ)"),
                           qs(formatSequence(m_mtrSequence)), QString::number(m_mtr)},
                          {QStringLiteral("shown sequence: rank"), qs(formatSequence(m_shown)),
                           QString::number(m_labellingTree.front().value)},
                          {QStringLiteral("shown sequence: SOA"), qs(formatSequence(m_shown)),
                           QString::number(c.worstCase(Learner::Soa, m_shown))}}});
    s->tables.push_back({QStringLiteral("labelling_tree"),
                         QStringLiteral("Labelling tree of %1 (the committed adversary)")
                             .arg(qs(formatSequence(m_shown))),
                         {QStringLiteral("question"), QStringLiteral("rank"),
                          QStringLiteral("hypotheses")},
                         treeRows(c, m_labellingTree)});
    s->tables.push_back({QStringLiteral("labelling_tree_nodes"),
                         QStringLiteral("Labelling tree, drawn"),
                         {QStringLiteral("depth"), QStringLiteral("edge"), QStringLiteral("node"),
                          QStringLiteral("rank")},
                         treeNodeRows(c, m_labellingTree)});

    Table rounds{QStringLiteral("algorithm1"),
                 QStringLiteral("Algorithm 1 (\u03b5 = %1) against %2")
                     .arg(m_epsilon).arg(QString::fromUtf8(learnerName(m_learner))),
                 {QStringLiteral("t"), QStringLiteral("point"), QStringLiteral("|Hₜ₋₁|"),
                  QStringLiteral("rₜ"), QStringLiteral("prediction"), QStringLiteral("label"),
                  QStringLiteral("rule"), QStringLiteral("|Hₜ|")},
                 {}};
    Series sizes{QStringLiteral("alg1_log2_size"), QStringLiteral("log\u2082|Hₜ|"), {0.0},
                 {std::log2(double(c.size()))}};
    int mistakes = 0, forced = 0;
    for (size_t t = 0; t < m_adversary.size(); ++t) {
        const AdversaryRound &r = m_adversary[t];
        mistakes += r.mistake;
        forced += r.forced;
        rounds.rows.append({QString::number(t + 1), pointName(r.point),
                            QString::number(r.sizeBefore), QString::number(r.ratio, 'f', 3),
                            QString::number(r.prediction), QString::number(r.label),
                            r.forced ? QStringLiteral("forced mistake")
                                     : QStringLiteral("majority"),
                            QString::number(r.sizeAfter)});
        sizes.x.push_back(double(t + 1));
        sizes.y.push_back(std::log2(double(r.sizeAfter)));
    }
    s->tables.push_back(rounds);
    s->series.push_back(sizes);
    s->readouts.insert(QStringLiteral("alg1_mistakes"), mistakes);
    s->readouts.insert(QStringLiteral("alg1_forced"), forced);
    s->status = QStringLiteral("%1: LD = %2 (standard game), Mₜᵣ = %3 (transductive); "
                               "SOA worst %4, rank learner worst %5")
                    .arg(m_className).arg(m_ld).arg(m_mtr).arg(soaMax).arg(rankMax);
    return s;
}

void ExactGameSimulator::addGame(Snapshot &s) const
{
    s.readouts.insert(QStringLiteral("game_active"), m_game ? 1 : 0);
    Table info{QStringLiteral("game_info"), QStringLiteral("The game"),
               {QStringLiteral("key"), QStringLiteral("text")},
               {{QStringLiteral("message"), m_gameMessage}}};
    if (!m_game) {
        s.tables.push_back(info);
        return;
    }
    const Game &g = *m_game;
    const HypothesisClass &c = *m_class;
    const bool over = g.over();
    s.readouts.insert(QStringLiteral("game_user_adversary"), g.userIsAdversary() ? 1 : 0);
    s.readouts.insert(QStringLiteral("game_mistakes"), g.mistakes());
    s.readouts.insert(QStringLiteral("game_rounds"), double(g.rounds().size()));
    s.readouts.insert(QStringLiteral("game_over"), over ? 1 : 0);
    s.readouts.insert(QStringLiteral("game_left"), std::popcount(g.space()));
    s.readouts.insert(QStringLiteral("game_pending_point"),
                      g.userIsAdversary() ? g.asked() : g.pendingPoint());
    s.readouts.insert(QStringLiteral("game_prediction"), g.pendingPrediction());
    QString free;
    for (int x = 0; x < c.points(); ++x)
        free += g.pointFree(x) ? QLatin1Char('1') : QLatin1Char('0');
    info.rows.append({QStringLiteral("free_points"), free});
    const bool committed = g.opponent() == Opponent::RankLearner
                           || g.opponent() == Opponent::Algorithm1;
    info.rows.append({QStringLiteral("committed"),
                      committed ? qs(formatSequence(g.committed())) : QString()});
    if (over)
        s.readouts.insert(QStringLiteral("game_optimum"), g.optimum());
    s.tables.push_back(info);

    // The version space: every hypothesis with whether it is still consistent.
    const Table space = truthTable(c, QStringLiteral("game_space"), QStringLiteral("Version space"),
                                   QStringLiteral("alive"), [&](size_t h) {
                                       return QString::number(g.space() >> h & 1u);
                                   });
    s.tables.push_back(space);

    Table rounds{QStringLiteral("game_rounds"), QStringLiteral("Rounds"),
                 {QStringLiteral("t"), QStringLiteral("point"), QStringLiteral("prediction"),
                  QStringLiteral("label"), QStringLiteral("mistake"),
                  QStringLiteral("left")},
                 {}};
    for (size_t t = 0; t < g.rounds().size(); ++t) {
        const GameRound &r = g.rounds()[t];
        rounds.rows.append({QString::number(t + 1), pointName(r.point),
                            QString::number(r.prediction), QString::number(r.label),
                            r.mistake ? QStringLiteral("yes") : QStringLiteral("no"),
                            QStringLiteral("%1 \u2192 %2").arg(r.sizeBefore).arg(r.sizeAfter)});
    }
    s.tables.push_back(rounds);
}

} // namespace paperlab::papers::transductiveonline
