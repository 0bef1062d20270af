// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// Every explainer in the source tree, checked the way a reader would meet it: no equation
// without its SVG (so TeX can never reach the screen), no "$" or TeX command outside code,
// and every internal link going somewhere (sections, papers, figures, simulator presets).
#include "explainer/explainerdocument.h"
#include "explainer/explainerparser.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
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

void checkExplainer(const QString &path, const QString &pluginDir)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QString markdown = QString::fromUtf8(file.readAll());

    // 1. Every math span has its SVG.
    const ParsedExplainer parsed = parseExplainer(markdown);
    const QDir mathDir(QFileInfo(path).dir().filePath(u"math"_s));
    QStringList missing;
    for (const ParsedMath &m : parsed.maths) {
        if (!mathDir.exists(m.key + u".svg"_s))
            missing.append(u"line %1: %2 (%3.svg)"_s.arg(m.line).arg(m.tex, m.key));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(path + u": equations not rendered, run "
                                                  "`node tools/mathjax/render.mjs`:\n"_s
                                           + missing.join(u'\n')));

    ExplainerDocument doc;
    doc.setSource(QUrl::fromLocalFile(path));
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
            QVERIFY2(QFile::exists(link.value(u"url"_s).toUrl().toLocalFile()),
                     qPrintable(where));
        }
    }

    // Stale SVGs do no harm, but say so: render.mjs removes them.
    QSet<QString> keys;
    for (const ParsedMath &m : parsed.maths)
        keys.insert(m.key + u".svg"_s);
    for (const QString &svg : mathDir.entryList({u"*.svg"_s}, QDir::Files)) {
        if (!keys.contains(svg) && QFileInfo(path).fileName() == u"explainer.md")
            qWarning("%s: %s is not used by explainer.md", qPrintable(pluginDir),
                     qPrintable(svg));
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
        QTest::addColumn<QString>("pluginDir");
        const QDir plugins(kSourceDir + u"/plugins"_s);
        int count = 0;
        for (const QString &id : plugins.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString path = explainerOf(id);
            if (QFile::exists(path)) {
                QTest::newRow(qPrintable(id)) << path << plugins.filePath(id);
                ++count;
            }
        }
        QTest::newRow("test sample")
            << QStringLiteral(PAPERLAB_EXPLAINER_TEST_DATA "/sample/content/explainer.md")
            << QStringLiteral(PAPERLAB_EXPLAINER_TEST_DATA "/sample");
        QVERIFY2(count > 0, "no plugins/*/content/explainer.md found");
    }

    void explainers()
    {
        QFETCH(QString, path);
        QFETCH(QString, pluginDir);
        checkExplainer(path, pluginDir);
    }
};

QTEST_MAIN(TestAllExplainers)
#include "tst_allexplainers.moc"
