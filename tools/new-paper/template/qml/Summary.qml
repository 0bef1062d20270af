import QtQuick
import PaperLab.Charts

Rectangle {
    id: root
    // Set by PaperLab; compact is true in home-page thumbnails.
    property bool compact: false

    color: compact ? Theme.surface : Theme.background

    // The ±2 standard error band around p = 0.5, for n = 1 … 1000.
    readonly property var band: {
        const n = [], upper = [], lower = []
        for (let i = 1; i <= 1000; i = Math.ceil(i * 1.1)) {
            n.push(i)
            upper.push(0.5 + 2 * Math.sqrt(0.25 / i))
            lower.push(0.5 - 2 * Math.sqrt(0.25 / i))
        }
        return [{id: "upper", label: qsTr("p + 2 SE"), x: n, y: upper},
                {id: "lower", label: qsTr("p − 2 SE"), x: n, y: lower}]
    }

    LinePlot {
        anchors.fill: parent
        anchors.margins: root.compact ? 4 : 16
        staticData: root.band
        logX: true
        yMin: 0
        yMax: 1
        title: root.compact ? "" : qsTr("Where the fraction of heads may be after n flips")
        legendVisible: !root.compact
        xLabel: root.compact ? "" : qsTr("flips n")
        yLabel: root.compact ? "" : qsTr("heads / n")
    }
}
