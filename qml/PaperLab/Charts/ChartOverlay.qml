// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import PaperLab.Charts

// Everything drawn over a chart item in QML: its texts (placed by the C++ layout), the
// hover read-out, the focus ring and the export menu (loaded on first use). The save
// dialog is the application's (ChartItem.askExportPath).
Item {
    id: overlay

    required property ChartItem chart
    readonly property var hover: chart.hover
    readonly property bool showHover: hover.valid === true && !chart.exporting

    // `print`: a PNG in the light theme, whatever the app's theme.
    function startExport(format, print) {
        // After the menu has closed: the dialog is modal and runs its own event loop.
        Qt.callLater(() => {
            const path = chart.askExportPath(format)
            if (path !== "")
                finishExport(format, path, print === true)
        })
    }

    function finishExport(format, path, print) {
        const ok = format === "png" ? chart.exportPng(path, 2, print)
                 : format === "svg" ? chart.exportSvg(path)
                 : chart.exportCsv(path)
        status.text = ok ? qsTr("Saved %1").arg(path.replace(/^.*\//, ""))
                         : qsTr("Export failed")
        status.failed = !ok
        statusTimer.restart()
    }

    anchors.fill: parent

    Repeater {
        model: overlay.chart.labels

        delegate: Text {
            required property string label
            required property real anchorX
            required property real anchorY
            required property int hAlign
            required property int vAlign
            required property bool vertical
            required property int kind
            required property bool muted
            required property bool rich
            required property real maxWidth

            // Wrapped texts take the full width and centre their lines; others keep their
            // natural width. Nothing here binds to the item's own width or height: Qt 6.4
            // crashed tearing down such self-referencing geometry bindings (the Repeater's
            // delegates, when a chart was destroyed), and a width bound to a rich text's
            // implicitWidth loops.
            readonly property real textWidth: maxWidth > 0 ? maxWidth : implicitWidth
            // Size of the box after rotation; the anchor sits on its edge or centre.
            readonly property real boxWidth: vertical ? implicitHeight : textWidth
            readonly property real boxHeight: vertical ? textWidth : implicitHeight

            text: label
            // The layout measured the text the same way (MathText::size).
            textFormat: rich ? Text.RichText : Text.PlainText
            wrapMode: maxWidth > 0 ? Text.WordWrap : Text.NoWrap
            horizontalAlignment: kind === 3 ? Text.AlignLeft : Text.AlignHCenter // 3: legend
            Binding on width {
                when: maxWidth > 0
                value: maxWidth
            }
            font: kind === 2 ? Theme.titleFont : kind === 1 ? Theme.labelFont : Theme.font
            color: muted ? Theme.mutedText : Theme.text
            rotation: vertical ? -90 : 0
            x: anchorX - hAlign * boxWidth / 2 - textWidth / 2
            y: anchorY - vAlign * boxHeight / 2 - implicitHeight / 2
        }
    }

    Rectangle {
        id: marker

        readonly property bool isCell: overlay.hover.cell !== undefined

        visible: overlay.showHover
        x: isCell ? overlay.hover.cell.x : overlay.hover.px - width / 2
        y: isCell ? overlay.hover.cell.y : overlay.hover.py - height / 2
        width: isCell ? Math.max(4, overlay.hover.cell.width) : 12
        height: isCell ? Math.max(4, overlay.hover.cell.height) : 12
        radius: isCell ? 0 : width / 2
        color: "transparent"
        border.color: Theme.text
        border.width: 2
    }

    Rectangle {
        id: readout

        visible: overlay.showHover
        width: readoutText.implicitWidth + 14
        height: readoutText.implicitHeight + 10
        x: {
            const right = overlay.hover.px + 14
            const left = overlay.hover.px - 14 - width
            return Math.max(2, right + width <= overlay.width - 2 ? right : left)
        }
        y: {
            const above = overlay.hover.py - height - 12
            return Math.min(overlay.height - height - 2, above >= 2 ? above : overlay.hover.py + 14)
        }
        color: Theme.surface
        border.color: Theme.axis
        radius: 4

        Text {
            id: readoutText

            x: 7
            y: 5
            text: overlay.hover.text || ""
            font: Theme.font
            color: Theme.text
        }
    }

    Rectangle {
        anchors.fill: parent
        visible: overlay.chart.activeFocus && !overlay.chart.exporting
        color: "transparent"
        border.color: Theme.focus
        border.width: 2
        radius: 3
    }

    Rectangle {
        id: status

        property alias text: statusText.text
        property bool failed: false

        visible: statusTimer.running
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 8
        width: statusText.implicitWidth + 16
        height: statusText.implicitHeight + 8
        radius: 4
        color: Theme.surface
        border.color: failed ? Theme.error : Theme.axis

        Text {
            id: statusText

            anchors.centerIn: parent
            font: Theme.font
            color: status.failed ? Theme.error : Theme.text
        }

        Timer {
            id: statusTimer

            interval: 3000
        }
    }

    Connections {
        function onContextMenuRequested(x, y) {
            menuLoader.active = true
            menuLoader.item.popup(overlay, x, y)
        }

        target: overlay.chart
    }

    Loader {
        id: menuLoader

        active: false
        sourceComponent: Menu {
            // As wide as its longest entry: a Menu keeps a fixed width, which elided the
            // entries at the projector's text size.
            width: {
                let widest = 0
                for (let i = 0; i < count; ++i)
                    widest = Math.max(widest, itemAt(i).implicitWidth)
                return widest + leftPadding + rightPadding
            }
            palette.window: Theme.surface
            palette.windowText: Theme.text
            palette.base: Theme.surface
            palette.text: Theme.text
            palette.highlight: Theme.accent
            palette.highlightedText: Theme.accentText
            palette.dark: Theme.axis
            palette.mid: Theme.grid

            MenuItem {
                text: qsTr("Export PNG (2×)…")
                onTriggered: overlay.startExport("png")
            }
            MenuItem {
                text: qsTr("Export PNG for print (light)…")
                onTriggered: overlay.startExport("png", true)
            }
            MenuItem {
                text: qsTr("Export SVG…")
                onTriggered: overlay.startExport("svg")
            }
            MenuItem {
                text: qsTr("Export data as CSV…")
                enabled: overlay.chart.hasData
                onTriggered: overlay.startExport("csv")
            }
        }
    }
}
