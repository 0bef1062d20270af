// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// One model trained live: loss, row norms with phi_1/2 and phi_1, the overlaps W W^T and,
// for m = 2 or 3, the feature vectors as arrows.
Rectangle {
    id: root

    property var runner: null
    readonly property var r: runner ? runner.readouts : ({})
    readonly property bool arrows: r.m !== undefined && r.m <= 3

    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        ViewHeader {
            Layout.fillWidth: true
            title: qsTr("Training one toy model: y = ReLU(W Wᵀx + b)")
            subtitle: qsTr("γ < 0 pulls every feature vector toward length 1 (strong "
                           + "superposition).") + " "
                      + qsTr("γ > 0 decays them, and only frequent features survive.")
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: 3
            rowSpacing: 10
            columnSpacing: 10

            LinePlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: root.runner
                series: ["loss"]
                logY: true
                legendVisible: false
                title: qsTr("Training loss (Σ over features)")
                xLabel: qsTr("step")
                yLabel: qsTr("loss")
            }
            BarPlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: root.runner
                bars: "row_norms"
                title: qsTr("Row norms ‖Wᵢ‖")
                xLabel: qsTr("‖Wᵢ‖: represented above 1/2, strongly above 1")
                yLabel: qsTr("features")
            }
            LinePlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: root.runner
                series: ["norm_by_rank"]
                logX: true
                legendVisible: false
                yMin: 0
                title: qsTr("‖Wᵢ‖ by frequency rank")
                xLabel: qsTr("rank i (1 = most frequent)")
                yLabel: qsTr("‖Wᵢ‖")
                referenceLines: [{axis: "y", value: 0.5, label: "φ½"},
                                 {axis: "y", value: 1.0, label: "φ₁"}]
            }
            // The second row in a layout of its own: a GridLayout of Qt 6.4 does not move its
            // items again when a column span changes at run time (a preset that turns the
            // arrows on left the vector plot over the first row).
            RowLayout {
                Layout.columnSpan: 3
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 10
                Heatmap {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    source: root.runner
                    grid: "overlaps"
                    colormap: "diverging"
                    title: qsTr("W Wᵀ of the most frequent features")
                    valueLabel: qsTr("Wᵢ·Wⱼ")
                }
                VectorPlot {
                    visible: root.arrows
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 2
                    source: root.runner
                    series: ["vectors"]
                    arrows: ["vectors"]
                    unitCircle: true
                    legendVisible: false
                    // Only the most frequent features are drawn (the simulator says how many).
                    readonly property string shown: root.r.vectors_drawn < root.r.n
                        ? qsTr(" of the %1 most frequent of %2 features").arg(root.r.vectors_drawn)
                                                                          .arg(root.r.n)
                        : ""
                    title: (root.r.m === 3 ? qsTr("Feature vectors, projected on their main plane")
                                           : qsTr("Feature vectors Wᵢ")) + shown
                           + qsTr(" (our illustration, not a paper experiment)")
                }
            }
        }

        Readouts {
            Layout.fillWidth: true
            runner: root.runner
            items: [
                {key: "loss", label: "loss (last 100 steps)", digits: 3},
                {key: "test_loss", label: "test loss", digits: 3},
                {key: "phi_half", label: "φ½", digits: 3,
                 hint: qsTr("Share of features represented with a vector of length above ½.")},
                {key: "phi_one", label: "φ₁", digits: 3,
                 hint: qsTr("Share of features represented with a vector of length about 1.")},
                {key: "eq4", label: qsTr("loss predicted from φ½ (weak superposition)"),
                 digits: 3,
                 hint: qsTr("The paper's Eq. 4: the loss if the φ½·n best-represented features "
                            + "were kept and the others dropped. Explainer: 'Weak "
                            + "superposition'.")},
                {key: "mean_sq_overlap_times_m", label: qsTr("overlap of feature vectors"),
                 digits: 2, hint: qsTr("m·mean(Wᵢ·Wⱼ)²: how much two feature vectors "
                            + "overlap, times m; 1 for random directions.")}
            ]
        }
    }
}
