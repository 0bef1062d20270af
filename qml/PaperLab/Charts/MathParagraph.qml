// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import PaperLab.Charts

// A MathLabel that wraps, for readouts and captions in layouts. A wrapped rich Text in a
// RowLayout or ColumnLayout reports the implicit height of its narrowest layout (hundreds
// of pixels of empty row); this item reports the height of the lines at its real width.
Item {
    id: root

    property alias tex: label.tex
    property alias font: label.font
    property alias color: label.color
    property alias horizontalAlignment: label.horizontalAlignment

    implicitWidth: label.implicitWidth
    implicitHeight: label.contentHeight
    Accessible.role: Accessible.StaticText
    Accessible.name: label.Accessible.name

    MathLabel {
        id: label

        width: root.width
        wrapMode: Text.Wrap
    }
}
