// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// The metric engine on the user's own embeddings.
Rectangle {
    id: root

    property var runner: null
    readonly property var r: runner ? runner.readouts : ({})

    color: Theme.background

    GridLayout {
        anchors.fill: parent
        anchors.margins: 8
        columns: 2
        Heatmap {
            Layout.fillWidth: true
            Layout.fillHeight: true
            source: root.runner
            grid: "intra_hist"
            title: qsTr("Intra-model similarity per model (cf. Fig. 4)")
        }
        Heatmap {
            Layout.fillWidth: true
            Layout.fillHeight: true
            source: root.runner
            grid: "inter_matrix"
            title: qsTr("Model × model similarity (cf. Fig. 6)")
        }
    }
}
