// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import PaperLab.Charts

// A Text whose `tex` is in MathText notation (`τ_{mem}`, `m^{−α_m}`): readouts, captions
// and combo box entries outside the charts show labels the way the charts do.
Text {
    property string tex

    text: MathText.rich(tex) ? MathText.html(tex) : tex
    textFormat: MathText.rich(tex) ? Text.RichText : Text.PlainText
    Accessible.name: MathText.plain(tex)
}
