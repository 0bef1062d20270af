// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import PaperLab.Charts

// A game or decision tree drawn as nodes and labelled edges, from a simulator's table of its
// nodes in depth-first pre-order: rows of [depth, edge label, node label, value]. Leaves sit
// side by side at the bottom, each inner node above the middle of its children; the value
// (a rank, a dimension) is printed under each node.
Rectangle {
    id: root

    property string title
    property string valueName  // e.g. "LD": shown as "LD 2" under each node
    property var rows: []
    readonly property real fontPx: 12 * Theme.fontScale
    readonly property var tree: layout(rows)

    // Parents from the depths (pre-order: a node's parent is the last node one level up),
    // then x by a post-order walk: leaves 0, 1, 2, …; an inner node between its children.
    function layout(rows) {
        const nodes = []
        const stack = []
        let depth = 0
        for (let i = 0; i < rows.length; ++i) {
            const d = Number(rows[i][0])
            while (stack.length > d)
                stack.pop()
            const parent = stack.length > 0 ? stack[stack.length - 1] : -1
            nodes.push({depth: d, edge: String(rows[i][1]), label: String(rows[i][2]),
                        value: String(rows[i][3]), parent: parent, children: [], x: 0})
            if (parent >= 0)
                nodes[parent].children.push(i)
            stack.push(i)
            depth = Math.max(depth, d)
        }
        let leaves = 0
        function place(i) {
            const n = nodes[i]
            if (n.children.length === 0) {
                n.x = leaves++
                return
            }
            for (const c of n.children)
                place(c)
            n.x = (nodes[n.children[0]].x + nodes[n.children[n.children.length - 1]].x) / 2
        }
        if (nodes.length > 0)
            place(0)
        return {nodes: nodes, leaves: Math.max(1, leaves), depth: depth}
    }

    readonly property real nodeHeight: fontPx * 1.9
    readonly property real levelHeight: nodeHeight + fontPx * 2.6
    readonly property real slot: Math.max(fontPx * 2.4, area.width / tree.leaves)
    function nodeX(n) { return (n.x + 0.5) * slot }
    function nodeY(n) { return n.depth * levelHeight }

    color: Theme.surface
    border.color: Theme.grid
    radius: 6
    implicitHeight: heading.implicitHeight + 28 + (tree.depth + 1) * levelHeight
    Accessible.role: Accessible.Graphic
    Accessible.name: title

    Text {
        id: heading
        x: 12
        y: 10
        width: root.width - 24
        text: root.title
        wrapMode: Text.Wrap
        font.pixelSize: root.fontPx * 1.08
        font.bold: true
        color: Theme.text
    }

    Flickable {
        id: area
        x: 12
        y: heading.y + heading.height + 8
        width: root.width - 24
        height: root.height - y - 8
        clip: true
        contentWidth: root.tree.leaves * root.slot
        contentHeight: (root.tree.depth + 1) * root.levelHeight
        boundsBehavior: Flickable.StopAtBounds

        Canvas {
            id: edges
            width: area.contentWidth
            height: area.contentHeight
            onPaint: {
                const ctx = getContext("2d")
                ctx.reset()
                ctx.strokeStyle = Theme.mutedText
                ctx.lineWidth = 1.25
                ctx.fillStyle = Theme.mutedText
                ctx.font = Math.round(root.fontPx * 0.9) + "px sans-serif"
                ctx.textAlign = "center"
                for (const n of root.tree.nodes) {
                    if (n.parent < 0)
                        continue
                    const p = root.tree.nodes[n.parent]
                    // From under the parent's value label, so the line never crosses it.
                    const x0 = root.nodeX(p), y0 = root.nodeY(p) + root.nodeHeight
                                                   + root.fontPx * 1.15
                    const x1 = root.nodeX(n), y1 = root.nodeY(n)
                    ctx.beginPath()
                    ctx.moveTo(x0, y0)
                    ctx.lineTo(x1, y1)
                    ctx.stroke()
                    // The edge's label beside its middle, on the outer side.
                    ctx.fillText(n.edge, (x0 + x1) / 2 + (x1 < x0 ? -8 : 8), (y0 + y1) / 2 + 4)
                }
            }
            Connections {
                target: root
                function onTreeChanged() { edges.requestPaint() }
                function onSlotChanged() { edges.requestPaint() }
            }
            Connections {
                target: Theme
                function onChanged() { edges.requestPaint() }
            }
        }

        Repeater {
            model: root.tree.nodes
            delegate: Item {
                required property var modelData
                readonly property bool leaf: modelData.children.length === 0
                x: root.nodeX(modelData) - width / 2
                y: root.nodeY(modelData)
                width: Math.min(root.slot - 4, Math.max(box.implicitWidth, value.implicitWidth))
                height: root.nodeHeight + value.implicitHeight

                Rectangle {
                    id: box
                    implicitWidth: name.implicitWidth + (leaf ? 6 : 12)
                    width: parent.width
                    height: root.nodeHeight
                    radius: leaf ? 3 : height / 2
                    color: leaf ? Theme.raised : Theme.accent
                    Text {
                        id: name
                        anchors.centerIn: parent
                        width: parent.width - 4
                        horizontalAlignment: Text.AlignHCenter
                        elide: Text.ElideRight
                        text: modelData.label
                        font.pixelSize: leaf ? root.fontPx * 0.92 : root.fontPx
                        color: leaf ? Theme.text : Theme.accentText
                    }
                }
                Text {
                    id: value
                    anchors.top: box.bottom
                    anchors.horizontalCenter: box.horizontalCenter
                    text: root.valueName.length > 0 ? root.valueName + " " + modelData.value
                                                    : modelData.value
                    font.pixelSize: root.fontPx * 0.85
                    color: Theme.mutedText
                }
            }
        }
    }
}
