// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// In one picture: the paper's measurements (arXiv 2510.22954). Left, where its similarity
// numbers sit against the baseline of unrelated responses (Fig. 4 caption, Fig. 4, Fig. 6).
// Right, how many of 25 models supply a response's 50 nearest neighbours: the paper's ≈ 8
// (Fig. 8) between the two exact limits, fully separated models (2) and interchangeable ones
// (the hypergeometric 21.89).
OnePicture {
    id: root

    headline: qsTr("Asked open-ended questions, each model repeats itself and different "
                   + "models give answers alike: an artificial hivemind.")
    caption: qsTr("Left: cosine similarity of response embeddings. Answers to different "
                  + "prompts score 0.1–0.2; two models' answers to the same prompt 0.71–0.82 "
                  + "(Fig. 6); and in 79 % of (model, prompt) cases one model's 50 answers "
                  + "average above 0.8 (Fig. 4). Right: among the 50 responses nearest to a "
                  + "given one, only about 8 of 25 models are represented (Fig. 8), far from "
                  + "the 21.9 expected if the models were interchangeable.")
    thumbnailCaption: qsTr("One model repeats itself; different models answer alike")

    BarPlot {
        Layout.fillWidth: true
        Layout.fillHeight: true
        title: root.compact ? "" : qsTr("How alike are the answers? (cosine similarity)")
        yLabel: root.compact ? "" : qsTr("cosine similarity")
        staticData: ({labels: [qsTr("different prompts"), qsTr("2 models: lowest"),
                               qsTr("2 models: highest"), qsTr("1 model: 79 % above")],
                      heights: [0.15, 0.71, 0.82, 0.8]})
    }

    BarPlot {
        visible: !root.compact
        Layout.fillWidth: true
        Layout.fillHeight: true
        title: qsTr("Distinct models among the 50 nearest responses (of 25)")
        yLabel: qsTr("distinct models")
        staticData: ({labels: [qsTr("separate models"), qsTr("the paper (Fig. 8)"),
                               qsTr("interchangeable models")],
                      heights: [2, 8, 21.89]})
    }
}
