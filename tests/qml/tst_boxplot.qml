// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import PaperLab.Charts

Item {
    width: 600
    height: 600

    BoxPlot {
        id: boxes

        width: 600
        height: 300
        title: "Samples"
        xLabel: "N"
        yLabel: "value"
        categories: ["five", "ten"]
        // Row 0: 1..9 and an outlier; row 1 is shorter (padded with NaN).
        staticData: ({id: "s", values: [[1, 2, 3, 4, 5, 6, 7, 8, 9, 100], [2, 4, 6]]})
    }

    BoxPlot {
        id: refs

        y: 300
        width: 600
        height: 300
        showOutliers: false
        referenceLines: [{value: 2, label: "two"}, {value: 30, label: "thirty"}]
        staticData: ({values: [[1, 2, 3, 4, 5, 6, 7, 8, 9, 100], [2, 4, 6], [NaN, NaN]]})
    }

    TestCase {
        name: "BoxPlot"
        when: windowShown

        function test_quartilesAndWhiskers() {
            compare(boxes.boxCount, 2)
            const a = boxes.boxAt(0)
            verify(a.valid)
            compare(a.n, 10)
            // numpy.percentile, linear: positions 2.25, 4.5 and 6.75 of the sorted samples.
            fuzzyCompare(a.q1, 3.25, 1e-12)
            fuzzyCompare(a.median, 5.5, 1e-12)
            fuzzyCompare(a.q3, 7.75, 1e-12)
            // Fences at q1 - 1.5 IQR = -3.5 and q3 + 1.5 IQR = 14.5: 100 is an outlier.
            compare(a.lowWhisker, 1)
            compare(a.highWhisker, 9)
            compare(a.outliers.length, 1)
            compare(a.outliers[0], 100)
            const b = boxes.boxAt(1)
            compare(b.n, 3)
            compare(b.q1, 3)
            compare(b.median, 4)
            compare(b.q3, 5)
            compare(b.outliers.length, 0)
            verify(!boxes.boxAt(2).valid)
        }

        function test_fullRangeWhiskers() {
            boxes.whisker = 0
            compare(boxes.boxAt(0).highWhisker, 100)
            compare(boxes.boxAt(0).outliers.length, 0)
            boxes.whisker = 1.5
            compare(boxes.boxAt(0).highWhisker, 9)
        }

        function test_axisCoversOutliersOnlyWhenShown() {
            verify(boxes.mapToPixel(0, 100).y >= boxes.plotArea.top - 0.5)
            // Hidden outliers leave the axis to the whiskers and the reference lines.
            const top = refs.mapToPixel(0, 30).y
            verify(top >= refs.plotArea.top - 0.5)
            verify(refs.mapToPixel(0, 100).y < refs.plotArea.top - 10)
        }

        function test_emptyRowHasNoBox() {
            compare(refs.boxCount, 2)
            verify(!refs.boxAt(2).valid)
        }

        function test_referenceLabelsAreShown() {
            let texts = []
            for (let i = 0; i < refs.labels.rowCount(); ++i)
                texts.push(refs.labels.data(refs.labels.index(i, 0), Qt.UserRole + 1))
            verify(texts.indexOf("two") >= 0)
            verify(texts.indexOf("thirty") >= 0)
        }

        function test_hoverFindsTheBox() {
            const p = boxes.mapToPixel(1, 4)
            verify(boxes.hoverAt(p.x, p.y))
            compare(boxes.hover.index, 1)
            compare(boxes.hover.label, "ten")
            compare(boxes.hover.median, 4)
            verify(boxes.summary.indexOf("2 boxes") === 0)
        }

        function test_keyboard() {
            boxes.forceActiveFocus()
            boxes.clearHover()
            keyClick(Qt.Key_Right)
            compare(boxes.hover.index, 0)
            keyClick(Qt.Key_Right)
            compare(boxes.hover.index, 1)
        }

        function test_exportCsv() {
            const path = testHelper.tempPath("boxes.csv")
            verify(boxes.exportCsv(path))
            const lines = testHelper.readText(path).trim().split("\n")
            compare(lines[0], "N,n,min (value),low whisker (value),q1 (value),median (value),"
                    + "q3 (value),high whisker (value),max (value),outliers")
            compare(lines[1], "five,10,1,1,3.25,5.5,7.75,9,100,100")
            compare(lines[2], "ten,3,2,2,3,4,5,6,6,")
        }

        function test_drawnOnScreen() {
            tryVerify(() => testHelper.countColorOnScreen(boxes, Theme.seriesColor(0)) > 300)
        }

        function test_exportPngAndSvg() {
            const png = testHelper.tempPath("boxes.png")
            verify(boxes.exportPng(png, 2))
            const info = testHelper.imageInfo(png)
            compare(info.width, 1200)
            compare(info.height, 600)
            verify(testHelper.countColor(png, Theme.seriesColor(0)) > 1000)
            const svg = testHelper.tempPath("boxes.svg")
            verify(boxes.exportSvg(svg))
            verify(testHelper.readText(svg).indexOf("<svg") >= 0)
        }
    }
}
