// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// The exploratory online mode (sheet §7.5): critics that collect their own episodes toward
// sampled goals and keep training. Shows the InfoNCE loss, the time the greedy policy spends
// at the four evaluation goals, and the Q-map pane. Labelled as an exploration throughout.
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
            title: qsTr("Exploration: critics that collect their own data")
            subtitle: qsTr("Not the paper's result. Each round: ε-greedy episodes toward random "
                           + "goals into a replay buffer, then Adam steps on it. Whether depth "
                           + "helps here is not established.")
        }

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
                title: qsTr("InfoNCE on the buffer")
                xLabel: qsTr("Adam step")
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
                series: root.modelRows.map(row => "time_at_goal_" + row[0])
                xMin: 0
                yMin: 0
                yMax: root.r.episode_length ?? 100
                legendVisible: false
                title: qsTr("Greedy time at goal")
                xLabel: qsTr("environment steps")
                yLabel: qsTr("steps at goal of %1").arg(root.r.episode_length ?? 100)
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
                text: qsTr("Goals reached:")
                color: Theme.text
                font.pixelSize: root.fontPx
                font.bold: true
            }
            Readouts {
                Layout.fillWidth: true
                runner: root.runner
                items: root.modelRows.map(row => ({
                    key: "success_" + row[0], label: row[1], digits: 2,
                    hint: qsTr("Share of the four evaluation goals that the greedy policy "
                               + "reaches from the start within one episode (one seed).")
                }))
            }
        }
    }
}
