// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts

// The title and subtitle of a view; the shell's transport bar owns Play, progress and status.
ColumnLayout {
    id: root

    property var theme: ({})
    property string title
    property string subtitle
    readonly property real fontPx: 14 * (theme.fontScale || 1)

    spacing: 4

    Text {
        Layout.fillWidth: true
        text: root.title
        font.pixelSize: root.fontPx * 1.2
        font.bold: true
        color: root.theme.text || "#1b1f24"
        wrapMode: Text.Wrap
    }
    MathParagraph {
        Layout.fillWidth: true
        visible: root.subtitle.length > 0
        tex: root.subtitle
        font.pixelSize: root.fontPx * 0.95
        color: root.theme.mutedText || "#5a6270"
    }
}
