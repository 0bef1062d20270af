// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import PaperLab.Charts

// A small table card: a simulator's Table (SnapshotTable) or the paper's frozen measurements
// (PaperData). `badge` says where the numbers come from; paperData: true shows it in the
// accent colour, so the paper's own numbers never pass for the simulation's. The first
// column is bold (the row's name).
Rectangle {
    id: root

    property string title
    property string badge
    property bool paperData: false
    property string note
    // Where the title and note wrap: narrower than the table when it sits in a panel that
    // shows only part of it (TablesPane), so that they read whole without scrolling.
    property real wrapWidth: width
    property var columns: []
    property var rows: []
    readonly property real fontPx: 13 * Theme.fontScale
    readonly property color badgeColor: paperData ? Theme.accent : Theme.raised
    readonly property color badgeTextColor: paperData ? Theme.accentText
                                                      : Theme.mutedText
    readonly property var cells: {
        const out = []
        const n = columns.length
        for (const r of rows) {
            for (let c = 0; c < n; ++c)
                out.push(c < r.length ? String(r[c]) : "")
        }
        return out
    }

    color: Theme.surface
    border.color: Theme.grid
    radius: 6
    implicitWidth: grid.implicitWidth + 24 // titles and notes wrap
    implicitHeight: content.implicitHeight + 20
    Accessible.role: Accessible.Table
    Accessible.name: title

    Column {
        id: content

        x: 12
        y: 10
        width: root.width - 24
        readonly property real wrapWidth: Math.min(width, root.wrapWidth - 24)
        spacing: 6

        Flow {
            id: header

            width: parent.width
            spacing: 8

            // The title's one-line width comes from a TextMetrics: a wrapping Text's own
            // implicitWidth depends on its width, a binding loop.
            TextMetrics {
                id: titleMetrics
                text: root.title
                font.pixelSize: root.fontPx
                font.bold: true
            }
            Text {
                text: root.title
                font.pixelSize: root.fontPx
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                width: Math.min(Math.ceil(titleMetrics.advanceWidth) + 1, content.wrapWidth)
            }
            Rectangle {
                visible: root.badge.length > 0
                radius: 3
                color: root.badgeColor
                width: badgeText.implicitWidth + 10
                height: badgeText.implicitHeight + 4
                Text {
                    id: badgeText
                    anchors.centerIn: parent
                    text: root.badge
                    font.pixelSize: root.fontPx * 0.85
                    color: root.badgeTextColor
                }
            }
        }

        Grid {
            id: grid

            columns: Math.max(1, root.columns.length)
            columnSpacing: 16
            rowSpacing: 3

            Repeater {
                model: root.columns
                delegate: Text {
                    required property var modelData
                    text: String(modelData)
                    font.pixelSize: root.fontPx
                    font.bold: true
                    color: Theme.mutedText
                }
            }
            Repeater {
                model: root.cells
                delegate: Text {
                    required property var modelData
                    required property int index
                    text: modelData
                    font.pixelSize: root.fontPx
                    font.bold: index % root.columns.length === 0
                    color: Theme.text
                }
            }
        }

        Text {
            objectName: "tableNote"
            visible: root.note.length > 0
            width: content.wrapWidth
            text: root.note
            wrapMode: Text.Wrap
            font.pixelSize: root.fontPx * 0.9
            font.italic: true
            color: Theme.mutedText
        }
    }
}
