// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperLab.Charts

// Picks one run of a sweep from the readouts "<prefix>0", "<prefix>1", ...: the list shows
// "<caption> = <value>" (caption in MathText notation, e.g. ψ_n) and `index` is the run.
RowLayout {
    id: root

    property var readouts: ({})
    property string prefix: "n_"
    property string caption: "n"
    property string label: qsTr("Show")
    readonly property int index: combo.currentIndex < 0 ? 0 : combo.currentIndex
    readonly property string tag: String(index)

    readonly property var values: {
        const v = []
        for (let k = 0; root.readouts && (root.prefix + k) in root.readouts; ++k)
            v.push(root.readouts[root.prefix + k])
        return v
    }

    spacing: 6

    Label {
        text: root.label
        color: Theme.text
    }
    ComboBox {
        id: combo
        model: root.values.map(v => root.caption + " = " + Number(v).toPrecision(3).replace(/\.?0+$/, ""))
        Accessible.name: qsTr("Run to show")
        // The caption is in MathText notation (ψ_n): both the box and its list set it.
        contentItem: MathLabel {
            leftPadding: 8
            rightPadding: combo.indicator.width + 4
            verticalAlignment: Text.AlignVCenter
            tex: combo.displayText
            font: combo.font
            color: combo.palette.buttonText
        }
        delegate: ItemDelegate {
            required property int index
            required property string modelData

            width: combo.width
            highlighted: combo.highlightedIndex === index
            contentItem: MathLabel {
                verticalAlignment: Text.AlignVCenter
                tex: modelData
                font: combo.font
                color: combo.palette.text
            }
        }
    }
}
