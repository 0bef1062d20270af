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
    SnapshotTable { id: littlestoneNodes; source: root.runner; table: "littlestone_tree_nodes" }
    SnapshotTable { id: labellingNodes; source: root.runner; table: "labelling_tree_nodes" }
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
    // The point asked in the current round (-1: none), tinted in the version space.
    readonly property int asked: gameOn && !gameOver && r.game_pending_point !== undefined
                                 ? r.game_pending_point : -1

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
    // The truth-table editor (class = your class): edits go to the masks parameter through
    // the parameter panel's model, then the class is solved again. Bad edits are refused
    // here with a reason, and the class stays as it was.
    property var parameters: null
    property string editMessage: ""
    readonly property bool editable: r.class_custom === 1 && parameters !== null
    readonly property real cellWidth: 40 * Theme.fontScale

    function currentMasks() {
        return truthTable.rows.map(row => Number(row[row.length - 1]))
    }
    function bits(mask) {
        let text = ""
        for (let x = 0; x < (root.r.points || 0); ++x)
            text += (mask >> x) & 1
        return text
    }
    // `changed`: the row edited (its duplicate is named), or -1.
    function applyClass(values, changed) {
        const masks = values.masks
        if (masks.length === 0) {
            editMessage = qsTr("A class needs at least one hypothesis: nothing changed.")
            return false
        }
        for (let i = 0; i < masks.length; ++i) {
            for (let j = 0; j < i; ++j) {
                if (masks[i] === masks[j]) {
                    const other = i === changed ? j : i
                    editMessage = qsTr("h%1 would equal h%2 (%3, mask %4): a class holds each "
                                       + "hypothesis once, so nothing changed.")
                                      .arg(changed >= 0 ? changed : j).arg(other)
                                      .arg(bits(masks[i])).arg(masks[i])
                    return false
                }
            }
        }
        if (!root.parameters.apply(values)) {
            editMessage = qsTr("The parameters refused this class (see the status line): "
                               + "nothing changed.")
            return false
        }
        editMessage = ""
        if (root.runner)
            root.runner.start()
        return true
    }
    function toggleBit(h, x) {
        const masks = currentMasks()
        masks[h] ^= 1 << x
        applyClass({"masks": masks}, h)
    }
    function removeHypothesis(h) {
        const masks = currentMasks()
        masks.splice(h, 1)
        applyClass({"masks": masks}, -1)
    }
    function addHypothesis() {
        const masks = currentMasks()
        const all = 1 << (root.r.points || 0)
        if (masks.length >= 64) {
            editMessage = qsTr("At most 64 hypotheses: nothing changed.")
            return
        }
        for (let m = 0; m < all; ++m) {
            if (masks.indexOf(m) < 0) {
                masks.push(m)
                applyClass({"masks": masks}, masks.length - 1)
                return
            }
        }
        editMessage = qsTr("All %1 functions on %2 points are already in the class: nothing "
                           + "changed.").arg(all).arg(root.r.points)
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
                       + "Mₜᵣ. Pick a class in the panel, or edit your own under The class.")
        }

        PageTabBar {
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

            // 1: the two adversaries' trees (sheet §7.3), drawn, then as tables.
            ScrollView {
                clip: true
                contentWidth: availableWidth
                ColumnLayout {
                    width: parent.width
                    spacing: 8
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 8
                        visible: littlestoneNodes.valid
                        TreeDiagram {
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            Layout.alignment: Qt.AlignTop
                            title: qsTr("Adaptive adversary: the Littlestone tree")
                            valueName: qsTr("LD")
                            rows: littlestoneNodes.rows
                        }
                        TreeDiagram {
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            Layout.alignment: Qt.AlignTop
                            visible: labellingNodes.valid
                            title: qsTr("Committed order: its labelling tree")
                            valueName: qsTr("rank")
                            rows: labellingNodes.rows
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
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

            // 3: the truth table, an editor when class = your class, and the worst sequences.
            ScrollView {
                clip: true
                contentWidth: availableWidth
                Flow {
                    width: parent.width
                    spacing: 8
                    DataTable {
                        visible: !root.editable
                        title: qsTr("The class: %1 hypotheses on %2 points").arg(root.num(root.r.hypotheses))
                                   .arg(root.num(root.r.points))
                        columns: truthTable.columns
                        rows: truthTable.rows
                        note: qsTr("mask = Σᵢ h(xᵢ)·2ⁱ, the numbers the masks parameter takes.")
                    }
                    Column {
                        visible: root.editable
                        spacing: 3
                        Text {
                            font.pixelSize: root.fontPx
                            font.bold: true
                            color: Theme.text
                            text: qsTr("Your class: %1 hypotheses on %2 points")
                                      .arg(root.num(root.r.hypotheses))
                                      .arg(root.num(root.r.points))
                        }
                        Row {
                            spacing: 3
                            Repeater {
                                model: truthTable.columns
                                delegate: Text {
                                    required property string modelData
                                    width: root.cellWidth
                                    horizontalAlignment: Text.AlignHCenter
                                    font.pixelSize: root.fontPx * 0.9
                                    color: Theme.mutedText
                                    text: modelData
                                }
                            }
                        }
                        Repeater {
                            model: truthTable.rows
                            delegate: Row {
                                id: hypothesisRow
                                required property var modelData
                                required property int index
                                spacing: 3
                                Text {
                                    width: root.cellWidth
                                    height: root.cellWidth * 0.8
                                    horizontalAlignment: Text.AlignHCenter
                                    verticalAlignment: Text.AlignVCenter
                                    font.pixelSize: root.fontPx
                                    color: Theme.text
                                    text: hypothesisRow.modelData[0]
                                }
                                Repeater {
                                    model: hypothesisRow.modelData.length - 2
                                    delegate: Button {
                                        id: cell
                                        required property int index
                                        readonly property bool one:
                                            hypothesisRow.modelData[1 + index] === "1"
                                        width: root.cellWidth
                                        height: root.cellWidth * 0.8
                                        font.pixelSize: root.fontPx
                                        text: one ? "1" : "0"
                                        // 1s filled, so the table reads at a glance.
                                        background: Rectangle {
                                            radius: 3
                                            color: cell.one ? Theme.accent : Theme.surface
                                            border.color: cell.activeFocus ? Theme.focus
                                                                           : Theme.grid
                                            border.width: cell.activeFocus ? 2 : 1
                                        }
                                        contentItem: Text {
                                            horizontalAlignment: Text.AlignHCenter
                                            verticalAlignment: Text.AlignVCenter
                                            font: cell.font
                                            color: cell.one ? Theme.accentText : Theme.text
                                            text: cell.text
                                        }
                                        Accessible.name: qsTr("%1 on x%2: %3, click to flip")
                                                             .arg(hypothesisRow.modelData[0])
                                                             .arg(cell.index).arg(cell.text)
                                        onClicked: root.toggleBit(hypothesisRow.index, cell.index)
                                    }
                                }
                                Text {
                                    width: root.cellWidth
                                    height: root.cellWidth * 0.8
                                    horizontalAlignment: Text.AlignHCenter
                                    verticalAlignment: Text.AlignVCenter
                                    font.pixelSize: root.fontPx
                                    color: Theme.mutedText
                                    text: hypothesisRow.modelData[
                                              hypothesisRow.modelData.length - 1]
                                }
                                Button {
                                    height: root.cellWidth * 0.8
                                    font.pixelSize: root.fontPx * 0.9
                                    text: qsTr("Remove")
                                    onClicked: root.removeHypothesis(hypothesisRow.index)
                                }
                            }
                        }
                        Button {
                            font.pixelSize: root.fontPx * 0.9
                            text: qsTr("Add a hypothesis")
                            onClicked: root.addHypothesis()
                        }
                        Text {
                            width: Math.min(520, page.width * 0.5)
                            wrapMode: Text.Wrap
                            font.pixelSize: root.fontPx * 0.9
                            color: root.editMessage !== "" ? Theme.error : Theme.mutedText
                            text: root.editMessage !== ""
                                  ? root.editMessage
                                  : qsTr("Click a cell to flip h(x). Each change rewrites the "
                                         + "masks parameter and solves the class again. mask "
                                         + "= Σᵢ h(xᵢ)·2ⁱ.")
                        }
                    }
                    Column {
                        spacing: 6
                        width: Math.min(420, page.width * 0.45)
                        DataTable {
                            visible: worstSequences.valid
                            width: parent.width
                            title: worstSequences.label
                            badge: qsTr("exact")
                            columns: worstSequences.columns
                            rows: worstSequences.rows
                        }
                        Button {
                            visible: !root.editable && root.parameters !== null
                            font.pixelSize: root.fontPx * 0.9
                            text: qsTr("Edit a copy of this class")
                            onClicked: root.applyClass({"class": "custom",
                                                        "points": root.r.points,
                                                        "masks": root.currentMasks()}, -1)
                        }
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
                        // One row per hypothesis, one cell per point; the point asked in
                        // this round has its column tinted, so its labels read at a glance.
                        Repeater {
                            model: gameSpace.valid ? [gameSpace.columns.slice(0, -1)
                                                          .map((c, i) => i === 0 ? "" : c)
                                                          .concat(["header"])]
                                                         .concat(gameSpace.rows)
                                                   : []
                            delegate: Row {
                                id: spaceRow
                                required property var modelData
                                required property int index
                                readonly property bool header: index === 0
                                readonly property bool alive: header
                                    || modelData[modelData.length - 1] === "1"
                                opacity: alive ? 1.0 : 0.35
                                Repeater {
                                    model: spaceRow.modelData.slice(0, -1)
                                    delegate: Rectangle {
                                        required property string modelData
                                        required property int index
                                        readonly property bool asked: index > 0
                                            && index - 1 === root.asked
                                        width: index === 0 ? root.fontPx * 3.2
                                                           : root.fontPx * 2.2
                                        height: cellText.implicitHeight + 2
                                        color: asked ? Theme.accent : "transparent"
                                        Text {
                                            id: cellText
                                            anchors.centerIn: parent
                                            text: parent.modelData
                                            font.pixelSize: root.fontPx
                                            font.family: "monospace"
                                            font.bold: spaceRow.header
                                            font.strikeout: !spaceRow.alive && index > 0
                                            color: parent.asked ? Theme.accentText
                                                   : spaceRow.header || !spaceRow.alive
                                                     ? Theme.mutedText : Theme.text
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
