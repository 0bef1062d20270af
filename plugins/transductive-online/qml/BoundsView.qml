// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// Bounds and their history (sheet §4.2, §7.3): the proven curves over the Littlestone
// dimension d with the ranges where each says something new shaded, the §2.4 trade-off at
// the marked d, and the history of the bounds. Formulas, not a simulation: shown at once.
Rectangle {
    id: root

    property var runner: null
    // Laid out to fit 1280x720 in every theme, the projector's included.
    property int minimumViewHeight: 500
    readonly property var r: runner ? runner.readouts : ({})
    readonly property real fontPx: 14 * Theme.fontScale

    function num(x) {
        if (x === undefined)
            return "–"
        return x >= 100 ? Math.round(x).toLocaleString(Qt.locale("en_US"), "f", 0)
                        : Number(x.toPrecision(3)).toString()
    }

    color: Theme.background

    SnapshotTable { id: history; source: root.runner; table: "history" }
    SnapshotTable { id: crossings; source: root.runner; table: "crossings" }

    ColumnLayout {
        id: page

        anchors.fill: parent
        anchors.margins: 10
        spacing: 8

        Readouts {
            Layout.fillWidth: true
            tiles: true
            items: [
                {label: qsTr("48√d < d from"),
                 hint: qsTr("Theorem D.1's class beats the standard game's d mistakes only "
                            + "above this d (computed: 48² = 2,304)."),
                 text: root.num(root.r.crossing_upper_below_standard)},
                {label: qsTr("√d/10 ≥ 1 from"),
                 hint: qsTr("Below this d, Theorem B.1's bound promises less than one mistake. "
                            + "Its proof needs d ≥ 800."),
                 text: root.num(root.r.crossing_lower_at_least_one)},
                {label: qsTr("√d/10 > log₂ d from"),
                 hint: qsTr("Where the new lower bound passes the shape of the previous one, "
                            + "Ω(log d) (Hanneke, Moran, Shafer 2023), taken with constant 1."),
                 text: root.num(root.r.crossing_lower_above_log)},
                {label: qsTr("at d = %1: √d/10, 48√d").arg(root.num(root.r.marked_d)),
                 hint: qsTr("Mₜᵣ is at least √d/10 for every class with LD = d (Theorem B.1) "
                            + "and at most 48√d for the best such class (Theorem D.1); the "
                            + "standard game costs d."),
                 text: root.num(root.r.lower_at_d) + ", " + root.num(root.r.upper_at_d)}
            ]
        }

        PageTabBar {
            id: tabs
            Layout.fillWidth: true
            font.pixelSize: root.fontPx
            Repeater {
                model: [qsTr("Bounds over d"), qsTr("History and crossings")]
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

            RowLayout {
                spacing: 8
                LinePlot {
                    id: boundsPlot
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumWidth: 420
                    source: root.runner
                    series: ["standard", "upper", "tradeoff", "lower", "old_lower"]
                    dashed: ["tradeoff", "old_lower"]
                    logX: true
                    logY: true
                    xMin: 1
                    xMax: 1e6
                    // Headroom above d = 10⁶ keeps a corner free for the legend.
                    yMax: 1e8
                    legendVisible: true
                    title: qsTr("Mistake bounds over d")
                    xLabel: qsTr("Littlestone dimension d")
                    yLabel: qsTr("mistakes")
                    // Shaded where a bound says something new: the upper bound below d,
                    // the lower bound above the previous log₂ d (both computed).
                    referenceLines: root.r.crossing_upper_below_standard === undefined ? []
                        : [{axis: "x", value: root.r.crossing_upper_below_standard, to: 1e6,
                            color: Theme.seriesColor(1),
                            label: "48√d < d"},
                           {axis: "x", value: root.r.crossing_lower_above_log, to: 1e6,
                            color: Theme.seriesColor(3),
                            label: "√d/10 > log₂ d"},
                           {axis: "x", value: root.r.lower_proof_from,
                            label: "d₀ = 800"},
                           {axis: "x", value: root.r.marked_d,
                            label: "d = " + root.num(root.r.marked_d)}]
                }
                LinePlot {
                    Layout.preferredWidth: page.width * 0.34
                    Layout.fillHeight: true
                    source: root.runner
                    series: ["tradeoff_k", "leaves_k", "path_k"]
                    dashed: ["leaves_k", "path_k"]
                    logX: true
                    logY: true
                    legendVisible: true
                    title: qsTr("Trade-off at d = %1").arg(root.num(root.r.marked_d))
                    xLabel: qsTr("k (off-path 1 w.p. 2⁻ᵏ)")
                    yLabel: qsTr("mistakes forced")
                    referenceLines: root.r.tradeoff_best_k === undefined ? []
                        : [{axis: "x", value: root.r.tradeoff_best_k,
                            label: "k = √d ≈ " + root.num(root.r.tradeoff_best_k)}]
                }
            }

            ScrollView {
                clip: true
                contentWidth: availableWidth
                ColumnLayout {
                    width: parent.width
                    spacing: 8
                    Text {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: root.fontPx * 0.9
                        color: Theme.mutedText
                        text: qsTr("Proven: d (standard game, Littlestone 1987), √d/10 for every "
                                   + "class (Theorem B.1, proved for d ≥ 800) and 48√d for some "
                                   + "class (Theorem D.1, d ≥ 43). The trade-off d/k + k is "
                                   + "§2.4's heuristic, not a bound. log₂ d is the shape of the "
                                   + "previous Ω(log d) with constant 1. Set the marked d in the "
                                   + "parameter panel.")
                    }
                    DataTable {
                        Layout.fillWidth: true
                        title: history.valid ? history.label : ""
                        badge: qsTr("sheet §4.2")
                        // The notes column is for the CLI; the note below says them briefly.
                        columns: history.columns.slice(0, 5)
                        rows: history.rows.map(row => row.slice(0, 5))
                        note: qsTr("BKM: Ben-David, Kushilevitz, Mansour (1995: the \"worst "
                                   + "sequence off-line model\"; 1997: ⅔·d for a specific "
                                   + "class). HMS 2023 also proved the trichotomy n, Θ(log n), "
                                   + "Θ(1) in n. Ω(·) bounds have no stated constants: their "
                                   + "values at d use constant 1 and log₂.")
                    }
                    DataTable {
                        Layout.fillWidth: true
                        title: crossings.valid ? crossings.label : ""
                        badge: qsTr("computed")
                        columns: crossings.columns
                        rows: crossings.rows
                        note: qsTr("Each crossing is found by bisection on the formulas, not "
                                   + "typed in. The classes of the other simulators have d ≤ 6 "
                                   + "(64 hypotheses), where no bound here says anything.")
                    }
                }
            }
        }
    }
}
