// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// In one picture: a sigmoid gate after attention lets a head switch itself off per token, and
// the attention sink on the first token shrinks from 46.7% to 4.8% (Table 4).
OnePicture {
    id: root

    PaperData { id: results; source: "data/paperresults.json" }
    readonly property var t4: results.values.table4 ? results.values.table4.rows : []

    headline: qsTr("Multiply each head's output by σ(x_i W_θ), a gate computed from the token "
                   + "itself: a head can then output nothing without parking attention on the "
                   + "first token.")
    caption: qsTr("Left: the paper's first-token attention for each gate variant (Table 4, "
                  + "15B MoE): only a gate that is query-dependent, head-specific and able to "
                  + "reach 0 removes the sink. Right: G1, the winning position, after attention "
                  + "and before W_O (§3, Eq. 5).")
    thumbnailCaption: qsTr("First-token attention: 46.7% without a gate, 4.8% with it")

    BarPlot {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 3
        title: root.compact ? "" : qsTr("Attention on the first token (Table 4)")
        yLabel: root.compact ? "" : qsTr("share of attention")
        staticData: root.t4.length > 0 ? {labels: root.t4.map(x => x.short),
                                          heights: root.t4.map(x => x.firstToken)} : []
    }

    // The G1 position, drawn as a small block diagram.
    Item {
        visible: !root.compact
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 2
        readonly property real unit: Math.min(width / 6, height / 7)
        readonly property real fontPx: 13 * Theme.fontScale

        Column {
            anchors.centerIn: parent
            spacing: parent.unit * 0.25
            Repeater {
                model: [
                    {text: "x_i (after pre-norm)", accent: false},
                    {text: "softmax(q_i·k_j / √d_k) V  (SDPA)", accent: false},
                    {text: "⊙ σ(x_i W_θ)   ← the G1 gate", accent: true},
                    {text: "W_O, then the residual", accent: false}
                ]
                delegate: Rectangle {
                    required property var modelData
                    width: Math.max(label.implicitWidth + 24, 260)
                    height: label.implicitHeight + 16
                    radius: 6
                    color: modelData.accent ? Theme.accent : Theme.raised
                    MathLabel {
                        id: label
                        anchors.centerIn: parent
                        tex: modelData.text
                        color: modelData.accent ? Theme.accentText : Theme.text
                    }
                }
            }
        }
    }
}
