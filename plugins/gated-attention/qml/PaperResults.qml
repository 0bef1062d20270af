// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// The paper's measurements, frozen in data/paperresults.json: first-token attention and mean
// gate per variant (Table 4), perplexity per variant (Table 1), RULER after YaRN (Table 5).
Rectangle {
    id: root

    PaperData { id: results; source: "data/paperresults.json" }

    readonly property var paper: results.values
    readonly property var t4: paper.table4 ? paper.table4.rows : []
    readonly property var t1: paper.table1 ? paper.table1.rows : []
    readonly property var t5: paper.table5 ? paper.table5.rows : []
    readonly property real fontPx: 13 * Theme.fontScale

    color: Theme.surface
    implicitWidth: 900
    implicitHeight: 420

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 10
        spacing: 4

        Text {
            Layout.fillWidth: true
            text: qsTr("The paper's measurements on a 15B-parameter MoE trained on 400B tokens "
                       + "(Qiu et al., arXiv 2505.06708)")
            wrapMode: Text.WordWrap
            font.pixelSize: root.fontPx
            font.bold: true
            color: Theme.accent
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8

            BarPlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                title: qsTr("First-token attention (Table 4)")
                yLabel: qsTr("share of attention")
                staticData: root.t4.length > 0 ? {labels: root.t4.map(x => x.short),
                                                  heights: root.t4.map(x => x.firstToken)} : []
            }
            BarPlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                title: qsTr("Average perplexity (Table 1)")
                yLabel: qsTr("PPL (lower is better)")
                staticData: root.t1.length > 0 ? {labels: root.t1.map(x => x.short),
                                                  heights: root.t1.map(x => x.ppl)} : []
            }
            DataTable {
                Layout.preferredWidth: 2
                Layout.fillWidth: true
                title: qsTr("RULER after YaRN to 128k (Table 5)")
                badge: qsTr("paper")
                paperData: true
                columns: [qsTr("length"), qsTr("baseline"), qsTr("gated")]
                rows: root.t5.map(x => [x.length, String(x.baseline), String(x.gated)])
                note: root.paper.table5 ? root.paper.table5.note : ""
            }
        }
        Text {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.pixelSize: root.fontPx * 0.9
            color: Theme.mutedText
            text: root.paper.source || ""
        }
    }
}
