// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import PaperLab.Charts

// The paper's own results as a view of its own (frozen data; nothing here is computed).
Rectangle {
    id: root

    property var runner: null

    color: Theme.background

    ScrollView {
        id: scroll
        anchors.fill: parent
        anchors.margins: 10
        clip: true
        contentWidth: availableWidth

        PaperResults {
            width: scroll.availableWidth
        }
    }
}
