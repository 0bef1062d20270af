// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperLab.Charts

// Title, one line of status and a progress bar with pause/resume, shared by the views.
ColumnLayout {
    id: root

    property var runner: null
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
    MathLabel {
        Layout.fillWidth: true
        visible: root.subtitle.length > 0
        tex: root.subtitle
        font.pixelSize: root.fontPx * 0.95
        color: root.theme.mutedText || "#5a6270"
        wrapMode: Text.Wrap
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        ProgressBar {
            Layout.preferredWidth: 180
            from: 0
            to: 1
            value: root.runner ? root.runner.progress : 0
            Accessible.name: qsTr("Progress")
        }
        Button {
            visible: root.runner !== null && root.runner.progress < 1
            text: root.runner && root.runner.running ? qsTr("Pause") : qsTr("Run")
            onClicked: root.runner.running ? root.runner.pause() : root.runner.start()
        }
        Text {
            Layout.fillWidth: true
            text: root.runner ? root.runner.status : ""
            elide: Text.ElideRight
            font.pixelSize: root.fontPx
            color: root.theme.text || "#1b1f24"
        }
    }
}
