// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// In one picture: the residual block that makes depth trainable, the paper's depth 4 -> 64
// gains in online training (Table 1), and the toy's residual necessity (one run, seed 1).
OnePicture {
    id: root

    PaperData { id: paperData; source: "data/paperresults.json" }
    PaperData { id: toyData; source: "data/toycurves.json" }

    readonly property var table: paperData.values.table1 || []
    readonly property var toy: toyData.values
    function env(name) {
        for (const row of root.table) {
            if (row.environment === name)
                return row
        }
        return null
    }
    function slope(name) {
        const row = root.env(name)
        const gain = row ? row.depth64 / row.depth4 : 0
        return row ? {id: name, label: qsTr("%1 (%2×)").arg(name)
                                           .arg(gain < 10 ? gain.toFixed(1) : Math.round(gain)),
                      x: [4, 64], y: [row.depth4, row.depth64]}
                   : null
    }

    headline: qsTr("Residual blocks make contrastive RL trainable at depth, and online, depth "
                   + "pays: 2–5× on manipulation, over 20× on Ant mazes, over 50× on humanoids.")
    caption: qsTr("Left: one residual block; depth counts the Dense layers inside the blocks "
                  + "(§4.1).") + " "
             + qsTr("Middle: the paper's time at goal (steps out of 1000, not a success rate) at "
                    + "depth 4 and 64, three of ten environments (Table 1).") + " "
             + qsTr("Right: our offline toy, one run (seed 1): at depth 32 the critic learns only "
                    + "with skips. The toy does not show the depth gains, which need online "
                    + "training.")
    thumbnailCaption: qsTr("Time at goal from depth 4 to 64 (Table 1), log scales")

    // The residual block, drawn with the theme's colours.
    Item {
        visible: !root.compact
        Layout.fillHeight: true
        Layout.preferredWidth: root.fontPx * 13.5
        Layout.minimumWidth: root.fontPx * 12

        Column {
            id: block
            anchors.centerIn: parent
            spacing: 3
            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                text: qsTr("one residual block")
                color: Theme.text
                font.pixelSize: root.fontPx * 0.9
                font.bold: true
            }
            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                text: "hᵢ ↓"
                color: Theme.text
                font.pixelSize: root.fontPx
            }
            Repeater {
                model: 4
                delegate: Rectangle {
                    width: root.fontPx * 9.5
                    height: root.fontPx * 1.6
                    radius: 4
                    color: Theme.surface
                    border.color: Theme.accent
                    Text {
                        anchors.centerIn: parent
                        text: qsTr("Dense → LN → Swish")
                        color: Theme.text
                        font.pixelSize: root.fontPx * 0.8
                    }
                }
            }
            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                text: "⊕ ↓  hᵢ₊₁ = hᵢ + Fᵢ(hᵢ)"
                color: Theme.text
                font.pixelSize: root.fontPx * 0.9
            }
        }
        // The skip: from the block's input around the four layers to the sum.
        Rectangle {
            x: block.x + block.width - 2
            y: block.y + root.fontPx * 2.6
            width: 14
            height: block.height - root.fontPx * 3.6
            color: "transparent"
            border.color: Theme.accent
            border.width: 2
            Text {
                anchors.left: parent.right
                anchors.leftMargin: 2
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("skip")
                color: Theme.mutedText
                font.pixelSize: root.fontPx * 0.75
                rotation: 90
            }
        }
    }

    LinePlot {
        Layout.fillWidth: true
        Layout.fillHeight: true
        logX: true
        logY: true
        legendVisible: !root.compact
        title: root.compact ? "" : qsTr("Paper (Table 1): time at goal, depth 4 → 64")
        xLabel: root.compact ? "" : qsTr("depth (Dense layers in blocks)")
        yLabel: root.compact ? "" : qsTr("time at goal (steps of 1000)")
        // 1 to 1000: the empty band below the lines holds the legend.
        yMin: 1
        yMax: 1000
        staticData: root.table.length > 0
            ? [root.slope("Arm Push Easy"), root.slope("Ant U4-Maze"), root.slope("Humanoid")]
            : []
    }

    LinePlot {
        visible: !root.compact
        Layout.fillWidth: true
        Layout.fillHeight: true
        title: qsTr("Our toy, depth 32 (one run, seed 1)")
        xLabel: qsTr("training step")
        yLabel: qsTr("InfoNCE (nats)")
        // Room below the curves for the legend.
        yMin: 3.3
        referenceLines: root.toy.log_batch !== undefined
            ? [{axis: "y", value: root.toy.log_batch, label: "log B"}] : []
        staticData: root.toy.skips !== undefined ? [
            {id: "skips", label: qsTr("with skips"), x: root.toy.skips.x, y: root.toy.skips.y},
            {id: "noskip", label: qsTr("without skips"), x: root.toy.noskip.x,
             y: root.toy.noskip.y}
        ] : []
    }
}
