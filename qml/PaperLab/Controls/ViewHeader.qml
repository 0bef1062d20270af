// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts

// The title and subtitle (MathText notation) of a simulator view; the shell's transport bar
// owns Play, progress and status.
ColumnLayout {
    id: root

    property string title
    property string subtitle
    readonly property real fontPx: 14 * Theme.fontScale

    spacing: 4

    Text {
        Layout.fillWidth: true
        text: root.title
        font.pixelSize: root.fontPx * 1.2
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
    }
    MathParagraph {
        Layout.fillWidth: true
        visible: root.subtitle.length > 0
        tex: root.subtitle
        font.pixelSize: root.fontPx * 0.95
        color: Theme.mutedText
    }
}
