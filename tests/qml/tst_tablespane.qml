// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import PaperLab.Controls

Item {
    width: 700
    height: 300

    TablesPane {
        id: narrow
        width: 220
        height: 200
        DataTable {
            id: wideTable
            title: "Per model"
            columns: ["Model", "first", "second", "third", "fourth", "fifth", "sixth"]
            rows: [["A", "0.111", "0.222", "0.333", "0.444", "0.555", "0.666"]]
            note: "A note long enough to wrap over several lines of a narrow pane."
        }
    }

    TablesPane {
        id: wide
        x: 300
        width: 400
        height: 200
        DataTable {
            title: "Fits"
            columns: ["Model", "value"]
            rows: [["A", "1"]]
        }
    }

    TestCase {
        name: "TablesPane"
        when: windowShown

        function test_tablesThatFitShowNoArrow() {
            compare(wide.contentWidth, wide.width)
            verify(!findChild(wide, "moreColumnsBefore").visible)
            verify(!findChild(wide, "moreColumnsAfter").visible)
        }

        function test_aNoteWrapsAtThePaneNotTheTable() {
            verify(wideTable.width > narrow.width) // the columns do not fit
            const note = findChild(wideTable, "tableNote")
            verify(note.visible)
            verify(note.width <= narrow.width - 14) // clear of the vertical scroll bar
            verify(note.lineCount > 1)
        }

        function test_arrowsBringTheColumnsBeyondTheEdgeIntoView() {
            const before = findChild(narrow, "moreColumnsBefore")
            const after = findChild(narrow, "moreColumnsAfter")
            verify(!before.visible)
            verify(after.visible)
            for (let clicks = 0; after.visible && clicks < 10; ++clicks) {
                const x = narrow.contentX
                mouseClick(after)
                tryVerify(() => narrow.contentX > x + 1)
                wait(250) // the scroll's animation
            }
            verify(!after.visible)
            verify(before.visible)
            fuzzyCompare(narrow.contentX, narrow.contentWidth - narrow.width, 0.5) // the last column
            for (let clicks = 0; before.visible && clicks < 10; ++clicks) {
                const x = narrow.contentX
                mouseClick(before)
                tryVerify(() => narrow.contentX < x - 1)
                wait(250)
            }
            verify(!before.visible)
            compare(narrow.contentX, 0)
        }
    }
}
