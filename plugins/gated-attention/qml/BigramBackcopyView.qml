// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// The attention-sink laboratory (paper sheet §7): three one-layer models trained side by side
// on Bigram-Backcopy. Loss curves, each model's attention and gate on an editable probe
// sequence, and the §7.4 readouts on held-out sequences.
Rectangle {
    id: root

    property var runner: null
    // Laid out to stay legible in 500 px in every theme (the projector theme moves the charts
    // onto tabs): no scrolling on a 1280x720 projector.
    property int minimumViewHeight: 500
    readonly property var r: runner ? runner.readouts : ({})
    readonly property real fontPx: 13 * Theme.fontScale
    // Large fonts (projector theme) on a small screen: drop the header and the notes, and
    // give the gate chart a page of its own so that the heatmaps get the width.
    readonly property bool compact: Theme.fontScale > 1.15
    readonly property var models: {
        const list = [{id: "baseline", label: qsTr("baseline (no gate)"), short: qsTr("baseline")},
                      {id: "headwise", label: qsTr("headwise G1 gate"), short: qsTr("headwise")},
                      {id: "elementwise", label: qsTr("elementwise G1 gate"),
                       short: qsTr("elementwise")}]
        if (r.bos_attn_input_independent !== undefined)
            list.push({id: "input_independent", label: qsTr("input-independent gate"),
                       short: qsTr("input-indep.")})
        if (r.bos_attn_ns_sigmoid !== undefined)
            list.push({id: "ns_sigmoid", label: qsTr("NS-sigmoid gate"), short: qsTr("NS-sigmoid")})
        return list
    }
    readonly property var gated: models.filter(m => m.id !== "baseline")

    // The probe sequence as the simulator reports it: [{token, trigger}].
    SnapshotTable { id: probeTable; source: root.runner; table: "probe" }
    SnapshotTable { id: triggerTable; source: root.runner; table: "triggers" }
    readonly property var probe: probeTable.rows.map(
        row => ({token: row[1] === "BOS" ? 0 : parseInt(row[1]), trigger: row[2] === "yes"}))
    readonly property var triggerTokens: triggerTable.rows.map(row => parseInt(row[0]))
    readonly property var rowLabels: probe.map(
        (p, i) => i === 0 ? "BOS" : (p.trigger ? "▶" : "") + p.token)

    function fmt(key, digits) {
        const v = root.r[key]
        return v === undefined ? "–" : Number(v).toFixed(digits === undefined ? 2 : digits)
    }
    function perModel(prefix, list, digits) {
        return list.map(m => fmt(prefix + m.id, digits)).join(" · ")
    }
    function sendProbe(tokens) {
        if (root.runner)
            root.runner.command("set-probe", {tokens: tokens})
    }
    function setToken(position, token) {
        const tokens = root.probe.map(p => p.token)
        tokens[position] = token
        sendProbe(tokens)
    }
    // Inserts a trigger at `position` (the rest shifts right; the last token drops out).
    function insertTrigger(position) {
        const tokens = root.probe.map(p => p.token)
        tokens.splice(position, 0, root.triggerTokens[0])
        tokens.pop()
        sendProbe(tokens)
    }

    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 10
        spacing: 6

        ViewHeader {
            Layout.fillWidth: true
            visible: !root.compact // the status line says how to start
            title: qsTr("Attention-sink laboratory: one head that must stay dormant on most tokens")
            subtitle: qsTr("Press Play to train three models on the same data. After a trigger "
                           + "(▶) the next token copies the one before it; elsewhere the head "
                           + "has nothing to do.")
        }

        // The probe: click a token to change it.
        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            Text {
                text: root.compact ? qsTr("Probe:") : qsTr("Probe (click a token):")
                font.pixelSize: root.fontPx
                color: Theme.text
            }
            Flow {
                Layout.fillWidth: true
                spacing: 2
                Repeater {
                    model: root.probe
                    delegate: Rectangle {
                        required property var modelData
                        required property int index
                        width: Math.max(22, label.implicitWidth + 6)
                        height: label.implicitHeight + 4
                        radius: 3
                        color: modelData.trigger ? Theme.accent : Theme.raised
                        border.color: mouse.containsMouse ? Theme.focus : "transparent"
                        Text {
                            id: label
                            anchors.centerIn: parent
                            text: index === 0 ? "BOS" : modelData.token
                            font.pixelSize: root.fontPx * 0.9
                            color: modelData.trigger ? Theme.accentText : Theme.text
                        }
                        MouseArea {
                            id: mouse
                            anchors.fill: parent
                            hoverEnabled: true
                            enabled: index > 0
                            cursorShape: index > 0 ? Qt.PointingHandCursor : Qt.ArrowCursor
                            onClicked: {
                                picker.position = index
                                picker.parent = parent
                                picker.open()
                            }
                        }
                    }
                }
            }
            Button {
                text: qsTr("Restore")
                font.pixelSize: root.fontPx * 0.9
                onClicked: if (root.runner) root.runner.command("reset-probe", {})
            }
        }

        Popup {
            id: picker
            property int position: 1
            y: parent ? parent.height + 2 : 0
            padding: 6
            background: Rectangle { color: Theme.surface; border.color: Theme.grid; radius: 4 }
            contentItem: ColumnLayout {
                spacing: 4
                Text {
                    text: qsTr("Token at position %1 (▶ = trigger):").arg(picker.position)
                    font.pixelSize: root.fontPx
                    color: Theme.text
                }
                Grid {
                    columns: 10
                    spacing: 2
                    Repeater {
                        model: Math.max(0, (root.r.vocab || 1) - 1)
                        delegate: Button {
                            required property int index
                            readonly property int token: index + 1
                            implicitWidth: 40
                            text: (root.triggerTokens.indexOf(token) >= 0 ? "▶" : "") + token
                            font.pixelSize: root.fontPx * 0.9
                            onClicked: { root.setToken(picker.position, token); picker.close() }
                        }
                    }
                }
                Button {
                    text: qsTr("Insert a trigger here (the rest shifts right)")
                    font.pixelSize: root.fontPx * 0.9
                    onClicked: { root.insertTrigger(picker.position); picker.close() }
                }
            }
        }

        PageTabBar {
            id: pages
            Layout.fillWidth: true
            font.pixelSize: root.fontPx
            Repeater {
                model: root.compact ? [qsTr("Attention"), qsTr("Gate"), qsTr("Training loss")]
                                    : [qsTr("Probe: attention and gate of every model"),
                                       qsTr("Training loss")]
                delegate: TabButton {
                    required property string modelData
                    text: modelData
                }
            }
        }

        // The gate chart: beside the heatmaps, or on a page of its own in the compact layout.
        Component {
            id: gateChart
            ScatterPlot {
                source: root.runner
                series: root.gated.map(m => "probe_gate_trigger_" + m.id)
                        .concat(root.gated.map(m => "probe_gate_other_" + m.id))
                // The gated models side by side at each query (within ±0.2 of i), so that
                // equal gates do not hide one model's dots under the other's.
                readonly property var modelOffsets: root.gated.map(
                    (m, g) => root.gated.length > 1 ? -0.2 + 0.4 * g / (root.gated.length - 1)
                                                    : 0)
                xOffsets: modelOffsets.concat(modelOffsets)
                yMin: 0
                yMax: 1
                title: qsTr("Gate per query")
                xLabel: qsTr("query position i")
                yLabel: qsTr("mean gate")
            }
        }

        StackLayout {
            id: stack
            Layout.fillWidth: true
            Layout.fillHeight: true
            // Its width comes from the view, never from the pages: the heatmaps size
            // themselves from it (maps.share), and asking back would loop.
            Layout.preferredWidth: 100
            // Pages: heatmaps (and gate), gate alone (compact only), loss.
            currentIndex: root.compact || pages.currentIndex === 0 ? pages.currentIndex : 2

            RowLayout {
                id: maps
                // The heatmaps share one colour scale (a_ij in [0, 1]) and so the last one's
                // colour bar; the others get its width, and every chart the same plot width.
                // Beside the heatmaps (not compact), the gate chart gets 1.5 shares: its legend.
                readonly property real gateShares: root.compact ? 0 : 1.5
                readonly property int charts: root.models.length + (root.compact ? 0 : 1)
                property real barWidth: 0
                readonly property real share: Math.max(
                    60, (stack.width - spacing * (charts - 1) - barWidth)
                        / Math.max(1, root.models.length + gateShares))
                spacing: 8
                Repeater {
                    model: root.models
                    delegate: Heatmap {
                        id: map
                        required property var modelData
                        required property int index
                        readonly property bool last: index === root.models.length - 1
                        Layout.fillHeight: true
                        Layout.preferredWidth: maps.share + (last ? colorBarWidth : 0)
                        Layout.preferredHeight: 100 // share what is left, do not ask for more
                        colorBar: last
                        onColorBarWidthChanged: if (last) maps.barWidth = colorBarWidth
                        source: root.runner
                        grid: "attn_" + modelData.id
                        minValue: 0
                        maxValue: 1
                        rowLabels: root.rowLabels
                        title: root.compact ? modelData.short : modelData.label
                        xLabel: qsTr("key j (row: query i)")
                        valueLabel: qsTr("a_{ij}")
                        // Trigger rows marked: the head should attend to i − 1 only there.
                        // Tall rows get an outline; short ones (a projector with the panel
                        // open) a tick right of the plot, as outlines would hide their cells.
                        Repeater {
                            model: map.rows === root.probe.length ? root.probe : []
                            delegate: Rectangle {
                                required property var modelData
                                required property int index
                                readonly property real cell: map.plotArea.height
                                                             / Math.max(1, map.rows)
                                readonly property bool outline: cell >= 10
                                visible: modelData.trigger
                                x: outline ? map.plotArea.x - 3
                                           : map.plotArea.x + map.plotArea.width + 1
                                y: map.plotArea.y + index * cell + (outline ? 0 : 0.5)
                                width: outline ? map.plotArea.width + 6 : 4
                                height: outline ? cell : Math.max(1, cell - 1)
                                color: outline ? "transparent" : Theme.accent
                                border.color: Theme.accent
                                border.width: outline ? 1.5 : 0
                            }
                        }
                    }
                }
                Loader {
                    active: !root.compact
                    visible: active
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: maps.share * maps.gateShares
                    Layout.preferredHeight: 100
                    sourceComponent: gateChart
                }
            }

            Loader {
                active: root.compact
                sourceComponent: gateChart
            }

            LinePlot {
                Layout.preferredHeight: 100
                source: root.runner
                series: root.models.map(m => "loss_" + m.id)
                title: qsTr("Training loss of each model")
                xLabel: qsTr("step")
                yLabel: qsTr("cross-entropy (nats)")
            }
        }

        Readouts {
            Layout.fillWidth: true
            runner: root.runner
            tiles: true
            items: [
                {label: qsTr("BOS attention"),
                 text: root.r.bos_attn_baseline === undefined ? "" : root.perModel("bos_attn_", root.models),
                 hint: qsTr("Mean attention weight on BOS over held-out non-trigger queries, for "
                            + "each model (baseline · headwise · elementwise). Uniform attention "
                            + "would give about 0.09 at T = 32. A high value in a gated model is "
                            + "not a failure: once its gate closes, nothing moves the attention "
                            + "any more (sheet §8, not robust).")},
                {label: qsTr("gate: non-trigger / trigger"),
                 text: root.r.gate_trigger_headwise === undefined ? "" : root.gated.map(
                           m => root.fmt("gate_nontrigger_" + m.id) + " / "
                                + root.fmt("gate_trigger_" + m.id)).join(" · "),
                 hint: qsTr("The sigmoid gate of the headwise · elementwise models, averaged over "
                            + "channels: near 0 on dormant queries, near 1 on triggers. The "
                            + "paper's mean elementwise gate is 0.116 (Table 4).")},
                {label: qsTr("ΔL with BOS masked"),
                 text: root.r.dloss_mask_bos_baseline === undefined ? "" : root.perModel("dloss_mask_bos_", root.models),
                 hint: qsTr("Test-loss increase (nats) when the BOS key is removed from every "
                            + "softmax (baseline · headwise · elementwise): how much each model "
                            + "relies on the sink.")},
                {label: qsTr("value drain"),
                 text: root.r.value_drain_baseline === undefined ? "" : root.perModel("value_drain_", root.models),
                 hint: qsTr("Norm of the value vector of BOS over the mean norm of the other "
                            + "values (baseline · headwise · elementwise): a small value lets "
                            + "attention parked on BOS add almost nothing.")},
                {label: qsTr("copy accuracy"),
                 text: root.r.copy_acc_baseline === undefined ? "" : root.perModel("copy_acc_", root.models),
                 hint: qsTr("Share of trigger queries whose most likely next token is the copied "
                            + "one: the task itself (baseline · headwise · elementwise).")}
            ]
        }

        Text {
            Layout.fillWidth: true
            visible: !root.compact
            wrapMode: Text.WordWrap
            font.pixelSize: root.fontPx * 0.9
            color: Theme.mutedText
            text: qsTr("Readouts (baseline · headwise · elementwise) on 256 held-out sequences%1. "
                       + "Shown: without a gate a head idles by parking on BOS and shrinking its "
                       + "value (a sink); a gate switches it off per query. Not shown: the "
                       + "paper's perplexity, stability and long-context gains, or lower BOS "
                       + "attention with a gate (it stays where it froze).")
                  .arg(root.r.evaluated_at === undefined ? ""
                       : qsTr(", step %1").arg(root.r.evaluated_at))
        }
    }
}
