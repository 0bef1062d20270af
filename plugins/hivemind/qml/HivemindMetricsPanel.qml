// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// The four pictures of the paper's measurements, shared by both simulators' views: the
// per-model intra-similarity heatmap (Fig. 4/5), the model × model matrix (Fig. 6, lower
// triangle), unique-source@N (Fig. 8: boxes over prompts, the two exact limits at N = 50 and
// the paper's ≈ 8) and one prompt's pool in PCA coordinates (Fig. 1).
Rectangle {
    id: root

    property var runner: null
    property string title
    property string startHint
    property string measuredHint
    property bool exportable: false
    readonly property var r: runner ? runner.readouts : ({})
    readonly property bool measured: r.intra_sim_mean !== undefined
    readonly property int models: r.models !== undefined ? r.models : 0
    // Models are numbered from 1 on screen, as in the paper's figures and the readouts.
    readonly property var modelNumbers: Array.from({ length: models }, (_, i) => String(i + 1))
    readonly property real fontPx: 13 * Theme.fontScale
    // Large type (projector theme): one-line header and short readout labels, so the four
    // charts keep their room on a 1280x720 screen.
    readonly property bool tight: Theme.fontScale > 1.15

    function num(key, digits) {
        return (key in r) ? Number(r[key]).toFixed(digits === undefined ? 3 : digits) : "–"
    }
    function modelSeries() {
        const ids = []
        for (let k = 0; k < root.models; ++k)
            ids.push("pca_model_" + k)
        ids.push("pca_centres")
        return ids
    }

    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            ViewHeader {
                Layout.fillWidth: true
                title: root.title
                subtitle: root.measured ? (root.tight ? "" : root.measuredHint) : root.startHint
            }
            Button {
                visible: root.exportable
                Layout.alignment: Qt.AlignTop
                text: qsTr("Export JSON…")
                enabled: root.runner !== null && root.measured && root.runner.progress >= 1
                Accessible.name: qsTr("Export every metric as one JSON file")
                // The same save dialog as the charts' PNG/SVG/CSV export; the simulator writes
                // the file atomically and reports the outcome in the status line.
                onClicked: {
                    const path = intraHeatmap.askExportPath("json")
                    if (path.length > 0)
                        root.runner.command("export-metrics", {path: path})
                }
            }
        }

        Readouts {
            Layout.fillWidth: true
            runner: root.runner
            items: [
                {key: "intra_sim_mean", label: root.tight ? qsTr("within") : qsTr("within a model"),
                 digits: 3,
                 hint: qsTr("Mean cosine similarity of a model's responses to one prompt "
                            + "(distinct pairs; 50 drawn at random when it has more, as "
                            + "the paper's code does), averaged over prompts and models")},
                {key: "inter_sim_mean", label: root.tight ? qsTr("between") : qsTr("between models"),
                 digits: 3,
                 hint: qsTr("Mean cosine similarity of two different models' responses "
                            + "to the same prompt, averaged over model pairs")},
                {key: "inter_sim_diag_mean", label: root.tight ? qsTr("diag.") : qsTr("diagonal"),
                 digits: 3,
                 hint: qsTr("Mean of the model × model diagonal; with self-pairs (the "
                            + "paper's convention) it is inflated by the cosines of 1")},
                {key: "unique_sources_at_50", label: "U_{50}", digits: 2,
                 hint: qsTr("Distinct models among a response's 50 nearest responses, "
                            + "averaged (Fig. 8)")},
                {label: root.tight ? qsTr("> 0.8") : qsTr("cases > 0.8"), visible: root.measured,
                 text: root.measured ? (r.hist_intra_bin8 + r.hist_intra_bin9).toFixed(0)
                                       + " %" : "",
                 hint: qsTr("Share of (model, prompt) cases whose intra-model similarity "
                            + "is above 0.8; the paper reports 79 % (Fig. 4)")}
            ]
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: 2
            rowSpacing: 4
            columnSpacing: 6

            Heatmap {
                id: intraHeatmap
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: root.runner
                grid: "intra_hist"
                minValue: 0
                maxValue: 100
                columnLabels: ["0", ".1", ".2", ".3", ".4", ".5", ".6", ".7", ".8", ".9"]
                title: qsTr("Within-model similarity (Fig. 4)")
                xLabel: qsTr("mean pairwise cosine (bin start)")
                rowLabels: root.modelNumbers
                yLabel: qsTr("model")
                valueLabel: qsTr("% of prompts")
            }
            Heatmap {
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: root.runner
                grid: "inter_matrix"
                minValue: 0
                maxValue: 1
                rowLabels: root.modelNumbers
                columnLabels: root.modelNumbers
                title: qsTr("Model × model similarity (Fig. 6)")
                xLabel: root.r.self_pairs === 0 ? qsTr("model (diagonal: distinct pairs only)")
                                                : qsTr("model (diagonal: self-pairs included)")
                yLabel: qsTr("model")
                valueLabel: qsTr("mean cosine")
            }
            BoxPlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: root.runner
                grid: "unique_box"
                categories: ["5", "10", "15", "20", "25", "30", "35", "40", "45", "50"]
                yMin: 0
                yMax: Math.max(root.models, 10)
                referenceLines: root.measured ? [
                    {value: r.unique_limit_separated_at_50 || 2,
                     label: qsTr("separate: %1").arg(r.unique_limit_separated_at_50 || 2)},
                    {value: 8, label: qsTr("paper ≈ 8")},
                    {value: r.unique_limit_identical_at_50 || 21.89,
                     label: qsTr("interchangeable: %1")
                            .arg(Number(r.unique_limit_identical_at_50 || 21.89).toFixed(2))}
                ] : []
                title: qsTr("Models among the N nearest (Fig. 8)")
                xLabel: qsTr("N (dashed: limits at N = 50)")
                yLabel: qsTr("distinct models")
            }
            ScatterPlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: root.runner
                series: root.modelSeries()
                legendVisible: false
                title: qsTr("Prompt %1 by model, PCA (Fig. 1)")
                       .arg(root.num("picture_prompt", 0))
                xLabel: qsTr("principal component 1")
                yLabel: qsTr("principal component 2")
            }
        }
    }
}
