// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// Our exploration, not the paper's experiment (sheet §7.C): tiny character n-gram models
// trained on overlapping slices of one public-domain chapter, sampled with the paper's two
// decoding setups (App. C.1), measured with the paper's metrics on the local embedding.
Rectangle {
    id: root

    property var runner: null
    readonly property var r: runner ? runner.readouts : ({})
    readonly property bool measured: r.intra_sim_topp !== undefined
    readonly property real fontPx: 13 * Theme.fontScale
    readonly property var bins: ["0–.1", ".1–.2", ".2–.3", ".3–.4", ".4–.5", ".5–.6",
                                 ".6–.7", ".7–.8", ".8–.9", ".9–1"]
    readonly property var lmNames: {
        const n = root.r.ngram_models || 0, out = []
        for (let i = 1; i <= n; ++i)
            out.push("LM " + i)
        return out
    }

    color: Theme.background

    SnapshotTable { id: examples; source: root.runner; table: "ngram_examples" }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 10
        spacing: 6

        ViewHeader {
            Layout.fillWidth: true
            title: qsTr("Exploration: tiny n-gram models on real text")
            subtitle: qsTr("our experiment, not the paper's: both decoding setups, the same "
                           + "metrics")
        }

        Text {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: root.fontPx * 0.92
            color: Theme.mutedText
            text: qsTr("Each “model” is a character n-gram table learnt from its own overlapping "
                       + "slice of Chapter I of Lewis Carroll's Alice's Adventures in Wonderland "
                       + "(1865, public domain). Each continues eight openings from the chapter, "
                       + "with top-p 0.9 at T = 1 and with min-p 0.1 at T = 2, as the paper "
                       + "sampled its LLMs (App. C.1). Similarity is the cosine of hashed "
                       + "character-trigram TF–IDF vectors, not the paper's embedder. "
                       + (root.measured ? "" : qsTr("Press Play to train and sample.")))
        }

        Readouts {
            Layout.fillWidth: true
            runner: root.runner
            items: [
                {key: "intra_sim_topp", label: qsTr("within-model, top-p"), digits: 3,
                 hint: qsTr("Mean cosine between two continuations of one model to one "
                            + "prompt, averaged over models and prompts.")},
                {key: "intra_sim_minp", label: qsTr("within-model, min-p"), digits: 3},
                {key: "inter_sim_topp", label: qsTr("between models, top-p"), digits: 3,
                 hint: qsTr("Mean cosine between continuations of two different models to "
                            + "the same prompt, averaged over model pairs.")},
                {key: "inter_sim_minp", label: qsTr("between models, min-p"), digits: 3},
                {key: "different_prompt_sim", label: qsTr("different prompts"), digits: 3,
                 hint: qsTr("Mean cosine between one model's continuations of two different "
                            + "prompts: the baseline.")}
            ]
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 120 // whatever room is left
            spacing: 8

            BoxPlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 4
                source: root.runner
                grid: "ngram_box"
                categories: [qsTr("top-p 0.9, T = 1"), qsTr("min-p 0.1, T = 2"),
                             qsTr("different prompts")]
                yMin: 0
                yMax: 1
                title: qsTr("Similarity per (model, prompt)")
                yLabel: qsTr("mean pairwise cosine")
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 5
                spacing: 0
                PageTabBar {
                    id: tabs
                    Layout.fillWidth: true
                    TabButton { text: qsTr("top-p, T = 1") }
                    TabButton { text: qsTr("min-p, T = 2") }
                    TabButton { text: qsTr("Continuations") }
                }
                StackLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    currentIndex: tabs.currentIndex
                    Heatmap {
                        source: root.runner
                        grid: "ngram_hist_topp"
                        minValue: 0
                        maxValue: 100
                        title: qsTr("Prompts per similarity bin, top-p 0.9 (cf. Fig. 4)")
                        xLabel: qsTr("mean pairwise cosine")
                        valueLabel: qsTr("% of prompts")
                        rowLabels: root.lmNames
                        columnLabels: root.bins
                    }
                    Heatmap {
                        source: root.runner
                        grid: "ngram_hist_minp"
                        minValue: 0
                        maxValue: 100
                        title: qsTr("Prompts per similarity bin, min-p 0.1 (cf. Fig. 5)")
                        xLabel: qsTr("mean pairwise cosine")
                        valueLabel: qsTr("% of prompts")
                        rowLabels: root.lmNames
                        columnLabels: root.bins
                    }
                    Flickable {
                        id: exampleView
                        clip: true
                        contentWidth: width
                        contentHeight: exampleTable.height
                        boundsBehavior: Flickable.StopAtBounds
                        ScrollBar.vertical: ScrollBar {}
                        DataTable {
                            id: exampleTable
                            width: exampleView.width - 14
                            title: examples.label
                            badge: qsTr("our exploration")
                            columns: examples.columns
                            rows: examples.rows
                            note: examples.rows.length > 0 ? ""
                                  : qsTr("Press Play: the continuations appear once sampled.")
                        }
                    }
                }
            }
        }
    }
}
