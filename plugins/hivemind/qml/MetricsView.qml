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
    startHint: qsTr("Loading…")
    measuredHint: qsTr("Choose or drop a CSV, JSONL or .npy embeddings file; until then, a "
                       + "demo set made by the generator.")
    exportable: true
}
