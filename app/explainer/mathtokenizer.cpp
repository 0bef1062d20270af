// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "explainer/mathtokenizer.h"

#include <QCryptographicHash>
#include <QStringList>

namespace paperlab::app {

namespace {

// Returns the fence run ("```", "~~~~", ...) that opens or closes a code block, or "".
QString fenceRun(const QString &line, qsizetype *after = nullptr)
{
    qsizetype i = 0;
    while (i < line.size() && i < 4 && line[i] == u' ')
        ++i;
    if (i > 3 || i >= line.size() || (line[i] != u'`' && line[i] != u'~'))
        return {};
    const QChar c = line[i];
    qsizetype n = 0;
    while (i + n < line.size() && line[i + n] == c)
        ++n;
    if (n < 3)
        return {};
    if (after)
        *after = i + n;
    return QString(n, c);
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n';
}

qsizetype backtickRun(const QString &s, qsizetype i)
{
    qsizetype n = 0;
    while (i + n < s.size() && s[i + n] == u'`')
        ++n;
    return n;
}

qsizetype findBacktickCloser(const QString &s, qsizetype from, qsizetype n)
{
    qsizetype i = from;
    while (i < s.size()) {
        if (s[i] == u'`') {
            const qsizetype run = backtickRun(s, i);
            if (run == n)
                return i;
            i += run;
        } else {
            ++i;
        }
    }
    return -1;
}

} // namespace

QList<MarkdownSegment> splitMarkdown(const QString &markdown)
{
    QString text = markdown;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    const QStringList lines = text.split(u'\n');

    QList<MarkdownSegment> out;
    bool inText = false;
    QString fence;
    QStringList code;
    const auto finishCode = [&](bool closed) {
        out.last().text = code.join(u'\n');
        out.last().closed = closed;
        code.clear();
        fence.clear();
    };
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QString &line = lines[index];
        qsizetype after = 0;
        if (!fence.isEmpty()) {
            const QString run = fenceRun(line, &after);
            if (!run.isEmpty() && run[0] == fence[0] && run.size() >= fence.size()
                && line.mid(after).trimmed().isEmpty())
                finishCode(true);
            else
                code.append(line);
            continue;
        }
        const QString run = fenceRun(line, &after);
        // A backtick fence's info string may not contain backticks (CommonMark), so
        // "```x``` text" is an inline code span, not a fence.
        if (!run.isEmpty() && !(run[0] == u'`' && line.mid(after).contains(u'`'))) {
            fence = run;
            MarkdownSegment seg;
            seg.kind = MarkdownSegment::Kind::Code;
            seg.line = int(index) + 1;
            seg.info = line.mid(after).trimmed().section(u' ', 0, 0);
            out.append(seg);
            inText = false;
            continue;
        }
        if (line.trimmed().isEmpty()) {
            inText = false;
            continue;
        }
        if (!inText) {
            MarkdownSegment seg;
            seg.line = int(index) + 1;
            seg.text = line;
            out.append(seg);
            inText = true;
        } else {
            out.last().text += u'\n' + line;
        }
    }
    if (!fence.isEmpty())
        finishCode(false);
    return out;
}

MathScan scanMath(const QString &s)
{
    MathScan scan;
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        const QChar c = s[i];
        if (c == u'\\') {
            i += 2;
        } else if (c == u'`') {
            const qsizetype run = backtickRun(s, i);
            const qsizetype close = findBacktickCloser(s, i + run, run);
            i = close < 0 ? i + run : close + run;
        } else if (c == u'$' && i + 1 < n && s[i + 1] == u'$') {
            qsizetype j = i + 2;
            while (j < n && !(s[j] == u'$' && j + 1 < n && s[j + 1] == u'$'))
                j += s[j] == u'\\' ? 2 : 1;
            const QString tex = s.mid(i + 2, std::min(j, n) - (i + 2)).trimmed();
            if (j >= n || tex.isEmpty()) {
                scan.problems.append({i, QStringLiteral("unmatched $$")});
                i += 2;
                continue;
            }
            scan.spans.append({true, tex, i, j + 2});
            i = j + 2;
        } else if (c == u'$') {
            qsizetype close = -1;
            if (i + 1 < n && !isSpace(s[i + 1])) {
                for (qsizetype j = i + 1; j < n; ++j) {
                    if (s[j] == u'\\') {
                        ++j;
                    } else if (s[j] == u'$' && !isSpace(s[j - 1])
                               && !(j + 1 < n && s[j + 1].isDigit()
                                    && s[j + 1].unicode() < 128)) {
                        close = j;
                        break;
                    }
                }
            }
            if (close < 0) {
                scan.problems.append(
                    {i, QStringLiteral("unmatched $ (write \\$ for a dollar sign)")});
                ++i;
                continue;
            }
            scan.spans.append({false, s.mid(i + 1, close - i - 1).trimmed(), i, close + 1});
            i = close + 1;
        } else {
            ++i;
        }
    }
    return scan;
}

QString mathKey(bool display, const QString &tex)
{
    const QByteArray input =
        (display ? QByteArrayLiteral("display:") : QByteArrayLiteral("inline:")) + tex.toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(input, QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace paperlab::app
