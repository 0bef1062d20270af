// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick

// What a view shows instead of QML that failed to load: each error's file, line and message,
// selectable for copying. Only QtQuick and the theme map: it must load when a plugin's own
// imports do not.
Rectangle {
    id: root

    property var theme: ({})
    /// [{file, line, message}], from QmlHost.
    property var errors: []
    property bool compact: false

    readonly property real fontPx: 14 * (theme.fontScale || 1)
    readonly property color textColor: theme.text || "#1b1f24"
    readonly property color mutedColor: theme.mutedText || "#5a6270"
    readonly property color errorColor: theme.error || "#c62828"

    color: theme.window || "#f6f7f9"

    Flickable {
        anchors.fill: parent
        anchors.margins: root.compact ? 4 : 16
        contentHeight: card.height
        clip: true

        Rectangle {
            id: card
            width: parent.width
            height: column.implicitHeight + 2 * column.anchors.margins
            color: root.theme.surface || "#ffffff"
            border.color: root.errorColor
            border.width: 2
            radius: 6

            Column {
                id: column
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: root.compact ? 6 : 16
                spacing: root.compact ? 4 : 10

                Text {
                    width: parent.width
                    text: qsTr("This view could not be loaded: its QML has errors")
                    color: root.errorColor
                    font.pixelSize: root.fontPx * (root.compact ? 1 : 1.3)
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Text {
                    width: parent.width
                    visible: !root.compact
                    text: qsTr("Fix the plugin's QML and rebuild it; the log says the same.")
                    color: root.mutedColor
                    font.pixelSize: root.fontPx
                    wrapMode: Text.Wrap
                }
                Repeater {
                    model: root.errors
                    delegate: Column {
                        required property var modelData
                        width: column.width
                        spacing: 2
                        TextEdit {
                            width: parent.width
                            readOnly: true
                            selectByMouse: true
                            text: modelData.line > 0
                                  ? qsTr("%1, line %2").arg(modelData.file).arg(modelData.line)
                                  : modelData.file
                            color: root.textColor
                            font.pixelSize: root.fontPx
                            font.bold: true
                            wrapMode: TextEdit.Wrap
                        }
                        TextEdit {
                            width: parent.width
                            readOnly: true
                            selectByMouse: true
                            text: modelData.message
                            color: root.textColor
                            font.family: "monospace"
                            font.pixelSize: root.fontPx
                            wrapMode: TextEdit.Wrap
                        }
                    }
                }
            }
        }
    }
}
