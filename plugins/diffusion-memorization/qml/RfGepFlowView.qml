// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// rf-gep-flow: the spectrum of U (δ-peak, ρ₁, ρ₂), the exact training curves with τ_gen and
// τ_mem, and both timescales against ψ_n on log–log axes.
Rectangle {
    id: root

    property var runner: null
    readonly property var r: runner ? runner.readouts : ({})
    readonly property string k: picker.tag
    readonly property real fontPx: 13 * Theme.fontScale

    function num(key, digits) {
        return (key in r) ? Number(r[key]).toPrecision(digits || 3) : "–"
    }
    function lines(keys) {
        const out = []
        for (const [key, label] of keys) {
            if (key in r)
                out.push({axis: "x", value: r[key], label: label})
        }
        return out
    }

    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 10
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            spacing: 16
            RunPicker {
                id: picker
                readouts: root.r
                prefix: "psi_n_"
                caption: "ψ_n"
            }
            MathParagraph {
                Layout.fillWidth: true
                color: Theme.text
                font.pixelSize: root.fontPx
                tex: qsTr("p = %1, d = %2, t = %11: a_t = %3, b_t = %4, v_t² = %5, s_t² = %6   ·   "
                           + "δ-peak: %7 eigenvalues at s_t² (p − n − d = %8)   ·   "
                           + "τ_{mem} ∝ ψ_n^{%9} over ψ_n ∈ [1, 8]; τ_{gen} changes %10× over the sweep")
                      .arg(root.num("p", 4)).arg(root.num("d", 2)).arg(root.num("a_t", 4))
                      .arg(root.num("b_t", 4)).arg(root.num("v_t2", 4)).arg(root.num("s_t2", 4))
                      .arg(root.num("delta_count_" + root.k, 4))
                      .arg(root.num("delta_expected_" + root.k, 4))
                      .arg(root.num("tau_mem_slope", 3)).arg(root.num("tau_gen_ratio", 3))
                      .arg(root.num("t", 3))
            }
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: 2
            rowSpacing: 6
            columnSpacing: 6

            LinePlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: root.runner
                series: ["spectrum_rho1_" + root.k + "_line", "spectrum_rho2_" + root.k + "_line",
                         "spectrum_theory_" + root.k]
                dashed: ["spectrum_theory_" + root.k]
                logX: true
                referenceLines: root.lines([["s_t2", "δ-peak at s_t²"],
                                            ["rho1_lower_edge_" + root.k, "λ₋"],
                                            ["rho1_upper_edge_" + root.k, "λ₊"]])
                title: qsTr("Eigenvalues of U (the δ-peak is a line: %1 eigenvalues)")
                       .arg(root.num("delta_count_" + root.k, 4))
                xLabel: qsTr("eigenvalue λ")
                yLabel: qsTr("count per bin")
            }
            LinePlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: root.runner
                series: ["train_" + root.k, "test_" + root.k, "gen_" + root.k, "score_" + root.k]
                logX: true
                yMin: 0; yMax: 1.5
                referenceLines: root.lines([["tau_gen_" + root.k, "τ_{gen}"], ["tau_mem_" + root.k, "τ_{mem}"]])
                title: qsTr("Exact training curves (gradient flow)")
                xLabel: qsTr("training time τ = kη/d²")
            }
            LinePlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: root.runner
                series: ["tau_mem_vs_psin", "tau_gen_vs_psin", "tau_theory_vs_psin", "tau_mem_fit", "tau_gen_fit"]
                dashed: ["tau_theory_vs_psin", "tau_mem_fit", "tau_gen_fit"]
                logX: true
                logY: true
                title: qsTr("Two timescales: τ_{mem} ∝ n, τ_{gen} flat")
                xLabel: qsTr("ψ_n = n/d")
                yLabel: qsTr("τ")
            }
            LinePlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: root.runner
                series: ["score_min_vs_psin"]
                logX: true
                logY: true
                title: qsTr("Best score error E*_{score} (fitted exponent %1; the paper's 0.59 needs larger sizes)")
                       .arg(root.num("score_min_exponent", 2))
                xLabel: qsTr("ψ_n = n/d")
            }
        }
    }
}
