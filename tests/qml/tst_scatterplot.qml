// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import PaperLab.Charts

Item {
    width: 500
    height: 900

    ScatterPlot {
        id: scatter

        width: 500
        height: 360
        pointSize: 5
        staticData: [
            {id: "g0", label: "group A", x: [0, 1, 2], y: [0, 1, 0]},
            {id: "g1", label: "group B", x: [5, 6], y: [5, 6]},
            {id: "g2", x: [NaN, 3], y: [1, 2]}
        ]
    }

    // Two groups at the same x positions, dodged apart.
    ScatterPlot {
        id: dodged

        y: 360
        width: 500
        height: 240
        pointSize: 5
        xOffsets: [-0.25, 0.25]
        staticData: [
            {id: "a", x: [0, 1, 2], y: [1, 1, 1]},
            {id: "b", x: [0, 1, 2], y: [1, 1, 1]}
        ]
    }

    // More markers than 16-bit indices can address (4,000 of at least 21 vertices): the
    // group drawn last has the highest indices.
    ScatterPlot {
        id: crowded

        y: 600
        width: 500
        height: 300
        pointSize: 5
        legendVisible: false
        staticData: {
            const xs = [], ys = []
            for (let i = 0; i < 4000; ++i) {
                xs.push((i % 80) / 80)
                ys.push(Math.floor(i / 80) / 50)
            }
            return [{id: "many", x: xs, y: ys}, {id: "last", x: [2, 2.5, 3], y: [2, 2.5, 3]}]
        }
    }

    TestCase {
        name: "ScatterPlot"
        when: windowShown

        function cleanup() {
            scatter.logX = false
        }

        function test_groupsAreSeries() {
            compare(scatter.seriesCount, 3)
            compare(scatter.pointCount, 6)
            compare(scatter.skippedCount, 1) // the NaN
            compare(scatter.dataRange.xMin, 0)
            compare(scatter.dataRange.yMax, 6)
        }

        function test_logAxisSkipsZero() {
            scatter.logX = true
            compare(scatter.pointCount, 5)
            compare(scatter.dataRange.xMin, 1)
        }

        function test_hoverNearestAndGroupColour() {
            const p = scatter.mapToPixel(5, 5)
            verify(scatter.hoverAt(p.x + 4, p.y + 3))
            compare(scatter.hover.series, "g1")
            compare(scatter.hover.label, "group B")
            compare(scatter.hover.x, 5)
            verify(Qt.colorEqual(scatter.hover.color, Theme.seriesColor(1)))
            const q = scatter.mapToPixel(3, 2)
            verify(scatter.hoverAt(q.x, q.y))
            compare(scatter.hover.series, "g2")
            compare(scatter.hover.index, 1)
        }

        function test_offsetSeriesSitSideBySideAndKeepTheirX() {
            compare(dodged.dataRange.xMin, -0.25)
            compare(dodged.dataRange.xMax, 2.25)
            for (const [series, dx] of [["a", -0.25], ["b", 0.25]]) {
                const p = dodged.mapToPixel(1 + dx, 1)
                verify(dodged.hoverAt(p.x, p.y))
                compare(dodged.hover.series, series)
                compare(dodged.hover.x, 1) // the true x, not where it is drawn
            }
            // Both colours on screen: neither group hides under the other.
            for (let i = 0; i < 2; ++i)
                tryVerify(() => testHelper.countColorOnScreen(dodged, Theme.seriesColor(i)) > 20)
        }

        function test_exportCsvKeepsMissingValuesEmpty() {
            const path = testHelper.tempPath("scatter.csv")
            verify(scatter.exportCsv(path))
            const lines = testHelper.readText(path).trim().split("\n")
            compare(lines.length, 8)
            compare(lines[0], "series,label,x,y")
            compare(lines[1], "g0,group A,0,0")
            compare(lines[6], "g2,g2,,1")
        }

        function test_drawnOnScreen() {
            for (let i = 0; i < 3; ++i)
                tryVerify(() => testHelper.countColorOnScreen(scatter, Theme.seriesColor(i)) > 20)
        }

        function test_markersPastSixteenBitIndicesAreDrawn() {
            tryVerify(() => testHelper.countColorOnScreen(crowded, Theme.seriesColor(1)) > 50)
        }

        function test_exportPngDrawsEveryGroup() {
            const path = testHelper.tempPath("scatter.png")
            verify(scatter.exportPng(path, 2))
            const info = testHelper.imageInfo(path)
            compare(info.width, 1000)
            compare(info.height, 720)
            for (let i = 0; i < 3; ++i)
                verify(testHelper.countColor(path, Theme.seriesColor(i)) > 50, "group " + i)
        }
    }
}
