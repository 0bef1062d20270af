// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import PaperLab.Charts

// An arrow over the edge of something that scrolls sideways (PageTabBar's tabs, TablesPane's
// columns), shown while there is more beyond that edge: it says so, and a click brings more
// into view. Its user sizes and places it and handles `activated`.
Rectangle {
    id: arrow

    required property int direction // -1: more to the left, +1: more to the right
    property real glyphPixelSize: Math.round(12 * Theme.fontScale)
    signal activated()

    color: Theme.background
    border.color: Theme.grid
    Accessible.role: Accessible.Button
    Accessible.onPressAction: arrow.activated()

    Text {
        anchors.centerIn: parent
        text: arrow.direction > 0 ? "▶" : "◀"
        color: arrowMouse.containsMouse ? Theme.link : Theme.text
        font.pixelSize: arrow.glyphPixelSize
    }
    MouseArea {
        id: arrowMouse
        anchors.fill: parent
        hoverEnabled: true
        cursorShape: Qt.PointingHandCursor
        onClicked: arrow.activated()
    }
}
