// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// In one picture: knowing the order of the questions cuts the optimal number of mistakes
// from d to Θ(√d), and no further. Left, the proven curves of Theorems B.1 and D.1 with the
// heuristic trade-off d/k + k at k = √d (§2.4); right, the gap class solved exactly.
OnePicture {
    id: root

    // d from 1 to 10^4 on a log grid: the bounds are formulas, drawn where they hold.
    readonly property var grid: Array.from({length: 81}, (_, i) => Math.pow(10, i / 20))
    function curve(id, label, f, from) {
        const xs = root.grid.filter(d => d >= from)
        return {id: id, label: label, x: xs, y: xs.map(f)}
    }

    headline: qsTr("If the learner sees the questions in advance (not the answers), the "
                   + "mistakes an adversary can force drop from d to as few as about √d, "
                   + "never below.")
    caption: qsTr("Left: the standard game costs exactly d = LD mistakes (Littlestone 1987); "
                  + "the transductive game costs at least √d/10 for every class (Theorem B.1, "
                  + "proved for d ≥ 800) and at most 48√d for some class (Theorem D.1, d ≥ 43). "
                  + "The gap is quadratic, not exponential. Right: the smallest gap, "
                  + "solved exactly by this app — 8 hypotheses on 4 points where the adaptive "
                  + "adversary forces 3 mistakes and a committed one only 2.")
    thumbnailCaption: qsTr("Mistakes: d in the standard game, Θ(√d) when the order is known")

    LinePlot {
        Layout.fillWidth: true
        Layout.fillHeight: true
        logX: true
        logY: true
        legendVisible: true
        title: root.compact ? "" : qsTr("Optimal mistake bounds against the Littlestone dimension d")
        xLabel: root.compact ? "" : qsTr("Littlestone dimension d")
        yLabel: root.compact ? "" : qsTr("mistakes")
        dashed: ["lower", "upper"]
        // On a home-page card the formulas alone: a legend of the full names covered the
        // curves of so small a chart, and the caption under it says what they are.
        staticData: [
            root.curve("standard", root.compact ? "d" : qsTr("standard: d"), d => d, 1),
            root.curve("heuristic", root.compact ? "2√d" : qsTr("trade-off 2√d (§2.4)"),
                       d => 2 * Math.sqrt(d), 1),
            root.curve("upper", root.compact ? "48√d" : qsTr("upper 48√d (some class)"),
                       d => 48 * Math.sqrt(d), 43),
            root.curve("lower", root.compact ? "√d/10" : qsTr("lower √d/10 (every class)"),
                       d => Math.sqrt(d) / 10, 800)
        ]
    }

    BarPlot {
        visible: !root.compact
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.maximumWidth: 360
        title: qsTr("The gap class, solved exactly")
        yLabel: qsTr("mistakes forced")
        staticData: ({labels: [qsTr("adaptive (LD)"), qsTr("committed (Mₜᵣ)")],
                      heights: [3, 2]})
    }
}
