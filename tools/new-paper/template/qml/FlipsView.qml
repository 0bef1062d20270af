import QtQuick
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

Rectangle {
    id: root
    // Set by PaperLab for every simulator view.
    property var runner: null

    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        ViewHeader {
            Layout.fillWidth: true
            title: qsTr("The fraction of heads settles at p")
            subtitle: "SE(n) = √(p(1 − p)/n)"
        }

        Row {
            spacing: 16
            Readout { runner: root.runner; key: "fraction"; label: qsTr("heads / n"); digits: 4 }
            Readout { runner: root.runner; key: "heads"; label: qsTr("heads"); digits: 0 }
        }

        LinePlot {
            Layout.fillWidth: true
            Layout.fillHeight: true
            source: root.runner
            series: ["fraction", "upper", "lower"]
            dashed: ["upper", "lower"]
            logX: true
            yMin: 0
            yMax: 1
            xLabel: qsTr("flips n")
            yLabel: qsTr("heads / n")
        }
    }
}
