// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import PaperLab.Charts

// The Sweep dialog's chart: a readout's mean over the seeds against the varied parameter,
// with the mean ± one standard error dashed. The dialog sets every property.
Item {
    id: root

    property var series: []
    property string title: ""
    property string xLabel: ""
    property string yLabel: ""
    property bool logX: false

    LinePlot {
        objectName: "sweepPlot"
        anchors.fill: parent
        title: root.title
        xLabel: root.xLabel
        yLabel: root.yLabel
        logX: root.logX
        dashed: ["minus-se", "plus-se"]
        staticData: root.series
    }
}
