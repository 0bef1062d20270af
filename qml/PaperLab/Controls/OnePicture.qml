// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts

// A paper's "In one picture" page (its Summary.qml), in the same style for every paper: a
// headline, the figures (this item's children, laid out in a row) and a caption, the texts in
// MathText notation. On a home-page card (compact) only the figures are drawn, with
// `thumbnailCaption` below them saying what they show.
Rectangle {
    id: root

    property bool compact: false
    property string headline
    property string caption
    property string thumbnailCaption
    default property alias figures: figureRow.data
    readonly property real fontPx: 14 * Theme.fontScale

    color: compact ? Theme.surface : Theme.background // a thumbnail sits on its card
    implicitWidth: 900
    implicitHeight: compact ? 240 : 420

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: root.compact ? 4 : 12
        spacing: 6

        MathParagraph {
            objectName: "onePictureHeadline"
            Layout.fillWidth: true
            visible: !root.compact && root.headline.length > 0
            tex: root.headline
            font.pixelSize: root.fontPx * 1.2
            font.bold: true
            color: Theme.text
        }

        RowLayout {
            id: figureRow
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 10
        }

        MathParagraph {
            objectName: "onePictureCaption"
            Layout.fillWidth: true
            readonly property string shown: root.compact ? root.thumbnailCaption : root.caption
            visible: shown.length > 0
            tex: shown
            font.pixelSize: root.fontPx * 0.85
            color: Theme.mutedText
        }
    }
}
