// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// Shown for a plugin that ships no Simulator.qml: every series in one plot and the readouts.
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts

Rectangle {
    id: root
    property var runner: null
    property string simulatorId
    property var theme: ({})

    color: theme.window || "white"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        LinePlot {
            Layout.fillWidth: true
            Layout.fillHeight: true
            source: root.runner
            title: root.simulatorId
        }

        Text {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: root.theme.text || "black"
            font.pixelSize: 14 * (root.theme.fontScale || 1)
            text: {
                const r = root.runner ? root.runner.readouts : {}
                return Object.keys(r).map(k => k + " = " + Number(r[k]).toPrecision(4)).join("   ·   ")
            }
        }
    }
}
