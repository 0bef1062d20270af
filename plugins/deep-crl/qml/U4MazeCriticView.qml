// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// Deep contrastive critics in the discretised U4 maze (arXiv 2503.14858, sheet §7): the
// InfoNCE loss of every model against log B, the share of states whose greedy move is
// geodesically optimal, and the Q-map V(s) = max_a Q(s, a, g) of one model with its greedy
// moves and an animated greedy rollout toward a goal the user clicks (the analogue of Fig. 9,
// in QMapPane).
Rectangle {
    id: root

    property var runner: null
    // Laid out to stay legible in 500 px in every theme: no scrolling on a 1280x720 projector.
    property int minimumViewHeight: 500
    readonly property var r: runner ? runner.readouts : ({})
    readonly property real fontPx: 14 * Theme.fontScale
    readonly property var modelRows: models.valid ? models.rows : []

    color: Theme.background

    SnapshotTable { id: models; source: root.runner; table: "models" }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 10
        spacing: 6

        ViewHeader {
            Layout.fillWidth: true
            title: qsTr("A deep contrastive critic learns the U4 maze from random walks")
            subtitle: qsTr("Residual encoders, logits −‖φ(s,a) − ψ(g)‖, the authors' "
                           + "InfoNCE. Shows why skips are needed; not the paper's depth gains, "
                           + "which need online training at scale.")
        }

        // One legend for both line charts, above them, so that it covers no data.
        Flow {
            Layout.fillWidth: true
            spacing: 14
            Repeater {
                model: root.modelRows
                delegate: Text {
                    required property var modelData
                    required property int index
                    text: "━ " + modelData[1]
                    color: Theme.seriesColor(index)
                    font.pixelSize: root.fontPx
                    font.bold: true
                }
            }
            Text {
                text: qsTr("- - log B: no learning")
                color: Theme.mutedText
                font.pixelSize: root.fontPx
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 10

            QMapPane {
                id: mapPane
                Layout.fillHeight: true
                Layout.preferredHeight: 100
                Layout.preferredWidth: 34
                Layout.fillWidth: true
                runner: root.runner
                modelRows: root.modelRows
            }

            LinePlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 33
                Layout.preferredHeight: 100
                source: root.runner
                series: root.modelRows.map(row => "loss_" + row[0])
                legendVisible: false
                title: qsTr("InfoNCE loss")
                xLabel: qsTr("training step")
                yLabel: qsTr("InfoNCE (nats)")
                referenceLines: root.r.log_batch !== undefined
                    ? [{axis: "y", value: root.r.log_batch, label: "log B"}] : []
            }
            LinePlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 33
                Layout.preferredHeight: 100
                source: root.runner
                series: root.modelRows.map(row => "optimal_" + row[0])
                xMin: 0
                yMin: 0
                yMax: 1
                legendVisible: false
                title: qsTr("Greedy move optimal")
                xLabel: qsTr("training step")
                yLabel: qsTr("share of states")
            }
        }

        Text {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            maximumLineCount: 3 // all of it in the projector theme at 1280x720
            elide: Text.ElideRight
            font.pixelSize: root.fontPx * 0.9
            color: Theme.mutedText
            text: mapPane.rolloutText
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Text {
                text: qsTr("Optimal moves:")
                color: Theme.text
                font.pixelSize: root.fontPx
                font.bold: true
            }
            Readouts {
                Layout.fillWidth: true
                runner: root.runner
                items: root.modelRows.map(row => ({
                    key: "optimal_action_frac_" + row[0], label: row[1], digits: 2,
                    hint: qsTr("Optimal moves: the share of the 98 non-goal states whose greedy "
                               + "move shortens the shortest path, averaged over the four "
                               + "evaluation goals.")
                }))
            }
        }
    }
}
