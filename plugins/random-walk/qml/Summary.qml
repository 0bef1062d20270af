// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// "In one picture": variance = σ²t, drawn from the exact formula and a small deterministic walk.
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

OnePicture {
    id: root

    implicitWidth: 720
    implicitHeight: 400
    headline: qsTr("Independent steps add their variances: the spread of the walkers grows "
                   + "like √t.")
    caption: qsTr("The variance of 64 simulated walkers (solid) follows σ²t (dashed).")
    thumbnailCaption: qsTr("Variance of the walkers against time: a straight line")

    // Exact expectation σ²t for σ = 1, and the variance of 64 walkers from a fixed generator.
    readonly property var walk: {
        const n = 64, steps = 100
        let x = new Array(n).fill(0)
        let s = 12345
        const ts = [0], vs = [0], th = [0]
        for (let t = 1; t <= steps; ++t) {
            for (let i = 0; i < n; ++i) {
                // Irwin–Hall sum of 12 uniforms: a unit-variance, zero-mean step.
                let u = 0
                for (let k = 0; k < 12; ++k) {
                    s = (16807 * s) % 2147483647 // Park–Miller: exact in doubles
                    u += s / 2147483647
                }
                x[i] += u - 6
            }
            const m = x.reduce((a, b) => a + b, 0) / n
            ts.push(t)
            vs.push(x.reduce((a, b) => a + (b - m) * (b - m), 0) / (n - 1))
            th.push(t)
        }
        return [{id: "sample", label: qsTr("64 walkers"), x: ts, y: vs},
                {id: "exact", label: qsTr("σ²t"), x: ts, y: th}]
    }

    LinePlot {
        Layout.fillWidth: true
        Layout.fillHeight: true
        staticData: root.walk
        dashed: ["exact"]
        legendVisible: !root.compact
        xLabel: root.compact ? "" : qsTr("step t")
        yLabel: root.compact ? "" : qsTr("variance")
    }
}
