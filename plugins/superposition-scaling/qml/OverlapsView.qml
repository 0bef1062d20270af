// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// Overlap statistics (§3.2): the mean squared overlap of the normalised feature vectors
// against 1/m and the Welch bound; their distribution against random unit vectors.
Rectangle {
    id: root

    property var runner: null

    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        ViewHeader {
            Layout.fillWidth: true
            title: qsTr("Squared overlaps of the feature vectors scale like 1/m")
            subtitle: qsTr("Random unit vectors give exactly 1/m on average.") + " "
                      + qsTr("No arrangement of ν unit vectors in m dimensions gets below the "
                             + "Welch bound (Eq. 5).")
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: 2
            rowSpacing: 10
            columnSpacing: 10

            LinePlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: root.runner
                logX: true
                logY: true
                title: qsTr("Mean (Wᵢ·Wⱼ)² of represented rows")
                xLabel: qsTr("width m")
                yLabel: qsTr("mean squared overlap")
                series: ["overlap", "overlap_inv_m", "welch", "contrast_overlap"]
                dashed: ["overlap_inv_m", "welch"]
            }
            LinePlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: root.runner
                title: qsTr("Distribution at the largest width")
                xLabel: qsTr("(Wᵢ·Wⱼ)²")
                yLabel: qsTr("density")
                series: ["sq_overlap_density", "beta_reference"]
                dashed: ["beta_reference"]
            }
            BarPlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: root.runner
                bars: "row_norms"
                title: qsTr("Row norms ‖Wᵢ‖ at the largest width")
                xLabel: qsTr("‖Wᵢ‖ (represented: > 1/2)")
                yLabel: qsTr("features")
            }
            Heatmap {
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: root.runner
                grid: "overlaps"
                colormap: "diverging"
                title: qsTr("W Wᵀ for the 40 most frequent features")
                valueLabel: qsTr("Wᵢ·Wⱼ")
            }
        }

        Readouts {
            Layout.fillWidth: true
            runner: root.runner
            items: [
                {key: "mean_sq_overlap_times_m", digits: 2,
                 label: qsTr("overlap of feature vectors at the largest m (random vectors: 1)"),
                 hint: qsTr("m·mean(Wᵢ·Wⱼ)²: how much two feature vectors "
                            + "overlap, times m; 1 for random directions.")},
                {key: "alpha_m", se: "alpha_m_se", label: "α_m", digits: 3}
            ]
        }
    }
}
