// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// Every class on 2 to 4 points solved exactly (sheet §8): how many have each pair
// (LD, M_tr). On 4 points, 2,880 of the 65,535 classes have LD 3 but M_tr 2. Or a random
// search on up to 6 points, labelled as exploration (sheet §8, observed but not robust).
Rectangle {
    id: root

    property var runner: null
    // Laid out to fit 1280x720 in every theme: the tables scroll, the chart shrinks.
    property int minimumViewHeight: 500
    readonly property var r: runner ? runner.readouts : ({})
    readonly property real fontPx: 14 * Theme.fontScale
    readonly property bool exploration: r.exploration === 1

    function num(x) {
        return x === undefined ? "–" : Number(x).toLocaleString(Qt.locale("en_US"), "f", 0)
    }

    color: Theme.background

    SnapshotTable { id: histogram; source: root.runner; table: "histogram" }
    SnapshotTable { id: widest; source: root.runner; table: "widest_gap" }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 10
        spacing: 8

        Readouts {
            Layout.fillWidth: true
            tiles: true
            items: [
                {label: root.exploration ? qsTr("sampled classes") : qsTr("classes"),
                 text: root.num(root.r.classes)},
                {label: qsTr("solved so far"), text: root.num(root.r.tallied)},
                {label: qsTr("with a gap (Mₜᵣ < LD)"),
                 hint: qsTr("Classes where an adversary that commits to the order forces "
                            + "fewer mistakes than an adaptive one."),
                 text: root.num(root.r.gap_classes)}
            ]
        }

        // A random search is exploration: said plainly, above everything it shows.
        Rectangle {
            visible: root.exploration
            Layout.fillWidth: true
            implicitHeight: explorationText.implicitHeight + 12
            radius: 4
            color: Theme.raised
            border.color: Theme.error
            Text {
                id: explorationText
                anchors.fill: parent
                anchors.margins: 6
                wrapMode: Text.Wrap
                font.pixelSize: root.fontPx * 0.9
                color: Theme.text
                text: qsTr("Exploration, not the paper's experiment: %1 uniformly random "
                           + "classes on %2 points (seed %3), each solved exactly. The counts "
                           + "depend on the sampling and the seed; a gap not found is not a "
                           + "theorem (sheet §8: observed, not robust).")
                          .arg(root.num(root.r.classes)).arg(root.num(root.r.points))
                          .arg(root.num(root.r.seed))
            }
        }

        Text {
            visible: !(root.r.tallied > 0) && !root.exploration
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
                // Counts span 1 to 31,140 on 4 points: a log axis shows the small bars too.
                logY: logBox.checked
                categories: histogram.rows.map(row => "(" + row[0] + ", " + row[1] + ")")
                title: qsTr("Classes by (LD, Mₜᵣ)")
                xLabel: qsTr("(LD, Mₜᵣ)")
                yLabel: qsTr("number of classes")
            }
            ScrollView {
                Layout.preferredWidth: 330
                Layout.maximumWidth: 330
                Layout.fillHeight: true
                clip: true
                contentWidth: availableWidth
                ColumnLayout {
                    width: parent.width
                    spacing: 6
                    CheckBox {
                        id: logBox
                        font.pixelSize: root.fontPx * 0.9
                        text: qsTr("Log scale for the counts")
                    }
                    DataTable {
                        Layout.fillWidth: true
                        title: histogram.label
                        badge: root.exploration
                               ? qsTr("sampled, seed %1").arg(root.num(root.r.seed))
                               : qsTr("exact, every class")
                        columns: histogram.columns
                        rows: histogram.rows
                        note: qsTr("gap = LD − Mₜᵣ. A gap of 1 on tiny domains says nothing "
                                   + "about how the gap grows with d.")
                    }
                    DataTable {
                        visible: root.exploration && widest.valid
                        Layout.fillWidth: true
                        title: widest.label
                        badge: qsTr("sampled")
                        // The masks can be long (up to 64): in the wrapped note, not a cell.
                        columns: widest.columns.slice(0, 2)
                        rows: widest.rows.map(row => row.slice(0, 2))
                        note: widest.valid
                              ? qsTr("Masks: %1. Type them as Your class in the exact-game "
                                     + "simulator to see its trees.").arg(widest.rows[0][2])
                              : ""
                    }
                }
            }
        }
    }
}
