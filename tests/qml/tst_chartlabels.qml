// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import QtTest
import PaperLab.Charts

// What the chart texts look like on screen: titles stay inside their chart, legends stay
// off the data, and labels in MathText notation are set as rich text.
Item {
    id: root

    width: 800
    height: 1480

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

    // A short, wide chart of a rising line, as a simulator view stacks three of them on a
    // 720-line screen: the top-left corner is free.
    LinePlot {
        id: shortRising

        y: 640
        width: 700
        height: 160
        title: "Spread grows linearly in time"
        xLabel: "step t"
        yLabel: "variance"
        staticData: {
            const xs = [], ys = []
            for (let t = 0; t <= 1000; t += 10) {
                xs.push(t)
                ys.push(t)
            }
            return [{id: "sample", label: "Sample variance", x: xs, y: ys},
                    {id: "exact", label: "σ²t (exact)", x: xs, y: ys}]
        }
    }

    // A plot less than two label heights tall, with a symmetric range.
    LinePlot {
        id: shortAxis

        y: 800
        width: 300
        height: 80
        yMin: -12; yMax: 12
        xLabel: "x"
        staticData: [{id: "a", x: [-12, 12], y: [-10, 10]}]
    }

    // Category labels longer than their bars are wide.
    BarPlot {
        id: longCategories

        x: 300
        y: 800
        width: 330
        height: 200
        title: "α_m in L ∝ m^{−α_m}"
        staticData: ({labels: ["this toy run", "LLMs (4 families) (paper)", "Chinchilla (paper)"],
                      heights: [0.8, 0.91, 0.88]})
    }

    // The gated-attention thumbnail's bars, first drawn shorter than they end up: some labels
    // wrap at the first size and not at the second.
    BarPlot {
        id: resizedCategories

        x: 420
        y: 1000
        width: 364
        height: 150
        staticData: ({labels: ["baseline", "elementwise G1", "headwise G1", "V gate G2",
                               "head-shared", "input-indep.", "NS-sigmoid"],
                      heights: [0.467, 0.048, 0.073, 0.297, 0.301, 0.364, 0.451]})
    }

    // Two reference lines close together, as λ₋ and λ₊ around a narrow bulk.
    LinePlot {
        id: nearbyMarks

        x: 630
        y: 800
        width: 170
        height: 200
        xMin: 0; xMax: 10; yMin: 0; yMax: 1
        legendVisible: false
        referenceLines: [{axis: "x", value: 4, label: "λ₋"}, {axis: "x", value: 4.3, label: "λ₊"},
                         {axis: "y", value: 0.5, label: "φ½"}, {axis: "y", value: 0.55, label: "φ₁"}]
        staticData: [{id: "a", x: [0, 10], y: [0.1, 0.2]}]
    }

    // Reference lines among boxes that reach the right end (as unique-source@N beside its
    // limits): a label above its line at the right would sit on the last boxes.
    BoxPlot {
        id: crowdedBoxes

        x: 400
        y: 1040
        width: 400
        height: 210
        showOutliers: false
        yMin: 0
        yMax: 10
        referenceLines: [{value: 3, label: "separate: 3"}, {value: 6, label: "interchangeable: 6"},
                         {value: 8, label: "paper ≈ 8"}]
        staticData: ({values: [[2, 2.5, 3], [2.2, 2.8, 3.4], [2.5, 3, 3.6], [2.8, 3.5, 4.2],
                               [3, 3.8, 4.6], [3.2, 4, 5], [3.4, 4.5, 5.5], [3.5, 4.8, 6]]})
    }

    // A wrapped readout next to a control, as in the diffusion views' top rows.
    ColumnLayout {
        y: 900
        width: 300

        RowLayout {
            id: readoutRow

            Layout.fillWidth: true

            Rectangle {
                implicitWidth: 80
                implicitHeight: 20
            }
            MathParagraph {
                id: readout

                Layout.fillWidth: true
                font.pixelSize: 13
                tex: "t = 0.5: a_t = 0.61, b_t = 0.39   ·   δ-peak: 800 eigenvalues at s_t²   ·   "
                     + "τ_{mem} ∝ ψ_n^{1.02} over ψ_n ∈ [1, 8]"
            }
        }
    }

    MathLabel {
        id: oneLine

        visible: false
        font.pixelSize: 13
        tex: "τ_{mem}"
    }

    // A narrow panel of a four-column view, crowded so that its legend goes below, with
    // entries wider than the chart (the diffusion sampler's 2-D panels).
    ScatterPlot {
        id: narrowPanel

        y: 940
        width: 170
        height: 320
        xMin: 0; xMax: 1; yMin: 0; yMax: 1
        staticData: crowded.staticData.map((s, i) => ({
            id: s.id, x: s.x, y: s.y,
            label: ["Reverse process (empirical score) at the scrubbed t",
                    "Training points, n = 16"][i]}))
    }

    // Bands that start close together (the bounds over d: 48√d < d from 2,304, √d/10 > log₂ d
    // from 20,520); the test sets their lines.
    LinePlot {
        id: closeBands

        y: 1260
        width: 400
        height: 200
        xMin: 0; xMax: 10; yMin: 0; yMax: 1
        legendVisible: false
        staticData: [{id: "a", x: [0, 10], y: [0.1, 0.2]}]
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

        // The rectangle a Text's glyphs cover, in root coordinates (turned texts too).
        function painted(text) {
            const x0 = (text.width - text.contentWidth) / 2, x1 = x0 + text.contentWidth
            const corners = [text.mapToItem(root, x0, 0), text.mapToItem(root, x1, 0),
                             text.mapToItem(root, x0, text.contentHeight),
                             text.mapToItem(root, x1, text.contentHeight)]
            const xs = corners.map(p => p.x), ys = corners.map(p => p.y)
            const left = Math.min(...xs), top = Math.min(...ys)
            return Qt.rect(left, top, Math.max(...xs) - left, Math.max(...ys) - top)
        }

        function checkApart(texts) {
            for (let i = 0; i < texts.length; ++i) {
                for (let j = i + 1; j < texts.length; ++j) {
                    const a = painted(texts[i]), b = painted(texts[j])
                    verify(!intersects(a, b),
                           JSON.stringify([texts[i].text, a, texts[j].text, b]))
                }
            }
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
            // A chart lays out again at its next polish, before the next frame.
            tryVerify(() => !isPolishScheduled(left) && !isPolishScheduled(right))
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

        function test_longLegendEntriesStayInsideANarrowChart() {
            const entries = labels(narrowPanel, 3)
            compare(entries.length, 2)
            for (const t of entries)
                verify(inside(painted(t), chartRect(narrowPanel)), JSON.stringify([t.text, painted(t)]))
            checkApart(entries)
        }

        function test_shortChartKeepsTheLegendInTheFreeCorner() {
            const r = shortRising.legendRect, plot = shortRising.plotArea
            verify(r.width > 0 && r.height > 0)
            verify(inside(r, plot), JSON.stringify([r, plot]))
            verify(!segmentHits(shortRising, [0, 0], [1000, 1000], r), JSON.stringify([r, plot]))
            verify(plot.height >= 60, JSON.stringify(plot))
        }

        function test_shortAxisLabelsDoNotCollide() {
            const ticks = labels(shortAxis, 0)
            const y = ticks.filter(t => t.x + t.width < shortAxis.plotArea.x)
            const x = ticks.filter(t => t.y > shortAxis.plotArea.y + shortAxis.plotArea.height)
            verify(y.length >= 1 && x.length >= 2, JSON.stringify(ticks.map(t => t.text)))
            checkApart(y)
            checkApart(x)
        }

        function test_longCategoryLabelsStayInsideTheChart() {
            const ticks = labels(longCategories, 0)
            const plot = longCategories.plotArea
            const left = longCategories.mapToItem(root, plot.x, 0).x
            const bottom = longCategories.mapToItem(root, 0, plot.y + plot.height).y
            const categories = ticks.filter(t => painted(t).x + painted(t).width > left)
            compare(categories.length, 3)
            checkApart(categories)
            for (const t of categories) {
                const box = painted(t)
                verify(inside(box, chartRect(longCategories)), JSON.stringify([t.text, box]))
                verify(box.y >= bottom, JSON.stringify([t.text, box, bottom]))
            }
        }

        // A label that stops wrapping when its chart grows is centred under its bar, as one
        // that never wrapped is: its text item was sized for the wrapped text before.
        function test_labelsThatStopWrappingStayUnderTheirBars() {
            resizedCategories.height = 221
            tryVerify(() => labels(resizedCategories, 0).length > 0)
            wait(50) // the layout after the new height
            const plot = resizedCategories.plotArea
            const bottom = resizedCategories.mapToItem(root, 0, plot.y + plot.height).y
            const categories = labels(resizedCategories, 0).filter(t => painted(t).y >= bottom)
            verify(categories.length >= 4, JSON.stringify(categories.map(t => t.text)))
            checkApart(categories)
            for (const t of categories) {
                const box = painted(t)
                const anchor = resizedCategories.mapToItem(root, t.anchorX, 0).x
                verify(Math.abs(box.x + box.width / 2 - anchor) <= 1,
                       JSON.stringify([t.text, box, anchor]))
            }
        }

        function test_referenceLabelsDoNotOverprint() {
            const marks = labels(nearbyMarks, 0).filter(t => t.muted)
            compare(marks.length, 4)
            checkApart(marks)
            for (const t of marks)
                verify(inside(painted(t), chartRect(nearbyMarks)), t.text)
        }

        function test_referenceLabelsSideBySideKeepAGap() {
            closeBands.referenceLines = [{axis: "x", value: 2, to: 10, label: "first band"}]
            tryVerify(() => labels(closeBands, 0).filter(t => t.muted).length === 1)
            const first = painted(labels(closeBands, 0).filter(t => t.muted)[0])
            // The second line 3 px after the first label's end: its label (4 px right of
            // its line) would start 7 px from the first, on the same row.
            const unit = closeBands.mapToPixel(1, 0).x - closeBands.mapToPixel(0, 0).x
            const second = 2 + (first.width + 3) / unit
            closeBands.referenceLines = [{axis: "x", value: 2, to: 10, label: "first band"},
                                         {axis: "x", value: second, to: 10, label: "second"}]
            tryVerify(() => labels(closeBands, 0).filter(t => t.muted).length === 2)
            const [a, b] = labels(closeBands, 0).filter(t => t.muted).map(t => painted(t))
            const sameRow = a.y < b.y + b.height && b.y < a.y + a.height
            const gap = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width))
            verify(!sameRow || gap >= a.height / 2 - 1, JSON.stringify([a, b]))
        }

        function test_referenceLabelsStayOffTheBoxesAndBesideTheirLines() {
            const marks = labels(crowdedBoxes, 0).filter(t => t.muted)
            compare(marks.length, 3)
            checkApart(marks)
            const slot = crowdedBoxes.mapToPixel(1, 0).x - crowdedBoxes.mapToPixel(0, 0).x
            const origin = crowdedBoxes.mapToItem(root, 0, 0)
            for (let i = 0; i < crowdedBoxes.boxCount; ++i) {
                const b = crowdedBoxes.boxAt(i)
                const top = crowdedBoxes.mapToPixel(i, b.highWhisker)
                const bottom = crowdedBoxes.mapToPixel(i, b.lowWhisker)
                const box = Qt.rect(origin.x + top.x - slot * 0.3, origin.y + top.y,
                                    slot * 0.6, bottom.y - top.y)
                for (const t of marks)
                    verify(!intersects(painted(t), box), JSON.stringify([t.text, i]))
            }
            for (const t of marks) {
                const value = Number(t.text.replace(/[^0-9.]/g, ""))
                const lineY = origin.y + crowdedBoxes.mapToPixel(0, value).y
                const r = painted(t)
                verify(Math.min(Math.abs(r.y + r.height - lineY), Math.abs(r.y - lineY)) <= 6,
                       JSON.stringify([t.text, r, lineY]))
            }
        }

        function test_wrappedReadoutIsAsTallAsItsLines() {
            // The lines its width needs, and one more for the breaks; the narrowest layout
            // (a word a line) was many times that.
            const lines = Math.ceil(readout.implicitWidth / readout.width) + 1
            const sizes = JSON.stringify([readout.height, oneLine.height, lines])
            verify(readout.height >= 2 * oneLine.height, sizes)
            verify(readout.height <= lines * oneLine.height, sizes)
            verify(readoutRow.implicitHeight <= readout.height + 0.5,
                   JSON.stringify([readoutRow.implicitHeight, readout.height]))
        }
    }
}
