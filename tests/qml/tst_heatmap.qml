// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import PaperLab.Charts

Item {
    width: 800
    height: 400

    Heatmap {
        id: map

        width: 500
        height: 360
        valueLabel: "weight"
        // value = 10 * row + column
        staticData: ({rows: 3, cols: 4, values: [0, 1, 2, 3, 10, 11, 12, 13, 20, 21, 22, 23]})
    }

    Heatmap {
        id: nested

        x: 500
        width: 300
        height: 200
        colormap: "diverging"
        staticData: ({values: [[1, -2], [3, 4]]})
    }

    Heatmap {
        id: big

        width: 600
        height: 400
        visible: false
    }

    TestCase {
        name: "Heatmap"
        when: windowShown

        function cleanup() {
            map.minValue = NaN
            map.maxValue = NaN
            map.rowLabels = []
            map.columnLabels = []
            map.clearHover()
        }

        function test_matrixIsPickedUp() {
            compare(map.rows, 3)
            compare(map.columns, 4)
            compare(map.dataRange.min, 0)
            compare(map.dataRange.max, 23)
            compare(map.colorRange.min, 0)
            compare(map.colorRange.max, 23)
            compare(map.valueAt(2, 1), 21)
            verify(isNaN(map.valueAt(3, 0)))
        }

        function test_hoverReturnsTheCellValue() {
            const c = map.cellCenter(1, 2)
            verify(map.hoverAt(c.x, c.y))
            compare(map.hover.row, 1)
            compare(map.hover.column, 2)
            compare(map.hover.value, 12)
            // Anywhere in the cell, not just its centre.
            const w = map.plotArea.width / 4, h = map.plotArea.height / 3
            verify(map.hoverAt(c.x + 0.45 * w, c.y - 0.45 * h))
            compare(map.hover.value, 12)
            verify(map.hoverAt(c.x + 0.55 * w, c.y))
            compare(map.hover.value, 13)
            verify(map.hover.text.indexOf("weight = 13") > 0)
        }

        // The read-out is plain text: labels in math notation show in their Unicode form.
        function test_hoverTextHasNoMarkup() {
            map.valueLabel = "a_{ij}"
            map.rowLabels = ["x_{1}", "x_{2}", "x_{3}"]
            const c = map.cellCenter(1, 2)
            verify(map.hoverAt(c.x, c.y))
            verify(map.hover.text.indexOf("_{") < 0, map.hover.text)
            verify(map.hover.text.indexOf("x\u2082") === 0, map.hover.text)
            verify(map.hover.text.indexOf("a\u1d62\u2c7c = 12") > 0, map.hover.text)
            map.valueLabel = "weight"
        }

        function test_arrowKeysMoveBetweenCells() {
            map.forceActiveFocus()
            keyClick(Qt.Key_Right)
            compare(map.hover.value, 0)
            keyClick(Qt.Key_Right)
            keyClick(Qt.Key_Down)
            compare(map.hover.value, 11)
            keyClick(Qt.Key_End)
            compare(map.hover.value, 13)
        }

        function test_nestedRowsAndSymmetricDivergingRange() {
            compare(nested.rows, 2)
            compare(nested.columns, 2)
            compare(nested.valueAt(0, 1), -2)
            compare(nested.colorRange.min, -4)
            compare(nested.colorRange.max, 4)
        }

        function test_fixedColourRange() {
            map.minValue = 5
            map.maxValue = 15
            compare(map.colorRange.min, 5)
            compare(map.colorRange.max, 15)
            compare(map.dataRange.min, 0)
        }

        function test_exportCsv() {
            const path = testHelper.tempPath("heatmap.csv")
            verify(map.exportCsv(path))
            const lines = testHelper.readText(path).trim().split("\n")
            compare(lines.length, 13)
            compare(lines[0], "row,column,weight")
            compare(lines[7], "1,2,12")
            map.rowLabels = ["a", "b", "c"]
            map.columnLabels = ["w", "x", "y", "z"]
            verify(map.exportCsv(path))
            const labelled = testHelper.readText(path).trim().split("\n")
            compare(labelled[0], "row,column,row_label,column_label,weight")
            compare(labelled[7], "1,2,b,y,12")
        }

        function test_drawnOnScreen() {
            tryVerify(() => testHelper.countColorOnScreen(map, "#fde725", 6) > 200)
            verify(testHelper.countColorOnScreen(map, "#440154", 6) > 200)
        }

        function test_exportPngUsesViridis() {
            const path = testHelper.tempPath("heatmap.png")
            verify(map.exportPng(path, 2))
            const info = testHelper.imageInfo(path)
            compare(info.width, 1000)
            compare(info.height, 720)
            verify(testHelper.countColor(path, "#fde725", 6) > 500)  // the top end (23)
            verify(testHelper.countColor(path, "#440154", 6) > 500)  // the bottom end (0)
        }

        function test_withoutColourBarThePlotTakesItsWidth() {
            big.staticData = {values: [[0, 1], [1, 0]]}
            const reserve = big.colorBarWidth
            verify(reserve > 30, reserve)
            const plot = big.plotArea.width
            big.colorBar = false // laid out again at the next polish, before the next frame
            tryCompare(big, "colorBarWidth", 0)
            fuzzyCompare(big.plotArea.width, plot + reserve, 0.5)
            big.colorBar = true
            tryVerify(() => Math.abs(big.plotArea.width - plot) <= 0.5, big.plotArea.width)
        }

        function test_largeMatrix() {
            const n = 1024
            const values = new Array(n * n)
            for (let i = 0; i < n * n; ++i)
                values[i] = (i % n) - Math.floor(i / n)
            big.staticData = {rows: n, cols: n, values: values}
            compare(big.rows, n)
            compare(big.columns, n)
            const c = big.cellCenter(1000, 3)
            verify(big.hoverAt(c.x, c.y))
            compare(big.hover.row, 1000)
            compare(big.hover.column, 3)
            compare(big.hover.value, -997)
            const path = testHelper.tempPath("big.png")
            verify(big.exportPng(path, 1))
            compare(testHelper.imageInfo(path).width, 600)
        }
    }
}
