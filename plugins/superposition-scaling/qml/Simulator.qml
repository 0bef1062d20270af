// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick

// The Simulator tab: one view per simulator of the plugin.
Item {
    id: root

    property var runner: null
    property string simulatorId
    property var theme: ({})

    Loader {
        id: view
        anchors.fill: parent
        source: {
            switch (root.simulatorId) {
            case "train": return "TrainView.qml"
            case "overlaps": return "OverlapView.qml"
            case "regime-map": return "RegimeMapView.qml"
            case "llm-compare": return "LlmView.qml"
            default: return "SweepView.qml"
            }
        }
        onLoaded: {
            view.item.runner = Qt.binding(() => root.runner)
            view.item.theme = Qt.binding(() => root.theme)
        }
    }
}
