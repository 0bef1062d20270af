// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// The template's simulator view: what a plugin author starts from.
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

Rectangle {
    id: root
    // Set by the host for every simulator view.
    property var runner: null
    property string simulatorId

    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        ViewHeader {
            Layout.fillWidth: true
            title: qsTr("An ensemble of random walkers")
            subtitle: qsTr("Each walker takes Gaussian steps of size σ with drift μ: the spread grows like σ²t.")
        }

        Readouts {
            Layout.fillWidth: true
            runner: root.runner
            items: [
                {key: "mean", label: qsTr("mean"), digits: 2},
                {key: "variance", label: qsTr("variance"), digits: 1},
                {key: "variance_theory", label: qsTr("theory"), digits: 1},
                {key: "variance_ratio", label: qsTr("ratio"), digits: 3}
            ]
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            // Two columns from the width a 1280x720 window leaves beside the parameter panel:
            // three charts stacked in its height left each plot under 40 px tall. The view's
            // width, not the grid's own, which its layout sets only after it has columns.
            columns: root.width > 680 ? 2 : 1
            rowSpacing: 12
            columnSpacing: 12

            LinePlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: root.runner
                series: ["variance", "variance_theory"]
                dashed: ["variance_theory"]
                title: qsTr("Spread grows linearly in time")
                xLabel: qsTr("step t")
                yLabel: qsTr("variance of positions")
            }

            BarPlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: root.runner
                bars: "positions"
                title: qsTr("Where the walkers are now")
                xLabel: qsTr("position x")
                yLabel: qsTr("walkers")
            }

            LinePlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.columnSpan: parent.columns
                source: root.runner
                series: ["mean"]
                title: qsTr("Mean position (follows the drift μ)")
                xLabel: qsTr("step t")
                yLabel: qsTr("mean x")
            }
        }
    }
}
