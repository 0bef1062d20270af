// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import PaperLab.Charts

// The tabs over a view's pages (a TabBar to its users: TabButtons inside, currentIndex,
// count, font). Labels stay whole: when the tabs do not fit (projector type, a narrow window)
// the strip scrolls, and an arrow at each edge with tabs beyond it shows that there are more
// and brings the next one into view. A cut-off last tab alone did not say so.
Item {
    id: root

    default property alias tabs: bar.contentData
    property alias currentIndex: bar.currentIndex
    readonly property alias count: bar.count
    property alias font: bar.font

    // The bar's list of tabs, which scrolls: how far it is scrolled and how far it can be.
    readonly property Flickable strip: bar.contentItem
    readonly property real scrollLimit: strip ? Math.max(0, strip.contentWidth - strip.width) : 0
    readonly property bool moreBefore: strip !== null && strip.contentX > 0.5
    readonly property bool moreAfter: strip !== null && strip.contentX < scrollLimit - 0.5

    implicitWidth: bar.implicitWidth
    implicitHeight: bar.implicitHeight
    clip: true // the bar's list of tabs draws past its ends when scrolled

    // Scrolls so that the first tab cut off on that side (-1 left, +1 right) shows whole,
    // clear of the arrow over that edge.
    function scrollOn(direction) {
        const margin = forward.width
        let target = strip.contentX
        if (direction > 0) {
            const edge = strip.contentX + strip.width - margin
            for (let i = 0; i < bar.count; ++i) {
                const tab = bar.itemAt(i)
                if (tab.x + tab.width > edge + 0.5) {
                    target = tab.x + tab.width - strip.width + margin
                    break
                }
            }
        } else {
            const edge = strip.contentX + margin
            for (let i = bar.count - 1; i >= 0; --i) {
                const tab = bar.itemAt(i)
                if (tab.x < edge - 0.5) {
                    target = tab.x - margin
                    break
                }
            }
        }
        scroll.to = Math.max(0, Math.min(scrollLimit, target))
        scroll.restart()
    }

    NumberAnimation {
        id: scroll
        target: root.strip
        property: "contentX"
        duration: 150
        easing.type: Easing.OutCubic
    }

    TabBar {
        id: bar
        anchors.fill: parent
    }

    EdgeArrow {
        id: back
        width: Math.round(bar.height * 0.8)
        height: bar.height
        glyphPixelSize: Math.round(bar.font.pixelSize * 0.8)
        objectName: "moreTabsBefore"
        direction: -1
        anchors.left: parent.left
        visible: root.moreBefore
        Accessible.name: qsTr("Earlier tabs")
        onActivated: root.scrollOn(-1)
    }
    EdgeArrow {
        id: forward
        width: Math.round(bar.height * 0.8)
        height: bar.height
        glyphPixelSize: Math.round(bar.font.pixelSize * 0.8)
        objectName: "moreTabsAfter"
        direction: 1
        anchors.right: parent.right
        visible: root.moreAfter
        Accessible.name: qsTr("More tabs")
        onActivated: root.scrollOn(1)
    }
}
