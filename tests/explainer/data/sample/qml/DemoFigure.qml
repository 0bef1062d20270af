// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick

Rectangle {
    property var theme
    implicitHeight: 120
    color: theme ? theme.raised : "#eeeeee"
    Text {
        anchors.centerIn: parent
        text: "live figure"
        color: parent.theme ? parent.theme.text : "black"
    }
}
