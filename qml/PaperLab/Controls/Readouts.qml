// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import PaperLab.Charts

// A row of named readouts that wraps, so none runs past the view's edge. Each item is
// {key, label, digits, se}, its value runner.readouts[key] (± readouts[se]) with `digits`
// decimals (3 unless given), or {label, text} with a value already formatted; an item
// without a value, or with visible: false, is left out.
//  - inline (default): "label = value" in one piece, the label in MathText notation (ψ_n).
//  - tiles: a card per readout, a small plain-text label above the value in bold.
Flow {
    id: root

    property var runner: null
    property var items: []
    property bool tiles: false
    readonly property var values: runner ? runner.readouts : ({})
    readonly property real fontPx: 14 * Theme.fontScale

    function valueText(item) {
        if (item.text !== undefined)
            return String(item.text)
        if (root.values[item.key] === undefined)
            return ""
        const digits = item.digits !== undefined ? item.digits : 3
        let text = Number(root.values[item.key]).toFixed(digits)
        if (item.se && root.values[item.se] !== undefined)
            text += " ± " + Number(root.values[item.se]).toFixed(digits)
        return text
    }

    spacing: tiles ? 6 : 2

    Repeater {
        model: root.items

        delegate: Loader {
            required property var modelData
            readonly property string value: root.valueText(modelData)

            visible: value.length > 0 && modelData.visible !== false
            sourceComponent: root.tiles ? tile : inline
        }
    }

    Component {
        id: inline
        MathLabel {
            rightPadding: 28
            tex: parent.modelData.label + " = " + parent.value
            font.pixelSize: root.fontPx * 15 / 14
            color: Theme.text
        }
    }

    Component {
        id: tile
        Rectangle {
            id: card
            readonly property string label: parent.modelData.label
            readonly property string value: parent.value

            radius: 4
            color: Theme.surface
            border.color: Theme.grid
            width: column.implicitWidth + 16
            height: column.implicitHeight + 8
            Accessible.role: Accessible.StaticText
            Accessible.name: label + ": " + value

            Column {
                id: column
                anchors.centerIn: parent
                Text {
                    text: card.label
                    font.pixelSize: root.fontPx * 0.8
                    color: Theme.mutedText
                }
                Text {
                    text: card.value
                    font.pixelSize: root.fontPx * 1.05
                    font.bold: true
                    color: Theme.text
                }
            }
        }
    }
}
