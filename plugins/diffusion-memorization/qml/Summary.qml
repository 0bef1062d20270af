// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// "In one picture": the generalisation time stays put while the memorisation time grows in
// proportion to n, so the safe window between them widens. Drawn from this plugin's own
// rf-scaling run (content/rfscaling.json, seed 1), not recomputed.
OnePicture {
    id: root

    PaperData { id: rfScaling; source: "content/rfscaling.json" }

    readonly property var rf: rfScaling.values

    implicitWidth: 720
    implicitHeight: 400
    headline: qsTr("Good samples come at a time that does not depend on the number of training examples n; copying them comes at a time proportional to n. The window in between widens with the data.")
    caption: qsTr("Computed by this app (d = 25, p = 1600, t = 0.1): τ_{mem} slope %1, τ_{gen} changes %2× while n grows 16×. The paper's U-Nets on CelebA show the same: τ_{gen} ≈ 100K steps for every n, τ_{mem} ≈ 300·n steps.")
             .arg(root.rf.tau_mem_slope !== undefined ? root.rf.tau_mem_slope : "–")
             .arg(root.rf.tau_gen_ratio !== undefined ? root.rf.tau_gen_ratio : "–")
    thumbnailCaption: qsTr("Training time of good samples (flat) and of memorisation (∝ n) against n")

    LinePlot {
        Layout.fillWidth: true
        Layout.fillHeight: true
        logX: true
        logY: true
        legendVisible: !root.compact
        title: root.compact ? "" : qsTr("Random-features model: the two timescales")
        xLabel: root.compact ? "" : qsTr("training-set size ψ_n = n/d")
        yLabel: root.compact ? "" : qsTr("training time τ")
        dashed: ["gen"]
        staticData: root.rf.psi_n ? [
            {id: "mem", label: qsTr("τ_{mem} (memorisation) ∝ n"), x: root.rf.psi_n, y: root.rf.tau_mem},
            {id: "gen", label: qsTr("τ_{gen} (good samples): flat"), x: root.rf.psi_n, y: root.rf.tau_gen}
        ] : []
    }

    LinePlot {
        visible: !root.compact
        Layout.fillWidth: true
        Layout.fillHeight: true
        logX: true
        yMin: 0
        yMax: 1.2
        title: qsTr("Score error and generalisation gap, ψ_n = 1 and 16")
        xLabel: qsTr("training time τ")
        dashed: ["gen1", "gen16"]
        staticData: root.rf.score_curve_0 ? [
            {id: "s1", label: qsTr("E_{score}, ψ_n = 1"), x: root.rf.score_curve_0.tau, y: root.rf.score_curve_0.value},
            {id: "s16", label: qsTr("E_{score}, ψ_n = 16"), x: root.rf.score_curve_4.tau, y: root.rf.score_curve_4.value},
            {id: "gen1", label: qsTr("L_{gen}, ψ_n = 1"), x: root.rf.gen_curve_0.tau, y: root.rf.gen_curve_0.value},
            {id: "gen16", label: qsTr("L_{gen}, ψ_n = 16"), x: root.rf.gen_curve_4.tau, y: root.rf.gen_curve_4.value}
        ] : []
    }
}
