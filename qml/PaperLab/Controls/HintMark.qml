// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import PaperLab.Charts

// An ⓘ after a technical label: hovering it, or focusing it with Tab, shows `hint`, the
// label in plain words. Hidden when there is no hint.
Text {
    id: root

    property string hint
    readonly property bool showing: hover.hovered || activeFocus

    visible: hint.length > 0
    text: "ⓘ"
    color: Theme.link
    font.pixelSize: 14 * Theme.fontScale
    activeFocusOnTab: visible
    Accessible.role: Accessible.StaticText
    Accessible.name: hint

    readonly property alias toolTip: tip

    HoverHandler { id: hover }

    ToolTip {
        id: tip
        visible: root.showing
        text: root.hint
        delay: 300
        width: Math.min(implicitWidth, 380 * Theme.fontScale) // long hints wrap
    }
}
