// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import PaperLab.Charts

// A column of DataTables in a panel that may be narrower than they are (the projector
// theme's large type). It scrolls both ways; while there is more to see its scroll bars stay
// shown, and an arrow over an edge with columns beyond it brings them into view (a cut-off
// column gave no other sign, and the bottom scroll bar may be out of sight). Each table is
// made as wide as its columns, at least the pane's width, and wraps its title and note at the
// pane's width, so that a note reads whole in place: TablesPane { DataTable { … } DataTable { … } }
Flickable {
    id: root

    default property alias tables: column.data
    readonly property bool overflowsSideways: contentWidth > width + 0.5

    // Scrolls most of a width to the left (-1) or right (+1).
    function scrollSideways(direction) {
        sidewaysScroll.to = Math.max(0, Math.min(contentWidth - width,
                                                 contentX + direction * width * 0.75))
        sidewaysScroll.restart()
    }

    clip: true
    contentWidth: Math.max(width, column.childrenRect.width)
    contentHeight: column.height + (overflowsSideways ? sideways.height : 0)
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {
        policy: root.contentHeight > root.height + 0.5 ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
    }
    ScrollBar.horizontal: ScrollBar {
        id: sideways
        policy: root.overflowsSideways ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
    }

    Column {
        id: column
        width: root.width - 14 // clear of the vertical scroll bar
        spacing: 8
        onChildrenChanged: {
            for (let i = 0; i < children.length; ++i) {
                const table = children[i]
                if (table.wrapWidth === undefined)
                    continue // not a DataTable
                table.width = Qt.binding(() => Math.max(column.width, table.implicitWidth))
                table.wrapWidth = Qt.binding(() => column.width)
            }
        }
    }

    NumberAnimation {
        id: sidewaysScroll
        target: root
        property: "contentX"
        duration: 150
        easing.type: Easing.OutCubic
    }
    EdgeArrow {
        objectName: "moreColumnsBefore"
        parent: root // over the view, not scrolled with the tables
        direction: -1
        width: Math.round(height * 0.8)
        height: Math.round(28 * Theme.fontScale)
        visible: root.contentX > 0.5
        Accessible.name: qsTr("Columns to the left")
        onActivated: root.scrollSideways(-1)
    }
    EdgeArrow {
        objectName: "moreColumnsAfter"
        parent: root
        direction: 1
        x: column.width - width
        width: Math.round(height * 0.8)
        height: Math.round(28 * Theme.fontScale)
        visible: root.contentX < root.contentWidth - root.width - 0.5
        Accessible.name: qsTr("Columns to the right")
        onActivated: root.scrollSideways(1)
    }
}
