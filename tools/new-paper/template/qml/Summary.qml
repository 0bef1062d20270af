import QtQuick
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

OnePicture {
    id: root

    headline: qsTr("The fraction of heads settles at p, with an error that shrinks like 1/√n.")
    caption: qsTr("After n flips of a fair coin, about 95% of runs are between the two lines, "
                  + "p ± 2 standard errors.")
    thumbnailCaption: qsTr("Where the fraction of heads may be after n flips")

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
        Layout.fillWidth: true
        Layout.fillHeight: true
        staticData: root.band
        logX: true
        yMin: 0
        yMax: 1
        legendVisible: !root.compact
        xLabel: root.compact ? "" : qsTr("flips n")
        yLabel: root.compact ? "" : qsTr("heads / n")
    }
}
