// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import PaperLab.Charts

Item {
    width: 400
    height: 300

    // resources/themes/light.json and dark.json
    readonly property var light: ({
        name: "light", window: "#f6f7f9", surface: "#ffffff", text: "#1b1f24", mutedText: "#5a6270",
        accent: "#2563c9", grid: "#e3e6eb", axis: "#8a929e", focus: "#9a5b00", error: "#c62828",
        series: ["#0072b2", "#e69f00", "#009e73", "#cc79a7",
                 "#56b4e9", "#d55e00", "#7f7f7f", "#b8a300"],
        lineWidth: 2.0, fontScale: 1.0
    })
    readonly property var dark: ({
        name: "dark", window: "#16191e", surface: "#1e2228", text: "#e6e9ee", mutedText: "#9aa3b0",
        accent: "#5b9cf5", grid: "#2f353e", axis: "#7c8592", focus: "#ffb627", error: "#ef6b6b",
        series: ["#56b4e9", "#f0b429", "#2ec4a0", "#e58fc4",
                 "#9ecbff", "#ff7d45", "#b8b8b8", "#e3d26f"],
        lineWidth: 2.0, fontScale: 1.0
    })

    LinePlot {
        id: plot

        anchors.fill: parent
        title: "Theme"
        staticData: [{id: "a", x: [0, 1, 2], y: [0, 1, 4]}]
    }

    SignalSpy {
        id: spy

        target: Theme
        signalName: "changed"
    }

    TestCase {
        name: "Theme"
        when: windowShown

        function cleanup() {
            Theme.apply(light)
        }

        function test_defaultIsLight() {
            compare(Theme.name, "light")
            verify(Qt.colorEqual(Theme.surface, "#ffffff"))
            verify(Qt.colorEqual(Theme.background, "#f6f7f9"))
            compare(Theme.seriesColors.length, 8)
            verify(Qt.colorEqual(Theme.seriesColor(0), "#0072b2"))
            verify(Qt.colorEqual(Theme.seriesColor(9), "#e69f00")) // cycles
            compare(Theme.lineWidth, 2)
        }

        function test_applySwitchesEverything() {
            spy.clear()
            Theme.apply(dark)
            compare(spy.count, 1)
            compare(Theme.name, "dark")
            verify(Qt.colorEqual(Theme.background, "#16191e"))
            verify(Qt.colorEqual(Theme.focus, "#ffb627"))
            verify(Qt.colorEqual(Theme.seriesColor(0), "#56b4e9"))
        }

        function test_partialAndInvalidValues() {
            Theme.apply({lineWidth: 3.5, fontScale: 1.35, surface: "not a colour"})
            compare(Theme.lineWidth, 3.5)
            compare(Theme.fontScale, 1.35)
            verify(Qt.colorEqual(Theme.surface, "#ffffff"))
            compare(Theme.font.pixelSize, 16)
            Theme.apply({lineWidth: -1})
            compare(Theme.lineWidth, 3.5)
        }

        function test_chartsRestyle() {
            const path = testHelper.tempPath("theme-light.png")
            verify(plot.exportPng(path, 1))
            verify(Qt.colorEqual(testHelper.imageInfo(path).topLeft, "#ffffff"))
            verify(testHelper.countColor(path, "#0072b2") > 50)

            Theme.apply(dark)
            verify(plot.exportPng(path, 1))
            verify(Qt.colorEqual(testHelper.imageInfo(path).topLeft, "#1e2228"))
            verify(testHelper.countColor(path, "#56b4e9") > 50)
            compare(testHelper.countColor(path, "#0072b2", 2), 0)
        }

        function test_printExportIsLightInAnyTheme() {
            Theme.apply(dark)
            const path = testHelper.tempPath("theme-print.png")
            verify(plot.exportPng(path, 1, true))
            verify(Qt.colorEqual(testHelper.imageInfo(path).topLeft, "#ffffff"))
            verify(testHelper.countColor(path, "#0072b2") > 50)
            compare(testHelper.countColor(path, "#56b4e9", 2), 0)
            // The app's theme comes back at once.
            compare(Theme.name, "dark")
            verify(Qt.colorEqual(Theme.surface, "#1e2228"))
        }

        function test_largerFontsWidenTheMargins() {
            const left = plot.plotArea.x, top = plot.plotArea.y
            Theme.apply({fontScale: 1.5}) // laid out again at the next polish
            tryVerify(() => plot.plotArea.x > left && plot.plotArea.y > top)
        }
    }
}
