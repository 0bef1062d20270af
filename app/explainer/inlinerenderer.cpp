// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "explainer/inlinerenderer.h"

#include "explainer/explainerparser.h"

#include <QRegularExpression>
#include <QTextDocumentFragment>

namespace paperlab::app {

namespace {

struct Node {
    enum class Type { Text, Html, Delim };
    Type type = Type::Text;
    QString html;
    QString plain;
    QString spoken;
    QChar ch;
    int count = 0;
    bool canOpen = false;
    bool canClose = false;
    QString openTags;
    QString closeTags;
};

bool isAsciiPunct(QChar c)
{
    return c.unicode() < 128 && c.isPrint() && !c.isLetterOrNumber() && c != u' ';
}

bool isPunct(QChar c)
{
    return c.isPunct() || c.isSymbol();
}

QString attr(const QString &value)
{
    return value.toHtmlEscaped();
}

// The end (exclusive) of the code span opening at i with n backticks, or -1.
qsizetype codeSpanEnd(const QString &s, qsizetype i, qsizetype n)
{
    qsizetype k = i + n;
    while (k < s.size()) {
        if (s[k] == u'`') {
            qsizetype run = 0;
            while (k + run < s.size() && s[k + run] == u'`')
                ++run;
            if (run == n)
                return k + run;
            k += run;
        } else {
            ++k;
        }
    }
    return -1;
}

// Index of the "]" that closes the "[" at i, skipping escapes and code spans, or -1.
qsizetype closingBracket(const QString &s, qsizetype i)
{
    int depth = 0;
    for (qsizetype k = i; k < s.size(); ++k) {
        const QChar c = s[k];
        if (c == u'\\') {
            ++k;
        } else if (c == u'`') {
            qsizetype n = 0;
            while (k + n < s.size() && s[k + n] == u'`')
                ++n;
            const qsizetype end = codeSpanEnd(s, k, n);
            k = (end < 0 ? k + n : end) - 1;
        } else if (c == u'[') {
            ++depth;
        } else if (c == u']') {
            if (--depth == 0)
                return k;
        }
    }
    return -1;
}

struct Destination {
    QString url;
    QString title;
    qsizetype end = -1;  // index after ")"
};

// Parses "(dest "title")" starting at the "(" at i.
Destination parseDestination(const QString &s, qsizetype i)
{
    Destination d;
    if (i >= s.size() || s[i] != u'(')
        return d;
    qsizetype k = i + 1;
    const auto skipSpace = [&] {
        while (k < s.size() && s[k].isSpace())
            ++k;
    };
    skipSpace();
    if (k < s.size() && s[k] == u'<') {
        const qsizetype close = s.indexOf(u'>', k);
        if (close < 0)
            return d;
        d.url = s.mid(k + 1, close - k - 1);
        k = close + 1;
    } else {
        int parens = 0;
        const qsizetype start = k;
        while (k < s.size() && !s[k].isSpace()) {
            if (s[k] == u'\\' && k + 1 < s.size()) {
                k += 2;
                continue;
            }
            if (s[k] == u'(')
                ++parens;
            if (s[k] == u')' && parens-- == 0)
                break;
            ++k;
        }
        d.url = s.mid(start, k - start);
    }
    skipSpace();
    if (k < s.size() && (s[k] == u'"' || s[k] == u'\'')) {
        const QChar q = s[k];
        const qsizetype close = s.indexOf(q, k + 1);
        if (close < 0)
            return d;
        d.title = s.mid(k + 1, close - k - 1);
        k = close + 1;
        skipSpace();
    }
    if (k >= s.size() || s[k] != u')')
        return d;
    d.end = k + 1;
    return d;
}

QString decodeEntity(const QString &entity)
{
    return QTextDocumentFragment::fromHtml(entity).toPlainText();
}

} // namespace

bool isInternalLink(const QString &target)
{
    return target.startsWith(u'#') || target.startsWith(QStringLiteral("paper:"));
}

InlineRenderer::Output InlineRenderer::render(const QString &markdown)
{
    return renderInto(markdown, false);
}

InlineRenderer::Output InlineRenderer::renderInto(const QString &s, bool insideLink)
{
    QList<Node> nodes;
    QString text;
    const auto flushText = [&] {
        if (text.isEmpty())
            return;
        Node n;
        n.html = text.toHtmlEscaped();
        n.plain = n.spoken = text;
        nodes.append(n);
        text.clear();
    };
    const auto addHtml = [&](const QString &html, const QString &plain, const QString &spoken) {
        flushText();
        Node n;
        n.type = Node::Type::Html;
        n.html = html;
        n.plain = plain;
        n.spoken = spoken;
        nodes.append(n);
    };
    static const QRegularExpression entityRe(
        QStringLiteral("^&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"));
    static const QRegularExpression autolinkRe(
        QStringLiteral("^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*)>"));

    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s[i];
        const char16_t u = c.unicode();
        if (c == u'\\' && i + 1 < s.size() && isAsciiPunct(s[i + 1])) {
            text += s[i + 1];
            i += 2;
        } else if (c == u'\\' && i + 1 < s.size() && s[i + 1] == u'\n') {
            addHtml(QStringLiteral("<br/>"), QStringLiteral("\n"), QStringLiteral("\n"));
            i += 2;
        } else if (c == u'\n') {
            if (text.endsWith(QStringLiteral("  "))) {
                while (text.endsWith(u' '))
                    text.chop(1);
                addHtml(QStringLiteral("<br/>"), QStringLiteral("\n"), QStringLiteral("\n"));
            } else {
                while (text.endsWith(u' '))
                    text.chop(1);
                text += u' ';
            }
            ++i;
            while (i < s.size() && s[i] == u' ')
                ++i;
        } else if (c == u'`') {
            qsizetype n = 0;
            while (i + n < s.size() && s[i + n] == u'`')
                ++n;
            const qsizetype end = codeSpanEnd(s, i, n);
            if (end < 0) {
                text += QString(n, u'`');
                i += n;
                continue;
            }
            QString code = s.mid(i + n, end - n - i - n);
            code.replace(u'\n', u' ');
            if (code.size() >= 2 && code.startsWith(u' ') && code.endsWith(u' ')
                && !code.trimmed().isEmpty())
                code = code.mid(1, code.size() - 2);
            // class="code" means nothing to Qt; it lets checks find code in rendered text.
            const QString html = QStringLiteral(
                "<span class=\"code\" style=\"font-family:'%1'; background-color:%2;\">"
                "%3</span>")
                .arg(style.monospaceFamily, style.codeBackground.name(),
                     code.toHtmlEscaped().replace(u' ', QStringLiteral("&nbsp;")));
            addHtml(html, code, code);
            i = end;
        } else if (u >= kMathPlaceholder && u <= kMathPlaceholderLast) {
            const int index = u - kMathPlaceholder;
            addHtml(mathHtml ? mathHtml(index) : QString(), QString(),
                    mathAlt ? mathAlt(index) : QString());
            ++i;
        } else if ((c == u'!' && i + 1 < s.size() && s[i + 1] == u'[') || c == u'[') {
            const bool image = c == u'!';
            const qsizetype open = image ? i + 1 : i;
            const qsizetype close = closingBracket(s, open);
            const Destination d = close < 0 ? Destination{} : parseDestination(s, close + 1);
            if (d.end < 0 || (!image && insideLink)) {
                text += c;
                ++i;
                continue;
            }
            const QString label = s.mid(open + 1, close - open - 1);
            if (image) {
                const Output alt = renderInto(label, true);
                if (d.url.startsWith(QStringLiteral("qml:"))) {
                    addHtml(QStringLiteral("<i>%1</i>").arg(alt.html), alt.plain, alt.spoken);
                } else {
                    const QUrl url = baseUrl.resolved(QUrl(d.url));
                    addHtml(QStringLiteral("<img src=\"%1\" alt=\"%2\"/>")
                                .arg(attr(url.toString()), attr(alt.plain)),
                            alt.plain, alt.spoken);
                }
            } else {
                const int index = int(links.size());
                links.append({QString(), d.url});
                const Output inner = renderInto(label, true);
                links[index].text = inner.plain.simplified();
                const bool focused = index == focusedLink;
                const QString color = (focused ? style.focusText : style.link).name();
                const QString background = focused
                    ? QStringLiteral(" background-color:%1;").arg(style.focusBackground.name())
                    : QString();
                // Internal links are not underlined (colour marks them); external ones are,
                // so the two can be told apart without colour vision.
                const QString decoration = isInternalLink(d.url) && !focused
                    ? QStringLiteral("none") : QStringLiteral("underline");
                addHtml(QStringLiteral("<a href=\"%1\" style=\"color:%2; text-decoration:%3;%4\">"
                                       "%5</a>")
                            .arg(attr(d.url), color, decoration, background, inner.html),
                        inner.plain, inner.spoken);
            }
            i = d.end;
        } else if (c == u'<') {
            const auto m = autolinkRe.match(QStringView(s).mid(i));
            if (m.hasMatch() && !insideLink) {
                const QString url = m.captured(1);
                const int index = int(links.size());
                links.append({url, url});
                const bool focused = index == focusedLink;
                addHtml(QStringLiteral("<a href=\"%1\" style=\"color:%2;%3\">%4</a>")
                            .arg(attr(url), (focused ? style.focusText : style.link).name(),
                                 focused ? QStringLiteral(" background-color:%1;")
                                               .arg(style.focusBackground.name())
                                         : QString(),
                                 url.toHtmlEscaped()),
                        url, url);
                i += m.capturedLength();
            } else {
                text += c;
                ++i;
            }
        } else if (c == u'&') {
            const auto m = entityRe.match(QStringView(s).mid(i));
            if (m.hasMatch()) {
                const QString decoded = decodeEntity(m.captured());
                addHtml(m.captured(), decoded, decoded);
                i += m.capturedLength();
            } else {
                text += c;
                ++i;
            }
        } else if (c == u'*' || c == u'_' || c == u'~') {
            qsizetype n = 0;
            while (i + n < s.size() && s[i + n] == c)
                ++n;
            if (c == u'~' && n != 2) {
                text += QString(n, c);
                i += n;
                continue;
            }
            const QChar before = i > 0 ? s[i - 1] : QChar(u' ');
            const QChar after = i + n < s.size() ? s[i + n] : QChar(u' ');
            const bool left = !after.isSpace()
                && (!isPunct(after) || before.isSpace() || isPunct(before));
            const bool right = !before.isSpace()
                && (!isPunct(before) || after.isSpace() || isPunct(after));
            flushText();
            Node d;
            d.type = Node::Type::Delim;
            d.ch = c;
            d.count = int(n);
            if (c == u'_') {
                d.canOpen = left && (!right || isPunct(before));
                d.canClose = right && (!left || isPunct(after));
            } else {
                d.canOpen = left;
                d.canClose = right;
            }
            nodes.append(d);
            i += n;
        } else {
            text += c;
            ++i;
        }
    }
    flushText();

    // Match closers with the nearest compatible opener, innermost first.
    for (qsizetype closer = 0; closer < nodes.size(); ++closer) {
        Node &cl = nodes[closer];
        if (cl.type != Node::Type::Delim || !cl.canClose)
            continue;
        while (cl.count > 0) {
            qsizetype opener = closer - 1;
            for (; opener >= 0; --opener) {
                const Node &op = nodes[opener];
                if (op.type == Node::Type::Delim && op.ch == cl.ch && op.canOpen && op.count > 0
                    && (op.ch != u'~' || (op.count >= 2 && cl.count >= 2)))
                    break;
            }
            if (opener < 0)
                break;
            Node &op = nodes[opener];
            const int use = cl.ch == u'~' ? 2 : (op.count >= 2 && cl.count >= 2 ? 2 : 1);
            const QString tag = cl.ch == u'~' ? QStringLiteral("s")
                : use == 2 ? QStringLiteral("b") : QStringLiteral("i");
            op.count -= use;
            cl.count -= use;
            op.openTags = u'<' + tag + u'>' + op.openTags;
            cl.closeTags += QStringLiteral("</") + tag + u'>';
            for (qsizetype k = opener + 1; k < closer; ++k)
                nodes[k].canOpen = false;
        }
    }

    Output out;
    for (const Node &n : nodes) {
        if (n.type != Node::Type::Delim) {
            out.html += n.html;
            out.plain += n.plain;
            out.spoken += n.spoken;
            continue;
        }
        const QString literal(n.count, n.ch);
        out.html += n.closeTags + literal + n.openTags;
        out.plain += literal;
        out.spoken += literal;
    }
    return out;
}

} // namespace paperlab::app
