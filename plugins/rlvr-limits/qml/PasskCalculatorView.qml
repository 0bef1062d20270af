// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// The pass@k calculator for researchers' own evaluation logs: a CSV or JSONL file of
// per-problem counts (n, c), chosen in the parameter panel or dropped onto this view (the
// simulator parses it), or pasted here, gives unbiased pass@k curves, crossovers and the
// coverage table (arXiv 2504.13837 eq. 2, Table 2), with exports.
Rectangle {
    id: root

    property var runner: null
    readonly property var r: runner ? runner.readouts : ({})
    readonly property real fontPx: 14 * Theme.fontScale
    // A rejected file keeps the previous analysis; the reason stays until a good reset.
    readonly property string fileError: runner ? runner.inputError : ""
    readonly property bool failed: r.load_failed === 1 || fileError.length > 0
    readonly property int kStar: r.crossover_k !== undefined ? r.crossover_k : 0
    readonly property bool empty: r.calc_models === 0

    // Accepts plain paths and file:// URLs (from a file manager's drag or copy).
    function localPath(text) {
        const t = text.trim()
        return t.startsWith("file://") ? decodeURIComponent(t.substring(7)) : t
    }

    color: Theme.background

    SnapshotTable { id: models; source: root.runner; table: "calc_models" }
    SnapshotTable { id: crossovers; source: root.runner; table: "calc_crossovers" }
    SnapshotTable { id: coverage; source: root.runner; table: "calc_coverage" }
    SnapshotTable { id: loadError; source: root.runner; table: "load_error" }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 10
        spacing: 8

        Text {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: root.fontPx
            color: Theme.text
            text: qsTr("Choose an evaluations file in the parameter panel, or drop one onto "
                       + "this view: per-problem sample counts for one or more models, as CSV "
                       + "with a header such as model,problem,n,c (or per-sample rows "
                       + "model,problem,correct), or JSON Lines such as {\"model\": \"rl\", "
                       + "\"problem\": 7, \"n\": 1024, \"c\": 3}. Rows of the same model and "
                       + "problem are pooled. You can also paste counts below.")
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            Label {
                text: qsTr("Pasted text:")
                font.pixelSize: root.fontPx
                color: Theme.text
            }
            ComboBox {
                id: format
                model: ["auto", "csv", "jsonl"]
                Accessible.name: qsTr("Format of the pasted text")
            }
            CheckBox {
                id: append
                text: qsTr("add to the shown models")
            }
            Item { Layout.fillWidth: true }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: false
            Layout.preferredHeight: 90
            Layout.maximumHeight: 90
            spacing: 6
            ScrollView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                TextArea {
                    id: pasted
                    placeholderText: "model,problem,n,c\nbase,1,1024,3\nrl,1,1024,0"
                    font.family: "monospace"
                    selectByMouse: true
                    Accessible.name: qsTr("Pasted evaluations")
                }
            }
            ColumnLayout {
                Button {
                    text: qsTr("Load pasted text")
                    enabled: root.runner !== null && pasted.text.trim().length > 0
                    onClicked: root.runner.command("load-evaluations", {
                        text: pasted.text, format: format.currentText, append: append.checked })
                }
                Button {
                    text: qsTr("Forget pasted text")
                    enabled: root.runner !== null
                    onClicked: root.runner.command("clear-evaluations", {})
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            TextField {
                id: exportField
                Layout.fillWidth: true
                placeholderText: qsTr("export to /path/results.csv (also -crossovers.csv, "
                                      + "-coverage.csv) or results.json")
                selectByMouse: true
                Accessible.name: qsTr("Export file")
            }
            Button {
                text: qsTr("Export")
                enabled: root.runner !== null && exportField.text.trim().length > 0
                onClicked: root.runner.command("export-results",
                                               { path: root.localPath(exportField.text) })
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: statusText.implicitHeight + 10
            radius: 4
            color: root.failed ? Theme.error : Theme.raised
            Text {
                id: statusText
                anchors.fill: parent
                anchors.margins: 5
                wrapMode: Text.Wrap
                font.pixelSize: root.fontPx
                color: root.failed ? "#ffffff" : Theme.text
                text: root.fileError.length > 0
                      ? qsTr("File rejected, the previous data are still shown: %1")
                            .arg(root.fileError)
                      : root.empty && r.load_failed !== 1
                        ? qsTr("No data yet: choose an evaluations file in the parameter "
                               + "panel, drop a CSV or JSONL file onto this view, or paste "
                               + "counts above.")
                        : (root.runner ? root.runner.status : "")
            }
        }

        SplitView {
            id: split
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 300
            orientation: Qt.Horizontal

            LinePlot {
                SplitView.fillWidth: true
                SplitView.minimumWidth: 300
                source: root.runner
                series: [] // every series: one passk_<model> curve per model
                logX: true
                yMin: 0
                yMax: 1
                title: qsTr("pass@k, unbiased estimator (mean over problems)")
                xLabel: qsTr("k")
                yLabel: qsTr("pass@k")
                referenceLines: root.kStar > 0
                                ? [{axis: "x", value: root.kStar, label: "k* = " + root.kStar}]
                                : []
            }

            TablesPane {
                // The chart keeps its minimum width (and the handle its few pixels): past the
                // view's edge the tables would be cut off with no sign (projector theme).
                SplitView.preferredWidth: Math.min(520, split.width - 320)
                DataTable {
                    id: errorTable
                    visible: loadError.valid
                    title: loadError.label
                    columns: loadError.columns
                    rows: loadError.rows
                }
                DataTable {
                    id: modelsTable
                    title: models.label
                    columns: models.columns
                    rows: models.rows
                }
                DataTable {
                    id: crossTable
                    title: crossovers.label
                    columns: crossovers.columns
                    rows: crossovers.rows
                }
                DataTable {
                    id: coverageTable
                    title: coverage.label
                    columns: coverage.columns
                    rows: coverage.rows
                    note: qsTr("As in the paper's coverage table (v5 Table 2): problems "
                               + "solved by both models, by one only, or by neither.")
                }
            }
        }
    }
}
