// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import PaperLab.Charts

Item {
    width: 640
    height: 440

    LinePlot {
        id: plot

        width: 640
        height: 300
        title: "Variance"
        xLabel: "step"
        yLabel: "value"
        dashed: ["b"]
        referenceLines: [
            {axis: "x", value: 1.5, label: "φ₁"},
            {axis: "y", value: 2.5, label: "target"}
        ]
        staticData: [
            {id: "a", label: "sample variance", x: [0, 1, 2, 3], y: [1, 2, 3, 4]},
            {id: "b", label: "theory", y: [4, 3, 2, 1]}
        ]
    }

    LinePlot {
        id: logPlot

        y: 300
        width: 320
        height: 140
        logY: true
        staticData: [{id: "p", x: [1, 2, 3, 4, 5], y: [10, 0, -1, 100, 1000]}]
    }

    LinePlot {
        id: dense

        x: 320
        y: 300
        width: 320
        height: 140
        visible: false
    }

    LinePlot {
        id: banded

        x: 320
        y: 300
        width: 320
        height: 140
        visible: false
        legendVisible: false
        xMin: 0
        xMax: 10
        yMin: -1
        yMax: 1
        // The band runs past xMax: it must stop at the plot's edge.
        referenceLines: [{axis: "x", value: 6, to: 50, label: "band", color: "#ff0000"}]
        staticData: [{id: "flat", x: [0, 10], y: [-0.9, -0.9]}]
    }

    // A chart on a hidden tab of a view, above the others when shown.
    LinePlot {
        id: tabbed

        y: 300
        z: 1
        width: 320
        height: 140
        visible: false
        legendVisible: false
        staticData: [{id: "a", x: [0, 1], y: [0, 1]}]
    }

    SignalSpy {
        id: menuSpy

        target: plot
        signalName: "contextMenuRequested"
    }

    // Twin charts of an A/B comparison: different data, one set of axes once grouped.
    LinePlot {
        id: twinA

        x: 320
        y: 300
        width: 160
        height: 140
        staticData: [{id: "a", x: [0, 10], y: [0, 1]}]
    }
    LinePlot {
        id: twinB

        x: 480
        y: 300
        width: 160
        height: 140
        staticData: [{id: "a", x: [0, 40], y: [0, 8]}]
    }

    TestCase {
        name: "LinePlot"
        when: windowShown

        function init() {
            plot.series = []
            plot.clearHover()
        }

        function test_axisGroupSharesTheAxes() {
            function at(chart, x, y) {
                const p = chart.mapToPixel(x, y)
                return Qt.point(p.x - chart.plotArea.x, p.y - chart.plotArea.y)
            }
            verify(at(twinA, 10, 1).x > at(twinB, 10, 1).x + 20) // each fits its own data
            twinA.axisGroup = twinB.axisGroup = "compare-test"
            tryVerify(() => Math.abs(at(twinA, 10, 1).x - at(twinB, 10, 1).x) < 0.5)
            fuzzyCompare(at(twinA, 40, 8).x, at(twinB, 40, 8).x, 0.5)
            fuzzyCompare(at(twinA, 40, 8).y, at(twinB, 40, 8).y, 0.5)
            // B's data grows: A's axes follow.
            twinB.staticData = [{id: "a", x: [0, 80], y: [0, 16]}]
            tryVerify(() => Math.abs(at(twinA, 80, 16).x - at(twinB, 80, 16).x) < 0.5)
            twinA.axisGroup = ""
            tryVerify(() => at(twinA, 10, 1).x > at(twinB, 10, 1).x + 20)
            twinB.axisGroup = ""
        }

        function test_staticDataIsPickedUp() {
            verify(plot.hasData)
            compare(plot.seriesCount, 2)
            compare(plot.pointCount, 8)
            compare(plot.skippedCount, 0)
            compare(plot.dataRange.xMin, 0)
            compare(plot.dataRange.xMax, 3)
            compare(plot.dataRange.yMin, 1)
            compare(plot.dataRange.yMax, 4)
        }

        function test_newStaticDataReplacesTheOld() {
            const revision = plot.dataRevision
            const old = plot.staticData
            plot.staticData = [{id: "c", x: [0, 10], y: [5, 6]}]
            verify(plot.dataRevision > revision)
            compare(plot.seriesCount, 1)
            compare(plot.dataRange.xMax, 10)
            plot.staticData = old
            compare(plot.seriesCount, 2)
        }

        function test_seriesSelection() {
            plot.series = ["b"]
            compare(plot.seriesCount, 1)
            compare(plot.pointCount, 4)
            compare(plot.dataRange.yMax, 4)
            plot.series = ["missing", "a"]
            compare(plot.seriesCount, 1)
        }

        function test_logAxisSkipsNonPositiveValues() {
            compare(logPlot.pointCount, 3)
            compare(logPlot.skippedCount, 2)
            compare(logPlot.dataRange.yMin, 10)
            compare(logPlot.dataRange.yMax, 1000)
            logPlot.logY = false
            compare(logPlot.pointCount, 5)
            compare(logPlot.dataRange.yMin, -1)
            logPlot.logY = true
            compare(logPlot.pointCount, 3)
            // Points are still placed on a logarithmic scale: 100 sits midway between 10 and 1000.
            const a = logPlot.mapToPixel(1, 10)
            const b = logPlot.mapToPixel(1, 100)
            const c = logPlot.mapToPixel(1, 1000)
            fuzzyCompare(b.y - a.y, c.y - b.y, 0.01)
        }

        function test_hoverFindsTheNearestPoint() {
            const p = plot.mapToPixel(2, 3)
            verify(plot.hoverAt(p.x + 3, p.y - 2))
            compare(plot.hover.series, "a")
            compare(plot.hover.label, "sample variance")
            compare(plot.hover.index, 2)
            compare(plot.hover.x, 2)
            compare(plot.hover.y, 3)
            verify(plot.hover.text.indexOf("sample variance") === 0)

            const q = plot.mapToPixel(1, 3)
            verify(plot.hoverAt(q.x - 2, q.y + 4))
            compare(plot.hover.series, "b")
            compare(plot.hover.index, 1)

            verify(!plot.hoverAt(1, 1)) // in the margin, outside the plot area
            verify(!plot.hover.valid)
        }

        // A series can share another's colour (an estimate and its error band); by default
        // each takes the colour of its place.
        function test_colorsChooseTheSeriesColours() {
            const q = plot.mapToPixel(1, 3) // a point of "b", the second series
            verify(plot.hoverAt(q.x - 2, q.y + 4))
            compare(plot.hover.series, "b")
            verify(Qt.colorEqual(plot.hover.color, Theme.seriesColors[1]))
            plot.colors = [0, 0]
            verify(plot.hoverAt(q.x - 2, q.y + 4))
            verify(Qt.colorEqual(plot.hover.color, Theme.seriesColors[0]))
            plot.colors = []
            verify(plot.hoverAt(q.x - 2, q.y + 4))
            verify(Qt.colorEqual(plot.hover.color, Theme.seriesColors[1]))
        }

        function test_mouseMovesTheHover() {
            const p = plot.mapToPixel(3, 4)
            mouseMove(plot, p.x, p.y)
            tryCompare(plot.hover, "valid", true)
            compare(plot.hover.series, "a")
            compare(plot.hover.index, 3)
        }

        function test_arrowKeysMoveTheHover() {
            plot.forceActiveFocus()
            verify(plot.activeFocus)
            keyClick(Qt.Key_Right)
            compare(plot.hover.series, "a")
            compare(plot.hover.index, 0)
            keyClick(Qt.Key_Right)
            compare(plot.hover.index, 1)
            keyClick(Qt.Key_End)
            compare(plot.hover.index, 3)
            keyClick(Qt.Key_Down)
            compare(plot.hover.series, "b")
            compare(plot.hover.x, 3)
            keyClick(Qt.Key_Left)
            compare(plot.hover.x, 2)
            keyClick(Qt.Key_Escape)
            verify(!plot.hover.valid)
        }

        function test_contextMenuFromMouseAndKeyboard() {
            menuSpy.clear()
            mouseClick(plot, 200, 150, Qt.RightButton)
            compare(menuSpy.count, 1)
            compare(menuSpy.signalArguments[0][0], 200)
            keyClick(Qt.Key_Escape) // closes the menu
            plot.forceActiveFocus()
            keyClick(Qt.Key_Menu)
            compare(menuSpy.count, 2)
            keyClick(Qt.Key_Escape)
        }

        function test_accessibility() {
            compare(plot.Accessible.role, Accessible.Chart)
            compare(plot.Accessible.name, "Variance")
            compare(plot.Accessible.description, plot.summary)
            compare(plot.summary,
                    "2 series, x from 0 to 3; sample variance ends at 4; theory ends at 1.")
            verify(logPlot.summary.indexOf("(log y)") > 0)
        }

        function test_exportCsv() {
            const path = testHelper.tempPath("line.csv")
            verify(plot.exportCsv(path))
            const lines = testHelper.readText(path).trim().split("\n")
            compare(lines.length, 9)
            compare(lines[0], "series,label,step,value")
            compare(lines[3], "a,sample variance,2,3")
            compare(lines[5], "b,theory,0,4")
            compare(lines[8], "b,theory,3,1")
        }

        function test_drawnOnScreen() {
            // Whatever the scene graph backend (software under offscreen, OpenGL under Xvfb).
            tryVerify(() => testHelper.countColorOnScreen(plot, Theme.seriesColor(0)) > 100)
            verify(testHelper.countColorOnScreen(plot, Theme.seriesColor(1)) > 50)
        }

        function test_exportPngAtTwiceTheSize() {
            const path = testHelper.tempPath("line.png")
            verify(plot.exportPng(path, 2))
            const info = testHelper.imageInfo(path)
            compare(info.width, plot.width * 2)
            compare(info.height, plot.height * 2)
            verify(info.distinctColors > 20)
            verify(testHelper.countColor(path, Theme.seriesColor(0)) > 200) // the lines were drawn
            verify(testHelper.countColor(path, Theme.seriesColor(1)) > 100)
        }

        function test_exportSvgHasTheData() {
            const path = testHelper.tempPath("line.svg")
            verify(plot.exportSvg(path))
            const svg = testHelper.readText(path)
            verify(svg.indexOf("<svg") >= 0)
            verify(svg.indexOf("φ₁") >= 0)
            verify(svg.indexOf("sample variance") >= 0)
            verify(svg.indexOf("<path") >= 0)
        }

        function test_decimatedSeriesDrawsSolid() {
            // 20000 points alternating between -1 and 1: drawn min/max-decimated, the line
            // must fill the band between them completely.
            const n = 20000, xs = new Array(n), ys = new Array(n)
            for (let i = 0; i < n; ++i) {
                xs[i] = i
                ys[i] = i % 2 ? 1 : -1
            }
            dense.staticData = [{id: "zigzag", x: xs, y: ys}]
            dense.visible = true
            compare(dense.pointCount, n)
            const path = testHelper.tempPath("dense.png")
            verify(dense.exportPng(path, 1))
            const top = dense.mapToPixel(0, 1).y, bottom = dense.mapToPixel(0, -1).y
            const band = dense.plotArea.width * (bottom - top)
            verify(testHelper.countColor(path, Theme.seriesColor(0), 16) > 0.9 * band)
            dense.visible = false
        }

        function test_dataThatCameWhileHiddenIsDrawnWhenShown() {
            // A hidden chart is not drawn (ChartItem::updatePaintNode): what came meanwhile
            // must be once it is shown.
            tabbed.visible = true
            tryVerify(() => testHelper.countColorOnScreen(tabbed, Theme.seriesColor(0)) > 20)
            tabbed.visible = false
            tabbed.staticData = [{id: "a", x: [0, 1], y: [0, 1000]},
                                 {id: "b", x: [0, 1], y: [1000, 0]}]
            wait(50)
            tabbed.visible = true
            tryVerify(() => testHelper.countColorOnScreen(tabbed, Theme.seriesColor(1)) > 20)
            verify(testHelper.countColorOnScreen(tabbed, Theme.seriesColor(0)) > 20)
            tabbed.visible = false
        }

        function test_referenceBandIsShadedInsideThePlotOnly() {
            banded.visible = true
            waitForRendering(banded)
            const image = grabImage(banded)
            const redness = (x, y) => {
                const c = image.pixel(Math.round(x), Math.round(y))
                return c.r - c.g
            }
            const inside = banded.mapToPixel(8, 0.5), outside = banded.mapToPixel(3, 0.5)
            verify(redness(inside.x, inside.y) > redness(outside.x, outside.y) + 0.05,
                   "the band from x = 6 is tinted red")
            const area = banded.plotArea
            verify(Math.abs(redness(area.right + 4, inside.y)) < 0.02,
                   "the band is clipped at the plot's right edge")
            banded.visible = false
        }

        function test_exportToAnUnwritablePathFails() {
            ignoreWarning(/cannot write/)
            ignoreWarning(/cannot write/)
            verify(!plot.exportCsv("/nonexistent-directory/data.csv"))
            verify(!plot.exportPng("/nonexistent-directory/chart.png", 2))
        }

        function test_fileUrlsAreAccepted() {
            const path = testHelper.tempPath("url.csv")
            verify(plot.exportCsv("file://" + path))
            verify(testHelper.readText(path).length > 0)
        }
    }
}
