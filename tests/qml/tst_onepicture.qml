// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import QtTest
import PaperLab.Controls

Item {
    width: 800
    height: 500

    OnePicture {
        id: page
        anchors.fill: parent
        headline: "A headline"
        caption: "A caption"
        thumbnailCaption: "What the thumbnail shows"
        Rectangle { objectName: "figure"; Layout.fillWidth: true; Layout.fillHeight: true }
    }

    TestCase {
        name: "OnePicture"
        when: windowShown

        // One style for every paper: a bold headline, a smaller muted caption.
        function test_style() {
            const headline = findChild(page, "onePictureHeadline")
            const caption = findChild(page, "onePictureCaption")
            verify(headline.visible && caption.visible)
            verify(headline.font.bold)
            verify(caption.font.pixelSize < headline.font.pixelSize)
            compare(caption.tex, "A caption")
            const figure = findChild(page, "figure")
            verify(figure.width > 700 && figure.height > 300)
            verify(figure.mapToItem(page, 0, 0).y > headline.height)
        }

        // On a home-page card: only the figure and a caption saying what it shows.
        function test_compact() {
            page.compact = true
            const headline = findChild(page, "onePictureHeadline")
            const caption = findChild(page, "onePictureCaption")
            verify(!headline.visible)
            verify(caption.visible)
            compare(caption.tex, "What the thumbnail shows")
            page.compact = false
        }
    }
}
