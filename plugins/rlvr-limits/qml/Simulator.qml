// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import PaperLab.Papers.RlvrLimits

// The Simulator tab: the toy RLVR laboratory or the pass@k calculator.
Item {
    id: root

    property var runner: null
    property string simulatorId
    property var theme: ({})

    Loader {
        anchors.fill: parent
        sourceComponent: root.simulatorId === "passk-calculator" ? calculator : lab
    }

    Component {
        id: lab
        RlvrLabView {
            runner: root.runner
            theme: root.theme
        }
    }

    Component {
        id: calculator
        CalculatorView {
            runner: root.runner
            theme: root.theme
        }
    }
}
