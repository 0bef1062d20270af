// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import PaperLab.Charts

BoxPlotItem {
    id: chart

    implicitWidth: 480
    implicitHeight: 320
    Accessible.role: Accessible.Chart
    Accessible.name: chart.title.length > 0 ? MathText.plain(chart.title) : qsTr("Box plot")
    Accessible.description: chart.summary
    Accessible.focusable: true

    ChartOverlay {
        chart: chart
    }
}
