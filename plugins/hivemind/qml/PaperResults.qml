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

    DataTable {
        width: root.width
        paperData: true
        title: qsTr("Headline results")
        badge: qsTr("the paper's measurements")
        columns: [qsTr("Finding"), qsTr("Where")]
        rows: (root.paper.headlines || []).map(x => [x.text, x.cite])
    }

    DataTable {
        width: root.width
        paperData: true
        title: root.paper.calibration ? root.paper.calibration.caption : ""
        badge: qsTr("the paper's measurements")
        columns: [qsTr("Finding"), qsTr("Where")]
        rows: root.paper.calibration
              ? root.paper.calibration.findings.map(x => [x.text, x.cite]) : []
        note: qsTr("The correlations themselves need the human labels and the scorers' outputs; "
                   + "see the paper's Figs. 10–11.")
    }

    DataTable {
        width: root.width
        paperData: true
        title: root.paper.setup ? root.paper.setup.caption : ""
        badge: qsTr("the paper's setup")
        columns: [qsTr("What"), qsTr("Value"), qsTr("Where")]
        rows: root.paper.setup ? root.paper.setup.rows.map(x => [x.what, x.value, x.cite]) : []
    }
}
