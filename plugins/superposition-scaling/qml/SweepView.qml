// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// Scaling sweep: test loss against width on log-log axes with the fitted alpha_m, the
// weak-regime prediction of Eq. 4 and a 1/m guide; phi_1/2 and phi_1; training curves.
Rectangle {
    id: root

    property var runner: null
    readonly property var r: runner ? runner.readouts : ({})
    readonly property bool contrast: r.contrast === 1
    readonly property var curveIds: {
        const ids = []
        for (let k = 0; k < (r.width_count || 0); ++k)
            ids.push("curve_m" + r["width_" + k])
        return ids
    }

    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        ViewHeader {
            Layout.fillWidth: true
            title: qsTr("Loss against width: one model per m, trained in parallel")
            subtitle: qsTr("Solid: our runs.") + " "
                      + qsTr("Dashed: the fitted power law, the weak-regime loss of Eq. 4 with "
                             + "the measured φ½n, the ideal weak curve (4/3)Σ_{i>m} p_i and a "
                             + "1/m guide.")
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 10

            LinePlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                source: root.runner
                logX: true
                logY: true
                title: qsTr("Loss L (Σ over features) against width m")
                xLabel: qsTr("width m")
                yLabel: qsTr("loss")
                series: root.contrast
                        ? ["loss", "contrast_loss", "fit", "contrast_eq4_measured", "eq4_ideal",
                           "guide_inv_m"]
                        : ["loss", "fit", "eq4_measured", "eq4_ideal", "guide_inv_m"]
                dashed: ["fit", "eq4_measured", "contrast_eq4_measured", "eq4_ideal",
                         "guide_inv_m"]
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 2
                spacing: 10

                LinePlot {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    source: root.runner
                    logX: true
                    yMin: 0
                    yMax: 1.05
                    title: qsTr("Represented features")
                    xLabel: qsTr("width m")
                    yLabel: qsTr("fraction of features")
                    series: root.contrast
                            ? ["phi_half", "phi_one", "contrast_phi_half", "contrast_phi_one"]
                            : ["phi_half", "phi_one"]
                }
                LinePlot {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    source: root.runner
                    logY: true
                    legendVisible: false
                    title: qsTr("Training loss, one curve per width")
                    xLabel: qsTr("step")
                    yLabel: qsTr("loss")
                    series: root.curveIds
                }
            }
        }

        Readouts {
            Layout.fillWidth: true
            runner: root.runner
            items: [
                {key: "alpha_m", se: "alpha_m_se", label: "α_m", digits: 3},
                {key: "phi_half_min", label: "φ½ min", digits: 3,
                 hint: qsTr("φ½: share of features represented with a vector of length above ½; "
                            + "its smallest and largest value over the widths m.")},
                {key: "phi_half_max", label: "φ½ max", digits: 3},
                {key: "mean_sq_overlap_times_m", digits: 2,
                 label: qsTr("overlap of feature vectors at the largest m"),
                 hint: qsTr("m·mean(Wᵢ·Wⱼ)²: how much two feature vectors "
                            + "overlap, times m; 1 for random directions.")},
                {key: "contrast_alpha_m", se: "contrast_alpha_m_se", digits: 3,
                 label: qsTr("contrast α_m")}
            ]
        }
    }
}
