// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import PaperLab.Charts

// A line of named readouts: items [{key, label, digits}], values from runner.readouts;
// labels are in MathText notation.
MathLabel {
    id: root

    property var runner: null
    property var theme: ({})
    property var items: []

    function format(r) {
        const parts = []
        for (const item of root.items) {
            if (r[item.key] === undefined)
                continue
            const digits = item.digits !== undefined ? item.digits : 3
            let text = item.label + " = " + Number(r[item.key]).toFixed(digits)
            if (item.se && r[item.se] !== undefined)
                text += " ± " + Number(r[item.se]).toFixed(digits)
            parts.push(text)
        }
        return parts.join("     ")
    }

    tex: runner ? format(runner.readouts) : ""
    wrapMode: Text.Wrap
    font.pixelSize: 15 * (theme.fontScale || 1)
    color: theme.text || "#1b1f24"
}
