// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// The exact standard and transductive games on one small class (arXiv 2512.12567, sheet
// §7.1-7.4): LD against M_tr, every order of the points with each learner's worst case, the
// Littlestone tree next to the labelling tree of one order, and the Algorithm 1 adversary.
Rectangle {
    id: root

    property var runner: null
    readonly property var r: runner ? runner.readouts : ({})
    readonly property real fontPx: 14 * Theme.fontScale
    readonly property bool solved: r.transductive_value !== undefined

    function num(x) {
        return x === undefined ? "–" : String(x)
    }

    color: Theme.background

    SnapshotTable { id: permutations; source: root.runner; table: "permutations" }
    SnapshotTable { id: littlestoneTree; source: root.runner; table: "littlestone_tree" }
    SnapshotTable { id: labellingTree; source: root.runner; table: "labelling_tree" }
    SnapshotTable { id: adversary; source: root.runner; table: "algorithm1" }
    SnapshotTable { id: truthTable; source: root.runner; table: "class" }
    SnapshotTable { id: worstSequences; source: root.runner; table: "worst_sequence" }
    SnapshotTable { id: gameInfo; source: root.runner; table: "game_info" }
    SnapshotTable { id: gameSpace; source: root.runner; table: "game_space" }
    SnapshotTable { id: gameRounds; source: root.runner; table: "game_rounds" }

    // The game mode: the opponents the user can meet, as the simulator's game-start names them.
    readonly property var opponents: [
        {id: "soa", adversary: true,
         label: qsTr("Adversary vs SOA")},
        {id: "halving", adversary: true,
         label: qsTr("Adversary vs Halving")},
        {id: "rank", adversary: true,
         label: qsTr("Committed adversary vs rank learner")},
        {id: "adaptive", adversary: false,
         label: qsTr("Learner vs adaptive adversary")},
        {id: "algorithm1", adversary: false,
         label: qsTr("Learner vs Algorithm 1 (committed)")}
    ]
    readonly property bool gameOn: r.game_active === 1
    readonly property bool gameOver: r.game_over === 1
    readonly property bool userAdversary: r.game_user_adversary === 1

    function infoText(key) {
        const rows = gameInfo.rows
        for (let i = 0; i < rows.length; ++i)
            if (rows[i][0] === key)
                return rows[i][1]
        return ""
    }
    // Whether some hypothesis still alive labels point x with y (a realisable answer).
    function labelPossible(x, y) {
        const rows = gameSpace.rows
        for (let i = 0; i < rows.length; ++i)
            if (rows[i][rows[i].length - 1] === "1" && rows[i][1 + x] === String(y))
                return true
        return false
    }
    function send(id, args) {
        if (root.runner)
            root.runner.command(id, args)
    }

    component Note: Text {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: root.fontPx * 0.9
        color: Theme.mutedText
    }

    ColumnLayout {
        id: page

        anchors.fill: parent
        anchors.margins: 10
        spacing: 8

        Readouts {
            Layout.fillWidth: true
            tiles: true
            items: [
                {label: qsTr("LD (standard)"),
                 hint: qsTr("The Littlestone dimension: the mistakes an adversary that picks "
                            + "each next point after seeing the answers can force on the best "
                            + "learner (Littlestone 1987)."),
                 text: root.num(root.r.littlestone_dim)},
                {label: qsTr("Mₜᵣ (transductive)"),
                 hint: qsTr("The mistakes an adversary that commits to the order of the points "
                            + "in advance can force on the best learner: the largest rank of a "
                            + "labelling tree, over every order."),
                 text: root.num(root.r.transductive_value)},
                {label: qsTr("SOA worst"),
                 hint: qsTr("The Standard Optimal Algorithm ignores the order it was shown."),
                 text: root.num(root.r.soa_worst)},
                {label: qsTr("rank learner worst"),
                 hint: qsTr("Predicts the label whose subtree has the larger rank: it reads "
                            + "the future order, and never does worse than Mₜᵣ."),
                 text: root.num(root.r.rank_learner_worst)},
                {label: qsTr("Halving worst"), text: root.num(root.r.halving_worst)}
            ]
        }

        Note {
            visible: !root.solved
            text: qsTr("Press Play: the solver computes the Littlestone dimension, then the "
                       + "worst case of each learner on every order of the points, then "
                       + "Mₜᵣ. Choose another class or type your own bitmasks in the "
                       + "parameter panel.")
        }

        TabBar {
            id: tabs
            Layout.fillWidth: true
            font.pixelSize: root.fontPx
            Repeater {
                model: [qsTr("Every order"), qsTr("Trees"), qsTr("Algorithm 1"),
                        qsTr("The class"), qsTr("Play")]
                delegate: TabButton {
                    required property string modelData
                    text: modelData
                    width: Math.max(implicitWidth, page.width / tabs.count)
                }
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            // 0: each learner's worst case on every order (sheet §7.4).
            RowLayout {
                spacing: 8
                LinePlot {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumWidth: 300
                    source: root.runner
                    series: ["soa_worst", "halving_worst", "rank_learner_worst"]
                    dashed: ["halving_worst"]
                    legendVisible: true
                    yMin: 0
                    yMax: Math.max(1, (root.r.littlestone_dim || 0) + 0.5)
                    title: qsTr("Worst-case mistakes per order")
                    xLabel: qsTr("order number (lexicographic)")
                    yLabel: qsTr("mistakes")
                    referenceLines: root.r.littlestone_dim !== undefined
                                    ? [{axis: "y", value: root.r.littlestone_dim,
                                        label: "LD = " + root.r.littlestone_dim}] : []
                }
                ScrollView {
                    Layout.preferredWidth: Math.min(460, page.width * 0.45)
                    Layout.fillHeight: true
                    clip: true
                    contentWidth: availableWidth
                    DataTable {
                        width: parent.width
                        title: qsTr("Orders where SOA does worst first (%1 of %2 solved)")
                                   .arg(root.num(root.r.permutations_done))
                                   .arg(root.num(root.r.permutations))
                        badge: qsTr("exact")
                        // The rank column equals the rank learner's (tested): not shown twice.
                        columns: permutations.columns.slice(0, 4)
                        rows: permutations.rows.map(row => row.slice(0, 4))
                        note: qsTr("Mistakes an adaptive labelling adversary forces on each "
                                   + "learner when the order is known in advance. The rank "
                                   + "learner's column equals the rank of the order.")
                    }
                }
            }

            // 1: the two adversaries' trees (sheet §7.3).
            ScrollView {
                clip: true
                contentWidth: availableWidth
                RowLayout {
                    width: parent.width
                    spacing: 8
                    DataTable {
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        title: littlestoneTree.valid ? littlestoneTree.label
                                                     : qsTr("Littlestone tree: press Play")
                        badge: qsTr("adaptive adversary")
                        columns: littlestoneTree.columns
                        rows: littlestoneTree.rows
                        note: qsTr("The adversary picks its next question after each answer. "
                                   + "Every question splits the class, so it forces a "
                                   + "mistake at every level: LD mistakes.")
                    }
                    DataTable {
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        title: labellingTree.valid ? labellingTree.label
                                                   : qsTr("Labelling tree: appears when solved")
                        badge: qsTr("committed adversary")
                        columns: labellingTree.columns
                        rows: labellingTree.rows
                        note: qsTr("The order is fixed; only the labels adapt. Rank of a "
                                   + "node: one more than its children's if they are equal, "
                                   + "their maximum otherwise. The root's rank is the most "
                                   + "mistakes this order can force.")
                    }
                }
            }

            // 2: the Algorithm 1 adversary (§2.2) on the shown order.
            RowLayout {
                spacing: 8
                LinePlot {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumWidth: 300
                    source: root.runner
                    series: ["alg1_log2_size"]
                    yMin: 0
                    title: qsTr("Version space under Algorithm 1")
                    xLabel: qsTr("round t")
                    yLabel: qsTr("log₂ of the version-space size")
                }
                ScrollView {
                    Layout.preferredWidth: Math.min(560, page.width * 0.55)
                    Layout.fillHeight: true
                    clip: true
                    contentWidth: availableWidth
                    DataTable {
                        width: parent.width
                        title: adversary.valid ? adversary.label
                                               : qsTr("Algorithm 1: appears when solved")
                        badge: qsTr("exact")
                        columns: adversary.columns
                        rows: adversary.rows
                        note: qsTr("rₜ is the share of the version space that labels the point "
                                   + "1. Inside [ε, 1 − ε] the adversary answers the opposite "
                                   + "of the prediction (the space keeps at least a share ε); "
                                   + "outside it follows the majority (at least 1 − ε). "
                                   + "Mistakes: %1, forced: %2.")
                                  .arg(root.num(root.r.alg1_mistakes))
                                  .arg(root.num(root.r.alg1_forced))
                    }
                }
            }

            // 3: the truth table and the worst sequences.
            ScrollView {
                clip: true
                contentWidth: availableWidth
                Flow {
                    width: parent.width
                    spacing: 8
                    DataTable {
                        title: qsTr("The class: %1 hypotheses on %2 points").arg(root.num(root.r.hypotheses))
                                   .arg(root.num(root.r.points))
                        columns: truthTable.columns
                        rows: truthTable.rows
                        note: qsTr("mask = Σᵢ h(xᵢ)·2ⁱ, the numbers the masks parameter takes.")
                    }
                    DataTable {
                        visible: worstSequences.valid
                        title: worstSequences.label
                        badge: qsTr("exact")
                        columns: worstSequences.columns
                        rows: worstSequences.rows
                    }
                }
            }

            // 4: the game, round by round (the issue's game mode).
            RowLayout {
                spacing: 12
                ColumnLayout {
                    Layout.preferredWidth: Math.min(520, page.width * 0.5)
                    Layout.maximumWidth: Math.min(520, page.width * 0.5)
                    Layout.fillHeight: true
                    Layout.alignment: Qt.AlignTop
                    spacing: 6
                    RowLayout {
                        Layout.fillWidth: true
                        ComboBox {
                            id: opponentBox
                            Layout.fillWidth: true
                            Layout.preferredWidth: 300
                            font.pixelSize: root.fontPx * 0.9
                            model: root.opponents.map(o => o.label)
                        }
                        Button {
                            text: root.gameOn ? qsTr("Restart") : qsTr("Start")
                            font.pixelSize: root.fontPx
                            onClicked: root.send("game-start",
                                                 {opponent: root.opponents[opponentBox.currentIndex].id})
                        }
                    }
                    Note {
                        visible: !root.gameOn
                        text: qsTr("You play the side named first. Pick a side and press Start. On the gap class the adaptive "
                                   + "adversary forces 3 mistakes on any learner, while an "
                                   + "adversary committed to an order forces at most 2 on the "
                                   + "rank learner: try both.")
                    }
                    Text {
                        visible: root.gameOn
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: root.fontPx * 1.1
                        font.bold: true
                        color: Theme.text
                        text: qsTr("Round %1 · mistakes %2 · hypotheses left %3")
                                  .arg((root.r.game_rounds || 0) + (root.gameOver ? 0 : 1))
                                  .arg(root.num(root.r.game_mistakes))
                                  .arg(root.num(root.r.game_left))
                    }
                    Note {
                        visible: root.gameOn && root.infoText("committed") !== ""
                        text: qsTr("Committed order: %1 (points that split nothing are "
                                   + "skipped).").arg(root.infoText("committed"))
                    }
                    // The user as adversary: pick a point, see the prediction, then label.
                    Text {
                        visible: root.gameOn && root.userAdversary && !root.gameOver
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: root.fontPx
                        color: Theme.text
                        text: root.r.game_pending_point >= 0
                              ? qsTr("You ask x%1. The learner predicts %2. Your label:")
                                    .arg(root.r.game_pending_point).arg(root.r.game_prediction)
                              : qsTr("Ask a point:")
                    }
                    Flow {
                        visible: root.gameOn && root.userAdversary && !root.gameOver
                                 && !(root.r.game_pending_point >= 0)
                        Layout.fillWidth: true
                        spacing: 4
                        Repeater {
                            model: root.r.points || 0
                            delegate: Button {
                                required property int index
                                text: "x" + index
                                font.pixelSize: root.fontPx
                                enabled: root.infoText("free_points").charAt(index) === "1"
                                onClicked: root.send("game-ask", {point: index})
                            }
                        }
                    }
                    // Both roles answer with a 0/1 pair of buttons.
                    RowLayout {
                        visible: root.gameOn && !root.gameOver
                                 && (!root.userAdversary || root.r.game_pending_point >= 0)
                        spacing: 6
                        Text {
                            visible: !root.userAdversary
                            font.pixelSize: root.fontPx
                            color: Theme.text
                            text: qsTr("The adversary asks x%1. Your prediction:")
                                      .arg(root.num(root.r.game_pending_point))
                        }
                        Repeater {
                            model: 2
                            delegate: Button {
                                required property int index
                                text: String(index)
                                font.pixelSize: root.fontPx
                                enabled: !root.userAdversary
                                         || root.labelPossible(root.r.game_pending_point, index)
                                onClicked: root.send(root.userAdversary ? "game-label"
                                                                        : "game-predict",
                                                     {label: index})
                            }
                        }
                    }
                    Text {
                        visible: root.gameOn && root.gameOver
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: root.fontPx
                        color: Theme.text
                        text: (root.userAdversary
                               ? qsTr("Game over: you forced %1 mistakes. The most any "
                                      + "adversary of your kind forces on this learner: %2.")
                               : qsTr("Game over: you made %1 mistakes. The fewest any "
                                      + "learner makes against this adversary: %2."))
                                  .arg(root.num(root.r.game_mistakes))
                                  .arg(root.num(root.r.game_optimum))
                              + (root.solved ? " " + qsTr("LD = %1, Mₜᵣ = %2.")
                                                        .arg(root.r.littlestone_dim)
                                                        .arg(root.r.transductive_value)
                                             : "")
                    }
                    Text {
                        visible: root.infoText("message") !== ""
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: root.fontPx
                        color: Theme.error
                        text: root.infoText("message")
                    }
                    ScrollView {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        contentWidth: availableWidth
                        DataTable {
                            width: parent.width
                            visible: root.gameOn
                            title: qsTr("Rounds")
                            columns: gameRounds.columns
                            rows: gameRounds.rows
                        }
                    }
                }
                // The version space: hypotheses ruled out are greyed and struck through.
                ScrollView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    contentWidth: availableWidth
                    Column {
                        width: parent.width
                        spacing: 2
                        Text {
                            font.pixelSize: root.fontPx
                            font.bold: true
                            color: Theme.text
                            text: root.gameOn ? qsTr("Version space: %1 of %2 hypotheses left")
                                                    .arg(root.num(root.r.game_left))
                                                    .arg(root.num(root.r.hypotheses))
                                              : qsTr("Version space: start a game")
                        }
                        Text {
                            visible: gameSpace.valid
                            font.pixelSize: root.fontPx
                            font.family: "monospace"
                            color: Theme.mutedText
                            text: "".padEnd(6) + gameSpace.columns.slice(1, -1).join(" ")
                        }
                        Repeater {
                            model: gameSpace.rows
                            delegate: Text {
                                required property var modelData
                                readonly property bool alive:
                                    modelData[modelData.length - 1] === "1"
                                font.pixelSize: root.fontPx
                                font.family: "monospace"
                                font.strikeout: !alive
                                opacity: alive ? 1.0 : 0.35
                                color: alive ? Theme.text : Theme.mutedText
                                text: modelData[0].padEnd(4) + "  "
                                      + modelData.slice(1, modelData.length - 1)
                                            .map(bit => bit.padEnd(2)).join(" ")
                            }
                        }
                    }
                }
            }
        }
    }
}
