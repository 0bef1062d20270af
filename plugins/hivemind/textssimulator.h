// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "fileanalysissimulator.h"
#include "textanalysis.h"

#include <QString>

namespace paperlab::papers::hivemind {

/// "Your own texts": responses pasted or loaded (plain text, one response per block of
/// lines, blocks separated by blank lines; or JSON Lines {"prompt", "model", "text"}) →
/// the lexical measures and the paper's similarity metrics on the local embedding.
///
/// The file parameter "texts" names the input; reset() parses it completely before changing
/// anything and throws InputError (file, line, field) when it is malformed, so the previous
/// analysis stays. Without a file the bundled example set is shown. The analysis is done in
/// reset() (milliseconds for hundreds of responses), so the view is filled when it opens.
///
/// Commands:
///  - "load-texts" {text} (pasted) or {path}: a malformed input leaves the shown data as
///    they were and reports the error (with its line) in the status and the table
///    "load_error".
///  - "clear-texts": forget pasted texts: back to the file or the example set.
class TextsSimulator final : public FileAnalysisSimulator
{
public:
    void reset(const ParameterSet &parameters) override;
    void applyLive(const ParameterSet &parameters) override;
    void command(const QString &id, const QVariantMap &arguments) override;
    std::shared_ptr<Snapshot> snapshot() const override;

private:
    void show(TextSet set, const QString &source);
    void load(const QVariantMap &arguments);

    QString m_filePath;
    TextSet m_fileSet; // the file's texts, or the example set
    QString m_fileSource;
    bool m_pasted = false;
    TextSet m_shownSet;
    TextAnalysis m_analysis;
    int m_prompt = 0; // the prompt whose responses are drawn, 0-based
    bool m_selfPairs = true; // the model x model diagonal as the paper's Fig. 6
    int m_errorLine = -1; // -1: no error
    QString m_error;
};

/// Reads a texts file (a path or a ":/" resource): JSON Lines for *.jsonl or text starting
/// with '{', else plain text. Throws InputError naming the file, line and field.
TextSet readTextsFile(const QString &path);

} // namespace paperlab::papers::hivemind
