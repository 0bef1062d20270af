// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// The paper's measurements, frozen in data/paperresults.json with their figure numbers
// (arXiv 2510.22954 §3–4, Figs. 1, 4–6, 8, 10–11; App. C.1, C.4): what it measured, never
// computed here.
Column {
    id: root

    PaperData { id: paperResults; source: "data/paperresults.json" }

    readonly property var paper: paperResults.values
    readonly property real fontPx: 13 * Theme.fontScale

    spacing: 8

    Text {
        width: root.width
        wrapMode: Text.Wrap
        text: qsTr("The paper's measurements (Jiang et al., arXiv 2510.22954)")
        font.pixelSize: root.fontPx * 1.1
        font.bold: true
        color: Theme.accent
    }

    Row {
        width: root.width
        height: 270 * Theme.fontScale
        spacing: 8

        BarPlot {
            width: (parent.width - parent.spacing) / 2
            height: parent.height
            title: qsTr("Cases above a similarity threshold (Figs. 4, 5)")
            yLabel: qsTr("% of (model, prompt) cases")
            staticData: root.paper.thresholds
                        ? {labels: root.paper.thresholds.labels,
                           heights: root.paper.thresholds.heights} : []
        }
        BarPlot {
            width: (parent.width - parent.spacing) / 2
            height: parent.height
            title: qsTr("Distinct models among 50 nearest answers (Fig. 8)")
            yLabel: qsTr("distinct source models")
            staticData: root.paper.uniqueSources
                        ? {labels: root.paper.uniqueSources.labels,
                           heights: root.paper.uniqueSources.heights} : []
        }
    }

    Text {
        width: root.width
        wrapMode: Text.Wrap
        font.pixelSize: root.fontPx * 0.92
        color: Theme.mutedText
        text: qsTr("Right: the paper's ≈ 8 (Fig. 8, 25 models × 50 answers per prompt) between "
                   + "two limits that we computed, not the paper: 2 when every model has its "
                   + "own answers, 21.89 (hypergeometric) when all models answer alike.")
    }

    // Long findings wrap, so they are listed as text rather than as table cells.
    Repeater {
        model: [
            {title: qsTr("Headline results"), items: root.paper.headlines || []},
            {title: root.paper.calibration ? root.paper.calibration.caption : "",
             items: root.paper.calibration ? root.paper.calibration.findings : []},
            {title: root.paper.setup ? root.paper.setup.caption : "",
             items: root.paper.setup
                    ? root.paper.setup.rows.map(x => ({text: x.what + ": " + x.value,
                                                       cite: x.cite})) : []}
        ]
        delegate: Column {
            required property var modelData
            width: root.width
            spacing: 3
            Row {
                spacing: 8
                Text {
                    text: modelData.title
                    font.pixelSize: root.fontPx
                    font.bold: true
                    color: Theme.text
                }
                Rectangle {
                    width: badge.implicitWidth + 10
                    height: badge.implicitHeight + 4
                    radius: 3
                    color: Theme.accent
                    Text {
                        id: badge
                        anchors.centerIn: parent
                        text: qsTr("the paper's measurements")
                        font.pixelSize: root.fontPx * 0.85
                        color: Theme.accentText
                    }
                }
            }
            Repeater {
                model: modelData.items
                delegate: Text {
                    required property var modelData
                    width: root.width
                    wrapMode: Text.Wrap
                    font.pixelSize: root.fontPx
                    color: Theme.text
                    text: "• " + modelData.text + "  (" + modelData.cite + ")"
                }
            }
        }
    }

    Text {
        width: root.width
        wrapMode: Text.Wrap
        font.pixelSize: root.fontPx * 0.92
        color: Theme.mutedText
        text: qsTr("The calibration correlations themselves need the human labels and the "
                   + "scorers' outputs; see the paper's Figs. 10–11. Nothing on this page is "
                   + "computed by the app.")
    }
}
