// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// Every class on 2 to 4 points solved exactly (sheet §8): how many have each pair
// (LD, M_tr). On 4 points, 2,880 of the 65,535 classes have LD 3 but M_tr 2.
Rectangle {
    id: root

    property var runner: null
    readonly property var r: runner ? runner.readouts : ({})
    readonly property real fontPx: 14 * Theme.fontScale

    function num(x) {
        return x === undefined ? "–" : Number(x).toLocaleString(Qt.locale("en_US"), "f", 0)
    }

    color: Theme.background

    SnapshotTable { id: histogram; source: root.runner; table: "histogram" }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 10
        spacing: 8

        Readouts {
            Layout.fillWidth: true
            tiles: true
            items: [
                {label: qsTr("classes"), text: root.num(root.r.classes)},
                {label: qsTr("solved so far"), text: root.num(root.r.tallied)},
                {label: qsTr("with a gap (Mₜᵣ < LD)"),
                 hint: qsTr("Classes where an adversary that commits to the order forces "
                            + "fewer mistakes than an adaptive one."),
                 text: root.num(root.r.gap_classes)}
            ]
        }

        Text {
            visible: !(root.r.tallied > 0)
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: root.fontPx * 0.9
            color: Theme.mutedText
            text: qsTr("Press Play to solve every non-empty set of functions on the chosen "
                       + "number of points (2 to 4) exactly: one table of LD values and one "
                       + "rank table per order serve all classes at once.")
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8
            BarPlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: root.runner
                bars: "histogram"
                categories: histogram.rows.map(row => "(" + row[0] + ", " + row[1] + ")")
                title: qsTr("Classes by (LD, Mₜᵣ)")
                xLabel: qsTr("(LD, Mₜᵣ)")
                yLabel: qsTr("number of classes")
            }
            DataTable {
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 320
                title: histogram.label
                badge: qsTr("exact, every class")
                columns: histogram.columns
                rows: histogram.rows
                note: qsTr("gap = LD − Mₜᵣ. A gap of 1 on tiny domains says nothing about "
                           + "how the gap grows with d.")
            }
        }
    }
}
