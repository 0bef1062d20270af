// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// The paper's measurements, frozen in data/paperresults.json: first-token attention per variant
// (Table 4), perplexity per variant (Table 1), RULER after YaRN (Table 5), and below them the
// tables in full (benchmarks, mean gate, max activation).
Rectangle {
    id: root

    PaperData { id: results; source: "data/paperresults.json" }

    readonly property var paper: results.values
    readonly property var t4: paper.table4 ? paper.table4.rows : []
    readonly property var t1: paper.table1 ? paper.table1.rows : []
    readonly property var t5: paper.table5 ? paper.table5.rows : []
    readonly property real fontPx: 13 * Theme.fontScale

    // A table cell with the paper's digits; a dash where the paper gives no value.
    function cell(value, digits) {
        return value === undefined || value === null ? "–" : Number(value).toFixed(digits)
    }

    color: Theme.surface
    implicitWidth: 900
    implicitHeight: column.implicitHeight + 20

    ColumnLayout {
        id: column
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
            Layout.preferredHeight: 400
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
        // The numbers behind the bars, with the columns the charts leave out: side by side
        // where they fit, one under the other at large text sizes.
        Flow {
            id: tables
            Layout.fillWidth: true
            Layout.preferredHeight: implicitHeight
            spacing: 8

            DataTable {
                width: Math.min(implicitWidth, tables.width)
                title: qsTr("Perplexity and benchmarks (Table 1)")
                badge: qsTr("paper")
                paperData: true
                columns: [qsTr("variant"), qsTr("PPL"), qsTr("Hellaswag"), qsTr("MMLU"),
                          qsTr("GSM8k"), qsTr("added")]
                rows: root.t1.map(x => [x.variant, root.cell(x.ppl, 3), root.cell(x.hellaswag, 2),
                                        root.cell(x.mmlu, 2), root.cell(x.gsm8k, 2),
                                        x.added || "–"])
                note: qsTr("A dash: the paper gives perplexity only. Parameter-matched controls "
                           + "add heads, experts or KV heads instead of a gate.")
            }
            DataTable {
                width: Math.min(implicitWidth, tables.width)
                title: qsTr("Gate, activations and sink (Table 4)")
                badge: qsTr("paper")
                paperData: true
                columns: [qsTr("variant"), qsTr("mean gate"), qsTr("max act."),
                          qsTr("first token")]
                rows: root.t4.map(x => [x.variant, root.cell(x.gate, 3), String(x.maxAct),
                                        root.cell(x.firstToken, 3)])
                note: qsTr("Mean gate: the average gate value, near 0 is sparse. Max "
                           + "activation: the largest hidden-state value.")
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
