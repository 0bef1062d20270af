// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// In one picture: with every feature squeezed into m dimensions (strong superposition) the
// loss falls like 1/m; keeping only the frequent features (weak) gives no power law for
// Zipf data. Real LLMs show the same exponent, about 1 (the paper's measurements).
OnePicture {
    id: root

    PaperData { id: paperData; source: "data/paperdata.json" }

    readonly property var paper: paperData.values
    readonly property var table: paper.paper_scale || ({})
    readonly property var widths: table.widths || []
    function run(alpha, gamma) {
        for (const r of (table.runs || [])) {
            if (r.alpha === alpha && r.gamma === gamma)
                return r.losses
        }
        return []
    }

    headline: qsTr("Squeeze every feature into m dimensions and the overlaps, hence the "
                   + "loss, shrink like 1/m: α_m ≈ 1, in the toy and in real language models.")
    caption: qsTr("Left: reference runs of the authors' algorithm at the paper's small-toy "
                  + "scale, one run each, recomputed for PaperLab (not in the paper).") + " "
             + qsTr("Right: the paper's measurements (Fig. 1, Fig. 6b, §3.3).")
    thumbnailCaption: qsTr("Loss against model width m (log–log): strong superposition "
                           + "falls like 1/m")

    LinePlot {
        Layout.fillWidth: true
        Layout.fillHeight: true
        logX: true
        logY: true
        legendVisible: !root.compact
        title: root.compact ? "" : qsTr("Toy model, Zipf data (α = 1), n = 1000")
        xLabel: root.compact ? "" : qsTr("width m")
        yLabel: root.compact ? "" : qsTr("loss")
        dashed: ["guide"]
        staticData: root.widths.length > 0 ? [
            {id: "strong", label: qsTr("strong superposition (γ = −1)"),
             x: root.widths, y: root.run(1, -1)},
            {id: "weak", label: qsTr("weak superposition (γ = +1)"),
             x: root.widths, y: root.run(1, 1)},
            {id: "guide", label: qsTr("∝ 1/m"), x: [10, 100], y: [0.7, 0.07]}
        ] : []
    }

    BarPlot {
        visible: !root.compact
        Layout.fillWidth: true
        Layout.fillHeight: true
        title: qsTr("The paper's measured width exponents α_m")
        yLabel: qsTr("α_m")
        staticData: {
            const toy = (root.paper.toy_large || [])
                .filter(e => e.label.startsWith("Power"))
                .map(e => ({label: qsTr("toy, power law (Fig. 1)"), value: e.alpha_m}))
            const llm = (root.paper.exponents || [])
                .map(e => ({label: e.short, value: e.alpha_m}))
            const rows = toy.concat(llm)
            return rows.length > 0 ? {labels: rows.map(e => e.label),
                                      heights: rows.map(e => e.value)}
                                   : []
        }
    }
}
