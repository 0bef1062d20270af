// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>

namespace paperlab::app {

struct InlineLink {
    QString text;     // plain text of the link
    QString target;   // destination as written: "#anchor", "paper:id#anchor", "https://…"
};

struct InlineStyle {
    QColor link;
    QColor codeBackground;
    QColor focusBackground;
    QColor focusText;
    QString monospaceFamily;
};

// Inline Markdown (emphasis, strong, ~~strike~~, code spans, links, autolinks, images,
// backslash escapes, hard breaks, entities) to Qt rich text. Math placeholders (see
// explainerparser.h) are delegated to `mathHtml`/`mathAlt`. Raw HTML is escaped, never passed
// through: explainers come from plugins, and rich text must not be injectable.
//
// Emphasis follows CommonMark's flanking rules, simplified (no "rule of 3").
class InlineRenderer
{
public:
    struct Output {
        QString html;
        QString plain;    // shown text without math (search, snippets, tests)
        QString spoken;   // shown text with each equation's alt text (screen readers)
    };

    std::function<QString(int)> mathHtml;
    std::function<QString(int)> mathAlt;
    InlineStyle style;
    QUrl baseUrl;         // resolves relative image paths
    int focusedLink = -1; // index into `links` drawn with the focus colours

    /// Links met so far, in order, across render() calls.
    QList<InlineLink> links;

    Output render(const QString &markdown);

private:
    Output renderInto(const QString &markdown, bool insideLink);
};

/// True for a target that stays inside PaperLab (anchor, paper: link).
bool isInternalLink(const QString &target);

} // namespace paperlab::app
