// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import PaperLab.Controls

Item {
    width: 400
    height: 300

    // Stands in for a SimulationRunner: views only read its `readouts`.
    QtObject {
        id: fakeRunner
        property var readouts: ({r0: 2.5, alpha: 0.8617, alpha_se: 0.0731})
    }

    Readout { id: plain; runner: fakeRunner; key: "r0"; label: "R_0"; digits: 2 }
    Readout { id: withSe; runner: fakeRunner; key: "alpha"; se: "alpha_se"; label: "α" }
    Readout { id: missing; runner: fakeRunner; key: "nope"; label: "x" }
    Readout { id: formatted; label: "regime"; text: "strong"; tile: true }
    Readout {
        id: explained; runner: fakeRunner; key: "r0"; label: "R_0"
        hint: "Infections caused by one case"
    }
    Readout {
        id: explainedTile; runner: fakeRunner; key: "r0"; label: "R_0"; tile: true
        hint: "Infections caused by one case"
    }
    Readouts {
        id: row
        runner: fakeRunner
        items: [{key: "r0", label: "R_0", digits: 1}, {key: "nope", label: "x"},
                {key: "alpha", label: "α", visible: false}]
    }

    TestCase {
        name: "Readout"
        when: windowShown

        function test_value() {
            compare(plain.value, "2.50")
            compare(withSe.value, "0.862 ± 0.073")
            compare(formatted.value, "strong")
        }

        function test_hiddenUntilItExists() {
            compare(missing.hasValue, false)
            compare(missing.visible, false)
            verify(plain.visible)
            verify(plain.item !== null && plain.width > 0)
            verify(formatted.item !== null && formatted.height > 0)
        }

        function hintMark(readout) {
            return findChild(readout.item, "readoutHint")
        }

        // A technical label carries an ⓘ whose tooltip says it in plain words.
        function test_hintShowsAnInfoMark() {
            for (const r of [explained, explainedTile]) {
                const mark = hintMark(r)
                verify(mark !== null)
                verify(mark.visible && mark.width > 0)
                compare(mark.text, "ⓘ")
                compare(mark.toolTip.text, "Infections caused by one case")
            }
            verify(!hintMark(plain).visible)
        }

        function test_rowShowsOnlyReadoutsWithValues() {
            let shown = 0
            for (let i = 0; i < row.children.length; ++i) {
                const c = row.children[i]
                if (c.hasValue !== undefined && c.visible)
                    ++shown
            }
            compare(shown, 1)
        }
    }
}
