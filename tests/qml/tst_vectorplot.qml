// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import PaperLab.Charts

Item {
    width: 560
    height: 320

    VectorPlot {
        id: vec

        anchors.fill: parent
        unitCircle: true
        arrows: ["w"]
        staticData: [
            {id: "w", label: "features", x: [1, 0, -0.5], y: [0, 1, -0.5]},
            {id: "path", label: "trajectory", x: [0, 0.2, 0.4], y: [0, 0.1, 0.3]}
        ]
    }

    TestCase {
        name: "VectorPlot"
        when: windowShown

        function test_dataIsPickedUp() {
            compare(vec.seriesCount, 2)
            compare(vec.pointCount, 6)
            compare(vec.summary, "3 vectors and 1 trajectories; the longest vector has length 1.")
        }

        function test_equalAspectRatio() {
            const o = vec.mapToPixel(0, 0), ex = vec.mapToPixel(1, 0), ey = vec.mapToPixel(0, 1)
            verify(ex.x - o.x > 50)
            fuzzyCompare(ex.x - o.x, o.y - ey.y, 1.0)
            // The unit circle fits.
            verify(vec.mapToPixel(0, 1).y >= vec.plotArea.y)
            verify(vec.mapToPixel(0, -1).y <= vec.plotArea.y + vec.plotArea.height)
        }

        function test_drawnOnScreen() {
            tryVerify(() => testHelper.countColorOnScreen(vec, Theme.seriesColor(0)) > 150)
            verify(testHelper.countColorOnScreen(vec, Theme.seriesColor(1)) > 30)
        }

        function test_hoverOnArrowTip() {
            const p = vec.mapToPixel(0, 1)
            verify(vec.hoverAt(p.x + 2, p.y + 2))
            compare(vec.hover.series, "w")
            compare(vec.hover.index, 1)
        }

        function test_exportCsvAndPng() {
            const csv = testHelper.tempPath("vectors.csv")
            verify(vec.exportCsv(csv))
            compare(testHelper.readText(csv).trim().split("\n").length, 7)
            const png = testHelper.tempPath("vectors.png")
            verify(vec.exportPng(png, 2))
            compare(testHelper.imageInfo(png).width, 1120)
            verify(testHelper.countColor(png, Theme.seriesColor(0)) > 300)
            verify(testHelper.countColor(png, Theme.seriesColor(1)) > 100)
        }
    }
}
