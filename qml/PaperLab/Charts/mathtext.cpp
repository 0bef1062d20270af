// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "mathtext.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QRectF>
#include <QTextDocument>
#include <QTextOption>

namespace paperlab::charts {

namespace {

const QHash<QString, QString> &symbols()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const char *const greek[] = {"alpha", "beta",  "gamma",   "delta", "epsilon", "zeta",
                                     "eta",   "theta", "iota",    "kappa", "lambda",  "mu",
                                     "nu",    "xi",    "omicron", "pi",    "rho",     "sigma",
                                     "tau",   "upsilon", "phi",   "chi",   "psi",     "omega"};
        for (int i = 0; i < 24; ++i) {
            // U+03C2 is the final sigma, which the alphabet skips between rho and sigma.
            const char16_t lower = char16_t(0x03B1 + i + (i >= 17 ? 1 : 0));
            QString name = QString::fromLatin1(greek[i]);
            t.insert(name, QString(QChar(lower)));
            name[0] = name[0].toUpper();
            t.insert(name, QString(QChar(char16_t(lower - 0x20))));
        }
        const std::pair<const char *, const char *> other[] = {
            {"sum", "Σ"},     {"prod", "Π"},   {"propto", "∝"}, {"sqrt", "√"},  {"infty", "∞"},
            {"approx", "≈"},  {"cdot", "·"},   {"times", "×"},  {"pm", "±"},    {"le", "≤"},
            {"ge", "≥"},      {"ne", "≠"},     {"partial", "∂"}, {"nabla", "∇"}, {"to", "→"},
            {"in", "∈"},      {"ell", "ℓ"},    {"sim", "∼"}};
        for (const auto &[name, symbol] : other)
            t.insert(QString::fromLatin1(name), QString::fromUtf8(symbol));
        return t;
    }();
    return table;
}

// Unicode has super- and subscript forms for only some characters; a script is written
// with them only when every character has one.
QString unicodeScript(const QString &text, bool sub)
{
    static const QString supFrom =
        QStringLiteral("0123456789+-−=()nihjklmoprstuvwxyzabcdefgTαβγδθφχ");
    static const QString supTo =
        QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿⁱʰʲᵏˡᵐᵒᵖʳˢᵗᵘᵛʷˣʸᶻᵃᵇᶜᵈᵉᶠᵍᵀᵅᵝᵞᵟᶿᵠᵡ");
    static const QString subFrom = QStringLiteral("0123456789+-−=()aehijklmnoprstuvxβγρφχ");
    static const QString subTo = QStringLiteral("₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ");
    const QString &from = sub ? subFrom : supFrom;
    const QString &to = sub ? subTo : supTo;
    QString out;
    for (QChar c : text) {
        const qsizetype k = from.indexOf(c);
        if (k < 0)
            return {};
        out += to[k];
    }
    return out;
}

// Recursive descent over the notation; one pass writes either HTML or Unicode text.
class Converter
{
public:
    Converter(const QString &source, bool html)
        : m_s(source)
        , m_html(html)
    {
    }

    QString run() { return sequence(false); }

private:
    QString sequence(bool inGroup)
    {
        QString out;
        while (m_i < m_s.size()) {
            const QChar c = m_s[m_i];
            if (inGroup && c == QLatin1Char('}')) {
                ++m_i;
                return out;
            }
            const bool script = c == QLatin1Char('_') || c == QLatin1Char('^');
            if (script && m_i + 1 < m_s.size() && !m_s[m_i + 1].isSpace()) {
                ++m_i;
                out += wrapScript(argument(), c == QLatin1Char('_'));
            } else if (c == QLatin1Char('\\')) {
                out += command();
            } else {
                out += literal(c, out);
                ++m_i;
            }
        }
        return out;
    }

    QString argument()
    {
        const QChar c = m_s[m_i];
        if (c == QLatin1Char('{')) {
            ++m_i;
            return sequence(true);
        }
        if (c == QLatin1Char('\\'))
            return command();
        ++m_i;
        if (c.isHighSurrogate() && m_i < m_s.size())
            return QString(c) + m_s[m_i++];
        return literal(c, {});
    }

    QString command()
    {
        ++m_i; // the backslash
        qsizetype end = m_i;
        while (end < m_s.size() && m_s[end].isLetter() && m_s[end].unicode() < 128)
            ++end;
        if (end == m_i) { // \_ \^ \\ \{ \}: the character itself
            if (m_i >= m_s.size())
                return literal(QLatin1Char('\\'), {});
            return literal(m_s[m_i++], {});
        }
        const QString name = m_s.mid(m_i, end - m_i);
        m_i = end;
        const auto it = symbols().constFind(name);
        return it != symbols().cend() ? *it : escape(QLatin1Char('\\') + name);
    }

    QString wrapScript(const QString &content, bool sub)
    {
        if (m_html)
            return sub ? QStringLiteral("<sub>%1</sub>").arg(content)
                       : QStringLiteral("<sup>%1</sup>").arg(content);
        const QString unicode = unicodeScript(content, sub);
        if (!unicode.isEmpty())
            return unicode;
        const QChar mark = sub ? QLatin1Char('_') : QLatin1Char('^');
        bool word = true;
        for (QChar c : content)
            word = word && c.isLetterOrNumber();
        return word ? mark + content : mark + QLatin1Char('(') + content + QLatin1Char(')');
    }

    QString literal(QChar c, const QString &before) const
    {
        if (!m_html)
            return QString(c);
        switch (c.unicode()) {
        case '&': return QStringLiteral("&amp;");
        case '<': return QStringLiteral("&lt;");
        case '>': return QStringLiteral("&gt;");
        case '\n': return QStringLiteral("<br>");
        case ' ': // HTML collapses runs of spaces; labels use them as separators
            return before.endsWith(QLatin1Char(' ')) || before.endsWith(QLatin1String("&nbsp;"))
                ? QStringLiteral("&nbsp;")
                : QStringLiteral(" ");
        default: return QString(c);
        }
    }

    QString escape(const QString &text) const
    {
        return m_html ? text.toHtmlEscaped() : text;
    }

    const QString &m_s;
    const bool m_html;
    qsizetype m_i = 0;
};

void setUp(QTextDocument &doc, const QString &text, bool rich, const QFont &font, double maxWidth)
{
    doc.setDocumentMargin(0);
    doc.setDefaultFont(font);
    QTextOption option(Qt::AlignHCenter);
    option.setWrapMode(maxWidth > 0 ? QTextOption::WordWrap : QTextOption::NoWrap);
    doc.setDefaultTextOption(option);
    if (rich)
        doc.setHtml(text);
    else
        doc.setPlainText(text);
    doc.setTextWidth(maxWidth > 0 ? maxWidth : -1);
}

} // namespace

QString MathText::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'\\' || c == u'_' || c == u'^' || c == u'{' || c == u'}')
            out += u'\\';
        out += c;
    }
    return out;
}

bool MathText::hasMarkup(const QString &tex)
{
    for (QChar c : tex) {
        if (c == QLatin1Char('_') || c == QLatin1Char('^') || c == QLatin1Char('\\'))
            return true;
    }
    return false;
}

QString MathText::toHtml(const QString &tex)
{
    return Converter(tex, true).run();
}

QString MathText::toPlain(const QString &tex)
{
    return hasMarkup(tex) ? Converter(tex, false).run() : tex;
}

QSizeF MathText::size(const QString &text, bool rich, const QFont &font, double maxWidth)
{
    if (!rich && maxWidth <= 0) {
        const QFontMetricsF fm(font);
        return {fm.horizontalAdvance(text), fm.height()};
    }
    if (!rich) {
        const QFontMetricsF fm(font);
        const QRectF r = fm.boundingRect(QRectF(0, 0, maxWidth, 1e6),
                                         Qt::TextWordWrap | Qt::AlignHCenter, text);
        return {std::min(maxWidth, r.width()), r.height()};
    }
    QTextDocument doc;
    setUp(doc, text, rich, font, maxWidth);
    const double ideal = doc.idealWidth();
    return {maxWidth > 0 ? std::min(maxWidth, ideal) : ideal, doc.size().height()};
}

void MathText::draw(QPainter *painter, const QRectF &box, const QString &text, bool rich,
                    double maxWidth)
{
    if (!rich) {
        const int flags = Qt::AlignCenter | (maxWidth > 0 ? Qt::TextWordWrap : 0);
        painter->drawText(box, flags, text);
        return;
    }
    QTextDocument doc;
    setUp(doc, text, rich, painter->font(), maxWidth > 0 ? box.width() : 0);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, painter->pen().color());
    painter->save();
    painter->translate(box.topLeft());
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace paperlab::charts
