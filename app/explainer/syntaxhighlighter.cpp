// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "explainer/syntaxhighlighter.h"

#include <QSet>

namespace paperlab::app {

namespace {

using Words = QSet<QString>;

const Words &cppKeywords()
{
    static const Words words = {
        QStringLiteral("alignas"), QStringLiteral("alignof"), QStringLiteral("break"),
        QStringLiteral("case"), QStringLiteral("catch"), QStringLiteral("class"),
        QStringLiteral("co_await"), QStringLiteral("co_return"), QStringLiteral("co_yield"),
        QStringLiteral("concept"), QStringLiteral("const"), QStringLiteral("consteval"),
        QStringLiteral("constexpr"), QStringLiteral("constinit"), QStringLiteral("const_cast"),
        QStringLiteral("continue"), QStringLiteral("decltype"), QStringLiteral("default"),
        QStringLiteral("delete"), QStringLiteral("do"), QStringLiteral("dynamic_cast"),
        QStringLiteral("else"), QStringLiteral("enum"), QStringLiteral("explicit"),
        QStringLiteral("export"), QStringLiteral("extern"), QStringLiteral("false"),
        QStringLiteral("final"), QStringLiteral("for"), QStringLiteral("friend"),
        QStringLiteral("goto"), QStringLiteral("if"), QStringLiteral("inline"),
        QStringLiteral("mutable"), QStringLiteral("namespace"), QStringLiteral("new"),
        QStringLiteral("noexcept"), QStringLiteral("nullptr"), QStringLiteral("operator"),
        QStringLiteral("override"), QStringLiteral("private"), QStringLiteral("protected"),
        QStringLiteral("public"), QStringLiteral("reinterpret_cast"), QStringLiteral("requires"),
        QStringLiteral("return"), QStringLiteral("sizeof"), QStringLiteral("static"),
        QStringLiteral("static_assert"), QStringLiteral("static_cast"), QStringLiteral("struct"),
        QStringLiteral("switch"), QStringLiteral("template"), QStringLiteral("this"),
        QStringLiteral("thread_local"), QStringLiteral("throw"), QStringLiteral("true"),
        QStringLiteral("try"), QStringLiteral("typedef"), QStringLiteral("typeid"),
        QStringLiteral("typename"), QStringLiteral("union"), QStringLiteral("using"),
        QStringLiteral("virtual"), QStringLiteral("volatile"), QStringLiteral("while"),
    };
    return words;
}

const Words &cppTypes()
{
    static const Words words = {
        QStringLiteral("auto"), QStringLiteral("bool"), QStringLiteral("char"),
        QStringLiteral("char8_t"), QStringLiteral("char16_t"), QStringLiteral("char32_t"),
        QStringLiteral("double"), QStringLiteral("float"), QStringLiteral("int"),
        QStringLiteral("long"), QStringLiteral("short"), QStringLiteral("signed"),
        QStringLiteral("unsigned"), QStringLiteral("void"), QStringLiteral("wchar_t"),
        QStringLiteral("size_t"), QStringLiteral("int8_t"), QStringLiteral("int16_t"),
        QStringLiteral("int32_t"), QStringLiteral("int64_t"), QStringLiteral("uint8_t"),
        QStringLiteral("uint16_t"), QStringLiteral("uint32_t"), QStringLiteral("uint64_t"),
        QStringLiteral("qreal"), QStringLiteral("qsizetype"),
    };
    return words;
}

const Words &pythonKeywords()
{
    static const Words words = {
        QStringLiteral("False"), QStringLiteral("None"), QStringLiteral("True"),
        QStringLiteral("and"), QStringLiteral("as"), QStringLiteral("assert"),
        QStringLiteral("async"), QStringLiteral("await"), QStringLiteral("break"),
        QStringLiteral("class"), QStringLiteral("continue"), QStringLiteral("def"),
        QStringLiteral("del"), QStringLiteral("elif"), QStringLiteral("else"),
        QStringLiteral("except"), QStringLiteral("finally"), QStringLiteral("for"),
        QStringLiteral("from"), QStringLiteral("global"), QStringLiteral("if"),
        QStringLiteral("import"), QStringLiteral("in"), QStringLiteral("is"),
        QStringLiteral("lambda"), QStringLiteral("match"), QStringLiteral("nonlocal"),
        QStringLiteral("not"), QStringLiteral("or"), QStringLiteral("pass"),
        QStringLiteral("raise"), QStringLiteral("return"), QStringLiteral("try"),
        QStringLiteral("while"), QStringLiteral("with"), QStringLiteral("yield"),
    };
    return words;
}

const Words &pythonBuiltins()
{
    static const Words words = {
        QStringLiteral("abs"), QStringLiteral("bool"), QStringLiteral("dict"),
        QStringLiteral("enumerate"), QStringLiteral("float"), QStringLiteral("int"),
        QStringLiteral("len"), QStringLiteral("list"), QStringLiteral("max"),
        QStringLiteral("min"), QStringLiteral("print"), QStringLiteral("range"),
        QStringLiteral("round"), QStringLiteral("self"), QStringLiteral("set"),
        QStringLiteral("sorted"), QStringLiteral("str"), QStringLiteral("sum"),
        QStringLiteral("tuple"), QStringLiteral("zip"),
    };
    return words;
}

const Words &shellKeywords()
{
    static const Words words = {
        QStringLiteral("if"), QStringLiteral("then"), QStringLiteral("else"),
        QStringLiteral("elif"), QStringLiteral("fi"), QStringLiteral("for"),
        QStringLiteral("while"), QStringLiteral("until"), QStringLiteral("do"),
        QStringLiteral("done"), QStringLiteral("case"), QStringLiteral("esac"),
        QStringLiteral("in"), QStringLiteral("function"), QStringLiteral("return"),
        QStringLiteral("export"), QStringLiteral("local"), QStringLiteral("select"),
        QStringLiteral("break"), QStringLiteral("continue"), QStringLiteral("set"),
        QStringLiteral("unset"), QStringLiteral("cd"), QStringLiteral("exit"),
    };
    return words;
}

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Scanner state shared by the per-language loops.
class Scanner
{
public:
    explicit Scanner(const QString &code) : s(code) { }

    const QString &s;
    qsizetype i = 0;
    QList<SyntaxToken> out;

    bool atEnd() const { return i >= s.size(); }
    QChar at(qsizetype k) const { return k < s.size() ? s[k] : QChar(); }
    QChar peek(qsizetype ahead = 0) const { return at(i + ahead); }

    void add(SyntaxKind kind, qsizetype start, qsizetype end)
    {
        if (end > start)
            out.append({kind, start, end - start});
    }

    bool atLineStart() const
    {
        qsizetype k = i - 1;
        while (k >= 0 && (s[k] == u' ' || s[k] == u'\t'))
            --k;
        return k < 0 || s[k] == u'\n';
    }

    void toLineEnd()
    {
        while (!atEnd() && s[i] != u'\n')
            ++i;
    }

    // A quoted string starting at i (the opening quote), honouring backslash escapes.
    void quoted(QChar quote, bool escapes = true)
    {
        const qsizetype start = i++;
        while (!atEnd() && s[i] != quote && s[i] != u'\n') {
            if (escapes && s[i] == u'\\')
                ++i;
            ++i;
        }
        if (!atEnd() && s[i] == quote)
            ++i;
        add(SyntaxKind::String, start, std::min(i, s.size()));
    }

    qsizetype identifierEnd(qsizetype from) const
    {
        qsizetype k = from;
        while (k < s.size() && isIdentChar(s[k]))
            ++k;
        return k;
    }

    // C-like numbers: 0x1F, 1'000, 3.5e-2f, .5
    bool number()
    {
        const QChar c = peek();
        if (!(c.isDigit() || (c == u'.' && peek(1).isDigit())))
            return false;
        if (i > 0 && isIdentChar(s[i - 1]))
            return false;
        const qsizetype start = i;
        while (!atEnd()) {
            const QChar d = s[i];
            if (d.isLetterOrNumber() || d == u'.' || d == u'\'' || d == u'_') {
                ++i;
            } else if ((d == u'+' || d == u'-') && i > start
                       && QStringLiteral("eEpP").contains(s[i - 1])
                       && !s.mid(start, 2).startsWith(QStringLiteral("0x"), Qt::CaseInsensitive)) {
                ++i;
            } else {
                break;
            }
        }
        add(SyntaxKind::Number, start, i);
        return true;
    }
};

void scanCpp(Scanner &sc)
{
    while (!sc.atEnd()) {
        const QChar c = sc.peek();
        if (c == u'/' && sc.peek(1) == u'/') {
            const qsizetype start = sc.i;
            sc.toLineEnd();
            sc.add(SyntaxKind::Comment, start, sc.i);
        } else if (c == u'/' && sc.peek(1) == u'*') {
            const qsizetype start = sc.i;
            const qsizetype end = sc.s.indexOf(QStringLiteral("*/"), sc.i + 2);
            sc.i = end < 0 ? sc.s.size() : end + 2;
            sc.add(SyntaxKind::Comment, start, sc.i);
        } else if (c == u'#' && sc.atLineStart()) {
            const qsizetype start = sc.i;
            while (!sc.atEnd() && sc.s[sc.i] != u'\n'
                   && !(sc.s[sc.i] == u'/' && (sc.peek(1) == u'/' || sc.peek(1) == u'*')))
                ++sc.i;
            sc.add(SyntaxKind::Meta, start, sc.i);
        } else if (c == u'"' || c == u'\'') {
            sc.quoted(c);
        } else if (sc.number()) {
            continue;
        } else if (isIdentStart(c)) {
            const qsizetype start = sc.i;
            const qsizetype end = sc.identifierEnd(start);
            const QString word = sc.s.mid(start, end - start);
            static const Words rawPrefixes = {QStringLiteral("R"), QStringLiteral("u8R"),
                QStringLiteral("uR"), QStringLiteral("UR"), QStringLiteral("LR")};
            if (rawPrefixes.contains(word) && sc.at(end) == u'"') {
                // R"delim( ... )delim"
                const qsizetype open = sc.s.indexOf(u'(', end);
                const QString delim = open < 0 ? QString() : sc.s.mid(end + 1, open - end - 1);
                const QString closer = u')' + delim + u'"';
                const qsizetype close = open < 0 ? -1 : sc.s.indexOf(closer, open);
                sc.i = close < 0 ? sc.s.size() : close + closer.size();
                sc.add(SyntaxKind::String, start, sc.i);
                continue;
            }
            if (cppKeywords().contains(word))
                sc.add(SyntaxKind::Keyword, start, end);
            else if (cppTypes().contains(word))
                sc.add(SyntaxKind::Type, start, end);
            sc.i = end;
        } else {
            ++sc.i;
        }
    }
}

void scanPython(Scanner &sc)
{
    while (!sc.atEnd()) {
        const QChar c = sc.peek();
        if (c == u'#') {
            const qsizetype start = sc.i;
            sc.toLineEnd();
            sc.add(SyntaxKind::Comment, start, sc.i);
        } else if (c == u'@' && sc.atLineStart() && isIdentStart(sc.peek(1))) {
            const qsizetype start = sc.i;
            sc.i = sc.identifierEnd(sc.i + 1);
            while (sc.peek() == u'.' && isIdentStart(sc.peek(1)))
                sc.i = sc.identifierEnd(sc.i + 1);
            sc.add(SyntaxKind::Meta, start, sc.i);
        } else if (c == u'"' || c == u'\'') {
            const QString triple(3, c);
            if (sc.s.mid(sc.i, 3) == triple) {
                const qsizetype start = sc.i;
                const qsizetype end = sc.s.indexOf(triple, sc.i + 3);
                sc.i = end < 0 ? sc.s.size() : end + 3;
                sc.add(SyntaxKind::String, start, sc.i);
            } else {
                sc.quoted(c);
            }
        } else if (sc.number()) {
            continue;
        } else if (isIdentStart(c)) {
            const qsizetype start = sc.i;
            const qsizetype end = sc.identifierEnd(start);
            const QString word = sc.s.mid(start, end - start);
            // String prefixes: f"..", rb'..'
            if (word.size() <= 2 && (sc.at(end) == u'"' || sc.at(end) == u'\'')
                && QStringLiteral("rRbBuUfF").contains(word[0])
                && (word.size() == 1 || QStringLiteral("rRbBfF").contains(word[1]))) {
                sc.i = end;
                const qsizetype before = sc.out.size();
                const QChar q = sc.peek();
                if (sc.s.mid(sc.i, 3) == QString(3, q)) {
                    const qsizetype close = sc.s.indexOf(QString(3, q), sc.i + 3);
                    sc.i = close < 0 ? sc.s.size() : close + 3;
                    sc.add(SyntaxKind::String, start, sc.i);
                } else {
                    sc.quoted(q);
                    sc.out[before].start = start;
                    sc.out[before].length = sc.i - start;
                }
                continue;
            }
            if (pythonKeywords().contains(word))
                sc.add(SyntaxKind::Keyword, start, end);
            else if (pythonBuiltins().contains(word) && sc.at(start - 1) != u'.')
                sc.add(SyntaxKind::Type, start, end);
            sc.i = end;
        } else {
            ++sc.i;
        }
    }
}

bool isShellWordChar(QChar c)
{
    return isIdentChar(c) || c == u'-' || c == u'.' || c == u'/';
}

void scanShell(Scanner &sc)
{
    while (!sc.atEnd()) {
        const QChar c = sc.peek();
        const QChar prev = sc.i > 0 ? sc.s[sc.i - 1] : QChar(u'\n');
        if (c == u'#' && (prev.isSpace() || prev == u';')) {
            const qsizetype start = sc.i;
            sc.toLineEnd();
            sc.add(SyntaxKind::Comment, start, sc.i);
        } else if (c == u'\\') {
            sc.i += 2;
        } else if (c == u'\'') {
            sc.quoted(c, false);
        } else if (c == u'"') {
            sc.quoted(c);
        } else if (c == u'$' && sc.peek(1) == u'{') {
            const qsizetype start = sc.i;
            const qsizetype end = sc.s.indexOf(u'}', sc.i);
            sc.i = end < 0 ? sc.s.size() : end + 1;
            sc.add(SyntaxKind::Variable, start, sc.i);
        } else if (c == u'$' && (isIdentStart(sc.peek(1)) || sc.peek(1).isDigit()
                                 || QStringLiteral("@#?*!$").contains(sc.peek(1)))) {
            const qsizetype start = sc.i;
            sc.i = isIdentStart(sc.peek(1)) ? sc.identifierEnd(sc.i + 1) : sc.i + 2;
            sc.add(SyntaxKind::Variable, start, sc.i);
        } else if (isShellWordChar(c) && !isShellWordChar(prev)) {
            const qsizetype start = sc.i;
            qsizetype end = start;
            while (end < sc.s.size() && isShellWordChar(sc.s[end]))
                ++end;
            const QString word = sc.s.mid(start, end - start);
            bool allDigits = true;
            for (QChar d : word)
                allDigits = allDigits && (d.isDigit() || d == u'.');
            if (allDigits && word[0].isDigit())
                sc.add(SyntaxKind::Number, start, end);
            else if (shellKeywords().contains(word))
                sc.add(SyntaxKind::Keyword, start, end);
            else if (word.startsWith(u'-') && word.size() > 1)
                sc.add(SyntaxKind::Meta, start, end);
            sc.i = end;
        } else {
            ++sc.i;
        }
    }
}

void scanJson(Scanner &sc)
{
    while (!sc.atEnd()) {
        const QChar c = sc.peek();
        if (c == u'"') {
            const qsizetype before = sc.out.size();
            sc.quoted(c);
            qsizetype k = sc.i;
            while (k < sc.s.size() && sc.s[k].isSpace())
                ++k;
            if (sc.at(k) == u':' && sc.out.size() > before)
                sc.out.last().kind = SyntaxKind::Key;
        } else if (c == u'-' && sc.peek(1).isDigit()) {
            const qsizetype start = sc.i++;
            sc.number();
            sc.out.last().start = start;
            sc.out.last().length = sc.i - start;
        } else if (sc.number()) {
            continue;
        } else if (isIdentStart(c)) {
            const qsizetype start = sc.i;
            sc.i = sc.identifierEnd(start);
            const QString word = sc.s.mid(start, sc.i - start);
            if (word == u"true" || word == u"false" || word == u"null")
                sc.add(SyntaxKind::Keyword, start, sc.i);
        } else {
            ++sc.i;
        }
    }
}

QString escaped(QStringView text)
{
    return text.toString().toHtmlEscaped();
}

} // namespace

SyntaxPalette SyntaxPalette::forBackground(const QColor &background)
{
    // Two fixed palettes chosen for contrast (>= 4.5:1 on the theme's code tint); keywords are
    // also bold and comments italic so that colour is never the only cue.
    if (background.lightnessF() < 0.5) {
        return {QColor(u"#79b8ff"), QColor(u"#d2a8ff"), QColor(u"#7ee787"), QColor(u"#9aa4b0"),
                QColor(u"#ffa657"), QColor(u"#ff9e9e"), QColor(u"#d2a8ff"), QColor(u"#8fd0ff")};
    }
    return {QColor(u"#0550ae"), QColor(u"#6f42c1"), QColor(u"#116329"), QColor(u"#57606a"),
            QColor(u"#9a4700"), QColor(u"#a0111f"), QColor(u"#6f42c1"), QColor(u"#0b4f8a")};
}

QString canonicalLanguage(const QString &info)
{
    const QString l = info.trimmed().toLower();
    if (l == u"cpp" || l == u"c++" || l == u"cxx" || l == u"cc" || l == u"c" || l == u"h"
        || l == u"hpp")
        return QStringLiteral("cpp");
    if (l == u"python" || l == u"py" || l == u"python3")
        return QStringLiteral("python");
    if (l == u"sh" || l == u"bash" || l == u"shell" || l == u"console" || l == u"zsh")
        return QStringLiteral("sh");
    if (l == u"json" || l == u"jsonc")
        return QStringLiteral("json");
    return {};
}

QList<SyntaxToken> highlightTokens(const QString &code, const QString &language)
{
    Scanner sc(code);
    const QString lang = canonicalLanguage(language);
    if (lang == u"cpp")
        scanCpp(sc);
    else if (lang == u"python")
        scanPython(sc);
    else if (lang == u"sh")
        scanShell(sc);
    else if (lang == u"json")
        scanJson(sc);
    return sc.out;
}

QString highlightHtml(const QString &code, const QString &language, const SyntaxPalette &palette)
{
    QString html;
    qsizetype pos = 0;
    for (const SyntaxToken &t : highlightTokens(code, language)) {
        html += escaped(QStringView(code).mid(pos, t.start - pos));
        QColor color;
        QString extra;
        switch (t.kind) {
        case SyntaxKind::Keyword:
            color = palette.keyword;
            extra = QStringLiteral("font-weight:600;");
            break;
        case SyntaxKind::Type: color = palette.type; break;
        case SyntaxKind::String: color = palette.string; break;
        case SyntaxKind::Comment:
            color = palette.comment;
            extra = QStringLiteral("font-style:italic;");
            break;
        case SyntaxKind::Number: color = palette.number; break;
        case SyntaxKind::Meta: color = palette.meta; break;
        case SyntaxKind::Variable: color = palette.variable; break;
        case SyntaxKind::Key: color = palette.key; break;
        }
        html += QStringLiteral("<span style=\"color:%1;%2\">%3</span>")
                    .arg(color.name(), extra, escaped(QStringView(code).mid(t.start, t.length)));
        pos = t.start + t.length;
    }
    html += escaped(QStringView(code).mid(pos));
    return html;
}

} // namespace paperlab::app
