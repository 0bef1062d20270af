// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "explainer/explainerdocument.h"

#include "explainer/inlinerenderer.h"
#include "explainer/mathimageprovider.h"
#include "explainer/syntaxhighlighter.h"

#include <paperlab/logging.h>

#include <charttheme.h>

#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QJSValue>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

#include <cmath>

namespace paperlab::app {

namespace {

// MathJax's fonts have an x-height of 0.442 em, smaller than most UI fonts; like MathJax in a
// browser, scale equations so that their x-height comes close to the text's, within limits
// that keep line spacing calm.
constexpr qreal kMathJaxXHeight = 0.442;
constexpr qreal kMinMathScale = 1.0;
constexpr qreal kMaxMathScale = 1.2;

QString localPath(const QUrl &url)
{
    if (url.scheme() == u"qrc")
        return u':' + url.path();
    if (url.isLocalFile())
        return url.toLocalFile();
    return {};
}

bool urlExists(const QUrl &url)
{
    const QString path = localPath(url);
    return path.isEmpty() ? url.isValid() : QFileInfo(path).isFile();
}

QVariant themeValue(const QVariant &theme, const char *key)
{
    if (theme.metaType() == QMetaType::fromType<QJSValue>())
        return theme.value<QJSValue>().property(QLatin1String(key)).toVariant();
    if (theme.metaType() == QMetaType::fromType<QVariantMap>())
        return theme.toMap().value(QLatin1String(key));
    if (QObject *object = theme.value<QObject *>())
        return object->property(key);
    return {};
}

QColor themeColor(const QVariant &theme, const char *key, const QColor &fallback)
{
    const QVariant v = themeValue(theme, key);
    if (v.metaType() == QMetaType::fromType<QColor>())
        return v.value<QColor>();
    const QColor c(v.toString());
    return c.isValid() ? c : fallback;
}

QString languageName(const QString &info)
{
    const QString lang = canonicalLanguage(info);
    if (lang == u"cpp")
        return QStringLiteral("C++");
    if (lang == u"python")
        return QStringLiteral("Python");
    if (lang == u"sh")
        return QStringLiteral("Shell");
    if (lang == u"json")
        return QStringLiteral("JSON");
    return info;
}

QString kindName(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Heading: return QStringLiteral("heading");
    case BlockKind::Paragraph: return QStringLiteral("paragraph");
    case BlockKind::Equation: return QStringLiteral("equation");
    case BlockKind::Code: return QStringLiteral("code");
    case BlockKind::Table: return QStringLiteral("table");
    case BlockKind::Image: return QStringLiteral("image");
    case BlockKind::Figure: return QStringLiteral("figure");
    case BlockKind::List: return QStringLiteral("list");
    case BlockKind::Quote: return QStringLiteral("quote");
    case BlockKind::Rule: return QStringLiteral("rule");
    }
    return {};
}

QString linkKind(const QString &target)
{
    if (target.startsWith(u'#'))
        return QStringLiteral("anchor");
    if (target.startsWith(QStringLiteral("paper:")))
        return QStringLiteral("paper");
    if (target.startsWith(QStringLiteral("preset:")))
        return QStringLiteral("preset");
    const QUrl url(target);
    return url.isRelative() ? QStringLiteral("resource") : QStringLiteral("external");
}

QString number(qreal v)
{
    static const QRegularExpression trailingZeros(QStringLiteral("\\.?0+$"));
    QString text = QString::number(v, 'f', 3);
    if (text.contains(u'.'))
        text.remove(trailingZeros);
    return text;
}

// Rich text whose last space (outside tags) is non-breaking, so that a wrapped caption does
// not end with one word alone on its line; kept when the last words are too long to join.
QString keepLastWordsTogether(const QString &html)
{
    constexpr int kMaxJoined = 24; // visible characters after the space
    int visible = 0;
    bool inTag = false;
    for (qsizetype i = html.size() - 1; i >= 0; --i) {
        const QChar c = html[i];
        if (c == u'>') {
            inTag = true;
        } else if (c == u'<') {
            inTag = false;
        } else if (!inTag && c == u' ') {
            return visible > kMaxJoined
                ? html
                : html.left(i) + QStringLiteral("&nbsp;") + html.mid(i + 1);
        } else if (!inTag) {
            ++visible;
        }
    }
    return html;
}

} // namespace

ExplainerDocument::ExplainerDocument(QObject *parent)
    : QAbstractListModel(parent)
{
    m_font.setPixelSize(16);
}

ExplainerDocument::~ExplainerDocument() = default;

int ExplainerDocument::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rendered.size());
}

QVariant ExplainerDocument::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rendered.size())
        return {};
    const Rendered &r = m_rendered[index.row()];
    switch (role) {
    case KindRole: return r.kind;
    case HtmlRole: return r.html;
    case PlainTextRole: return r.plain;
    case AccessibleTextRole: return r.spoken;
    case LevelRole: return r.level;
    case AnchorRole: return r.anchor;
    case LanguageRole: return r.language;
    case CodeRole: return r.code;
    case CodeHtmlRole: return r.codeHtml;
    case ImageUrlRole: return r.imageUrl;
    case ImageWidthRole: return r.imageWidth;
    case ImageHeightRole: return r.imageHeight;
    case CaptionRole: return r.caption;
    case AltRole: return r.alt;
    case FigureUrlRole: return r.figureUrl;
    case MissingRole: return r.missing;
    case LinksRole: return r.links;
    case LineRole: return r.line;
    case PreviousKindRole: return r.previousKind;
    default: return {};
    }
}

QHash<int, QByteArray> ExplainerDocument::roleNames() const
{
    return {
        {KindRole, "kind"}, {HtmlRole, "html"}, {PlainTextRole, "plainText"},
        {AccessibleTextRole, "accessibleText"}, {LevelRole, "level"}, {AnchorRole, "anchor"},
        {LanguageRole, "language"}, {CodeRole, "code"}, {CodeHtmlRole, "codeHtml"},
        {ImageUrlRole, "imageUrl"}, {ImageWidthRole, "imageWidth"},
        {ImageHeightRole, "imageHeight"}, {CaptionRole, "caption"}, {AltRole, "alt"},
        {FigureUrlRole, "figureUrl"}, {MissingRole, "missing"}, {LinksRole, "links"},
        {LineRole, "line"}, {PreviousKindRole, "previousKind"},
    };
}

void ExplainerDocument::setSource(const QUrl &source)
{
    if (source == m_source)
        return;
    m_source = source;
    Q_EMIT sourceChanged();
    load();
}

void ExplainerDocument::reload()
{
    load();
}

void ExplainerDocument::copyToClipboard(const QString &text) const
{
    QGuiApplication::clipboard()->setText(text);
}

void ExplainerDocument::load()
{
    m_loadError.clear();
    if (m_source.isEmpty()) {
        setMarkdown(QString(), QUrl());
        setStatus(Status::Null);
        return;
    }
    QFile file(localPath(m_source));
    if (localPath(m_source).isEmpty() || !file.open(QIODevice::ReadOnly)) {
        m_loadError = tr("cannot read the explainer %1").arg(m_source.toString());
        setMarkdown(QString(), m_source);
        setStatus(Status::Error);
        return;
    }
    setMarkdown(QString::fromUtf8(file.readAll()), m_source);
}

void ExplainerDocument::setStatus(Status status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged();
}

void ExplainerDocument::setMarkdown(const QString &markdown, const QUrl &baseUrl)
{
    beginResetModel();
    m_baseUrl = baseUrl;
    m_svgs.clear();
    m_parsed = parseExplainer(markdown);

    // Anchors first: links to "#anchor" are checked against all of them.
    m_anchors.clear();
    QSet<QString> used;
    InlineRenderer plain;
    for (const ParsedBlock &b : m_parsed.blocks) {
        if (b.kind != BlockKind::Heading) {
            m_anchors.append(QString());
            continue;
        }
        const QString base = headingSlug(plain.render(b.text).plain);
        QString anchor = base.isEmpty() ? QStringLiteral("section") : base;
        for (int n = 1; used.contains(anchor); ++n)
            anchor = base + u'-' + QString::number(n);
        used.insert(anchor);
        m_anchors.append(anchor);
    }
    render(true);
    endResetModel();
    if (!m_source.isEmpty() || !markdown.isEmpty())
        setStatus(m_loadError.isEmpty() ? Status::Ready : Status::Error);
    Q_EMIT contentChanged();
}

void ExplainerDocument::setTheme(const QVariant &theme)
{
    m_theme = theme;
    Q_EMIT themeChanged();
    render(false);
}

void ExplainerDocument::setFont(const QFont &font)
{
    if (font == m_font)
        return;
    m_font = font;
    Q_EMIT fontChanged();
    render(false);
}

void ExplainerDocument::setDevicePixelRatio(qreal dpr)
{
    if (!(dpr > 0) || qFuzzyCompare(dpr, m_dpr))
        return;
    m_dpr = dpr;
    Q_EMIT devicePixelRatioChanged();
    render(false);
}

qreal ExplainerDocument::headingScale(int level) const
{
    static constexpr qreal scales[] = {1.9, 1.45, 1.2, 1.05, 1.0, 0.95};
    return scales[std::clamp(level, 1, 6) - 1];
}

int ExplainerDocument::indexOfAnchor(const QString &anchor) const
{
    const QString a = anchor.startsWith(u'#') ? anchor.mid(1) : anchor;
    return a.isEmpty() ? -1 : int(m_anchors.indexOf(a));
}

QString ExplainerDocument::monospaceFamily() const
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
}

QUrl ExplainerDocument::resolvedUrl(const QString &target) const
{
    return m_baseUrl.resolved(QUrl(target));
}

QVariantMap ExplainerDocument::focusedBlock(int row, int link) const
{
    if (row < 0 || row >= m_parsed.blocks.size())
        return {};
    const Rendered r = renderBlock(row, palette(), link);
    return {{QStringLiteral("html"), r.html}, {QStringLiteral("caption"), r.caption}};
}

QString ExplainerDocument::mathId(const QString &key) const
{
    const QUrl dir = m_baseUrl.resolved(QUrl(QStringLiteral("math/")));
    const QString path = dir.scheme() == u"qrc" ? dir.path() : dir.toLocalFile();
    return path.mid(1) + key;
}

const MathSvg &ExplainerDocument::svgFor(const QString &key) const
{
    auto it = m_svgs.find(key);
    if (it == m_svgs.end()) {
        const QString path = MathImageProvider::svgPath(mathId(key));
        it = m_svgs.insert(key, path.isEmpty() ? MathSvg() : MathSvg::load(path));
    }
    return *it;
}

QString ExplainerDocument::mathUrl(const QString &key, qreal px, qreal padTop, qreal padBottom,
                                   const QColor &color) const
{
    QString url = QStringLiteral("image://math/")
        + QString::fromLatin1(QUrl::toPercentEncoding(mathId(key), "/"))
        + QStringLiteral("?color=") + color.name(QColor::HexRgb).mid(1)
        + QStringLiteral("&px=") + number(px)
        + QStringLiteral("&dpr=") + number(m_dpr);
    if (padTop > 0)
        url += QStringLiteral("&top=") + number(padTop);
    if (padBottom > 0)
        url += QStringLiteral("&bottom=") + number(padBottom);
    return url;
}

QUrl ExplainerDocument::figureUrl(const QString &url) const
{
    // qml:Name.qml names a file of the plugin's QML module, which sits one level above
    // content/ (qrc:/qt/qml/PaperLab/Papers/<Name>/). In a source tree the file lives in the
    // plugin's qml/ folder instead, because the resource alias flattens it.
    const QString name = url.mid(4);
    QUrl root = m_baseUrl.resolved(QUrl(QStringLiteral(".")));
    if (root.path().endsWith(QStringLiteral("/content/")))
        root = root.resolved(QUrl(QStringLiteral("..")));
    const QUrl direct = root.resolved(QUrl(name));
    const QUrl inQml = root.resolved(QUrl(QStringLiteral("qml/") + name));
    return !urlExists(direct) && root.isLocalFile() && urlExists(inQml) ? inQml : direct;
}

qreal ExplainerDocument::bodyPixelSize() const
{
    if (m_font.pixelSize() > 0)
        return m_font.pixelSize();
    return QFontInfo(m_font).pixelSize();
}

ExplainerDocument::Palette ExplainerDocument::palette() const
{
    Palette p;
    p.text = themeColor(m_theme, "text", QColor(0x1b, 0x1f, 0x24));
    p.muted = themeColor(m_theme, "mutedText", QColor(0x5a, 0x62, 0x70));
    const QColor accent = themeColor(m_theme, "accent", QColor(0x25, 0x63, 0xc9));
    p.link = themeColor(m_theme, "link", accent);
    p.codeBackground = themeColor(m_theme, "raised", QColor(0xee, 0xf1, 0xf5));
    p.border = themeColor(m_theme, "grid", QColor(0xe3, 0xe6, 0xeb));
    p.focus = themeColor(m_theme, "focus", QColor(0x9a, 0x5b, 0x00));
    // Black or white, whichever contrasts more with the focus colour (WCAG luminance).
    p.focusText = charts::ChartTheme::relativeLuminance(p.focus) > 0.179 ? QColor(Qt::black)
                                                                           : QColor(Qt::white);
    p.error = themeColor(m_theme, "error", QColor(0xc6, 0x28, 0x28));
    return p;
}

ExplainerDocument::Rendered ExplainerDocument::renderBlock(int row, const Palette &pal,
                                                           int focusedLink) const
{
    const ParsedBlock &b = m_parsed.blocks[row];
    Rendered r;
    r.kind = kindName(b.kind);
    if (row > 0)
        r.previousKind = kindName(m_parsed.blocks[row - 1].kind);
    r.line = b.line;
    r.level = b.level;
    r.anchor = m_anchors.value(row);

    const qreal bodyPx = bodyPixelSize();
    qreal scale = 1.0;
    QColor mathColor = pal.text;
    const auto fontAt = [&](qreal s) {
        QFont f = m_font;
        f.setPixelSize(std::max(1, int(std::lround(bodyPx * s))));
        return f;
    };
    const auto mathScaleFor = [&](const QFont &f) {
        const qreal px = f.pixelSize();
        const qreal xHeight = QFontMetricsF(f).xHeight();
        return std::clamp(xHeight / (kMathJaxXHeight * px), kMinMathScale, kMaxMathScale);
    };
    const auto missingMarker = [&](const QString &key) {
        return QStringLiteral("<span style=\"color:%1; font-weight:600;\">[missing equation: "
                              "%2]</span>").arg(pal.error.name(), key);
    };

    InlineRenderer inl;
    inl.style = {pal.link, pal.codeBackground, pal.focus, pal.focusText,
                 QFontDatabase::systemFont(QFontDatabase::FixedFont).family()};
    inl.baseUrl = m_baseUrl;
    inl.focusedLink = focusedLink;
    inl.mathAlt = [this](int i) { return m_parsed.maths.value(i).tex; };
    inl.mathHtml = [&](int i) {
        const ParsedMath &m = m_parsed.maths[i];
        const MathSvg &svg = svgFor(m.key);
        if (!svg.isValid())
            return missingMarker(m.key);
        const QFont f = fontAt(scale);
        const QFontMetricsF fm(f);
        const qreal px = f.pixelSize() * mathScaleFor(f);
        const InlineMathLayout layout = inlineMathLayout(svg, px, m_dpr, fm.ascent(),
                                                         fm.descent());
        return QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\" "
                              "style=\"vertical-align: bottom\"/>")
            .arg(mathUrl(m.key, px, layout.padTop, layout.padBottom, mathColor).toHtmlEscaped(),
                 number(layout.size.width()), number(layout.size.height()));
    };
    const auto inlineAt = [&](const QString &text, qreal s) {
        scale = s;
        const InlineRenderer::Output out = inl.render(text);
        scale = 1.0;
        return out;
    };
    const auto append = [&](const InlineRenderer::Output &out, const QString &separator) {
        if (!r.plain.isEmpty()) {
            r.plain += separator;
            r.spoken += separator;
        }
        r.plain += out.plain;
        r.spoken += out.spoken;
    };

    switch (b.kind) {
    case BlockKind::Heading:
    case BlockKind::Paragraph: {
        const auto out = inlineAt(b.text, b.kind == BlockKind::Heading ? headingScale(b.level)
                                                                       : 1.0);
        r.html = out.html;
        append(out, QString());
        if (b.kind == BlockKind::Heading) {
            // The table of contents shows headings smaller, so their equations are sized
            // for the caption font; a separate renderer keeps its links out of r.links.
            InlineRenderer toc;
            toc.style = inl.style;
            toc.mathAlt = inl.mathAlt;
            toc.mathHtml = inl.mathHtml;
            scale = captionScale();
            r.tocHtml = toc.render(b.text).html;
            scale = 1.0;
        }
        break;
    }
    case BlockKind::Quote: {
        const QStringList paragraphs = b.text.split(QStringLiteral("\n\n"));
        for (qsizetype i = 0; i < paragraphs.size(); ++i) {
            const auto out = inlineAt(paragraphs[i], 1.0);
            const bool last = i + 1 == paragraphs.size();
            r.html += last ? out.html
                           : QStringLiteral("<p style=\"margin-top:0px; margin-bottom:10px;\">%1"
                                            "</p>").arg(out.html);
            append(out, QStringLiteral("\n"));
        }
        break;
    }
    case BlockKind::List: {
        QList<bool> open;
        const auto openTag = [](const ListItem &item) {
            return item.ordered ? QStringLiteral("<ol start=\"%1\" style=\"margin-top:0px; "
                                                 "margin-bottom:0px;\">").arg(item.number)
                                : QStringLiteral("<ul style=\"margin-top:0px; "
                                                 "margin-bottom:0px;\">");
        };
        const auto closeTag = [](bool ordered) {
            return ordered ? QStringLiteral("</ol>") : QStringLiteral("</ul>");
        };
        for (const ListItem &item : b.items) {
            const qsizetype target = std::min<qsizetype>(item.depth + 1, open.size() + 1);
            if (open.size() >= target) {
                while (open.size() > target) {
                    r.html += QStringLiteral("</li>") + closeTag(open.takeLast());
                }
                r.html += QStringLiteral("</li>");
            }
            while (open.size() < target) {
                r.html += openTag(item);
                open.append(item.ordered);
            }
            const auto out = inlineAt(item.text, 1.0);
            r.html += QStringLiteral("<li style=\"margin-bottom:4px;\">") + out.html;
            append(out, QStringLiteral("\n"));
        }
        while (!open.isEmpty())
            r.html += QStringLiteral("</li>") + closeTag(open.takeLast());
        break;
    }
    case BlockKind::Table: {
        // No cell backgrounds: Qt Quick's Text paints them only behind the text of a cell.
        r.html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"7\" border=\"1\" "
                                "style=\"border-collapse:collapse; border-style:solid; "
                                "border-color:%1;\">").arg(pal.border.name());
        for (qsizetype i = 0; i < b.rows.size(); ++i) {
            r.html += QStringLiteral("<tr>");
            QStringList cellsPlain;
            for (qsizetype c = 0; c < b.rows[i].size(); ++c) {
                const auto out = inlineAt(b.rows[i][c], 1.0);
                const int a = b.alignments.value(c);
                const QString align = a == Qt::AlignRight ? QStringLiteral("right")
                    : a == Qt::AlignHCenter ? QStringLiteral("center") : QStringLiteral("left");
                r.html += i == 0
                    ? QStringLiteral("<th align=\"%1\">%2</th>").arg(align, out.html)
                    : QStringLiteral("<td align=\"%1\">%2</td>").arg(align, out.html);
                cellsPlain.append(out.plain);
                if (!r.spoken.isEmpty() && c > 0)
                    r.spoken += u'\t';
                r.spoken += out.spoken;
            }
            r.html += QStringLiteral("</tr>");
            r.plain += (i ? QStringLiteral("\n") : QString()) + cellsPlain.join(u'\t');
            r.spoken += u'\n';
        }
        r.html += QStringLiteral("</table>");
        break;
    }
    case BlockKind::Equation: {
        const ParsedMath &m = m_parsed.maths[b.math];
        const MathSvg &svg = svgFor(m.key);
        r.alt = m.tex;
        r.spoken = m.tex;
        if (!svg.isValid()) {
            r.missing = true;
            r.html = missingMarker(m.key);
            break;
        }
        const QFont f = fontAt(1.0);
        const qreal px = f.pixelSize() * mathScaleFor(f);
        const QSize device = svg.deviceSize(px, m_dpr);
        r.imageUrl = QUrl(mathUrl(m.key, px, 0, 0, pal.text));
        r.imageWidth = device.width() / m_dpr;
        r.imageHeight = device.height() / m_dpr;
        break;
    }
    case BlockKind::Code: {
        QString code = b.code;
        code.replace(u'\t', QStringLiteral("    "));
        r.code = code;
        r.language = languageName(b.language);
        // pre-wrap: a long line (a BibTeX title) wraps at the column's edge, not past it.
        r.codeHtml = QStringLiteral("<pre style=\"margin:0px; white-space:pre-wrap; "
                                    "font-family:'%1';\">%2</pre>")
                         .arg(QFontDatabase::systemFont(QFontDatabase::FixedFont).family(),
                              highlightHtml(code, b.language,
                                            SyntaxPalette::forBackground(pal.codeBackground)));
        r.spoken = r.language.isEmpty() ? tr("Code") : tr("%1 code").arg(r.language);
        break;
    }
    case BlockKind::Image:
    case BlockKind::Figure: {
        const auto alt = inlineAt(b.alt, 1.0);
        r.alt = alt.plain;
        const QString captionSource =
            b.title.isEmpty() && b.kind == BlockKind::Figure ? b.alt : b.title;
        mathColor = pal.muted;
        const auto caption = inlineAt(captionSource, captionScale());
        mathColor = pal.text;
        r.caption = keepLastWordsTogether(caption.html);
        r.plain = caption.plain;
        r.spoken = caption.spoken.isEmpty() ? alt.spoken : caption.spoken;
        if (b.kind == BlockKind::Image) {
            r.imageUrl = m_baseUrl.resolved(QUrl(b.url));
            r.missing = !urlExists(r.imageUrl);
        } else {
            r.figureUrl = figureUrl(b.url);
            r.missing = !urlExists(r.figureUrl);
        }
        break;
    }
    case BlockKind::Rule:
        break;
    }
    for (const InlineLink &link : std::as_const(inl.links)) {
        r.links.append(QVariantMap{{QStringLiteral("text"), link.text},
                                   {QStringLiteral("target"), link.target}});
    }
    return r;
}

void ExplainerDocument::render(bool contentToo)
{
    const Palette pal = palette();
    const bool hadRows = !m_rendered.isEmpty();
    m_rendered.clear();
    for (int row = 0; row < m_parsed.blocks.size(); ++row)
        m_rendered.append(renderBlock(row, pal, -1));

    // The TOC's rich text depends on colours and font too.
    m_toc.clear();
    for (int row = 0; row < m_parsed.blocks.size(); ++row) {
        const ParsedBlock &b = m_parsed.blocks[row];
        if (b.kind != BlockKind::Heading)
            continue;
        const Rendered &r = m_rendered[row];
        m_toc.append(QVariantMap{
            {QStringLiteral("title"), r.tocHtml}, {QStringLiteral("text"), r.plain},
            {QStringLiteral("level"), b.level}, {QStringLiteral("anchor"), r.anchor},
            {QStringLiteral("index"), row}});
    }

    if (!contentToo) {
        if (hadRows && !m_rendered.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rendered.size()) - 1));
        Q_EMIT contentChanged();
        return;
    }

    m_title.clear();
    m_links.clear();
    m_errors.clear();
    QStringList plainParts;
    if (!m_loadError.isEmpty())
        m_errors.append(m_loadError);
    for (const ParseProblem &p : std::as_const(m_parsed.problems))
        m_errors.append(tr("line %1: %2").arg(p.line).arg(p.message));
    QSet<QString> reported;
    for (const ParsedMath &m : std::as_const(m_parsed.maths)) {
        if (svgFor(m.key).isValid() || reported.contains(m.key))
            continue;
        reported.insert(m.key);
        m_errors.append(tr("line %1: equation not typeset: %2 (expected math/%3.svg, which "
                           "paperlab_add_paper_plugin() typesets unless PAPERLAB_TYPESET_MATH "
                           "is OFF)").arg(m.line).arg(m.tex, m.key));
    }
    for (int row = 0; row < m_rendered.size(); ++row) {
        const Rendered &r = m_rendered[row];
        const ParsedBlock &b = m_parsed.blocks[row];
        if (r.kind == u"heading" && m_title.isEmpty())
            m_title = r.plain;
        if (r.kind != u"code" && r.kind != u"equation" && !r.plain.isEmpty())
            plainParts.append(r.plain);
        for (const QVariant &v : r.links) {
            const QVariantMap link = v.toMap();
            const QString target = link.value(QStringLiteral("target")).toString();
            QVariantMap entry{{QStringLiteral("text"), link.value(QStringLiteral("text"))},
                              {QStringLiteral("target"), target},
                              {QStringLiteral("kind"), linkKind(target)},
                              {QStringLiteral("line"), r.line}, {QStringLiteral("index"), row}};
            if (target.startsWith(u'#') && indexOfAnchor(target) < 0)
                m_errors.append(tr("line %1: link to a missing section %2").arg(r.line)
                                    .arg(target));
            if (target.startsWith(QStringLiteral("paper:"))) {
                const QString rest = target.mid(6);
                entry.insert(QStringLiteral("paperId"), rest.section(u'#', 0, 0));
                entry.insert(QStringLiteral("anchor"), rest.section(u'#', 1));
            }
            if (target.startsWith(QStringLiteral("preset:")))
                entry.insert(QStringLiteral("presetId"), target.mid(7));
            m_links.append(entry);
        }
        if (b.kind == BlockKind::Image || b.kind == BlockKind::Figure) {
            const bool figure = b.kind == BlockKind::Figure;
            m_links.append(QVariantMap{
                {QStringLiteral("text"), r.alt}, {QStringLiteral("target"), b.url},
                {QStringLiteral("kind"), figure ? QStringLiteral("figure")
                                                : QStringLiteral("image")},
                {QStringLiteral("url"), figure ? r.figureUrl : r.imageUrl},
                {QStringLiteral("line"), r.line}, {QStringLiteral("index"), row}});
            if (r.missing) {
                m_errors.append(tr("line %1: %2 %3 not found").arg(r.line)
                                    .arg(figure ? tr("figure") : tr("image"), b.url));
            }
        }
    }
    m_plainText = plainParts.join(QStringLiteral("\n\n"));
    for (const QString &e : std::as_const(m_errors))
        qCWarning(lcQml).noquote() << m_source.toString() << e;
}

} // namespace paperlab::app
