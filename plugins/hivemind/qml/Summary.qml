// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// In one picture: the paper's headline numbers (placeholder until the summary is drawn).
OnePicture {
    id: root

    headline: qsTr("Language models answer open-ended prompts alike: each repeats itself, "
                   + "and different models converge on the same answers.")
    caption: qsTr("Intra-model similarity above 0.8 in 79% of cases (Fig. 4); model pairs "
                  + "at 0.71–0.82 (Fig. 6).")
    thumbnailCaption: qsTr("One model repeats itself; different models answer alike")

    Item {
        Layout.fillWidth: true
        Layout.fillHeight: true
    }
}
