// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace paperlab::app {

// Splits explainer Markdown into blocks. Math is cut out first (see mathtokenizer.h) and each
// span is replaced by one private-use character, kMathPlaceholder + its index in `maths`, so
// that nothing later (table cells split on "|", emphasis on "*" or "_") can look inside TeX.
//
// The blocks are md4c's (CommonMark with GFM tables and strikethrough; raw HTML is text and
// indented code is prose). On top of it: $$display$$ equations are cut out of paragraphs,
// and a paragraph that is a single image becomes an image block, ![alt](path "caption"), or a
// live figure, ![caption](qml:Name.qml). Lists are flattened into items with a depth; a block
// that the model cannot nest in a list or quote (heading, code, table, rule) ends it.
// Text fields hold inline Markdown, rendered by InlineRenderer.

inline constexpr char16_t kMathPlaceholder = 0xE000;
inline constexpr char16_t kMathPlaceholderLast = 0xF8FF;

enum class BlockKind {
    Heading, Paragraph, Equation, Code, Table, Image, Figure, List, Quote, Rule
};

struct ListItem {
    int depth = 0;
    bool ordered = false;
    int number = 1;
    QString text;
};

struct ParsedBlock {
    BlockKind kind = BlockKind::Paragraph;
    int line = 0;               // 1-based source line
    int level = 0;              // heading level 1..6
    QString text;               // heading, paragraph; quote paragraphs are joined by "\n\n"
    int math = -1;              // equation: index into ParsedExplainer::maths
    QString language;           // code: the fence's info word
    QString code;
    QList<QStringList> rows;    // table: rows[0] is the header
    QList<int> alignments;      // table: Qt::AlignmentFlag per column (left, centre, right)
    QString url;                // image, figure: the link destination as written
    QString alt;                // image, figure: inline Markdown
    QString title;              // image: the caption (inline Markdown)
    QList<ListItem> items;      // list
};

struct ParsedMath {
    bool display = false;
    QString tex;
    QString key;
    int line = 0;
};

struct ParseProblem {
    int line = 0;
    QString message;
};

struct ParsedExplainer {
    QList<ParsedBlock> blocks;
    QList<ParsedMath> maths;
    QList<ParseProblem> problems;
};

ParsedExplainer parseExplainer(const QString &markdown);

/// GitHub-style anchor of a heading's plain text: lower case, letters, digits, "-" and "_"
/// kept, spaces to "-", runs of "-" collapsed. Uniqueness suffixes are added by the caller.
QString headingSlug(const QString &plainText);

} // namespace paperlab::app
