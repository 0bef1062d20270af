// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import PaperLab.Charts

// Named readouts: items [{key, label, digits, se}], values from runner.readouts; labels are
// in MathText notation. Each readout stays in one piece and moves to the next line when
// the row is full, so none runs past the view's edge.
Flow {
    id: root

    property var runner: null
    property var theme: ({})
    property var items: []
    readonly property var values: runner ? runner.readouts : ({})

    function format(item) {
        if (root.values[item.key] === undefined)
            return ""
        const digits = item.digits !== undefined ? item.digits : 3
        let text = item.label + " = " + Number(root.values[item.key]).toFixed(digits)
        if (item.se && root.values[item.se] !== undefined)
            text += " ± " + Number(root.values[item.se]).toFixed(digits)
        return text
    }

    spacing: 2

    Repeater {
        model: root.items

        delegate: MathLabel {
            required property var modelData

            visible: tex.length > 0
            rightPadding: 28
            tex: root.format(modelData)
            font.pixelSize: 15 * (root.theme.fontScale || 1)
            color: root.theme.text || "#1b1f24"
        }
    }
}
