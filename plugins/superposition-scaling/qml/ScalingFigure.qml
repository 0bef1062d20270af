// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// Explainer figure: loss against width for the frozen reference runs of the authors'
// algorithm at the paper's small-toy scale (paper sheet §7.4; not numbers from the paper).
Rectangle {
    id: root

    PaperData { id: paperData; source: "data/paperdata.json" }

    readonly property var table: paperData.values.paper_scale || ({})
    readonly property var widths: table.widths || []
    function run(alpha, gamma) {
        for (const r of (table.runs || [])) {
            if (r.alpha === alpha && r.gamma === gamma)
                return r.losses
        }
        return []
    }

    color: Theme.surface
    implicitWidth: 640
    implicitHeight: 380

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 4

        LinePlot {
            Layout.fillWidth: true
            Layout.fillHeight: true
            logX: true
            logY: true
            title: qsTr("Loss against width, n = 1000, batch 2048, 20 000 steps")
            xLabel: qsTr("width m")
            yLabel: qsTr("loss L (Σ over features)")
            dashed: ["weak1", "guide"]
            staticData: {
                if (root.widths.length === 0)
                    return []
                const line = (id, label, y) => ({id: id, label: label, x: root.widths, y: y})
                return [
                    line("s0", qsTr("γ = −1, α = 0 (α_m 0.81)"), root.run(0, -1)),
                    line("s05", qsTr("γ = −1, α = 0.5 (α_m 0.93)"), root.run(0.5, -1)),
                    line("s1", qsTr("γ = −1, α = 1 (α_m 1.21)"), root.run(1, -1)),
                    line("s15", qsTr("γ = −1, α = 1.5 (α_m 1.28)"), root.run(1.5, -1)),
                    line("weak1", qsTr("γ = +1, α = 1: weak, no power law"), root.run(1, 1)),
                    {id: "guide", label: qsTr("∝ 1/m"), x: [10, 100], y: [1.2, 0.12]}
                ]
            }
        }
        Text {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: 12 * Theme.fontScale
            color: Theme.mutedText
            text: qsTr("Reference runs of the authors' training algorithm at the paper's scale, "
                       + "one run each (seed 0), recomputed for PaperLab.") + " "
                  + qsTr("They are not printed in the paper.")
        }
    }
}
