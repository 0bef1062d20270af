// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtTest
import PaperLab.Controls

Item {
    width: 600
    height: 200

    PageTabBar {
        id: narrow
        width: 260
        Repeater {
            model: ["First tab label", "Second tab label", "Third tab label", "Fourth tab label"]
            delegate: TabButton {
                required property string modelData
                text: modelData
                width: Math.max(implicitWidth, narrow.width / narrow.count) // as the views do
            }
        }
    }

    PageTabBar {
        id: wide
        y: 100
        width: 600
        TabButton { text: "A" }
        TabButton { text: "B" }
    }

    TestCase {
        name: "PageTabBar"
        when: windowShown

        function arrow(bar, name) {
            return findChild(bar, name)
        }

        // Visible part of the strip, in its content's coordinates, between the arrows shown.
        function shows(bar, index) {
            const tab = bar.strip.itemAtIndex(index)
            const left = bar.strip.contentX
                         + (arrow(bar, "moreTabsBefore").visible ? arrow(bar, "moreTabsBefore").width : 0)
            const right = bar.strip.contentX + bar.strip.width
                          - (arrow(bar, "moreTabsAfter").visible ? arrow(bar, "moreTabsAfter").width : 0)
            return tab.x >= left - 0.5 && tab.x + tab.width <= right + 0.5
        }

        function test_tabsThatFitShowNoArrow() {
            compare(wide.count, 2)
            verify(!arrow(wide, "moreTabsBefore").visible)
            verify(!arrow(wide, "moreTabsAfter").visible)
        }

        function test_arrowsBringTheTabsBeyondTheEdgeIntoView() {
            compare(narrow.count, 4)
            verify(narrow.strip.contentWidth > narrow.width) // the labels do not fit
            const before = arrow(narrow, "moreTabsBefore")
            const after = arrow(narrow, "moreTabsAfter")
            verify(!before.visible)
            verify(after.visible)
            verify(!shows(narrow, 3))

            for (let clicks = 0; after.visible && clicks < 10; ++clicks) {
                const x = narrow.strip.contentX
                mouseClick(after)
                tryVerify(() => narrow.strip.contentX > x + 1)
                wait(250) // the scroll's animation
            }
            verify(!after.visible)
            verify(before.visible)
            verify(shows(narrow, 3)) // the last tab whole, clear of the arrow
            compare(narrow.currentIndex, 0) // scrolling chooses no tab

            for (let clicks = 0; before.visible && clicks < 10; ++clicks) {
                const x = narrow.strip.contentX
                mouseClick(before)
                tryVerify(() => narrow.strip.contentX < x - 1)
                wait(250)
            }
            verify(!before.visible)
            compare(narrow.strip.contentX, 0)
            verify(shows(narrow, 0))
        }
    }
}
