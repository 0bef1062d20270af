// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "explainer/explainerparser.h"

#include "explainer/mathtokenizer.h"

#include <QRegularExpression>

namespace paperlab::app {

namespace {

const QRegularExpression &headingRe()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$)"));
    return re;
}

const QRegularExpression &ruleRe()
{
    static const QRegularExpression re(QStringLiteral(R"(^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$)"));
    return re;
}

const QRegularExpression &listItemRe()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^( *)([-*+]|(\d{1,9})[.)])(?:[ \t]+(.*)|$))"));
    return re;
}

const QRegularExpression &quoteRe()
{
    static const QRegularExpression re(QStringLiteral(R"(^ {0,3}> ?(.*)$)"));
    return re;
}

const QRegularExpression &delimiterRowRe()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^ *\|? *:?-+:? *(\| *:?-+:? *)*\|? *$)"));
    return re;
}

const QRegularExpression &imageRe()
{
    // ![alt](dest "title") as the whole paragraph; alt may not contain "]".
    static const QRegularExpression re(QStringLiteral(
        R"re(^!\[([^\]]*)\]\(\s*<?([^\s<>()]+)>?(?:\s+(?:"([^"]*)"|'([^']*)'))?\s*\)$)re"));
    return re;
}

bool isHeading(const QString &line)
{
    return headingRe().match(line).hasMatch();
}

bool isRule(const QString &line)
{
    return ruleRe().match(line).hasMatch();
}

bool isQuote(const QString &line)
{
    return quoteRe().match(line).hasMatch();
}

bool isListItem(const QString &line)
{
    return listItemRe().match(line).hasMatch();
}

// Splits a table row on unescaped "|" (GFM: also inside code spans; equations are already
// placeholders); "\|" becomes "|".
QStringList splitRow(const QString &line)
{
    QString row = line.trimmed();
    if (row.startsWith(u'|'))
        row.remove(0, 1);
    if (row.endsWith(u'|') && !row.endsWith(QStringLiteral("\\|")))
        row.chop(1);
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (row[i] == u'\\' && i + 1 < row.size() && row[i + 1] == u'|') {
            cell += u'|';
            ++i;
        } else if (row[i] == u'|') {
            cells.append(cell.trimmed());
            cell.clear();
        } else {
            cell += row[i];
        }
    }
    cells.append(cell.trimmed());
    return cells;
}

bool startsTable(const QStringList &lines, qsizetype k)
{
    return k + 1 < lines.size() && lines[k].contains(u'|')
        && delimiterRowRe().match(lines[k + 1]).hasMatch() && lines[k + 1].contains(u'-')
        && (lines[k + 1].contains(u'|') || lines[k].trimmed().startsWith(u'|'));
}

// An ordered item may interrupt a paragraph only when it starts at 1 (CommonMark), so that
// "in 2024. We ..." wrapped onto a new line stays prose.
bool interruptsParagraph(const QStringList &lines, qsizetype k)
{
    const QString &line = lines[k];
    if (isHeading(line) || isRule(line) || isQuote(line) || startsTable(lines, k))
        return true;
    const auto m = listItemRe().match(line);
    if (!m.hasMatch() || m.captured(4).trimmed().isEmpty())
        return false;
    return m.captured(3).isEmpty() || m.captured(3).toInt() == 1;
}

class ChunkParser
{
public:
    // `continuesList`: the previous chunk ended with a list, which a list at the start of
    // this chunk continues (a loose list, items separated by blank lines).
    ChunkParser(ParsedExplainer &doc, const QStringList &lines, const QList<int> &lineNumbers,
                bool continuesList)
        : m_doc(doc), m_lines(lines), m_numbers(lineNumbers), m_continuesList(continuesList)
    {
    }

    void run()
    {
        qsizetype k = 0;
        while (k < m_lines.size()) {
            const QString &line = m_lines[k];
            if (auto m = headingRe().match(line); m.hasMatch()) {
                ParsedBlock b = block(BlockKind::Heading, k);
                b.level = int(m.captured(1).size());
                b.text = stripClosingHashes(m.captured(2));
                m_doc.blocks.append(b);
                ++k;
            } else if (isRule(line)) {
                m_doc.blocks.append(block(BlockKind::Rule, k));
                ++k;
            } else if (startsTable(m_lines, k)) {
                k = table(k);
            } else if (isQuote(line)) {
                k = quote(k);
            } else if (isListItem(line) && !listItemRe().match(line).captured(4).isEmpty()) {
                k = list(k);
            } else {
                k = paragraph(k);
            }
        }
    }

private:
    ParsedBlock block(BlockKind kind, qsizetype k) const
    {
        ParsedBlock b;
        b.kind = kind;
        b.line = m_numbers.value(k);
        return b;
    }

    static QString stripClosingHashes(QString text)
    {
        static const QRegularExpression closing(QStringLiteral(R"((?:^|[ \t]+)#+[ \t]*$)"));
        text.remove(closing);
        return text.trimmed();
    }

    qsizetype table(qsizetype k)
    {
        ParsedBlock b = block(BlockKind::Table, k);
        b.rows.append(splitRow(m_lines[k]));
        for (const QString &spec : splitRow(m_lines[k + 1])) {
            const bool left = spec.startsWith(u':');
            const bool right = spec.endsWith(u':');
            b.alignments.append(left && right ? Qt::AlignHCenter
                                              : right ? Qt::AlignRight : Qt::AlignLeft);
        }
        k += 2;
        while (k < m_lines.size() && m_lines[k].contains(u'|') && !isHeading(m_lines[k])) {
            b.rows.append(splitRow(m_lines[k]));
            ++k;
        }
        const qsizetype columns = b.rows.first().size();
        for (QStringList &row : b.rows) {
            while (row.size() < columns)
                row.append(QString());
            row = row.mid(0, columns);
        }
        while (b.alignments.size() < columns)
            b.alignments.append(Qt::AlignLeft);
        m_doc.blocks.append(b);
        return k;
    }

    qsizetype quote(qsizetype k)
    {
        ParsedBlock b = block(BlockKind::Quote, k);
        QStringList paragraphs{QString()};
        while (k < m_lines.size()) {
            const auto m = quoteRe().match(m_lines[k]);
            if (!m.hasMatch() && interruptsParagraph(m_lines, k))
                break;
            const QString text = m.hasMatch() ? m.captured(1) : m_lines[k];
            if (text.trimmed().isEmpty()) {
                if (!paragraphs.last().isEmpty())
                    paragraphs.append(QString());
            } else {
                if (!paragraphs.last().isEmpty())
                    paragraphs.last() += u'\n';
                paragraphs.last() += text;
            }
            ++k;
        }
        if (paragraphs.last().isEmpty())
            paragraphs.removeLast();
        b.text = paragraphs.join(QStringLiteral("\n\n"));
        m_doc.blocks.append(b);
        return k;
    }

    qsizetype list(qsizetype k)
    {
        const bool atChunkStart = k == 0;
        ParsedBlock b = block(BlockKind::List, k);
        QList<int> indents;
        while (k < m_lines.size()) {
            const QString &line = m_lines[k];
            const auto m = listItemRe().match(line);
            if (m.hasMatch() && !m.captured(4).isEmpty()) {
                const int indent = int(m.captured(1).size());
                while (!indents.isEmpty() && indent < indents.last() - 1)
                    indents.removeLast();
                if (indents.isEmpty() || indent > indents.last() + 1)
                    indents.append(indent);
                ListItem item;
                item.depth = int(indents.size()) - 1;
                item.ordered = !m.captured(3).isEmpty();
                item.number = item.ordered ? m.captured(3).toInt() : 1;
                item.text = m.captured(4).trimmed();
                b.items.append(item);
            } else if (isHeading(line) || isRule(line) || isQuote(line)
                       || startsTable(m_lines, k)) {
                break;
            } else {
                b.items.last().text += u'\n' + line.trimmed();
            }
            ++k;
        }
        if (m_continuesList && atChunkStart
            && m_doc.blocks.last().items.first().ordered == b.items.first().ordered) {
            m_doc.blocks.last().items += b.items;
        } else {
            m_doc.blocks.append(b);
        }
        return k;
    }

    qsizetype paragraph(qsizetype k)
    {
        const qsizetype first = k;
        QStringList text{m_lines[k]};
        ++k;
        while (k < m_lines.size()) {
            static const QRegularExpression setext(QStringLiteral(R"(^ {0,3}(=+|-+)[ \t]*$)"));
            if (const auto m = setext.match(m_lines[k]); m.hasMatch()) {
                ParsedBlock b = block(BlockKind::Heading, first);
                b.level = m.captured(1).startsWith(u'=') ? 1 : 2;
                b.text = text.join(u'\n').trimmed();
                m_doc.blocks.append(b);
                return k + 1;
            }
            if (interruptsParagraph(m_lines, k))
                break;
            text.append(m_lines[k]);
            ++k;
        }
        emitParagraph(text.join(u'\n'), m_numbers.value(first));
        return k;
    }

    // Cuts display equations out of a paragraph, and recognises lone images and figures.
    void emitParagraph(const QString &text, int line)
    {
        QString pending;
        const auto flush = [&] {
            const QString t = pending.trimmed();
            pending.clear();
            if (t.isEmpty())
                return;
            ParsedBlock b;
            b.line = line;
            b.text = t;
            if (const auto m = imageRe().match(t); m.hasMatch()) {
                b.url = m.captured(2);
                b.alt = m.captured(1);
                b.title = m.captured(3).isEmpty() ? m.captured(4) : m.captured(3);
                b.kind = b.url.startsWith(QStringLiteral("qml:")) ? BlockKind::Figure
                                                                  : BlockKind::Image;
                b.text.clear();
            }
            m_doc.blocks.append(b);
        };
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            const int index = u - kMathPlaceholder;
            if (u >= kMathPlaceholder && u <= kMathPlaceholderLast && index < m_doc.maths.size()
                && m_doc.maths[index].display) {
                flush();
                ParsedBlock b;
                b.kind = BlockKind::Equation;
                b.line = m_doc.maths[index].line;
                b.math = index;
                m_doc.blocks.append(b);
            } else {
                pending += c;
            }
        }
        flush();
    }

    ParsedExplainer &m_doc;
    const QStringList &m_lines;
    const QList<int> &m_numbers;
    const bool m_continuesList;
};

} // namespace

ParsedExplainer parseExplainer(const QString &markdown)
{
    ParsedExplainer doc;
    QString clean = markdown;
    // Private-use characters are our placeholders; a stray one in the source must not
    // masquerade as an equation.
    clean.removeIf([](QChar c) {
        return c.unicode() >= kMathPlaceholder && c.unicode() <= kMathPlaceholderLast;
    });
    bool lastChunkEndedWithList = false;
    for (const MarkdownSegment &seg : splitMarkdown(clean)) {
        if (seg.kind == MarkdownSegment::Kind::Code) {
            ParsedBlock b;
            b.kind = BlockKind::Code;
            b.line = seg.line;
            b.language = seg.info;
            b.code = seg.text;
            doc.blocks.append(b);
            if (!seg.closed)
                doc.problems.append({seg.line, QStringLiteral("code fence is never closed")});
            lastChunkEndedWithList = false;
            continue;
        }
        const MathScan scan = scanMath(seg.text);
        for (const MathProblem &p : scan.problems) {
            doc.problems.append(
                {seg.line + int(seg.text.left(p.offset).count(u'\n')), p.message});
        }
        // Replace each span by its placeholder, keeping the source line of every output line.
        QString text;
        QList<int> numbers{seg.line};
        int sourceLine = seg.line;
        qsizetype pos = 0;
        for (const MathSpan &span : scan.spans) {
            for (qsizetype i = pos; i < span.start; ++i) {
                text += seg.text[i];
                if (seg.text[i] == u'\n')
                    numbers.append(++sourceLine);
            }
            const int index = int(doc.maths.size());
            if (kMathPlaceholder + index > kMathPlaceholderLast) {
                doc.problems.append({sourceLine, QStringLiteral("too many equations")});
                break;
            }
            doc.maths.append({span.display, span.tex, mathKey(span.display, span.tex),
                              sourceLine});
            text += QChar(char16_t(kMathPlaceholder + index));
            sourceLine += int(QStringView(seg.text).mid(span.start, span.end - span.start)
                                  .count(u'\n'));
            pos = span.end;
        }
        for (qsizetype i = pos; i < seg.text.size(); ++i) {
            text += seg.text[i];
            if (seg.text[i] == u'\n')
                numbers.append(++sourceLine);
        }
        const QStringList lines = text.split(u'\n');
        ChunkParser(doc, lines, numbers, lastChunkEndedWithList).run();
        lastChunkEndedWithList =
            !doc.blocks.isEmpty() && doc.blocks.last().kind == BlockKind::List;
    }
    return doc;
}

QString headingSlug(const QString &plainText)
{
    QString slug;
    for (const QChar c : plainText.toLower()) {
        if (c.isLetterOrNumber() || c == u'_')
            slug += c;
        else if ((c == u'-' || c.isSpace()) && !slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug;
}

} // namespace paperlab::app
