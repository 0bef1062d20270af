// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// The toy's fitted width exponent next to the exponents the paper measured on real language
// models (§3.3, Fig. 6b). Only the first bar is computed here.
Rectangle {
    id: root

    PaperData { id: paperData; source: "data/paperdata.json" }

    property var runner: null
    readonly property var exponents: paperData.values.exponents || []
    readonly property real fontPx: 14 * Theme.fontScale

    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        ViewHeader {
            Layout.fillWidth: true
            title: qsTr("Width exponent: this toy against real language models")
            subtitle: qsTr("The LLM and Chinchilla bars are the paper's measurements "
                           + "(arXiv 2505.10465 §3.3, Fig. 6b), shown as a reference.") + " "
                      + qsTr("PaperLab runs no language model.")
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 10

            BarPlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: root.runner
                bars: "exponents"
                categories: [qsTr("this toy run")]
                            .concat(root.exponents.map(e => e.short + qsTr(" (paper)")))
                title: qsTr("α_m in L ∝ m^{−α_m}")
                yLabel: qsTr("α_m")
            }
            LinePlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: root.runner
                logX: true
                logY: true
                title: qsTr("The toy's loss against width")
                xLabel: qsTr("width m")
                yLabel: qsTr("loss")
                series: ["loss", "fit", "guide_inv_m"]
                dashed: ["fit", "guide_inv_m"]
            }
        }

        Repeater {
            model: root.exponents
            delegate: MathParagraph {
                required property var modelData
                Layout.fillWidth: true
                font.pixelSize: root.fontPx
                color: Theme.mutedText
                tex: qsTr("The paper's measurement: %1: α_m = %2 ± %3 (%4)")
                      .arg(modelData.label).arg(modelData.alpha_m).arg(modelData.se)
                      .arg(modelData.note)
            }
        }

        Readouts {
            Layout.fillWidth: true
            runner: root.runner
            items: [{key: "alpha_m", se: "alpha_m_se", label: "this toy run: α_m", digits: 3}]
        }
    }
}
