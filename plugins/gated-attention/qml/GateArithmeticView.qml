// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// Exact arithmetic of the gates: the parameters each adds (Table 1's last column) and where
// the gate logits sit in the authors' fused q_proj output (sheet §5).
Rectangle {
    id: root

    property var runner: null

    SnapshotTable { id: counts; source: root.runner; table: "counts" }
    SnapshotTable { id: headwise; source: root.runner; table: "layout_headwise" }
    SnapshotTable { id: elementwise; source: root.runner; table: "layout_elementwise" }

    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 10
        spacing: 8

        ViewHeader {
            Layout.fillWidth: true
            title: qsTr("Gate arithmetic: what a G1 gate costs, and where its weights live")
            subtitle: qsTr("Press Play to compute. The gate is σ(X W_θ): W_θ has d_{model} × H·d_k "
                           + "entries per layer (elementwise) or d_{model} × H (headwise), no bias.")
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 10

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                DataTable {
                    Layout.fillWidth: true
                    title: counts.label
                    badge: qsTr("computed")
                    columns: counts.columns
                    rows: counts.rows
                    note: qsTr("Table 1 matches 24 layers; it rounds 1.57M to 1.6M and 100.7M to 100M.")
                }
                BarPlot {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    source: root.runner
                    bars: "added"
                    categories: [qsTr("elementwise G1"), qsTr("headwise G1"), qsTr("V gate G2"),
                                 qsTr("after W_O (G5)")]
                    title: qsTr("Added parameters")
                    yLabel: qsTr("parameters (millions)")
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                DataTable {
                    Layout.fillWidth: true
                    title: headwise.label
                    badge: qsTr("authors' layout")
                    columns: headwise.columns
                    rows: headwise.rows
                }
                DataTable {
                    Layout.fillWidth: true
                    title: elementwise.label
                    badge: qsTr("authors' layout")
                    columns: elementwise.columns
                    rows: elementwise.rows
                    note: qsTr("The authors fuse the gate weights into q_proj and split its output per "
                               + "key/value group (modeling_qwen3.py): each group's gate logits "
                               + "follow that group's queries, so a checkpoint loader must not "
                               + "read them as one block at the end.")
                }
                Item { Layout.fillHeight: true }
            }
        }
    }
}
