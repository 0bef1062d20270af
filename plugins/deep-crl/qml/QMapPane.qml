// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// The Q-map of one critic (the analogue of the paper's Fig. 9): V(s) = max_a Q(s, a, g) with
// the greedy moves, the start, the goal (a click moves it: command "set-goal") and an animated
// greedy rollout. Reads the snapshot items that criticmodels.h's addCriticMaps() writes.
Item {
    id: pane

    property var runner: null
    /// [key, label] per model, from the snapshot table "models".
    property var modelRows: []
    readonly property var r: runner ? runner.readouts : ({})
    readonly property real fontPx: 14 * Theme.fontScale
    readonly property string shownKey: modelRows.length > 0
        ? modelRows[Math.min(picker.currentIndex < 0 ? 0 : picker.currentIndex,
                             modelRows.length - 1)][0] : ""
    readonly property var pathRows: rollout.valid ? rollout.rows : []
    property int rolloutIndex: 0
    /// One line for under the map: how to move the goal and how the greedy rollout ends. The
    /// views show it across their full width, where it needs fewer lines than in the pane.
    readonly property string rolloutText: {
        const k = pane.shownKey
        const reached = pane.r["rollout_reached_" + k] === 1
        const moves = pane.r["rollout_moves_" + k]
        const loop = pane.r["rollout_loop_" + k] ?? 0
        // The greedy policy is deterministic: a state seen twice means a cycle.
        const outcome = moves === undefined ? ""
            : reached ? qsTr("reaches the goal in %1 moves.").arg(moves)
            : loop === 1 ? qsTr("stuck at move %1, where the greedy move runs into a "
                                + "wall.").arg(moves - 1)
            : loop > 1 ? qsTr("from move %1 it circles a loop of %2 moves forever.")
                             .arg(moves - loop).arg(loop)
            : qsTr("does not reach it in %1 moves.").arg(moves)
        const why = !reached && loop > 0
            ? qsTr(" Far from the goal one move changes Q by only ≈ 0.03 nats, less than "
                   + "the critic's error.") : ""
        return qsTr("Click a cell to move the goal. □ start, ★ goal (%1 "
                    + "moves away), ● greedy rollout: ")
                   .arg(pane.r.goal_distance ?? "–") + outcome + why
    }

    SnapshotTable { id: arrows; source: pane.runner; table: "arrows_" + pane.shownKey }
    SnapshotTable { id: rollout; source: pane.runner; table: "rollout_" + pane.shownKey }

    // Walks the marker along the greedy rollout, pauses at its end, then starts again.
    Timer {
        interval: 140
        running: pane.visible && pane.pathRows.length > 1
        repeat: true
        onTriggered: pane.rolloutIndex = (pane.rolloutIndex + 1) % (pane.pathRows.length + 6)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            Label {
                text: qsTr("Show")
                color: Theme.text
                font.pixelSize: pane.fontPx
            }
            ComboBox {
                id: picker
                Layout.fillWidth: true
                model: pane.modelRows.map(row => row[1])
                Accessible.name: qsTr("Model whose Q-map is shown")
                font.pixelSize: pane.fontPx
            }
        }

        Heatmap {
            id: qmap
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 100
            source: pane.runner
            grid: "qmap_" + pane.shownKey
            colormap: "viridis"
            title: qsTr("Q-map V(s) = maxₐ Q")
            xLabel: qsTr("column (sub-cell)")
            yLabel: qsTr("row (sub-cell)")
            valueLabel: qsTr("V(s)")

            // Greedy moves, one arrow per free sub-cell, drawn into one image that is
            // painted again only when the moves or the layout change: as outlined Text items
            // (about 100) every new Q-map redrew each of them under Qt Quick's software
            // renderer, which made a frame's work there about 29 ms at the 99th percentile.
            Canvas {
                id: moves
                objectName: "greedyMoves"
                anchors.fill: parent
                readonly property var rows: arrows.valid ? arrows.rows : []
                readonly property rect area: qmap.plotArea
                /// Unit steps of the simulator's move glyphs (criticmodels.cpp's kArrows).
                readonly property var steps: ({"↑": [0, -1], "↓": [0, 1], "←": [-1, 0],
                                               "→": [1, 0]})
                onRowsChanged: requestPaint()
                onAreaChanged: requestPaint()
                onPaint: {
                    const ctx = getContext("2d")
                    ctx.reset()
                    if (qmap.rows < 1 || qmap.columns < 1)
                        return
                    // Vector arrows, not glyphs: at a few pixels a sub-cell, a font's arrow
                    // is a blur once outlined.
                    const cell = Math.min(area.width / qmap.columns, area.height / qmap.rows)
                    const half = cell * 0.32
                    const head = cell * 0.22
                    const shaft = Math.max(1, cell * 0.1)
                    ctx.lineCap = "round"
                    ctx.lineJoin = "round"
                    ctx.beginPath()
                    for (const row of rows) {
                        const d = steps[row[2]]
                        if (!d)
                            continue
                        const c = qmap.cellCenter(Number(row[0]), Number(row[1]))
                        const tipX = c.x + d[0] * half, tipY = c.y + d[1] * half
                        ctx.moveTo(c.x - d[0] * half, c.y - d[1] * half)
                        ctx.lineTo(tipX, tipY)
                        // The head's two strokes, back from the tip and out to each side.
                        const backX = tipX - d[0] * head, backY = tipY - d[1] * head
                        ctx.moveTo(backX - d[1] * head, backY - d[0] * head)
                        ctx.lineTo(tipX, tipY)
                        ctx.lineTo(backX + d[1] * head, backY + d[0] * head)
                    }
                    ctx.strokeStyle = "black"
                    ctx.lineWidth = shaft + 2
                    ctx.stroke()
                    ctx.strokeStyle = "white"
                    ctx.lineWidth = shaft
                    ctx.stroke()
                }
            }

            // Start, goal and the rollout marker.
            Rectangle {
                objectName: "startMarker"
                readonly property point centre: {
                    const area = qmap.plotArea
                    return qmap.cellCenter(pane.r.start_row ?? 7,
                                           pane.r.start_col ?? 4)
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
                    return qmap.cellCenter(pane.r.goal_row ?? 13, pane.r.goal_col ?? 4)
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
                objectName: "rolloutMarker"
                readonly property var row: pane.pathRows.length > 0
                    ? pane.pathRows[Math.min(pane.rolloutIndex,
                                             pane.pathRows.length - 1)] : null
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
                    if (pane.runner && !isNaN(qmap.valueAt(row, col))) {
                        pane.runner.command("set-goal", {row: row, col: col})
                        pane.rolloutIndex = 0
                    }
                }
            }
        }
    }
}
