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
                        qsTr("The class")]
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
        }
    }
}
