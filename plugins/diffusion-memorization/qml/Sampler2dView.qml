// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// sampler-2d: forward noising, reverse sampling with the exact empirical score and with the
// trained network (at the scrubbed time t), f_mem and the score error over training, and the
// 1-D picture of the empirical score.
Rectangle {
    id: root

    property var runner: null
    readonly property var r: runner ? runner.readouts : ({})
    readonly property string k: picker.tag
    readonly property real fontPx: 13 * Theme.fontScale

    function num(key, digits) {
        return (key in r) ? Number(r[key]).toPrecision(digits || 3) : "–"
    }
    function windowLines() {
        const lines = []
        if (("tau_gen_steps_" + k) in r)
            lines.push({axis: "x", value: r["tau_gen_steps_" + k], label: "τ_{gen}"})
        if (("tau_mem_steps_" + k) in r)
            lines.push({axis: "x", value: r["tau_mem_steps_" + k], label: "τ_{mem}"})
        return lines
    }

    // Eleven charts: at 1280x720 they need a little more than the window gives the view, and
    // with the projector's larger text about twice a 1280x720 screen, so the view scrolls
    // rather than squeeze the plots flat (the f_mem plot was 30 px tall at 1280x720).
    property int minimumViewHeight: Math.round((Theme.fontScale > 1 ? 720 : 680) * Theme.fontScale)

    // The training curves' row has a fixed height; the scatter plots, whose data are square
    // (x and y both −3 … 3), take all the height left rather than share it evenly.
    readonly property real curvesHeight: 205 * Theme.fontScale

    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 10
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            spacing: 16
            RunPicker {
                id: picker
                readouts: root.r
                prefix: "n_"
                caption: "n"
            }
            MathParagraph {
                Layout.fillWidth: true
                color: Theme.text
                font.pixelSize: root.fontPx
                tex: qsTr("t = %1 (time scrubber)   ·   f_{mem}: empirical score %2, population samples %3, network %4 ± %5")
                      .arg(root.num("scrub_t", 3)).arg(root.num("f_mem_empirical_score_" + root.k))
                      .arg(root.num("f_mem_population_" + root.k)).arg(root.num("f_mem_mlp_" + root.k))
                      .arg(root.num("f_mem_mlp_se_" + root.k, 2))
            }
        }

        // The four scatter plots share one key (too small at 1280x720 for a legend each):
        // their own points, then the training points, then the network's samples.
        SeriesKey {
            Layout.fillWidth: true
            labels: [qsTr("each chart's points: x_t, reverse samples, fresh population draws"),
                     ("n_" + root.k) in root.r ? qsTr("training points, n = %1").arg(root.r["n_" + root.k])
                                               : qsTr("training points"),
                     qsTr("the network's final samples")]
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: 4
            rowSpacing: 6
            columnSpacing: 6

            ScatterPlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: root.runner
                series: ["forward_" + root.k, "train_" + root.k]
                pointSize: 2
                legendVisible: false
                xMin: -3; xMax: 3; yMin: -3; yMax: 3
                title: qsTr("Forward process")
            }
            ScatterPlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: root.runner
                series: ["reverse_empirical_" + root.k, "train_" + root.k]
                pointSize: 2
                legendVisible: false
                xMin: -3; xMax: 3; yMin: -3; yMax: 3
                title: qsTr("Reverse: empirical score")
            }
            ScatterPlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: root.runner
                series: ["reverse_mlp_" + root.k, "train_" + root.k]
                pointSize: 2
                legendVisible: false
                xMin: -3; xMax: 3; yMin: -3; yMax: 3
                title: qsTr("Reverse: network")
            }
            ScatterPlot {
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: root.runner
                series: ["population", "train_" + root.k, "samples_mlp_" + root.k]
                pointSize: 2
                legendVisible: false
                xMin: -3; xMax: 3; yMin: -3; yMax: 3
                title: qsTr("Samples vs fresh data")
            }

            // Five series would leave a legend of their own no room for the plot here.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredHeight: root.curvesHeight
                Layout.columnSpan: 2
                spacing: 2
                LinePlot {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    legendVisible: false
                    source: root.runner
                    series: ["fmem_" + root.k, "fmem_lo_" + root.k, "fmem_hi_" + root.k,
                             "fmem_baseline_" + root.k, "fmem_empirical_" + root.k]
                    dashed: ["fmem_lo_" + root.k, "fmem_hi_" + root.k, "fmem_baseline_" + root.k,
                             "fmem_empirical_" + root.k]
                    colors: [0, 0, 0, 3, 4] // the ± SE lines in the estimate's colour
                    logX: true
                    yMin: 0; yMax: 1.05
                    referenceLines: root.windowLines()
                    title: qsTr("Memorised fraction f_{mem} (d₁/d₂ < 1/3) ± bootstrap SE")
                    xLabel: qsTr("training steps")
                    yLabel: qsTr("f_{mem}")
                }
                SeriesKey {
                    Layout.leftMargin: 8
                    Layout.fillWidth: true
                    labels: [qsTr("f_{mem} of the network (± SE dashed)"),
                             qsTr("of population samples"), qsTr("of the empirical score")]
                    colors: [0, 3, 4]
                }
            }
            LinePlot {
                Layout.fillWidth: true
                Layout.preferredHeight: root.curvesHeight
                source: root.runner
                series: ["quality_" + root.k, "quality_empirical_" + root.k]
                dashed: ["quality_empirical_" + root.k]
                legendVisible: false // a legend below left the plot 10 px tall: the title says it
                logX: true
                logY: true
                referenceLines: root.windowLines()
                title: qsTr("Score error, exact dashed")
                xLabel: qsTr("training steps")
                yLabel: qsTr("error vs population")
            }
            LinePlot {
                Layout.fillWidth: true
                Layout.preferredHeight: root.curvesHeight
                source: root.runner
                series: ["train_loss_" + root.k, "test_loss_" + root.k]
                dashed: ["test_loss_" + root.k]
                legendVisible: false // no room below a plot this small: the title says it
                logX: true
                logY: true
                title: qsTr("Loss: train, test dashed")
                xLabel: qsTr("training steps")
                yLabel: qsTr("denoising loss")
            }
        }

        LinePlot {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(170, root.height * 0.24)
            source: root.runner
            series: ["score1d_empirical", "score1d_population"]
            dashed: ["score1d_population"]
            legendVisible: false // the title says which is which
            yMin: -12; yMax: 12
            referenceLines: [{axis: "y", value: 0, label: ""}]
            title: qsTr("1-D, at the scrubbed t: empirical score (a staircase) vs population score (dashed)")
            xLabel: qsTr("x")
            yLabel: qsTr("score")
        }
    }
}
