// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import PaperLab.Charts

// One readout of the newest snapshot, e.g.
//     Readout { runner: root.runner; key: "r0"; label: "R_0"; digits: 2 }
// shows "R₀ = 2.50": the value of runner.readouts[key] with `digits` decimals (± the readout
// named `se`, if given), or `text` when the view formats the value itself. The label is in
// MathText notation (R_0, ψ_n); `hint`, if given, says a technical label in plain words
// behind an ⓘ. Nothing is shown until the readout exists.
//  - inline (default): "label = value" in one piece.
//  - tile: a small card, the label above the value in bold.
Loader {
    id: root

    property var runner: null
    property string key
    property string label
    property int digits: 3
    property string se
    property string text
    property string hint
    property bool tile: false

    readonly property var values: runner ? runner.readouts : ({})
    readonly property string value: {
        if (text.length > 0)
            return text
        if (key.length === 0 || values[key] === undefined)
            return ""
        let t = Number(values[key]).toFixed(digits)
        if (se.length > 0 && values[se] !== undefined)
            t += " ± " + Number(values[se]).toFixed(digits)
        return t
    }
    readonly property bool hasValue: value.length > 0
    readonly property real fontPx: 14 * Theme.fontScale

    visible: hasValue
    sourceComponent: tile ? tileComponent : inlineComponent

    Component {
        id: inlineComponent
        Row {
            rightPadding: 28
            spacing: 3
            MathLabel {
                tex: root.label + " = " + root.value
                font.pixelSize: root.fontPx * 15 / 14
                color: Theme.text
            }
            HintMark {
                objectName: "readoutHint"
                anchors.verticalCenter: parent.verticalCenter
                hint: root.hint
            }
        }
    }

    Component {
        id: tileComponent
        Rectangle {
            radius: 4
            color: Theme.surface
            border.color: Theme.grid
            width: column.implicitWidth + 16
            height: column.implicitHeight + 8
            Accessible.role: Accessible.StaticText
            Accessible.name: root.label + ": " + root.value

            Column {
                id: column
                anchors.centerIn: parent
                Row {
                    spacing: 3
                    Text {
                        text: root.label
                        font.pixelSize: root.fontPx * 0.8
                        color: Theme.mutedText
                    }
                    HintMark {
                        objectName: "readoutHint"
                        hint: root.hint
                        font.pixelSize: root.fontPx * 0.8
                    }
                }
                Text {
                    text: root.value
                    font.pixelSize: root.fontPx * 1.05
                    font.bold: true
                    color: Theme.text
                }
            }
        }
    }
}
