// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// The table of contents beside an explainer: headings down to level 3, the current section
// highlighted, click or Enter to jump.
import QtQuick

Item {
    id: toc

    property var explainer
    property var entries: []
    property string currentAnchor
    signal anchorActivated(string anchor)

    readonly property real unit: explainer.bodyPixelSize
    readonly property var shown: entries.filter((e) => e.level <= 3)
    readonly property int minLevel: shown.reduce((m, e) => Math.min(m, e.level), 6)

    Accessible.role: Accessible.List
    Accessible.name: qsTr("Contents")

    Rectangle {
        anchors.fill: parent
        color: toc.explainer.themeColor("surface", "#ffffff")
        Rectangle {
            anchors { right: parent.right; top: parent.top; bottom: parent.bottom }
            width: 1
            color: toc.explainer.themeColor("grid", "#e3e6eb")
        }
    }

    Text {
        id: header
        x: Math.round(toc.unit)
        y: Math.round(toc.unit * 1.25)
        text: qsTr("CONTENTS")
        color: toc.explainer.themeColor("mutedText", "#5a6270")
        font.family: toc.explainer.bodyFont.family
        font.pixelSize: Math.round(toc.unit * 0.75)
        font.weight: Font.DemiBold
        font.letterSpacing: 1.2
        Accessible.ignored: true
    }

    Flickable {
        id: list
        anchors { left: parent.left; right: parent.right; top: header.bottom
                  bottom: parent.bottom; topMargin: Math.round(toc.unit * 0.5)
                  rightMargin: 1 }
        contentHeight: entriesColumn.height + toc.unit
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: entriesColumn
            width: list.width

            Repeater {
                model: toc.shown
                delegate: Item {
                    id: entry
                    required property var modelData
                    readonly property bool current: modelData.anchor === toc.currentAnchor
                    readonly property int depth: modelData.level - toc.minLevel
                    width: entriesColumn.width
                    height: label.height + Math.round(toc.unit * 0.55)
                    activeFocusOnTab: true

                    Accessible.role: Accessible.Link
                    Accessible.name: modelData.text
                    Accessible.selected: current

                    // Keep the highlighted or focused entry in view as the reader scrolls.
                    function reveal() {
                        if (y < list.contentY)
                            list.contentY = y
                        else if (y + height > list.contentY + list.height)
                            list.contentY = y + height - list.height
                    }
                    onCurrentChanged: {
                        if (current)
                            reveal()
                    }
                    onActiveFocusChanged: {
                        if (activeFocus)
                            reveal()
                    }

                    Rectangle {
                        anchors.fill: parent
                        color: entry.current ? toc.explainer.themeColor("raised", "#eef1f5")
                                             : hover.hovered ? Qt.rgba(0.5, 0.5, 0.5, 0.08)
                                                             : "transparent"
                    }
                    Rectangle {
                        visible: entry.current
                        width: 3
                        height: parent.height
                        color: toc.explainer.themeColor("accent", "#2563c9")
                    }
                    Text {
                        id: label
                        x: Math.round(toc.unit * (1 + entry.depth * 0.9))
                        anchors.verticalCenter: parent.verticalCenter
                        width: parent.width - x - toc.unit
                        wrapMode: Text.Wrap
                        textFormat: Text.RichText
                        text: entry.modelData.title
                        color: entry.current ? toc.explainer.themeColor("text", "#1b1f24")
                                             : toc.explainer.themeColor("mutedText", "#5a6270")
                        font.family: toc.explainer.bodyFont.family
                        font.pixelSize: Math.round(toc.unit * toc.explainer.document.captionScale)
                        font.weight: entry.current
                                     || (entry.depth === 0 && entry.modelData.level === 1)
                                     ? Font.DemiBold : Font.Normal
                    }
                    Rectangle {
                        anchors.fill: parent
                        anchors.margins: 1
                        color: "transparent"
                        radius: 3
                        border.width: 2
                        border.color: toc.explainer.themeColor("focus", "#9a5b00")
                        visible: entry.activeFocus
                    }

                    HoverHandler {
                        id: hover
                        cursorShape: Qt.PointingHandCursor
                    }
                    TapHandler {
                        onTapped: toc.anchorActivated(entry.modelData.anchor)
                    }
                    Keys.onReturnPressed: toc.anchorActivated(modelData.anchor)
                    Keys.onEnterPressed: toc.anchorActivated(modelData.anchor)
                    Keys.onSpacePressed: toc.anchorActivated(modelData.anchor)
                }
            }
        }
    }
}
