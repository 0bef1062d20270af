// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import PaperLab.Charts

// A row of readouts (Readout.qml) that wraps, so none runs past the view's edge. Each item is
// {key, label, digits, se, hint}, its value runner.readouts[key] (± readouts[se]) with `digits`
// decimals (3 unless given), or {label, text} with a value already formatted; an item
// without a value, or with visible: false, is left out; `hint` explains a technical label
// behind an ⓘ. `tiles: true` shows each in a card.
Flow {
    id: root

    property var runner: null
    property var items: []
    property bool tiles: false

    spacing: tiles ? 6 : 2

    Repeater {
        model: root.items

        delegate: Readout {
            required property var modelData

            runner: root.runner
            key: modelData.key !== undefined ? modelData.key : ""
            label: modelData.label
            digits: modelData.digits !== undefined ? modelData.digits : 3
            se: modelData.se !== undefined ? modelData.se : ""
            text: modelData.text !== undefined ? String(modelData.text) : ""
            hint: modelData.hint !== undefined ? modelData.hint : ""
            tile: root.tiles
            visible: hasValue && modelData.visible !== false
        }
    }
}
