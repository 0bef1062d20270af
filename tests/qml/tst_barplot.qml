// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import PaperLab.Charts

Item {
    width: 600
    height: 600

    BarPlot {
        id: hist

        width: 600
        height: 200
        staticData: ({edges: [0, 1, 2, 3, 4], heights: [1, 4, 2, 0.5]})
    }

    BarPlot {
        id: logHist

        y: 200
        width: 600
        height: 200
        logX: true
        staticData: ({edges: [-1, 0, 1, 10, 100], heights: [5, 6, 7, 8]})
    }

    BarPlot {
        id: cats

        y: 400
        width: 600
        height: 200
        staticData: ({labels: ["AIME", "MATH", "AMC"], heights: [0.3, 0.8, 0.6]})
    }

    BarPlot {
        id: logCounts

        x: 300
        y: 200
        width: 300
        height: 200
        visible: false
        logY: true
        staticData: ({labels: ["a", "b", "c", "none"], heights: [1, 10, 1000, 0]})
    }

    TestCase {
        name: "BarPlot"
        when: windowShown

        function test_histogramIsPickedUp() {
            compare(hist.barCount, 4)
            compare(hist.skippedCount, 0)
            compare(hist.dataRange.xMin, 0)
            compare(hist.dataRange.xMax, 4)
            compare(hist.dataRange.yMax, 4)
        }

        function test_logXSkipsBinsWithNonPositiveEdges() {
            compare(logHist.barCount, 2)
            compare(logHist.skippedCount, 2)
            compare(logHist.dataRange.xMin, 1)
            compare(logHist.dataRange.xMax, 100)
            const mid = logHist.mapToPixel(10, 1).x
            fuzzyCompare(mid - logHist.mapToPixel(1, 1).x, logHist.mapToPixel(100, 1).x - mid, 0.01)
        }

        function test_logYSpacesDecadesEvenlyAndSkipsZero() {
            compare(logCounts.barCount, 3)
            compare(logCounts.skippedCount, 1)
            compare(logCounts.dataRange.yMin, 1)
            const one = logCounts.mapToPixel(0, 1).y, ten = logCounts.mapToPixel(0, 10).y,
                thousand = logCounts.mapToPixel(0, 1000).y
            fuzzyCompare(one - ten, (ten - thousand) / 2, 0.01)
            // The lowest bar (1) still has height: the axis starts a decade below it.
            verify(logCounts.mapToPixel(0, 0.1).y > one + 5)
            verify(logCounts.mapToPixel(0, 0.1).y <= logCounts.plotArea.bottom + 1)
            logCounts.logY = false
            compare(logCounts.barCount, 4)
            logCounts.logY = true
        }

        function test_hoverFindsTheBar() {
            const p = hist.mapToPixel(1.5, 1)
            verify(hist.hoverAt(p.x, p.y))
            compare(hist.hover.index, 1)
            compare(hist.hover.height, 4)
            compare(hist.hover.from, 1)
            compare(hist.hover.to, 2)
            const q = logHist.mapToPixel(30, 1)
            verify(logHist.hoverAt(q.x, q.y))
            compare(logHist.hover.height, 8)
        }

        function test_categoricalBars() {
            compare(cats.barCount, 3)
            const p = cats.mapToPixel(2, 0.1)
            verify(cats.hoverAt(p.x, p.y))
            compare(cats.hover.label, "AMC")
            compare(cats.hover.height, 0.6)
            verify(cats.summary.indexOf("the tallest is 0.8 at MATH") > 0)
            cats.categories = ["x", "y", "z"]
            verify(cats.hoverAt(p.x, p.y))
            compare(cats.hover.label, "z")
            cats.categories = []
        }

        function test_keyboard() {
            hist.forceActiveFocus()
            hist.clearHover()
            keyClick(Qt.Key_Right)
            compare(hist.hover.index, 0)
            keyClick(Qt.Key_Right)
            keyClick(Qt.Key_Right)
            compare(hist.hover.index, 2)
            keyClick(Qt.Key_Home)
            compare(hist.hover.index, 0)
        }

        function test_exportCsv() {
            const path = testHelper.tempPath("bars.csv")
            verify(hist.exportCsv(path))
            compare(testHelper.readText(path), "left,right,height\n0,1,1\n1,2,4\n2,3,2\n3,4,0.5\n")
            verify(cats.exportCsv(path))
            const lines = testHelper.readText(path).trim().split("\n")
            compare(lines[0], "label,left,right,height")
            compare(lines[1], "AIME,-0.5,0.5,0.3")
        }

        function test_drawnOnScreen() {
            tryVerify(() => testHelper.countColorOnScreen(hist, Theme.seriesColor(0)) > 2000)
            verify(testHelper.countColorOnScreen(cats, Theme.seriesColor(0)) > 2000)
        }

        function test_exportPng() {
            const path = testHelper.tempPath("bars.png")
            verify(hist.exportPng(path, 2))
            const info = testHelper.imageInfo(path)
            compare(info.width, 1200)
            compare(info.height, 400)
            verify(testHelper.countColor(path, Theme.seriesColor(0)) > 5000)
        }
    }
}
