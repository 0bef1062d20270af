// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace paperlab::app {

// A deliberately small highlighter for the code blocks of explainers: keywords, types,
// strings, comments, numbers, and a little per-language extra (preprocessor lines and
// decorators, shell variables, JSON keys). It never has to be right about every corner of a
// grammar; it only has to make short listings easier to read.

enum class SyntaxKind { Keyword, Type, String, Comment, Number, Meta, Variable, Key };

struct SyntaxToken {
    SyntaxKind kind = SyntaxKind::Keyword;
    qsizetype start = 0;
    qsizetype length = 0;
    friend bool operator==(const SyntaxToken &, const SyntaxToken &) = default;
};

struct SyntaxPalette {
    QColor keyword, type, string, comment, number, meta, variable, key;

    /// A palette that reads well on a light or a dark code background.
    static SyntaxPalette forBackground(const QColor &background);
};

/// "cpp", "python", "sh" or "json" for a fence info string (c++, py, bash, console, …); else "".
QString canonicalLanguage(const QString &info);

/// The highlighted ranges of `code`, in order and non-overlapping; plain text is left out.
QList<SyntaxToken> highlightTokens(const QString &code, const QString &language);

/// `code` as Qt rich text (escaped, with coloured spans), to be placed inside a <pre>.
QString highlightHtml(const QString &code, const QString &language, const SyntaxPalette &palette);

} // namespace paperlab::app
