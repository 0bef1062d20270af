// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// The paper's measurement pipeline on the user's own embeddings (CSV, JSONL or .npy with a
// sidecar CSV), with the same four pictures as the synthetic generator and a JSON export.
HivemindMetricsPanel {
    id: root

    title: qsTr("Your embeddings: %1 prompts × %2 models, D = %3")
           .arg(num("prompts", 0)).arg(num("models", 0)).arg(num("dim", 0))
    // A paper-scale file is measured in steps (Play), the metrics filling in prompt by prompt.
    startHint: runner && runner.phase === "measuring"
               ? qsTr("A large file: press Play to measure it prompt by prompt; the metrics "
                      + "fill in as it goes, and Pause stops between two prompts.")
               : qsTr("Loading…")
    measuredHint: !runner || runner.progress < 1
                  ? qsTr("Measuring prompt by prompt: these are the metrics of the prompts "
                         + "measured so far.")
                  : runner.status.startsWith("demo")
                    ? qsTr("Choose or drop a CSV, JSONL or .npy embeddings file; until then, a "
                           + "demo set made by the generator.")
                    : qsTr("Choose or drop another file to measure it; Export JSON… saves "
                           + "every metric.")
    exportable: true
}
