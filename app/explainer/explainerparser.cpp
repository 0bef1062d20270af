// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "explainer/explainerparser.h"

#include "explainer/mathtokenizer.h"

#include <md4c.h>

#include <algorithm>
#include <optional>

namespace paperlab::app {

namespace {

bool isMath(QChar c)
{
    return c.unicode() >= kMathPlaceholder && c.unicode() <= kMathPlaceholderLast;
}

QString attribute(const MD_ATTRIBUTE &a)
{
    // Entities stay as written, like the rest of a destination; NUL is replaced (CommonMark).
    QString out;
    for (int i = 0; a.substr_offsets[i] < a.size; ++i) {
        const MD_OFFSET from = a.substr_offsets[i];
        out += a.substr_types[i] == MD_TEXT_NULLCHAR
            ? QString(QChar(QChar::ReplacementCharacter))
            : QString::fromUtf8(a.text + from, qsizetype(a.substr_offsets[i + 1] - from));
    }
    return out;
}

// A link or image destination that InlineRenderer reads back unchanged.
QString destination(const QString &url)
{
    const bool plain = std::none_of(url.begin(), url.end(), [](QChar c) {
        return c.isSpace() || c == u'(' || c == u')' || c == u'<' || c == u'>';
    });
    return plain || url.contains(u'>') ? url : u'<' + url + u'>';
}

// Builds the block model from md4c's events. Inline content is written back as canonical
// inline Markdown (every literal delimiter escaped), because the block model keeps inline
// Markdown that InlineRenderer re-renders for each theme, font and focused link.
class Builder
{
public:
    Builder(ParsedExplainer &doc, const QByteArray &utf8, const QList<int> &sourceLines)
        : m_doc(doc), m_utf8(utf8), m_sourceLines(sourceLines)
    {
        m_lineStarts.append(0);
        for (qsizetype i = 0; i < utf8.size(); ++i) {
            if (utf8[i] == '\n')
                m_lineStarts.append(i + 1);
        }
    }

    int enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_QUOTE:
            m_containers.append(Container::Quote);
            m_quote = -1;
            break;
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            m_containers.append(Container::List);
            m_lists.append({type == MD_BLOCK_OL,
                            type == MD_BLOCK_OL
                                ? int(static_cast<MD_BLOCK_OL_DETAIL *>(detail)->start) : 1});
            if (m_lists.size() == 1)
                m_list = -1;
            break;
        case MD_BLOCK_LI:
            m_containers.append(Container::Item);
            m_item = {int(m_lists.size()) - 1, m_lists.last().ordered, m_lists.last().next,
                      QString()};
            m_lists.last().next += m_item.ordered ? 1 : 0;
            m_itemOpen = false;
            openItemText();
            break;
        case MD_BLOCK_P:
            if (inside(Container::Item))
                openItemText();
            else if (inside(Container::Quote))
                openQuoteParagraph();
            else
                startPiece();
            break;
        case MD_BLOCK_H:
            add(BlockKind::Heading).level = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
            m_target = &m_doc.blocks.last().text;
            break;
        case MD_BLOCK_CODE:
            add(BlockKind::Code, false).language =
                attribute(static_cast<MD_BLOCK_CODE_DETAIL *>(detail)->lang);
            m_target = &m_doc.blocks.last().code;
            m_code = true;
            break;
        case MD_BLOCK_TABLE:
            add(BlockKind::Table);
            break;
        case MD_BLOCK_TR:
            m_doc.blocks.last().rows.append(QStringList());
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD: {
            ParsedBlock &t = m_doc.blocks.last();
            t.rows.last().append(QString());
            m_target = &t.rows.last().last();
            m_inCell = true;
            if (type == MD_BLOCK_TH) {
                const MD_ALIGN a = static_cast<MD_BLOCK_TD_DETAIL *>(detail)->align;
                t.alignments.append(a == MD_ALIGN_CENTER ? Qt::AlignHCenter
                                    : a == MD_ALIGN_RIGHT ? Qt::AlignRight : Qt::AlignLeft);
            }
            break;
        }
        case MD_BLOCK_HR:
            add(BlockKind::Rule, false);
            break;
        default:
            break;
        }
        return 0;
    }

    int leaveBlock(MD_BLOCKTYPE type)
    {
        switch (type) {
        case MD_BLOCK_QUOTE:
        case MD_BLOCK_LI:
            m_containers.removeLast();
            m_target = nullptr;
            break;
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            m_containers.removeLast();
            m_lists.removeLast();
            break;
        case MD_BLOCK_P:
            if (!inside(Container::Item) && !inside(Container::Quote))
                finishPiece();
            m_target = nullptr;
            break;
        case MD_BLOCK_CODE:
            if (m_doc.blocks.last().code.endsWith(u'\n'))
                m_doc.blocks.last().code.chop(1);
            m_code = false;
            ++m_lastLine;   // the closing fence
            m_target = nullptr;
            break;
        case MD_BLOCK_H:
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            m_target = nullptr;
            m_inCell = false;
            break;
        default:
            break;
        }
        return 0;
    }

    int enterSpan(MD_SPANTYPE type, void *detail)
    {
        if (!m_target)
            return 0;
        if (m_piece && m_spans.isEmpty() && type != MD_SPAN_IMG)
            m_piece->other = true;
        m_spans.append({type, m_target->size(), nullptr, detail});
        switch (type) {
        case MD_SPAN_EM: *m_target += u'*'; break;
        case MD_SPAN_STRONG: *m_target += QStringLiteral("**"); break;
        case MD_SPAN_DEL: *m_target += QStringLiteral("~~"); break;
        case MD_SPAN_CODE: m_code = true; break;
        case MD_SPAN_A: *m_target += u'['; break;
        case MD_SPAN_IMG:
            *m_target += QStringLiteral("![");
            if (m_spans.size() == 1 && m_piece)
                ++m_piece->images;
            break;
        default: break;
        }
        return 0;
    }

    int leaveSpan(MD_SPANTYPE type)
    {
        if (!m_target || m_spans.isEmpty())
            return 0;
        const Span span = m_spans.takeLast();
        switch (type) {
        case MD_SPAN_EM: *m_target += u'*'; break;
        case MD_SPAN_STRONG: *m_target += QStringLiteral("**"); break;
        case MD_SPAN_DEL: *m_target += QStringLiteral("~~"); break;
        case MD_SPAN_CODE: closeCode(span.start); break;
        case MD_SPAN_A: closeLink(span); break;
        case MD_SPAN_IMG: closeImage(span); break;
        default: break;
        }
        return 0;
    }

    int text(MD_TEXTTYPE type, const MD_CHAR *data, MD_SIZE size)
    {
        noteLine(data);
        if (!m_target)
            return 0;
        const QString s = QString::fromUtf8(data, qsizetype(size));
        switch (type) {
        case MD_TEXT_NULLCHAR: *m_target += QChar(QChar::ReplacementCharacter); break;
        case MD_TEXT_BR: *m_target += QStringLiteral("\\\n"); break;
        case MD_TEXT_SOFTBR: *m_target += u'\n'; break;
        case MD_TEXT_ENTITY: *m_target += s; break;   // InlineRenderer decodes it
        default:
            if (m_code)
                *m_target += s;
            else
                appendText(s);
            break;
        }
        if (!m_spans.isEmpty() && m_spans.last().type == MD_SPAN_A && !m_spans.last().text)
            m_spans.last().text = data;
        return 0;
    }

private:
    enum class Container { Quote, List, Item };
    struct ListLevel {
        bool ordered = false;
        int next = 1;
    };
    struct Span {
        MD_SPANTYPE type;
        qsizetype start = 0;
        const MD_CHAR *text = nullptr;   // a link's first text, to tell autolinks apart
        void *detail = nullptr;
    };
    // A top-level paragraph is cut at its display equations into pieces; a piece that is a
    // single image becomes an image block, or a figure block for a qml: destination.
    struct Piece {
        ParsedBlock block;
        int images = 0;
        bool other = false;    // any text besides the one image
    };

    bool inside(Container c) const
    {
        return !m_containers.isEmpty() && m_containers.last() == c;
    }

    // A block that the model cannot nest (heading, code, table, rule, or a container inside
    // another) ends the list or quote being built; whatever follows opens a new one.
    // A block takes the line of its first text, or else (rules, code fences) the next
    // non-blank line after the last text seen.
    ParsedBlock &add(BlockKind kind, bool lineFromText = true)
    {
        m_list = -1;
        m_quote = -1;
        ParsedBlock b;
        b.kind = kind;
        if (lineFromText) {
            m_waiting.append(int(m_doc.blocks.size()));
        } else {
            m_lastLine = nextNonBlankLine();
            b.line = m_sourceLines.value(m_lastLine);
        }
        m_doc.blocks.append(b);
        return m_doc.blocks.last();
    }

    int nextNonBlankLine() const
    {
        int line = m_lastLine + 1;
        for (; line + 1 < m_lineStarts.size(); ++line) {
            const auto bytes = QByteArrayView(m_utf8).sliced(
                m_lineStarts[line], m_lineStarts[line + 1] - m_lineStarts[line]);
            if (!bytes.trimmed().isEmpty())
                break;
        }
        return line;
    }

    void openItemText()
    {
        if (m_list < 0) {
            add(BlockKind::List);
            m_list = int(m_doc.blocks.size()) - 1;
            m_itemOpen = false;
        }
        QList<ListItem> &items = m_doc.blocks[m_list].items;
        if (!m_itemOpen) {
            items.append(m_item);
            m_itemOpen = true;
        } else if (!items.last().text.isEmpty()) {
            items.last().text += u'\n';
        }
        m_target = &items.last().text;
    }

    void openQuoteParagraph()
    {
        if (m_quote < 0) {
            add(BlockKind::Quote);
            m_quote = int(m_doc.blocks.size()) - 1;
        } else {
            m_doc.blocks[m_quote].text += QStringLiteral("\n\n");
        }
        m_target = &m_doc.blocks[m_quote].text;
    }

    void startPiece()
    {
        m_list = -1;
        m_quote = -1;
        m_piece = Piece{};
        m_target = &m_piece->block.text;
    }

    void finishPiece()
    {
        Piece piece = *m_piece;
        m_piece.reset();
        ParsedBlock &b = piece.block;
        b.text = b.text.trimmed();
        if (b.text.isEmpty())
            return;
        if (piece.images == 1 && !piece.other) {
            b.kind = b.url.startsWith(QStringLiteral("qml:")) ? BlockKind::Figure
                                                              : BlockKind::Image;
            b.text.clear();
        }
        m_doc.blocks.append(b);
    }

    void appendText(const QString &s)
    {
        for (const QChar c : s) {
            const int index = c.unicode() - kMathPlaceholder;
            if (isMath(c) && m_piece && m_spans.isEmpty() && index < m_doc.maths.size()
                && m_doc.maths[index].display) {
                finishPiece();
                ParsedBlock b;
                b.kind = BlockKind::Equation;
                b.line = m_doc.maths[index].line;
                b.math = index;
                m_doc.blocks.append(b);
                startPiece();
                continue;
            }
            if (m_piece && m_spans.isEmpty() && !c.isSpace())
                m_piece->other = true;
            // Escaped so that InlineRenderer reads it back as the same literal character ("\$"
            // also tells readers of the block model that a dollar was written as text).
            static const QString special = QStringLiteral("\\`*_~[]<&$");
            if (special.contains(c))
                *m_target += u'\\';
            *m_target += c;
        }
    }

    void closeCode(qsizetype start)
    {
        m_code = false;
        QString code = m_target->mid(start);
        // GFM: "\|" in a table cell is a pipe even inside a code span; md4c keeps the "\".
        if (m_inCell)
            code.replace(QStringLiteral("\\|"), QStringLiteral("|"));
        qsizetype longest = 0;
        for (qsizetype i = 0, run = 0; i < code.size(); ++i) {
            run = code[i] == u'`' ? run + 1 : 0;
            longest = std::max(longest, run);
        }
        const QString fence(longest + 1, u'`');
        const bool pad = code.startsWith(u'`') || code.endsWith(u'`')
            || (code.startsWith(u' ') && code.endsWith(u' '));
        const QString space = pad ? QStringLiteral(" ") : QString();
        m_target->truncate(start);
        *m_target += fence + space + code + space + fence;
    }

    void closeLink(const Span &span)
    {
        const auto *d = static_cast<const MD_SPAN_A_DETAIL *>(span.detail);
        const QString href = attribute(d->href);
        // An autolink's text is its destination, at the same place in the source.
        if (span.text && span.text == d->href.text) {
            m_target->truncate(span.start);
            *m_target += u'<' + href + u'>';
        } else {
            *m_target += QStringLiteral("](") + destination(href) + u')';
        }
    }

    void closeImage(const Span &span)
    {
        const auto *d = static_cast<const MD_SPAN_IMG_DETAIL *>(span.detail);
        const QString src = attribute(d->src);
        if (m_piece && m_spans.isEmpty()) {
            ParsedBlock &b = m_piece->block;
            b.url = src;
            b.alt = m_target->mid(span.start + 2);
            b.title = attribute(d->title);
        }
        *m_target += QStringLiteral("](") + destination(src) + u')';
    }

    // Gives the blocks that wait for one the source line of their first text.
    void noteLine(const MD_CHAR *data)
    {
        if (data < m_utf8.constData() || data >= m_utf8.constData() + m_utf8.size())
            return;
        const qsizetype offset = data - m_utf8.constData();
        m_lastLine = int(std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset)
                         - m_lineStarts.begin()) - 1;
        const int line = m_lastLine;
        for (const int index : std::as_const(m_waiting))
            m_doc.blocks[index].line = m_sourceLines.value(line);
        m_waiting.clear();
        if (m_piece && m_piece->block.line == 0)
            m_piece->block.line = m_sourceLines.value(line);
    }

    ParsedExplainer &m_doc;
    const QByteArray &m_utf8;
    const QList<int> &m_sourceLines;
    QList<qsizetype> m_lineStarts;
    QList<Container> m_containers;
    QList<ListLevel> m_lists;
    QList<Span> m_spans;
    QList<int> m_waiting;
    std::optional<Piece> m_piece;
    ListItem m_item;
    bool m_itemOpen = false;
    QString *m_target = nullptr;
    bool m_code = false;
    bool m_inCell = false;
    int m_list = -1;
    int m_quote = -1;
    int m_lastLine = -1;   // line of the last text seen, in the md4c input
};

} // namespace

ParsedExplainer parseExplainer(const QString &markdown)
{
    ParsedExplainer doc;
    QString clean = markdown;
    clean.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    clean.replace(u'\r', u'\n');
    // Private-use characters are our placeholders; a stray one in the source must not
    // masquerade as an equation.
    clean.removeIf(isMath);
    const QStringList sourceLines = clean.split(u'\n');

    // Every math span of the text chunks becomes its placeholder; code is copied as it is.
    // `numbers` keeps the source line of each line of the result.
    QString text;
    QList<int> numbers;
    int copied = 0;
    const auto copyLines = [&](int upTo) {
        for (; copied < upTo && copied < sourceLines.size(); ++copied) {
            text += sourceLines[copied] + u'\n';
            numbers.append(copied + 1);
        }
    };
    for (const MarkdownSegment &seg : splitMarkdown(clean)) {
        if (seg.kind == MarkdownSegment::Kind::Code) {
            if (!seg.closed)
                doc.problems.append({seg.line, QStringLiteral("code fence is never closed")});
            continue;
        }
        copyLines(seg.line - 1);
        const MathScan scan = scanMath(seg.text);
        for (const MathProblem &p : scan.problems) {
            doc.problems.append(
                {seg.line + int(seg.text.left(p.offset).count(u'\n')), p.message});
        }
        int sourceLine = seg.line;
        numbers.append(sourceLine);
        qsizetype pos = 0;
        const auto copyText = [&](qsizetype end) {
            for (; pos < end; ++pos) {
                text += seg.text[pos];
                if (seg.text[pos] == u'\n')
                    numbers.append(++sourceLine);
            }
        };
        for (const MathSpan &span : scan.spans) {
            copyText(span.start);
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
        copyText(seg.text.size());
        text += u'\n';
        copied = seg.line + int(seg.text.count(u'\n'));
    }
    copyLines(int(sourceLines.size()));

    const QByteArray utf8 = text.toUtf8();
    Builder builder(doc, utf8, numbers);
    MD_PARSER parser{};
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_NOHTML
        | MD_FLAG_NOINDENTEDCODEBLOCKS;
    parser.enter_block = [](MD_BLOCKTYPE t, void *d, void *u) {
        return static_cast<Builder *>(u)->enterBlock(t, d);
    };
    parser.leave_block = [](MD_BLOCKTYPE t, void *, void *u) {
        return static_cast<Builder *>(u)->leaveBlock(t);
    };
    parser.enter_span = [](MD_SPANTYPE t, void *d, void *u) {
        return static_cast<Builder *>(u)->enterSpan(t, d);
    };
    parser.leave_span = [](MD_SPANTYPE t, void *, void *u) {
        return static_cast<Builder *>(u)->leaveSpan(t);
    };
    parser.text = [](MD_TEXTTYPE t, const MD_CHAR *s, MD_SIZE n, void *u) {
        return static_cast<Builder *>(u)->text(t, s, n);
    };
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &builder);
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
