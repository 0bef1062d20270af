// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// The paper's measurements, drawn from its tables (frozen in data/paperresults.json): pass@1
// and pass@256 over GRPO training (v5 Table 4; v2 Table 3) and for six RL algorithms on the
// in-domain test set (v5 Table 3; v2 Table 2).
Rectangle {
    id: root

    PaperData { id: paperResults; source: "data/paperresults.json" }

    readonly property var paper: paperResults.values
    readonly property var algos: paper.algorithms ? paper.algorithms.rows : []
    readonly property var names: algos.map(x => x.model.replace("Qwen2.5-7B (base)", "base"))
    readonly property real fontPx: 13 * Theme.fontScale

    // One row of Table 4 as a series over the RL steps.
    function stepSeries(id, label, row) {
        const t = paper.trainingSteps
        return {id: id, label: label, x: t.steps, y: t.rows[row].values}
    }
    function algorithmBars(id, label, key) {
        return {id: id, label: label, labels: names, heights: algos.map(x => x[key][1])}
    }

    color: Theme.surface
    implicitWidth: 860
    implicitHeight: 440

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 10
        spacing: 4

        Text {
            Layout.fillWidth: true
            text: qsTr("The paper's measurements (Yue et al., arXiv 2504.13837)")
            font.pixelSize: root.fontPx
            font.bold: true
            color: Theme.accent
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8

            LinePlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                yMin: 0
                yMax: 100
                title: qsTr("Over GRPO training (Table 4)")
                xLabel: qsTr("RL step")
                yLabel: qsTr("%")
                dashed: ["m1", "m256"]
                staticData: root.paper.trainingSteps ? [
                    root.stepSeries("t1", qsTr("Omni-MATH test pass@1"), 2),
                    root.stepSeries("t256", qsTr("Omni-MATH test pass@256"), 3),
                    root.stepSeries("m1", qsTr("MATH500 pass@1"), 4),
                    root.stepSeries("m256", qsTr("MATH500 pass@256"), 5)
                ] : []
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 2
                spacing: 4

                BarPlot {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    title: qsTr("Omni-MATH test pass@1 (Table 3)")
                    yLabel: qsTr("%")
                    staticData: root.algos.length > 0
                                ? root.algorithmBars("pass1", qsTr("pass@1"), "pass1") : []
                }
                BarPlot {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    title: qsTr("Omni-MATH test pass@256 (Table 3)")
                    yLabel: qsTr("%")
                    staticData: root.algos.length > 0
                                ? root.algorithmBars("pass256", qsTr("pass@256"), "pass256") : []
                }
            }
        }

        Text {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: root.fontPx * 0.9
            color: Theme.mutedText
            text: qsTr("The six algorithms (GRPO, PPO, ReMax, RLOO, Reinforce++, DAPO) perform "
                       + "similarly: pass@1 rises well above the base model's 10.2, while "
                       + "pass@256 stays within about two points of its 69.1 (three just below, "
                       + "three at or just above). Single-shot performance stays far from the "
                       + "base model's reach: ΔSE = pass@256(base) − pass@1(RL) is 41.0 (RLOO) "
                       + "to 45.3 (ReMax) points (§4.3, Table 3).")
        }
    }
}
