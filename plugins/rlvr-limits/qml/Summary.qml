// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// In one picture: RL wins with one sample, the base model with many; distillation is above
// both. Left, this app's toy laboratory (frozen default run); right, the paper's own numbers
// (Table 4 of arXiv v5): pass@1 rises over training while pass@256 falls.
OnePicture {
    id: root

    PaperData { id: paperResults; source: "data/paperresults.json" }
    PaperData { id: toyCurves; source: "data/toycurves.json" }

    readonly property var toy: toyCurves.values
    readonly property var steps: paperResults.values.trainingSteps

    function toySeries(id, label, key) {
        return {id: id, label: label, x: toy.k, y: toy[key]}
    }
    function stepSeries(id, label, row) {
        return {id: id, label: label, x: steps.steps, y: steps.rows[row].values}
    }

    headline: qsTr("RL with a right/wrong reward sharpens what the base model already "
                   + "samples: better with one try, fewer problems within reach with many.")
    caption: qsTr("Left: exact pass@k of this app's toy laboratory — the base curve "
                  + "overtakes the RL curve at k* = %1, and the distilled model, which "
                  + "learned strategies the base model never samples, lies above the base "
                  + "model at every k. Right: the paper's measurements — pass@1 rises "
                  + "from 10.2 to 28.3 on the test set while pass@256 falls from 69.1 to "
                  + "63.9.").arg(root.toy.crossoverK || "?")
    thumbnailCaption: qsTr("Share of problems solved in k tries: RL wins at k = 1, the base "
                           + "model at large k")

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
        title: qsTr("The paper's measurements over RL training: GRPO on Qwen2.5-7B (Table 4)")
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
