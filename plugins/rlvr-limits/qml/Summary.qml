// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// In one picture: RL wins with one sample, the base model with many; distillation is above
// both. Left, this app's toy laboratory (frozen default run); right, the paper's own numbers
// (v5 Table 4): pass@1 rises over training while pass@256 falls.
Rectangle {
    id: root

    PaperData { id: paperResults; source: "data/paperresults.json" }
    PaperData { id: toyCurves; source: "data/toycurves.json" }

    property bool compact: false
    readonly property var toy: toyCurves.values
    readonly property var steps: paperResults.values.trainingSteps
    readonly property real fontPx: 14 * Theme.fontScale

    function toySeries(id, label, key) {
        return {id: id, label: label, x: toy.k, y: toy[key]}
    }
    function stepSeries(id, label, row) {
        return {id: id, label: label, x: steps.steps, y: steps.rows[row].values}
    }

    color: Theme.surface
    implicitWidth: 900
    implicitHeight: compact ? 240 : 420

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: root.compact ? 4 : 12
        spacing: 6

        Text {
            Layout.fillWidth: true
            visible: !root.compact
            wrapMode: Text.Wrap
            font.pixelSize: root.fontPx * 1.2
            font.bold: true
            color: Theme.text
            text: qsTr("RL with a right/wrong reward sharpens what the base model already "
                       + "samples: better with one try, fewer problems within reach with many.")
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 10

            LinePlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                logX: true
                yMin: 0
                yMax: 1
                legendVisible: true
                title: root.compact ? "" : qsTr("pass@k in the toy lab (seed 1)")
                xLabel: root.compact ? "" : qsTr("k, samples per problem")
                yLabel: root.compact ? "" : qsTr("pass@k")
                staticData: root.toy.k ? [
                    root.toySeries("base", qsTr("base model"), "base"),
                    root.toySeries("rl", qsTr("after RL (GRPO)"), "rl"),
                    root.toySeries("distilled", qsTr("distilled"), "distilled")
                ] : []
                referenceLines: root.toy.crossoverK
                                ? [{axis: "x", value: root.toy.crossoverK, label: "k*"}] : []
            }

            LinePlot {
                visible: !root.compact
                Layout.fillWidth: true
                Layout.fillHeight: true
                yMin: 0
                yMax: 80
                title: qsTr("The paper's measurements: GRPO on Qwen2.5-7B (v5 Table 4)")
                xLabel: qsTr("RL step")
                yLabel: qsTr("%")
                dashed: ["train256", "train1"]
                staticData: root.steps ? [
                    root.stepSeries("test1", qsTr("test pass@1"), 2),
                    root.stepSeries("test256", qsTr("test pass@256"), 3),
                    root.stepSeries("train1", qsTr("train pass@1"), 0),
                    root.stepSeries("train256", qsTr("train pass@256"), 1)
                ] : []
            }
        }

        Text {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: root.fontPx * (root.compact ? 0.85 : 1)
            color: Theme.mutedText
            text: root.compact
                  ? qsTr("RL wins at k = 1; the base model wins at large k.")
                  : qsTr("Left: exact pass@k of this app's toy laboratory — the base curve "
                         + "overtakes the RL curve at k* = %1, and the distilled model, which "
                         + "learned strategies the base model never samples, lies above the base "
                         + "model at every k. Right: the paper's measurements — pass@1 rises "
                         + "from 10.2 to 28.3 on the test set while pass@256 falls from 69.1 to "
                         + "63.9.").arg(root.toy.crossoverK || "?")
        }
    }
}
