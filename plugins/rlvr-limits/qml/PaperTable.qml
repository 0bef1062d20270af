// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick

// A small table card: a simulator's Table or the paper's frozen measurements. `badge` marks
// where the numbers come from ("the paper's measurements" or "this simulation").
Rectangle {
    id: root

    property var theme: ({})
    property string title
    property string badge
    property bool paperData: false
    property string note
    property var columns: []
    property var rows: []
    readonly property real fontPx: 13 * (theme.fontScale || 1)
    readonly property color badgeColor: paperData ? (theme.accent || "#2563c9")
                                                  : (theme.raised || "#eef1f5")
    readonly property color badgeTextColor: paperData ? (theme.accentText || "#ffffff")
                                                      : (theme.mutedText || "#5a6270")
    readonly property var cells: {
        const out = []
        const n = columns.length
        for (const r of rows) {
            for (let c = 0; c < n; ++c)
                out.push(c < r.length ? String(r[c]) : "")
        }
        return out
    }

    color: theme.surface || "#ffffff"
    border.color: theme.grid || "#e3e6eb"
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
        spacing: 6

        Flow {
            id: header

            width: parent.width
            spacing: 8

            Text {
                text: root.title
                font.pixelSize: root.fontPx
                font.bold: true
                color: root.theme.text || "#1b1f24"
                wrapMode: Text.Wrap
                width: Math.min(implicitWidth, content.width)
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
                    color: root.theme.mutedText || "#5a6270"
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
                    color: root.theme.text || "#1b1f24"
                }
            }
        }

        Text {
            visible: root.note.length > 0
            width: parent.width
            text: root.note
            wrapMode: Text.Wrap
            font.pixelSize: root.fontPx * 0.9
            font.italic: true
            color: root.theme.mutedText || "#5a6270"
        }
    }
}
