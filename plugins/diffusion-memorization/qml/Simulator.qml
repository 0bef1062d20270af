// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import PaperLab.Papers.DiffusionMemorization

// The Simulator tab: one view per simulator.
Item {
    id: root

    property var runner: null
    property string simulatorId
    property var theme: ({})

    Loader {
        anchors.fill: parent
        sourceComponent: root.simulatorId === "rf-gep-flow" ? rfView
                       : root.simulatorId === "score-1d" ? score1dView
                       : samplerView
    }

    Component {
        id: samplerView
        SamplerView {
            runner: root.runner
            theme: root.theme
        }
    }

    Component {
        id: rfView
        RfFlowView {
            runner: root.runner
            theme: root.theme
        }
    }

    Component {
        id: score1dView
        Score1dView {
            runner: root.runner
            theme: root.theme
        }
    }
}
