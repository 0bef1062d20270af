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
// moves and an animated greedy rollout toward a goal the user clicks (the analogue of Fig. 9).
Rectangle {
    id: root

    property var runner: null
    readonly property var r: runner ? runner.readouts : ({})
    readonly property real fontPx: 14 * Theme.fontScale
    readonly property var modelRows: models.valid ? models.rows : []
    readonly property string shownKey: modelRows.length > 0
        ? modelRows[Math.min(picker.currentIndex < 0 ? 0 : picker.currentIndex,
                             modelRows.length - 1)][0] : ""
    readonly property var pathRows: rollout.valid ? rollout.rows : []
    property int rolloutIndex: 0

    color: Theme.background

    SnapshotTable { id: models; source: root.runner; table: "models" }
    SnapshotTable { id: arrows; source: root.runner; table: "arrows_" + root.shownKey }
    SnapshotTable { id: rollout; source: root.runner; table: "rollout_" + root.shownKey }

    // Walks the marker along the greedy rollout, pauses at its end, then starts again.
    Timer {
        interval: 140
        running: root.visible && root.pathRows.length > 1
        repeat: true
        onTriggered: root.rolloutIndex = (root.rolloutIndex + 1) % (root.pathRows.length + 6)
    }

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

            Item {
                id: mapPane
                Layout.fillHeight: true
                Layout.preferredHeight: 100
                Layout.preferredWidth: 34
                Layout.fillWidth: true

                ColumnLayout {
                    anchors.fill: parent
                    spacing: 4

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 6
                        Label {
                            text: qsTr("Show")
                            color: Theme.text
                            font.pixelSize: root.fontPx
                        }
                        ComboBox {
                            id: picker
                            Layout.fillWidth: true
                            model: root.modelRows.map(row => row[1])
                            Accessible.name: qsTr("Model whose Q-map is shown")
                            font.pixelSize: root.fontPx
                        }
                    }

                    Heatmap {
                        id: qmap
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredHeight: 100
                        source: root.runner
                        grid: "qmap_" + root.shownKey
                        colormap: "viridis"
                        title: qsTr("Q-map V(s) = max_a Q(s, a, g)")
                        xLabel: qsTr("column (sub-cell)")
                        yLabel: qsTr("row (sub-cell)")
                        valueLabel: qsTr("V(s)")

                        // Greedy moves, one arrow per free sub-cell.
                        Repeater {
                            model: arrows.valid ? arrows.rows : []
                            delegate: Text {
                                required property var modelData
                                readonly property point centre: {
                                    const area = qmap.plotArea // re-evaluate on layout
                                    return qmap.cellCenter(Number(modelData[0]),
                                                           Number(modelData[1]))
                                }
                                x: centre.x - width / 2
                                y: centre.y - height / 2
                                text: modelData[2]
                                color: "white"
                                style: Text.Outline
                                styleColor: "black"
                                font.pixelSize: Math.max(8, qmap.plotArea.height / 21 * 0.75)
                            }
                        }

                        // Start, goal and the rollout marker.
                        Rectangle {
                            readonly property point centre: {
                                const area = qmap.plotArea
                                return qmap.cellCenter(root.r.start_row ?? 7,
                                                       root.r.start_col ?? 4)
                            }
                            width: qmap.plotArea.width / 15
                            height: width
                            x: centre.x - width / 2
                            y: centre.y - height / 2
                            color: "transparent"
                            border.color: Theme.accent
                            border.width: 2
                        }
                        Text {
                            readonly property point centre: {
                                const area = qmap.plotArea
                                return qmap.cellCenter(root.r.goal_row ?? 13, root.r.goal_col ?? 4)
                            }
                            x: centre.x - width / 2
                            y: centre.y - height / 2
                            text: "★"
                            color: "#ff3b30"
                            style: Text.Outline
                            styleColor: "white"
                            font.pixelSize: Math.max(12, qmap.plotArea.height / 21 * 1.2)
                        }
                        Rectangle {
                            readonly property var row: root.pathRows.length > 0
                                ? root.pathRows[Math.min(root.rolloutIndex,
                                                         root.pathRows.length - 1)] : null
                            readonly property point centre: {
                                const area = qmap.plotArea
                                return row ? qmap.cellCenter(Number(row[1]), Number(row[2]))
                                           : Qt.point(-100, -100)
                            }
                            visible: row !== null
                            width: Math.max(8, qmap.plotArea.width / 15 * 0.7)
                            height: width
                            radius: width / 2
                            x: centre.x - width / 2
                            y: centre.y - height / 2
                            color: "#ff9500"
                            border.color: "white"
                            border.width: 2
                        }

                        MouseArea {
                            x: qmap.plotArea.x
                            y: qmap.plotArea.y
                            width: qmap.plotArea.width
                            height: qmap.plotArea.height
                            cursorShape: Qt.PointingHandCursor
                            onClicked: mouse => {
                                const row = Math.floor(mouse.y / height * qmap.rows)
                                const col = Math.floor(mouse.x / width * qmap.columns)
                                if (root.runner && !isNaN(qmap.valueAt(row, col))) {
                                    root.runner.command("set-goal", {row: row, col: col})
                                    root.rolloutIndex = 0
                                }
                            }
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: root.fontPx * 0.9
                        color: Theme.mutedText
                        text: {
                            const k = root.shownKey
                            const reached = root.r["rollout_reached_" + k] === 1
                            const moves = root.r["rollout_moves_" + k]
                            return qsTr("Click a cell to move the goal. □ start, ★ goal (%1 "
                                        + "moves away), ● greedy rollout: ")
                                       .arg(root.r.goal_distance ?? "–")
                                   + (moves === undefined ? ""
                                      : reached ? qsTr("reaches the goal in %1 moves.").arg(moves)
                                                : qsTr("does not reach it in %1 moves.")
                                                      .arg(moves))
                        }
                    }
                }
            }

            LinePlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 33
                Layout.preferredHeight: 100
                source: root.runner
                series: root.modelRows.map(row => "loss_" + row[0])
                legendVisible: false
                title: qsTr("InfoNCE loss per model")
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
                title: qsTr("States whose greedy move is optimal")
                xLabel: qsTr("training step")
                yLabel: qsTr("share of states")
            }
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
