// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts

// score-1d: the picture of Fig. 1 (top left): the empirical score is a staircase of springs
// pulling to the training points; the population score is smooth.
Rectangle {
    id: root

    property var runner: null
    readonly property var r: runner ? runner.readouts : ({})
    readonly property real fontPx: 13 * Theme.fontScale

    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 10
        spacing: 6

        MathParagraph {
            Layout.fillWidth: true
            color: Theme.text
            font.pixelSize: root.fontPx
            tex: qsTr("n = %1, t = %2   ·   f_{mem} of backward-SDE samples driven by the empirical score: %3")
                  .arg(("n" in root.r) ? root.r.n : "–")
                  .arg(("t" in root.r) ? Number(root.r.t).toPrecision(3) : "–")
                  .arg(("f_mem_1d" in root.r) ? Number(root.r.f_mem_1d).toFixed(3) : "–")
        }
        LinePlot {
            Layout.fillWidth: true
            Layout.fillHeight: true
            source: root.runner
            series: ["score_empirical", "score_population"]
            yMin: -15; yMax: 15
            referenceLines: [{axis: "y", value: 0, label: ""}]
            title: qsTr("Score at time t: empirical (memorising) vs population")
            xLabel: qsTr("x")
            yLabel: qsTr("∂ₓ log P_t")
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 6
            LinePlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: root.runner
                series: ["logp_empirical", "logp_population"]
                yMin: -8
                title: qsTr("log-density: maxima next to e^{−t}x^ν")
                xLabel: qsTr("x")
            }
            BarPlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: root.runner
                bars: "samples"
                title: qsTr("Backward samples land on the training points")
                xLabel: qsTr("x")
                yLabel: qsTr("samples")
            }
        }
    }
}
