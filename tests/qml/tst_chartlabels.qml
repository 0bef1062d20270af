// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import PaperLab.Charts

// What the chart texts look like on screen: titles stay inside their chart, legends stay
// off the data, and labels in MathText notation are set as rich text.
Item {
    id: root

    width: 800
    height: 640

    // Two narrow charts side by side, as in a three-column simulator view.
    Row {
        id: pair

        LinePlot {
            id: left

            width: 260
            height: 200
            title: "Memorised fraction f_{mem} (d₁/d₂ < 1/3) ± bootstrap SE"
            yLabel: "f_{mem}"
            staticData: [{id: "a", x: [1, 2, 3], y: [0, 0.5, 1]}]
        }
        LinePlot {
            id: right

            width: 260
            height: 200
            title: "Score error against the population"
            staticData: [{id: "a", x: [1, 2, 3], y: [1, 0.5, 0.2]}]
        }
    }

    // A line that crosses the bottom-left and top-right corners between two points far
    // outside the plot, and a flat line through the middle: only the top-left and
    // bottom-right corners are free.
    LinePlot {
        id: crossing

        y: 210
        width: 400
        height: 260
        xMin: 0; xMax: 10; yMin: 0; yMax: 10
        staticData: [
            {id: "diagonal", label: "rising", x: [-100, 100], y: [-100, 100]},
            {id: "flat", label: "flat", x: [-100, 100], y: [5, 5]}
        ]
    }

    // Points everywhere: no corner is free, so the legend goes below the plot.
    ScatterPlot {
        id: crowded

        x: 400
        y: 210
        width: 400
        height: 260
        xMin: 0; xMax: 1; yMin: 0; yMax: 1
        xLabel: "x₁"
        staticData: {
            const xs = [], ys = []
            for (let i = 0; i <= 20; ++i) {
                for (let j = 0; j <= 20; ++j) {
                    xs.push(i / 20)
                    ys.push(j / 20)
                }
            }
            return [{id: "grid", label: "training points x^ν", x: xs, y: ys},
                    {id: "one", label: "population", x: [0.5], y: [0.5]}]
        }
    }

    // A vertical marker in a corner that is otherwise free (the τ_gen line of f_mem).
    LinePlot {
        id: marked

        y: 470
        width: 400
        height: 170
        xMin: 0; xMax: 10; yMin: 0; yMax: 1
        referenceLines: [{axis: "x", value: 9.5, label: "τ_{gen}"}]
        staticData: [
            {id: "lo", label: "low", x: [0, 10], y: [0.05, 0.1]},
            {id: "lo2", label: "lower", x: [0, 10], y: [0.02, 0.04]}
        ]
    }

    TestCase {
        name: "ChartLabels"
        when: windowShown

        function labels(chart, kind) {
            const out = []
            for (let i = 0; i < chart.children.length; ++i) {
                const child = chart.children[i]
                for (let j = 0; j < child.children.length; ++j) {
                    const t = child.children[j]
                    if (t.kind === kind && t.visible)
                        out.push(t)
                }
            }
            return out
        }

        // The rectangle a Text's glyphs cover, in root coordinates.
        function painted(text) {
            const x = text.x + (text.width - text.contentWidth) / 2
            const p = text.parent.mapToItem(root, x, text.y)
            return Qt.rect(p.x, p.y, text.contentWidth, text.contentHeight)
        }

        function intersects(a, b) {
            return a.x < b.x + b.width && b.x < a.x + a.width
                && a.y < b.y + b.height && b.y < a.y + a.height
        }

        function inside(inner, outer) {
            return inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5
                && inner.x + inner.width <= outer.x + outer.width + 0.5
                && inner.y + inner.height <= outer.y + outer.height + 0.5
        }

        function chartRect(chart) {
            const p = chart.mapToItem(root, 0, 0)
            return Qt.rect(p.x, p.y, chart.width, chart.height)
        }

        // Whether the drawn segment from data point a to b passes through rect r.
        function segmentHits(chart, a, b, r) {
            const pa = chart.mapToPixel(a[0], a[1]), pb = chart.mapToPixel(b[0], b[1])
            for (let i = 0; i <= 400; ++i) {
                const x = pa.x + (pb.x - pa.x) * i / 400, y = pa.y + (pb.y - pa.y) * i / 400
                if (x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height)
                    return true
            }
            return false
        }

        function checkTitlesApart() {
            const a = labels(left, 2), b = labels(right, 2)
            compare(a.length, 1)
            compare(b.length, 1)
            const ra = painted(a[0]), rb = painted(b[0])
            verify(!intersects(ra, rb), JSON.stringify([ra, rb]))
            verify(inside(ra, chartRect(left)), JSON.stringify([ra, chartRect(left)]))
            verify(inside(rb, chartRect(right)), JSON.stringify(rb))
            // The plot area starts below every line of the title.
            verify(ra.y + ra.height <= left.mapToItem(root, 0, left.plotArea.y).y,
                   JSON.stringify([ra, left.plotArea]))
        }

        function test_adjacentTitlesDoNotOverlap() {
            checkTitlesApart()
        }

        function test_adjacentTitlesDoNotOverlapWithProjectorFonts() {
            const scale = Theme.fontScale
            Theme.apply({fontScale: 1.6})
            try {
                checkTitlesApart()
            } finally {
                Theme.apply({fontScale: scale})
            }
        }

        function test_notationIsSetAsRichText() {
            const title = labels(left, 2)[0]
            compare(title.textFormat, Text.RichText)
            verify(title.text.indexOf("f<sub>mem</sub>") >= 0, title.text)
            const axis = labels(left, 1)[0]
            verify(axis.text.indexOf("<sub>mem</sub>") >= 0, axis.text)
            compare(labels(right, 2)[0].textFormat, Text.PlainText)
            compare(MathText.plain("τ_{mem}"), "τₘₑₘ")
            compare(left.Accessible.name, MathText.plain(left.title))
        }

        function test_legendAvoidsLinesBetweenPoints() {
            const r = crossing.legendRect
            verify(r.width > 0 && r.height > 0)
            verify(inside(r, crossing.plotArea), JSON.stringify([r, crossing.plotArea]))
            verify(!segmentHits(crossing, [-100, -100], [100, 100], r), JSON.stringify(r))
            verify(!segmentHits(crossing, [-100, 5], [100, 5], r), JSON.stringify(r))
        }

        function test_legendAvoidsReferenceLines() {
            const r = marked.legendRect
            verify(r.width > 0)
            verify(inside(r, marked.plotArea), JSON.stringify([r, marked.plotArea]))
            const px = marked.mapToPixel(9.5, 0).x
            verify(r.x + r.width < px, JSON.stringify([r, px]))
        }

        function test_legendGoesBelowWhenNoCornerIsFree() {
            const r = crowded.legendRect
            const plot = crowded.plotArea
            verify(r.width > 0 && r.height > 0)
            verify(r.y >= plot.y + plot.height, JSON.stringify([r, plot]))
            verify(r.y + r.height <= crowded.height, JSON.stringify(r))
            const entries = labels(crowded, 3)
            compare(entries.length, 2)
            const axisTitleFree = labels(crowded, 1).every(t => !intersects(painted(t), {
                x: r.x + crowded.mapToItem(root, 0, 0).x, y: r.y + crowded.mapToItem(root, 0, 0).y,
                width: r.width, height: r.height}))
            verify(axisTitleFree)
        }
    }
}
