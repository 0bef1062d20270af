// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// The toy RLVR laboratory (arXiv 2504.13837, paper sheet §7): pass@k curves with the
// crossover, training curves, the narrowing (accuracy, perplexity, path tree), the coverage
// and checkpoint tables next to the paper's, the seed sweep, and the paper's own tables.
Rectangle {
    id: root

    PaperData { id: paperResults; source: "data/paperresults.json" }

    property var runner: null
    readonly property var r: runner ? runner.readouts : ({})
    readonly property real fontPx: 14 * Theme.fontScale
    readonly property int kStar: r.crossover_k !== undefined ? r.crossover_k : 0
    readonly property int coverageK: r.coverage_k !== undefined ? r.coverage_k : 256
    // Row labels of the path-tree heatmaps: tokens generated so far, 1..L.
    readonly property var depthLabels: {
        const n = r.path_length !== undefined ? r.path_length : 5
        return Array.from({length: n}, (_, i) => String(i + 1))
    }
    readonly property var paper: paperResults.values

    function pct(x) {
        return x === undefined ? "–" : (100 * x).toFixed(1) + "%"
    }
    function num(x, digits) {
        return x === undefined ? "–" : Number(x).toFixed(digits)
    }
    function kStarLine(k) {
        return k > 0 ? [{axis: "x", value: k, label: "k* = " + k}] : []
    }
    // Paper table rows with one decimal, as printed in the paper.
    function oneDecimal(values) {
        return values.map(v => Number(v).toFixed(1))
    }

    color: Theme.background

    component Note: Text {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: root.fontPx * 0.9
        color: Theme.mutedText
    }

    ColumnLayout {
        id: page

        anchors.fill: parent
        anchors.margins: 10
        spacing: 8

        Readouts {
            Layout.fillWidth: true
            tiles: true
            items: [
                {label: qsTr("pass@1 base → RL"),
                 text: root.pct(root.r.pass1_base) + " → " + root.pct(root.r.pass1_rl)},
                {label: qsTr("pass@256 base vs RL"),
                 text: root.pct(root.r.pass256_base) + " vs " + root.pct(root.r.pass256_rl)},
                {label: qsTr("crossover k*"),
                 hint: qsTr("The number of tries k from which the base model solves more "
                            + "problems than the RL model."),
                 text: root.kStar > 0 ? String(root.kStar) : qsTr("none yet")},
                {label: qsTr("solvable by RL only"), text: root.pct(root.r.rl_only_frac)},
                {label: qsTr("perplexity under the base model: base / RL samples"),
                 hint: qsTr("How surprised the base model is by each model's answers (1 = it "
                            + "would write them itself). RL's answers are less surprising: RL "
                            + "stays inside what the base model already samples. Explainer: "
                            + "section 3, 'Perplexity'."),
                 text: root.num(root.r.ppl_base_on_base, 2) + " / "
                       + root.num(root.r.ppl_base_on_rl, 2)},
                {label: qsTr("distilled pass@1 / pass@256"),
                 visible: root.r.pass1_distilled !== undefined,
                 text: root.pct(root.r.pass1_distilled) + " / "
                       + root.pct(root.r.pass256_distilled)}
            ]
        }

        PageTabBar {
            id: tabs
            Layout.fillWidth: true
            font.pixelSize: root.fontPx // follows the theme and Ctrl++ like the charts
            Repeater {
                model: [qsTr("pass@k and training"), qsTr("Narrowing"), qsTr("Path tree"),
                        qsTr("Tables"), qsTr("Seeds"), qsTr("The paper's results")]

                delegate: TabButton {
                    required property string modelData

                    text: modelData
                    // Whole labels at any text size: the strip scrolls when they do not fit.
                    // (The page's width, not the bar's: that depends on the buttons.)
                    width: Math.max(implicitWidth, page.width / tabs.count)
                }
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            // 0: pass@k (Fig. 2 / Fig. 7) and training (Fig. 1 right).
            GridLayout {
                columns: width > 1000 ? 2 : 1
                columnSpacing: 8
                rowSpacing: 8
                LinePlot {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    // Tall enough, in every theme, for its six-entry legend to find a free
                    // corner: at 220 px with projector type it covered the curves.
                    Layout.minimumHeight: 260 * Theme.fontScale
                    source: root.runner
                    series: ["passk_base", "passk_ckpt_0", "passk_ckpt_1", "passk_ckpt_2",
                             "passk_rl", "passk_distilled"]
                    dashed: ["passk_ckpt_0", "passk_ckpt_1", "passk_ckpt_2"]
                    logX: true
                    yMin: 0
                    yMax: 1
                    title: qsTr("pass@k on the test problems (exact)")
                    xLabel: qsTr("k, samples per problem")
                    yLabel: qsTr("pass@k")
                    referenceLines: root.kStarLine(root.kStar)
                }
                LinePlot {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: 220 * Theme.fontScale
                    source: root.runner
                    series: ["rl_pass1_test", "rl_passk_test", "rl_pass1_train", "rl_passk_train"]
                    dashed: ["rl_pass1_train", "rl_passk_train"]
                    yMin: 0
                    yMax: 1
                    title: qsTr("Over GRPO training: pass@1 up, pass@%1 down").arg(root.coverageK)
                    xLabel: qsTr("RL step")
                    yLabel: qsTr("exact pass@k")
                }
                LinePlot {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: 180 * Theme.fontScale
                    source: root.runner
                    series: ["rl_entropy"]
                    title: qsTr("Policy entropy (nats): the distribution narrows")
                    xLabel: qsTr("RL step")
                    yLabel: qsTr("entropy")
                }
                LinePlot {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: 180 * Theme.fontScale
                    source: root.runner
                    series: ["rl_reward", "rl_zero_adv"]
                    yMin: 0
                    yMax: 1
                    title: qsTr("Batch reward, and groups with all-equal rewards (no gradient)")
                    xLabel: qsTr("RL step")
                    yLabel: qsTr("share")
                }
            }

            // 1: the narrowing: per-problem accuracy (Fig. 5), perplexity under the base (Fig. 6).
            GridLayout {
                columns: 2
                columnSpacing: 8
                rowSpacing: 8
                BarPlot {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    source: root.runner
                    bars: "acc_base"
                    title: qsTr("Per-problem accuracy pⱼ: base model")
                    xLabel: qsTr("probability of solving in one sample")
                    yLabel: qsTr("test problems")
                }
                BarPlot {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    source: root.runner
                    bars: "acc_rl"
                    title: qsTr("Per-problem accuracy pⱼ: after RL")
                    xLabel: qsTr("probability of solving in one sample")
                    yLabel: qsTr("test problems")
                }
                BarPlot {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    source: root.runner
                    bars: "nll_base"
                    title: qsTr("Per-token NLL under the base model: base samples")
                    xLabel: qsTr("−log π₀(y) / L, log perplexity (values ≥ 4 in the last bar)")
                    yLabel: qsTr("probability")
                }
                BarPlot {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    source: root.runner
                    bars: "nll_rl"
                    title: qsTr("Per-token NLL under the base model: RL samples")
                    xLabel: qsTr("−log π₀(y) / L, log perplexity (values ≥ 4 in the last bar)")
                    yLabel: qsTr("probability")
                }
                Note {
                    Layout.columnSpan: 2
                    text: qsTr("RL moves problems to accuracy near 1 and leaves others near 0; "
                               + "its samples sit in the low-perplexity part of the base model's "
                               + "own distribution (the paper's Figs. 5 and 6). The distilled "
                               + "model's samples, which use strategies the base model almost "
                               + "never writes, have a perplexity under the base model of %1.")
                              .arg(root.num(root.r.ppl_base_on_distilled, 1))
                }
            }

            // 2: the path tree before and after RL.
            GridLayout {
                columns: 1
                rowSpacing: 6
                Heatmap {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    source: root.runner
                    grid: "tree_base"
                    minValue: -6
                    maxValue: 0
                    rowLabels: root.depthLabels
                    valueLabel: qsTr("log₁₀ mass (≤ −6 dark)")
                    title: qsTr("Base model: probability mass of each prefix "
                                + "(rows: tokens so far; columns: the 1,024 paths)")
                }
                Heatmap {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    source: root.runner
                    grid: "tree_rl"
                    minValue: -6
                    maxValue: 0
                    rowLabels: root.depthLabels
                    valueLabel: qsTr("log₁₀ mass (≤ −6 dark)")
                    title: qsTr("After RL: the mass concentrates on a few branches")
                }
                Heatmap {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    source: root.runner
                    grid: "tree_distilled"
                    minValue: -6
                    maxValue: 0
                    rowLabels: root.depthLabels
                    valueLabel: qsTr("log₁₀ mass (≤ −6 dark)")
                    title: qsTr("Distilled: the out-of-prior quarter (right) is reached")
                }
                Note {
                    text: qsTr("The right-most quarter of the paths starts with the "
                               + "out-of-prior token: the base model gives it %1 of its mass, RL "
                               + "%2 (GRPO never samples it, and a token never sampled gets no "
                               + "gradient), the distilled model %3.")
                              .arg(Number(root.r.oop_mass_base || 0).toExponential(1))
                              .arg(Number(root.r.oop_mass_rl || 0).toExponential(1))
                              .arg(root.pct(root.r.oop_mass_distilled))
                }
            }

            // 3: tables, the toy next to the paper.
            ScrollView {
                clip: true
                contentWidth: availableWidth
                Flow {
                    width: parent.width
                    spacing: 8
                    SnapshotTable { id: coverage; source: root.runner; table: "coverage" }
                    SnapshotTable { id: checkpoints; source: root.runner; table: "checkpoints" }
                    SnapshotTable { id: estimator; source: root.runner; table: "estimator" }
                    DataTable {
                        title: qsTr("Coverage: %1").arg(coverage.label)
                        badge: qsTr("this simulation")
                        columns: coverage.columns
                        rows: coverage.rows
                    }
                    DataTable {
                        paperData: true
                        title: qsTr("Coverage, SimpleRLZoo-Qwen2.5-7B vs base (v5 Table 2)")
                        badge: qsTr("the paper's measurements")
                        columns: root.paper.coverage
                                 ? [qsTr("Outcome")].concat(root.paper.coverage.benchmarks.map(
                                                                b => b + " (%)"))
                                 : []
                        rows: root.paper.coverage
                              ? root.paper.coverage.rows.map(
                                    x => [x.outcome].concat(root.oneDecimal(x.values)))
                              : []
                        note: root.paper.coverage ? root.paper.coverage.note : ""
                    }
                    DataTable {
                        title: checkpoints.label
                        badge: qsTr("this simulation")
                        columns: checkpoints.columns
                        rows: checkpoints.rows
                    }
                    DataTable {
                        paperData: true
                        title: root.paper.trainingSteps ? root.paper.trainingSteps.caption : ""
                        badge: qsTr("the paper's measurements")
                        columns: root.paper.trainingSteps
                                 ? [qsTr("Set"), qsTr("Metric")].concat(
                                       root.paper.trainingSteps.stepLabels)
                                 : []
                        rows: root.paper.trainingSteps
                              ? root.paper.trainingSteps.rows.map(
                                    x => [x.set, x.metric].concat(root.oneDecimal(x.values)))
                              : []
                    }
                    DataTable {
                        visible: estimator.valid
                        title: estimator.label
                        badge: qsTr("this simulation")
                        columns: estimator.columns
                        rows: estimator.rows
                        note: qsTr("SE: the exact standard error of the estimate over the "
                                   + "random draw of the n samples per problem.")
                    }
                }
            }

            // 4: the seed sweep.
            GridLayout {
                columns: 2
                columnSpacing: 8
                rowSpacing: 8
                SnapshotTable { id: claims; source: root.runner; table: "sweep_claims" }
                Note {
                    Layout.columnSpan: 2
                    visible: !claims.valid
                    text: qsTr("Set \"Seeds in the sweep\" to 10 or 20 (or run the seed-sweep "
                               + "preset) to repeat the whole experiment over seeds. The exact "
                               + "crossover k* is not robust; its distribution is.")
                }
                BarPlot {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: claims.valid
                    source: root.runner
                    bars: "kstar_hist"
                    logX: true
                    title: qsTr("Crossover k* over seeds (median %1)")
                               .arg(root.num(root.r.sweep_kstar_median, 0))
                    xLabel: qsTr("k*")
                    yLabel: qsTr("seeds")
                }
                LinePlot {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: claims.valid
                    source: root.runner
                    series: ["sweep_pass1_gain", "sweep_pass256_loss"]
                    title: qsTr("Per seed: pass@1 gained and pass@256 lost by RL")
                    xLabel: qsTr("seed")
                    yLabel: qsTr("difference")
                    referenceLines: [{axis: "y", value: 0, label: ""}]
                }
                DataTable {
                    Layout.columnSpan: 2
                    Layout.fillWidth: true
                    visible: claims.valid
                    title: claims.label
                    badge: qsTr("this simulation")
                    columns: claims.columns
                    rows: claims.rows
                    note: qsTr("The toy's robust claims (the tests require each to hold in all "
                               + "of seeds 1–20). Margin: how comfortably the claim holds in the "
                               + "worst seed of this sweep.")
                }
            }

            // 5: the paper's own results, labelled as such.
            ScrollView {
                clip: true
                contentWidth: availableWidth
                Flow {
                    width: parent.width
                    spacing: 8
                    PaperResults {
                        width: Math.min(parent.width, 900)
                    }
                    DataTable {
                        paperData: true
                        title: root.paper.algorithms ? root.paper.algorithms.caption : ""
                        badge: qsTr("the paper's measurements")
                        columns: root.paper.algorithms
                                 ? [qsTr("Model")].concat(root.paper.algorithms.columns.slice(1))
                                 : []
                        rows: root.paper.algorithms
                              ? root.paper.algorithms.rows.map(
                                    x => [x.model].concat(x.pass1.map(
                                        (p, i) => p.toFixed(1) + " / " + x.pass256[i].toFixed(1))))
                              : []
                        note: root.paper.algorithms
                              ? qsTr("Cells: pass@1 / pass@256. ") + root.paper.algorithms.note
                              : ""
                    }
                    Repeater {
                        model: root.paper.headlines || []
                        delegate: Text {
                            required property var modelData
                            width: parent.width
                            wrapMode: Text.Wrap
                            font.pixelSize: root.fontPx
                            color: Theme.text
                            text: "• " + modelData.text + "  (" + modelData.cite + ")"
                        }
                    }
                }
            }
        }
    }
}
