// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace paperlab::app {

// The math tokenizer of explainer Markdown. tools/mathjax/typeset-math.mjs has the same rules
// to decide which SVGs to typeset; a disagreement shows up as a missing-equation marker and is
// caught by tests/explainer. The rules:
//  - CRLF and CR become LF; fenced code blocks (``` or ~~~, indented at most 3 spaces) hold no
//    math; the rest is cut at blank lines into chunks, and math never crosses a chunk;
//  - a backslash escapes the next character (so \$ is a literal dollar);
//  - a run of n backticks opens a code span that closes at the next run of exactly n; an
//    unclosed run is literal text; code spans hold no math;
//  - $$…$$ is display math and may span lines of its chunk;
//  - $…$ is inline math when the opening $ is followed by a non-space and the closing $ is
//    preceded by a non-space and not followed by a digit ("$5 and $6" is not math);
//  - the TeX source is the text between the delimiters, trimmed.

struct MarkdownSegment {
    enum class Kind { Text, Code };
    Kind kind = Kind::Text;
    int line = 0;          // 1-based line of the first text line (or of the opening fence)
    QString text;          // chunk text, or the code without its fences
    QString info;          // code: the fence's info string ("cpp", "python", ...)
    bool closed = true;    // code: false when the file ended inside the fence
};

struct MathSpan {
    bool display = false;
    QString tex;
    qsizetype start = 0;   // offsets into the chunk text; end is exclusive
    qsizetype end = 0;
};

struct MathProblem {
    qsizetype offset = 0;
    QString message;
};

struct MathScan {
    QList<MathSpan> spans;
    QList<MathProblem> problems;
};

/// Splits Markdown into text chunks and fenced code blocks, in document order.
QList<MarkdownSegment> splitMarkdown(const QString &markdown);

/// Finds the math spans of one text chunk.
MathScan scanMath(const QString &chunk);

/// First 16 hex digits of sha1("display:" or "inline:" + tex): the SVG's file base name.
QString mathKey(bool display, const QString &tex);

} // namespace paperlab::app
