// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "explainer/explainerparser.h"
#include "explainer/mathsvg.h"

#include <QAbstractListModel>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QUrl>
#include <QVariant>

namespace paperlab::app {

/// A plugin's explainer (Markdown, see explainerparser.h) as a list of blocks for
/// ExplainerPage.qml. Registered for QML as PaperLab.Shell/ExplainerDocument.
///
/// Every block is one row; `kind` tells the delegate what to draw:
///   heading    html, level (1..6), anchor
///   paragraph  html            quote  html          list  html       table  html
///   equation   imageUrl, imageWidth, imageHeight (logical px), alt (TeX), missing
///   code       language (display name), code (plain), codeHtml (highlighted, in a <pre>)
///   image      imageUrl, caption (html), alt
///   figure     figureUrl (the plugin's own QML), caption, alt, missing
///   rule       (nothing)
/// Every row also has previousKind (the kind of the row before it, for spacing) and links
/// ({text, target} of each link of its rich text, in order; see focusedBlock()).
/// Rich text (html, caption) is Qt rich text with inline equations as image://math/ images
/// aligned on the baseline of a font `headingScale(level)` (headings), `captionScale`
/// (captions) or 1 (everything else) times `font`. Colours come from `theme`, so setting
/// theme, font or devicePixelRatio re-renders the rich text.
///
/// Equations are never shown as TeX: an equation without its pre-rendered SVG becomes a red
/// "[missing equation: <key>]" marker and an entry in `errors`.
class ExplainerDocument : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QUrl source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString title READ title NOTIFY contentChanged)
    Q_PROPERTY(QVariantList toc READ toc NOTIFY contentChanged)
    Q_PROPERTY(QVariantList links READ links NOTIFY contentChanged)
    Q_PROPERTY(QString plainText READ plainText NOTIFY contentChanged)
    Q_PROPERTY(QStringList errors READ errors NOTIFY contentChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY contentChanged)
    Q_PROPERTY(QVariant theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(QFont font READ font WRITE setFont NOTIFY fontChanged)
    Q_PROPERTY(qreal devicePixelRatio READ devicePixelRatio WRITE setDevicePixelRatio
                   NOTIFY devicePixelRatioChanged)
    Q_PROPERTY(qreal captionScale READ captionScale CONSTANT)
    Q_PROPERTY(QString monospaceFamily READ monospaceFamily CONSTANT)

public:
    enum class Status { Null, Ready, Error };
    Q_ENUM(Status)

    enum Role {
        KindRole = Qt::UserRole + 1,
        HtmlRole,
        PlainTextRole,
        AccessibleTextRole,
        LevelRole,
        AnchorRole,
        LanguageRole,
        CodeRole,
        CodeHtmlRole,
        ImageUrlRole,
        ImageWidthRole,
        ImageHeightRole,
        CaptionRole,
        AltRole,
        FigureUrlRole,
        MissingRole,
        LinksRole,
        LineRole,
        PreviousKindRole,
    };

    explicit ExplainerDocument(QObject *parent = nullptr);
    ~ExplainerDocument() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QUrl source() const { return m_source; }
    void setSource(const QUrl &source);
    Status status() const { return m_status; }

    /// Parses Markdown given directly; `baseUrl` is where it would live (for equations,
    /// images and figures). Used by tests and by setSource().
    void setMarkdown(const QString &markdown, const QUrl &baseUrl);

    QString title() const { return m_title; }
    /// Headings: {title (rich text), text (plain), level, anchor, index (row)}.
    QVariantList toc() const { return m_toc; }
    /// Every link, image and figure: {text, target, kind, line, index}; kind is "anchor",
    /// "paper", "external", "resource", "image" or "figure". A paper link also has paperId
    /// and anchor.
    QVariantList links() const { return m_links; }
    /// The readable text (headings, prose, lists, tables, captions; no code, no TeX).
    QString plainText() const { return m_plainText; }
    /// Problems found while loading, each "line N: …" (missing equations, unmatched $,
    /// unknown #anchors, missing figures or images, unreadable source).
    QStringList errors() const { return m_errors; }

    QVariant theme() const { return m_theme; }
    void setTheme(const QVariant &theme);
    QFont font() const { return m_font; }
    void setFont(const QFont &font);
    qreal devicePixelRatio() const { return m_dpr; }
    void setDevicePixelRatio(qreal dpr);
    qreal captionScale() const { return 0.9; }
    QString monospaceFamily() const;

    /// Font size factor of a heading level relative to `font` (ExplainerPage.qml uses it too,
    /// so that inline equations in headings match the heading's font).
    Q_INVOKABLE qreal headingScale(int level) const;
    /// Row of the heading with this anchor, or -1.
    Q_INVOKABLE int indexOfAnchor(const QString &anchor) const;
    /// Rich text of a row with its `link`-th link drawn focused: {html, caption}.
    Q_INVOKABLE QVariantMap focusedBlock(int row, int link) const;
    /// A link target resolved against the explainer's location (for relative links).
    Q_INVOKABLE QUrl resolvedUrl(const QString &target) const;
    /// Reads `source` again (after editing an explainer on disk).
    Q_INVOKABLE void reload();
    /// Puts a code block's text on the clipboard (its Copy button).
    Q_INVOKABLE void copyToClipboard(const QString &text) const;

    /// The math image provider id of an equation of this document, without the query.
    QString mathId(const QString &key) const;

Q_SIGNALS:
    void sourceChanged();
    void statusChanged();
    void contentChanged();
    void themeChanged();
    void fontChanged();
    void devicePixelRatioChanged();

private:
    struct Rendered {
        QString kind;
        QString previousKind;
        QString html;
        QString tocHtml;
        QString plain;
        QString spoken;
        int level = 0;
        QString anchor;
        QString language;
        QString code;
        QString codeHtml;
        QUrl imageUrl;
        qreal imageWidth = 0;
        qreal imageHeight = 0;
        QString caption;
        QString alt;
        QUrl figureUrl;
        bool missing = false;
        QVariantList links;
        int line = 0;
    };

    struct Palette {
        QColor text, muted, link, codeBackground, border, focus, focusText, error;
    };

    void load();
    void render(bool contentToo);
    Rendered renderBlock(int row, const Palette &palette, int focusedLink) const;
    Palette palette() const;
    const MathSvg &svgFor(const QString &key) const;
    QString mathUrl(const QString &key, qreal px, qreal padTop, qreal padBottom,
                    const QColor &color) const;
    QUrl figureUrl(const QString &url) const;
    qreal bodyPixelSize() const;
    void setStatus(Status status);

    QUrl m_source;
    QUrl m_baseUrl;
    Status m_status = Status::Null;
    QString m_loadError;
    ParsedExplainer m_parsed;
    QList<Rendered> m_rendered;
    QStringList m_anchors;        // per row, "" for non-headings
    QString m_title;
    QVariantList m_toc;
    QVariantList m_links;
    QString m_plainText;
    QStringList m_errors;
    QVariant m_theme;
    QFont m_font;
    qreal m_dpr = 1.0;
    mutable QHash<QString, MathSvg> m_svgs;
};

} // namespace paperlab::app
