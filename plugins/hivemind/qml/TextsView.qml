// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// "Your own texts": responses pasted here or chosen as the "texts" file (plain text, one
// response per block; or JSON Lines {"prompt", "model", "text"}) → the lexical measures users
// expect, and the paper's similarity metrics (arXiv 2510.22954 §3) on a local lexical
// embedding that stands in for text-embedding-3-small.
Rectangle {
    id: root

    property var runner: null
    readonly property var r: runner ? runner.readouts : ({})
    readonly property real fontPx: 13 * Theme.fontScale
    readonly property string fileError: runner ? runner.inputError : ""
    readonly property bool failed: r.load_failed === 1 || fileError.length > 0
    // Short labels for the matrix: "A1" for short model names, "gpt-4o 1" for long ones.
    readonly property var answerLabels: responses.rows.map(x => x[1].length <= 3
                                                            ? x[1] + x[0].split(" ").pop()
                                                            : x[0])

    color: Theme.background

    SnapshotTable { id: models; source: root.runner; table: "texts_models" }
    SnapshotTable { id: responses; source: root.runner; table: "texts_rows" }
    SnapshotTable { id: shownPrompt; source: root.runner; table: "texts_prompt" }
    SnapshotTable { id: loadError; source: root.runner; table: "load_error" }

    Popup {
        id: pastePopup
        anchors.centerIn: parent
        width: Math.min(root.width - 40, 720)
        height: Math.min(root.height - 40, 420)
        modal: true
        focus: true
        background: Rectangle { color: Theme.surface; border.color: Theme.axis; radius: 4 }

        ColumnLayout {
            anchors.fill: parent
            spacing: 6
            Text {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: root.fontPx
                color: Theme.text
                text: qsTr("Paste the answers you sampled, one per block with a blank line "
                           + "between answers, or JSON Lines such as {\"prompt\": \"…\", "
                           + "\"model\": \"…\", \"text\": \"…\"} to compare several models.")
            }
            ScrollView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                TextArea {
                    id: pasted
                    placeholderText: qsTr("Time is a river that carries us forward.\n\n"
                                          + "Time is a river, always moving on.")
                    wrapMode: TextEdit.Wrap
                    selectByMouse: true
                    Accessible.name: qsTr("Pasted responses")
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                Button {
                    text: qsTr("Analyse")
                    enabled: root.runner !== null && pasted.text.trim().length > 0
                    onClicked: {
                        root.runner.command("load-texts", {text: pasted.text})
                        pastePopup.close()
                    }
                }
                Button {
                    text: qsTr("Cancel")
                    onClicked: pastePopup.close()
                }
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 10
        spacing: 6

        ViewHeader {
            Layout.fillWidth: true
            title: qsTr("Your own texts: how alike are they?")
            subtitle: qsTr("lexical measures, and the paper's metrics on a local stand-in "
                           + "embedding")
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            Button {
                text: qsTr("Paste texts…")
                enabled: root.runner !== null
                onClicked: pastePopup.open()
            }
            Button {
                text: qsTr("Forget pasted texts")
                enabled: root.runner !== null
                onClicked: root.runner.command("clear-texts", {})
            }
            Text {
                Layout.fillWidth: true
                elide: Text.ElideRight
                font.pixelSize: root.fontPx
                color: root.failed ? Theme.error : Theme.mutedText
                text: root.fileError.length > 0
                      ? qsTr("File rejected, the previous texts are still shown: %1")
                            .arg(root.fileError)
                      : (root.runner ? root.runner.status : "")
            }
        }

        Text {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: root.fontPx * 0.92
            color: Theme.mutedText
            text: qsTr("Cosine similarity here is of a hashed character-trigram TF–IDF vector: a "
                       + "lexical stand-in for the paper's embedder (text-embedding-3-small), "
                       + "which cannot run offline. It sees shared wording, not shared meaning.")
        }

        Readouts {
            Layout.fillWidth: true
            runner: root.runner
            items: [
                {key: "intra_sim_mean", label: qsTr("within-model similarity"), digits: 3,
                 hint: qsTr("Mean cosine between two answers of the same model to the same "
                            + "prompt, averaged over (model, prompt) sets (paper §3.3).")},
                {key: "inter_sim_mean", label: qsTr("between-model similarity"), digits: 3,
                 hint: qsTr("Mean cosine between answers of two different models to the same "
                            + "prompt, averaged over model pairs (paper Fig. 6).")},
                {key: "different_prompt_sim", label: qsTr("different prompts"), digits: 3,
                 hint: qsTr("Mean cosine between answers to different prompts: the baseline "
                            + "to read the other similarities against.")},
                {key: "self_bleu", label: qsTr("Self-BLEU"), digits: 3,
                 hint: qsTr("BLEU-4 of each answer against the other answers of its set "
                            + "(smoothing: a zero n-gram match counts as 0.1), averaged. "
                            + "1: verbatim repeats.")},
                {key: "distinct_2", label: qsTr("distinct-2"), digits: 3,
                 hint: qsTr("Distinct word pairs / all word pairs in a set: low means the "
                            + "answers reuse the same phrases.")}
            ]
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            // Whatever room is left: the tables scroll and the charts shrink (projector theme).
            Layout.preferredHeight: 120
            spacing: 8

            TablesPane {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 13
                DataTable {
                    visible: loadError.valid
                    title: loadError.label
                    columns: loadError.columns
                    rows: loadError.rows
                }
                DataTable {
                    title: models.label
                    badge: qsTr("your texts")
                    columns: models.columns
                    rows: models.rows
                    note: qsTr("Words are runs of letters, digits and inner apostrophes, "
                               + "lower-cased. TTR: distinct words / words of one answer, "
                               + "averaged. distinct-n: distinct n-grams / all n-grams in "
                               + "a model's answers to one prompt (Li et al. 2016). "
                               + "Self-BLEU: sentence BLEU-4 (uniform weights, brevity "
                               + "penalty) of each answer against the others, averaged "
                               + "(Zhu et al. 2018). Cosine: mean cosine of the local embedding "
                               + "over distinct pairs (paper §3.3). The paper itself uses "
                               + "no lexical measure.")
                }
                DataTable {
                    title: qsTr("Prompt %1 of %2: %3").arg(root.r.texts_prompt_shown || 1)
                               .arg(root.r.texts_prompts || 1)
                               .arg(shownPrompt.valid && shownPrompt.rows.length > 0
                                    ? shownPrompt.rows[0][0] : "")
                    columns: responses.columns.slice(0, 1).concat(responses.columns.slice(2))
                    rows: responses.rows.map(x => [x[0], x[2]])
                    note: qsTr("Choose the prompt with “Prompt shown” in the parameter panel.")
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 7
                spacing: 0

                PageTabBar {
                    id: chartTabs
                    Layout.fillWidth: true
                    TabButton { text: qsTr("Answers") }
                    TabButton { text: qsTr("Models") }
                    TabButton { text: qsTr("Histogram") }
                }
                StackLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    currentIndex: chartTabs.currentIndex
                    Heatmap {
                        source: root.runner
                        grid: "texts_similarity"
                        minValue: 0
                        maxValue: 1
                        title: qsTr("Cosine between the answers to prompt %1")
                                   .arg(root.r.texts_prompt_shown || 1)
                        valueLabel: qsTr("cosine")
                        rowLabels: root.answerLabels
                        columnLabels: root.answerLabels
                    }
                    Heatmap {
                        source: root.runner
                        grid: "texts_inter"
                        minValue: 0
                        maxValue: 1
                        title: root.r.self_pairs === 1
                               ? qsTr("Between models; diagonal with self-pairs (as Fig. 6)")
                               : qsTr("Between models; diagonal without self-pairs")
                        valueLabel: qsTr("cosine")
                        rowLabels: models.rows.map(x => x[0])
                        columnLabels: models.rows.map(x => x[0])
                    }
                    BarPlot {
                        source: root.runner
                        bars: "texts_histogram"
                        title: qsTr("Within-model similarity, like Fig. 4")
                        xLabel: qsTr("mean cosine of a model's answers to a prompt")
                        yLabel: qsTr("% of sets")
                    }
                }
            }
        }
    }
}
