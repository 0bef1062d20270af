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

    title: qsTr("Metric engine on %1 prompts × %2 models, %3 responses of dimension %4")
           .arg(num("prompts", 0)).arg(num("models", 0)).arg(num("responses", 0))
           .arg(num("dim", 0))
    startHint: qsTr("Loading…")
    measuredHint: qsTr("Choose an embeddings file in the parameter panel or drop one here "
                       + "(CSV prompt,model,e0,…; JSON Lines; .npy with a sidecar CSV). "
                       + "Without one, a demo set made by the generator is shown.")
    exportable: true
}
