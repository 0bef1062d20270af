// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import PaperLab.Charts

// One legend for a row of small charts whose series share their roles: a dot in the colour
// of series i (Theme.seriesColors[i]) before labels[i], or of colour colors[i] when the charts
// choose their series' colours (their `colors`). Charts too small for a legend of their own
// set legendVisible: false and list their series in the same order, e.g.
//     SeriesKey { labels: ["the chart's points", "training points"] }
Flow {
    id: root

    property var labels: []
    property var colors: [] // per label, an index into Theme.seriesColors; default its place
    readonly property real fontPx: 13 * Theme.fontScale

    spacing: 2 // between rows; each entry keeps its own room on the right

    Repeater {
        model: root.labels
        Row {
            required property int index
            required property string modelData
            rightPadding: 16
            spacing: 6
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: root.fontPx * 0.7
                height: width
                radius: width / 2
                color: Theme.seriesColors[(index < root.colors.length ? root.colors[index] : index)
                                          % Theme.seriesColors.length]
            }
            MathLabel {
                anchors.verticalCenter: parent.verticalCenter
                tex: modelData
                color: Theme.text
                font.pixelSize: root.fontPx
            }
        }
    }
}
