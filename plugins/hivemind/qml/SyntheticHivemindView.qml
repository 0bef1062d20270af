// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import PaperLab.Charts
import PaperLab.Controls

// The synthetic mixture-of-ideas generator (paper sheet §7.B) measured as the paper measures
// real models: the per-model intra-similarity heatmap (Fig. 4/5), the lower-triangular
// model × model matrix (Fig. 6), unique-source@N with its two exact limits and the paper's
// ≈ 8 (Fig. 8), and one prompt's pool in PCA coordinates (Fig. 1).
HivemindMetricsPanel {
    id: root

    title: qsTr("Synthetic hivemind: %1 models × %2 prompts × %3 answers")
           .arg(num("models", 0)).arg(num("prompts", 0)).arg(num("responses_per_model", 0))
    startHint: qsTr("Press Play to generate the responses and measure them. Afterwards every "
                    + "knob recomputes at once: try the shared prior α first.")
    measuredHint: qsTr("A stylised generator, not language models. Drag α (shared prior) and "
                       + "T (temperature): each change is measured again at once.")
}
