// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// The paper's U-Net results (§2, SM A), drawn from the scalings and numbers it reports
// (content/papermeasurements.json). Nothing here is computed by this app.
Rectangle {
    id: root

    PaperData { id: paperMeasurements; source: "content/papermeasurements.json" }

    readonly property var u: paperMeasurements.values.unet || ({})
    readonly property real fontPx: 13 * Theme.fontScale

    // Lines of the reported laws: τ_gen ≈ 100K steps for every n at W = 32, τ_mem ≈ 300 n;
    // τ_gen ∝ 1/W with W τ_gen ≈ 3·10⁶, τ_mem ∝ n/W (so τ_mem/n ≈ 300·32/W).
    readonly property var nAxis: [128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768]
    readonly property var byN: u.tau_gen_steps_at_reference_width ? [
        {id: "gen", label: qsTr("τ_{gen} ≈ 10⁵ for every n"), x: nAxis,
         y: nAxis.map(() => u.tau_gen_steps_at_reference_width)},
        {id: "mem", label: qsTr("τ_{mem} ≈ 300·n"), x: nAxis,
         y: nAxis.map(n => u.tau_mem_over_n_at_reference_width * n)}
    ] : []
    readonly property var byW: u.widths ? [
        {id: "genW", label: qsTr("τ_{gen} ≈ 3·10⁶/W"), x: u.widths,
         y: u.widths.map(w => u.width_times_tau_gen / w)},
        {id: "memW", label: qsTr("τ_{mem}/n ≈ 300·32/W"), x: u.widths,
         y: u.widths.map(w => u.tau_mem_over_n_at_reference_width * u.reference_width / w)}
    ] : []

    color: Theme.surface
    implicitWidth: 820
    implicitHeight: 380

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 10
        spacing: 4

        Text {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("The paper's measurements: DDPM U-Nets on grayscale 32×32 CelebA (§2, SM A). Lines show the scalings the paper reports.")
            font.pixelSize: root.fontPx
            font.bold: true
            color: Theme.accent
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8
            LinePlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                logX: true
                logY: true
                title: qsTr("Width W = 32 (4M parameters)")
                xLabel: qsTr("training images n")
                yLabel: qsTr("SGD steps")
                staticData: root.byN
            }
            LinePlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                logX: true
                logY: true
                title: qsTr("Width W = 8…64 (0.26M–16M parameters)")
                xLabel: qsTr("base width W")
                yLabel: qsTr("SGD steps")
                staticData: root.byW
            }
        }

        MathParagraph {
            Layout.fillWidth: true
            color: Theme.text
            font.pixelSize: root.fontPx * 0.9
            tex: qsTr("Lines: τ_{gen} ≈ 100K SGD steps whatever n; f_{mem} curves for all n collapse against τ/n and rise near τ/n ≈ 300; τ_{gen} ∝ 1/W and τ_{mem} ∝ n/W. Example (n = 1024, W = 32): f_{mem} = 0% and FID 35.1 after 190K steps, f_{mem} = 47.2% after 1.62M steps. Full-batch training still gives τ_{mem} ∝ n (SM A.2).")
        }
    }
}
