// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// Explainer figure: the width exponents reported in the paper, for its large toy model
// (Fig. 1) and for language models (Fig. 6b). All bars are the paper's measurements.
Rectangle {
    id: root

    PaperData { id: paperData; source: "data/paperdata.json" }

    readonly property var paper: paperData.values
    readonly property var entries: {
        const toy = (paper.toy_large || []).map(e => ({label: e.short, value: e.alpha_m}))
        const llm = (paper.exponents || []).map(e => ({label: e.short, value: e.alpha_m}))
        return toy.concat(llm)
    }

    color: Theme.surface
    implicitWidth: 640
    implicitHeight: 360

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 4

        BarPlot {
            Layout.fillWidth: true
            Layout.fillHeight: true
            title: qsTr("The paper's measurements: α_m in L ∝ m^{−α_m}")
            yLabel: qsTr("α_m")
            staticData: root.entries.length > 0
                        ? {labels: root.entries.map(e => e.label),
                           heights: root.entries.map(e => e.value)}
                        : []
        }
        Text {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: 12 * Theme.fontScale
            color: Theme.mutedText
            text: qsTr("Large toy model, n = 10240, γ = −1 (Fig. 1): 1.01 ± 0.05, 1.0 ± 0.1, "
                       + "0.89 ± 0.05.") + " "
                  + qsTr("Language models (OPT, Qwen2.5, GPT-2, Pythia; Fig. 6b): 0.91 ± 0.04.")
                  + " " + qsTr("Chinchilla (derived, §3.3): 0.88 ± 0.06.")
        }
    }
}
