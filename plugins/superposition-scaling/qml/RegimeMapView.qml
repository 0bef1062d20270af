// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// Regime map (a small Fig. 5e): fitted alpha_m and phi_1/2 over a gamma x alpha grid,
// filled in cell by cell in the background.
Rectangle {
    id: root

    property var runner: null
    readonly property var r: runner ? runner.readouts : ({})
    function axis(prefix, count) {
        const out = []
        for (let k = 0; k < (count || 0); ++k)
            out.push(prefix + " " + Number(r[(prefix === "γ" ? "map_gamma_" : "map_alpha_") + k]))
        return out
    }

    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        ViewHeader {
            Layout.fillWidth: true
            title: qsTr("Regime map: where does the 1/m law hold?")
            subtitle: qsTr("Each cell is a full scaling sweep.") + " "
                      + qsTr("Negative γ (top rows) represents every feature (φ½ ≈ 1); positive γ "
                             + "keeps only a few.") + " "
                      + qsTr("Pause any time; empty cells are still to come.")
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 10

            Heatmap {
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: root.runner
                grid: "alpha_m"
                minValue: 0
                maxValue: 2
                title: qsTr("Fitted α_m")
                valueLabel: qsTr("α_m")
                rowLabels: root.axis("γ", root.r.map_rows)
                columnLabels: root.axis("α", root.r.map_cols)
            }
            Heatmap {
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: root.runner
                grid: "phi_half"
                minValue: 0
                maxValue: 1
                title: qsTr("φ½ at the largest width")
                valueLabel: qsTr("φ½")
                rowLabels: root.axis("γ", root.r.map_rows)
                columnLabels: root.axis("α", root.r.map_cols)
            }
        }

        Readouts {
            Layout.fillWidth: true
            runner: root.runner
            items: [{key: "cells_done", label: qsTr("cells done"), digits: 0},
                    {key: "cells", label: qsTr("of"), digits: 0}]
        }
    }
}
