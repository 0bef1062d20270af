// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// Every explainer in the source tree, checked the way a reader would meet it, from its built
// plugin: no equation without its SVG (so TeX can never reach the screen), every SVG made from
// exactly the equation's TeX and drawn whole, no "$" or TeX command outside code, and every
// internal link going somewhere (sections, papers, figures, simulator presets).
#include "explainer/explainerdocument.h"
#include "explainer/explainerparser.h"
#include "explainer/mathsvg.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPluginLoader>
#include <QRegularExpression>
#include <QTest>
#include <QTextDocumentFragment>

using namespace paperlab::app;
using namespace Qt::StringLiterals;

namespace {

const QString kSourceDir = QStringLiteral(PAPERLAB_SOURCE_DIR);

// The seven first-party papers (architecture §14) may be linked before their plugin exists.
const QStringList kKnownPapers = {
    u"hivemind"_s, u"gated-attention"_s, u"deep-crl"_s, u"diffusion-memorization"_s,
    u"rlvr-limits"_s, u"transductive-online"_s, u"superposition-scaling"_s,
};

QString explainerOf(const QString &paperId)
{
    return kSourceDir + u"/plugins/"_s + paperId + u"/content/explainer.md"_s;
}

// Text a reader sees in one row outside code spans: rich text without markup (images
// become U+FFFC).
QString visibleText(const ExplainerDocument &doc, int row)
{
    static const QRegularExpression codeSpan(u"<span class=\"code\"[^>]*>.*?</span>"_s);
    QString text;
    for (const int role :
         {int(ExplainerDocument::HtmlRole), int(ExplainerDocument::CaptionRole)}) {
        const QString html = doc.data(doc.index(row), role).toString().remove(codeSpan);
        text += QTextDocumentFragment::fromHtml(html).toPlainText() + u'\n';
    }
    return text;
}

// All the Markdown a block was made from, to count the dollars its author escaped.
QString sourceOf(const ParsedBlock &b)
{
    QString text = b.text + b.alt + b.title;
    for (const QStringList &row : b.rows)
        text += row.join(u' ');
    for (const ListItem &item : b.items)
        text += item.text;
    return text;
}

// The preset ids a plugin declares, in presets.json or in parameters.json.
QStringList presetIds(const QString &pluginDir)
{
    QStringList ids;
    for (const QString &name : {u"presets.json"_s, u"parameters.json"_s}) {
        QFile file(pluginDir + u'/' + name);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QJsonValue &p : QJsonDocument::fromJson(file.readAll())[u"presets"_s].toArray())
            ids.append(p[u"id"_s].toString());
    }
    return ids;
}

// The explainer as the app reads it: from the resources of the built plugin, where the build
// embedded its typeset equations. Loading the library registers its resources.
QUrl builtExplainer(const QString &paperId)
{
    const QString library = QStringLiteral(PAPERLAB_BUILD_PAPER_DIR "/") + paperId + u".so"_s;
    QPluginLoader loader(library);
    if (!loader.load()) {
        qWarning("%s", qPrintable(loader.errorString()));
        return {};
    }
    const QString module =
        loader.metaData()[u"MetaData"_s].toObject()[u"QmlModule"_s].toString();
    return QUrl(u"qrc:/qt/qml/"_s + QString(module).replace(u'.', u'/')
                + u"/content/explainer.md"_s);
}

QString localPath(const QUrl &url)
{
    return url.scheme() == u"qrc" ? u':' + url.path() : url.toLocalFile();
}

// The text of the SVG's <title>, where the typesetter keeps the TeX it was made from (it
// escapes &, < and >).
QString svgTitle(const QByteArray &svg)
{
    static const QRegularExpression title(u"<title>(.*?)</title>"_s,
                                          QRegularExpression::DotMatchesEverythingOption);
    return title.match(QString::fromUtf8(svg)).captured(1)
        .replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&amp;"_s, u"&"_s);
}

// The blank space QtSvg leaves at the right end of the equation, in em: a glyph's side
// bearing at most, unless it stops drawing early (QtSvg 6.4 drew nothing after a nested <svg>).
qreal blankRightEm(const MathSvg &svg)
{
    constexpr int px = 32;
    const QImage image = svg.render(Qt::black, px, 1).convertToFormat(QImage::Format_ARGB32);
    for (int x = image.width() - 1; x >= 0; --x) {
        for (int y = 0; y < image.height(); ++y) {
            if (qAlpha(image.pixel(x, y)) > 64)
                return qreal(image.width() - 1 - x) / px;
        }
    }
    return svg.widthEm();
}

// 1. Every equation has its SVG, made from exactly its TeX and drawn to its end.
void checkEquations(const QString &path, const ParsedExplainer &parsed, const QString &mathDir)
{
    QStringList missing;
    QStringList wrong;
    for (const ParsedMath &m : parsed.maths) {
        const QString where = u"%1:%2: %3 (%4.svg)"_s.arg(path).arg(m.line).arg(m.tex, m.key);
        QFile file(mathDir + m.key + u".svg"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            missing.append(where);
            continue;
        }
        const QByteArray data = file.readAll();
        const MathSvg svg = MathSvg::fromData(data);
        if (svgTitle(data) != m.tex)
            wrong.append(where + u" was typeset from: "_s + svgTitle(data));
        else if (data.count("<svg") != 1)
            wrong.append(where + u" has a nested <svg>, where QtSvg stops drawing"_s);
        else if (!svg.isValid() || blankRightEm(svg) > 0.3)
            wrong.append(where + u" is not drawn to its end (%1 em blank of %2 em)"_s
                                     .arg(blankRightEm(svg)).arg(svg.widthEm()));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"equations not typeset:\n"_s + missing.join(u'\n')));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
}

void checkExplainer(const QString &path, const QUrl &url, const QString &pluginDir)
{
    QVERIFY2(url.isValid(), qPrintable(path + u": its plugin is not built"_s));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QString markdown = QString::fromUtf8(file.readAll());
    QFile built(localPath(url));
    QVERIFY2(built.open(QIODevice::ReadOnly), qPrintable(url.toString()));
    QCOMPARE(QString::fromUtf8(built.readAll()), markdown);

    const ParsedExplainer parsed = parseExplainer(markdown);
    checkEquations(path, parsed, localPath(url.resolved(QUrl(u"math/"_s))));
    if (QTest::currentTestFailed())
        return;

    ExplainerDocument doc;
    doc.setSource(url);
    QCOMPARE(doc.status(), ExplainerDocument::Status::Ready);
    QVERIFY2(doc.errors().isEmpty(), qPrintable(path + u":\n"_s + doc.errors().join(u'\n')));
    QVERIFY2(!doc.plainText().isEmpty(), qPrintable(path));

    // 2. No "$" and no \command outside code in what is drawn.
    static const QRegularExpression command(u"\\\\[A-Za-z]+"_s);
    for (int row = 0; row < doc.rowCount(); ++row) {
        if (doc.data(doc.index(row), ExplainerDocument::KindRole).toString() == u"code")
            continue;
        const QString text = visibleText(doc, row);
        const int line = doc.data(doc.index(row), ExplainerDocument::LineRole).toInt();
        QCOMPARE(parsed.blocks.size(), doc.rowCount());
        const qsizetype escaped = sourceOf(parsed.blocks[row]).count(u"\\$"_s);
        QVERIFY2(text.count(u'$') <= escaped,
                 qPrintable(u"%1:%2: a raw $ is shown: %3"_s.arg(path).arg(line).arg(text)));
        const auto m = command.match(text);
        QVERIFY2(!m.hasMatch(), qPrintable(u"%1:%2: raw TeX is shown: %3"_s.arg(path).arg(line)
                                               .arg(m.captured())));
    }

    // 3. Every internal link resolves.
    for (const QVariant &v : doc.links()) {
        const QVariantMap link = v.toMap();
        const QString kind = link.value(u"kind"_s).toString();
        const QString target = link.value(u"target"_s).toString();
        const QString where = u"%1:%2: %3"_s.arg(path).arg(link.value(u"line"_s).toInt())
                                  .arg(target);
        if (kind == u"anchor") {
            QVERIFY2(doc.indexOfAnchor(target) >= 0, qPrintable(where));
        } else if (kind == u"paper") {
            const QString id = link.value(u"paperId"_s).toString();
            const bool exists = QDir(kSourceDir + u"/plugins/"_s + id).exists();
            QVERIFY2(exists || kKnownPapers.contains(id),
                     qPrintable(where + u" (unknown paper)"_s));
            const QString anchor = link.value(u"anchor"_s).toString();
            if (!anchor.isEmpty() && QFile::exists(explainerOf(id))) {
                ExplainerDocument other;
                other.setSource(QUrl::fromLocalFile(explainerOf(id)));
                QVERIFY2(other.indexOfAnchor(anchor) >= 0,
                         qPrintable(where + u" (no such section)"_s));
            }
        } else if (kind == u"preset") {
            const QString id = link.value(u"presetId"_s).toString();
            QVERIFY2(presetIds(pluginDir).contains(id), qPrintable(where + u" (unknown preset)"_s));
        } else if (kind == u"figure") {
            const QString name = target.mid(4);
            bool found = false;
            QDirIterator it(pluginDir, {name}, QDir::Files, QDirIterator::Subdirectories);
            found = it.hasNext();
            QVERIFY2(found, qPrintable(where + u" (figure not in the plugin)"_s));
        } else if (kind == u"image") {
            QVERIFY2(QFile::exists(localPath(link.value(u"url"_s).toUrl())), qPrintable(where));
        }
    }
}

} // namespace

class TestAllExplainers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explainers_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<QString>("pluginDir");
        const QDir plugins(kSourceDir + u"/plugins"_s);
        int count = 0;
        for (const QString &id : plugins.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString path = explainerOf(id);
            if (QFile::exists(path)) {
                QTest::newRow(qPrintable(id)) << path << builtExplainer(id)
                                              << plugins.filePath(id);
                ++count;
            }
        }
        // The sample's equations are test data, typeset once and kept with it.
        const QString sample = QStringLiteral(PAPERLAB_EXPLAINER_TEST_DATA "/sample");
        QTest::newRow("test sample") << sample + u"/content/explainer.md"_s
                                     << QUrl::fromLocalFile(sample + u"/content/explainer.md"_s)
                                     << sample;
        QVERIFY2(count > 0, "no plugins/*/content/explainer.md found");
    }

    void explainers()
    {
        QFETCH(QString, path);
        QFETCH(QUrl, url);
        QFETCH(QString, pluginDir);
        checkExplainer(path, url, pluginDir);
    }
};

QTEST_MAIN(TestAllExplainers)
#include "tst_allexplainers.moc"
