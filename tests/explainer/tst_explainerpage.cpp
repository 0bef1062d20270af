// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// Smoke test of ExplainerPage.qml: it loads the random-walk explainer from the plugin's own
// resources and the feature sample from disk, draws something, reacts to keys and links,
// and logs no QML warning. With PAPERLAB_EXPLAINER_GRAB_DIR set, it also saves what it drew
// (run with QT_SCALE_FACTOR=2 to see high-density output).
#include "explainer/explainerdocument.h"
#include "explainer/explainertypes.h"
#include "explainer/mathtokenizer.h"

#include <paperlab/paperplugin.h>

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QJsonDocument>
#include <QPluginLoader>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace paperlab;
using namespace paperlab::app;
using namespace Qt::StringLiterals;

namespace {

QStringList g_warnings;
QtMessageHandler g_previous = nullptr;

void collectWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray category(context.category ? context.category : "");
    const bool qmlRelated = category == "qml" || category == "js" || category.startsWith("qt.qml")
        || category.startsWith("qt.quick") || category.startsWith("paperlab")
        || message.contains(u".qml:"_s);
    if (type != QtDebugMsg && type != QtInfoMsg && qmlRelated)
        g_warnings.append(message);
    if (g_previous)
        g_previous(type, context, message);
}

QVariantMap loadTheme(const QString &name)
{
    QFile file(QStringLiteral(PAPERLAB_SOURCE_DIR "/resources/themes/") + name + u".json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).toVariant().toMap();
}

// Share of pixels that differ clearly from the background: a blank page has none.
double inkRatio(const QImage &image, const QColor &background)
{
    qsizetype ink = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - background.red()) + qAbs(c.green() - background.green())
                    + qAbs(c.blue() - background.blue()) > 60)
                ++ink;
        }
    }
    return double(ink) / (double(image.width() / 2) * (image.height() / 2));
}

// Every item under `root`, following the visual tree (Repeater delegates have no QObject
// parent, so findChildren() misses them).
QList<QQuickItem *> allItems(QQuickItem *root)
{
    QList<QQuickItem *> items{root};
    for (qsizetype i = 0; i < items.size(); ++i)
        items += items[i]->childItems();
    return items;
}

void grab(QQuickView &view, const QString &name)
{
    const QString dir = qEnvironmentVariable("PAPERLAB_EXPLAINER_GRAB_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        view.grabWindow().save(QDir(dir).filePath(name + u".png"_s));
    }
}

} // namespace

class TestExplainerPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        registerExplainerTypes();
        g_previous = qInstallMessageHandler(collectWarnings);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previous);
    }

    void init()
    {
        g_warnings.clear();
    }

    void randomWalk()
    {
#ifndef PAPERLAB_RANDOM_WALK_PLUGIN
        QSKIP("the random-walk plugin is not part of this build");
#else
        QPluginLoader loader(QStringLiteral(PAPERLAB_RANDOM_WALK_PLUGIN));
        QVERIFY2(loader.load(), qPrintable(loader.errorString()));
        auto *plugin = qobject_cast<PaperPlugin *>(loader.instance());
        QVERIFY(plugin);
        const QUrl url = plugin->explainerUrl();

        auto view = createView(url, u"random-walk"_s, loadTheme(u"light"_s));
        QQuickItem *page = view->rootObject();
        QVERIFY(page);
        QVERIFY(page->property("ready").toBool());
        auto *doc = page->property("document").value<ExplainerDocument *>();
        QVERIFY(doc);
        QVERIFY2(doc->errors().isEmpty(), qPrintable(doc->errors().join(u'\n')));
        QVERIFY(doc->rowCount() > 5);

        const QImage light = view->grabWindow();
        QVERIFY2(inkRatio(light, QColor(u"#f6f7f9"_s)) > 0.01, "the page looks blank");
        checkMathImagesLoaded(page);
        grab(*view, u"random-walk-light"_s);

        // Dark theme: the background follows, text stays visible.
        page->setProperty("theme", loadTheme(u"dark"_s));
        QTest::qWait(50);
        const QImage dark = view->grabWindow();
        QCOMPARE(dark.pixelColor(dark.width() - 2, dark.height() - 2).rgb(),
                 QColor(u"#16191e"_s).rgb());
        QVERIFY2(inkRatio(dark, QColor(u"#16191e"_s)) > 0.01, "the dark page looks blank");
        checkMathImagesLoaded(page);
        grab(*view, u"random-walk-dark"_s);

        // Keyboard scrolling and section tracking.
        view->resize(1000, 420);
        QTest::qWait(50);
        QTRY_VERIFY(page->property("contentHeight").toReal() > 420);
        QQuickItem *reader = page->findChild<QQuickItem *>(u"reader"_s);
        QVERIFY(reader);
        reader->forceActiveFocus();
        QTest::keyClick(view.get(), Qt::Key_PageDown);
        QTRY_VERIFY(page->property("contentY").toReal() > 100);
        QTest::keyClick(view.get(), Qt::Key_End);
        QTRY_VERIFY(page->property("currentAnchor").toString() == u"under-the-hood"_s);
        QTest::keyClick(view.get(), Qt::Key_Home);
        QTRY_COMPARE(page->property("contentY").toReal(), 0.0);
        QMetaObject::invokeMethod(page, "scrollToAnchor", Q_ARG(QVariant, u"try-it"_s),
                                  Q_ARG(QVariant, false));
        QTRY_COMPARE(page->property("currentAnchor").toString(), u"try-it"_s);

        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
#endif
    }

    void sample()
    {
        const QUrl url = QUrl::fromLocalFile(
            QStringLiteral(PAPERLAB_EXPLAINER_TEST_DATA "/sample/content/explainer.md"));
        auto view = createView(url, u"sample"_s, loadTheme(u"light"_s), QSize(1280, 1400));
        QQuickItem *page = view->rootObject();
        QVERIFY(page);
        auto *doc = page->property("document").value<ExplainerDocument *>();
        QVERIFY2(doc && doc->errors().isEmpty(), qPrintable(doc->errors().join(u'\n')));
        checkMathImagesLoaded(page);
        grab(*view, u"sample-light"_s);

        // The live figure is loaded and got the theme.
        bool figureFound = false;
        for (QQuickItem *item : allItems(page)) {
            if (item->property("text").toString() == u"live figure"_s)
                figureFound = true;
        }
        QVERIFY(figureFound);

        // Code blocks wrap inside their box, and their Copy button copies the code.
        QList<QQuickItem *> copyButtons;
        for (QQuickItem *item : allItems(page)) {
            if (item->objectName() == u"copyCode"_s)
                copyButtons.append(item);
        }
        QVERIFY(!copyButtons.isEmpty());
        for (QQuickItem *button : std::as_const(copyButtons)) {
            QQuickItem *box = button->parentItem()->parentItem();
            for (QQuickItem *child : allItems(box)) {
                const QRectF r = child->mapRectToItem(box, child->boundingRect());
                QVERIFY(r.right() <= box->width() + 0.5);
            }
        }
        QGuiApplication::clipboard()->clear();
        QVERIFY(QMetaObject::invokeMethod(copyButtons.first(), "copy"));
        QVERIFY(!QGuiApplication::clipboard()->text().isEmpty());
        QCOMPARE(copyButtons.first()->property("text").toString(), u"Copied"_s);

        // Links: paper links are signalled, anchors scroll.
        QSignalSpy spy(page, SIGNAL(paperLinkActivated(QString,QString)));
        QMetaObject::invokeMethod(page, "activateLink", Q_ARG(QVariant, u"paper:hivemind#x"_s));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy[0][0].toString(), u"hivemind"_s);
        QCOMPARE(spy[0][1].toString(), u"x"_s);
        QMetaObject::invokeMethod(page, "activateLink", Q_ARG(QVariant, u"#code"_s));
        QTRY_COMPARE(page->property("currentAnchor").toString(), u"code"_s);

        // Tab leaves the reader for the first link and draws it focused.
        QQuickItem *reader = page->findChild<QQuickItem *>(u"reader"_s);
        QVERIFY(reader);
        reader->forceActiveFocus();
        QTest::keyClick(view.get(), Qt::Key_Tab);
        QQuickItem *focused = view->activeFocusItem();
        QVERIFY(focused && focused != reader);
        QCOMPARE(focused->parentItem()->property("focusedLink").toInt(), 0);
        // The focused link is scrolled into view (the block is near the top).
        QTRY_VERIFY(page->property("contentY").toReal() < 100);

        page->setProperty("theme", loadTheme(u"dark"_s));
        QTest::qWait(300);
        grab(*view, u"sample-dark-focused-link"_s);
        reader->forceActiveFocus();
        QTest::keyClick(view.get(), Qt::Key_End);
        QTest::qWait(300);
        grab(*view, u"sample-dark-end"_s);
        page->setProperty("theme", loadTheme(u"projector"_s));
        QTest::qWait(50);
        grab(*view, u"sample-projector"_s);
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }

    // Every explainer of the source tree, from its built plugin (so that its figures find
    // their module), loads into the page without a QML warning.
    void everyExplainer_data()
    {
        QTest::addColumn<QString>("id");
        const QDir plugins(QStringLiteral(PAPERLAB_SOURCE_DIR "/plugins"));
        for (const QString &id : plugins.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (QFile::exists(plugins.filePath(id + u"/content/explainer.md"_s)))
                QTest::newRow(qPrintable(id)) << id;
        }
    }

    void everyExplainer()
    {
        QFETCH(QString, id);
        const QString library = QStringLiteral(PAPERLAB_BUILD_PAPER_DIR "/") + id + u".so"_s;
        if (!QFile::exists(library))
            QSKIP("the plugin is not built");
        QPluginLoader loader(library);
        QVERIFY2(loader.load(), qPrintable(loader.errorString()));
        auto *plugin = qobject_cast<PaperPlugin *>(loader.instance());
        QVERIFY(plugin);
        auto view = createView(plugin->explainerUrl(), id, loadTheme(u"light"_s));
        QQuickItem *page = view->rootObject();
        QVERIFY(page);
        auto *doc = page->property("document").value<ExplainerDocument *>();
        QVERIFY(doc);
        if (!doc->errors().isEmpty())
            QSKIP("the explainer has content errors; tst_allexplainers reports them");
        QVERIFY(inkRatio(view->grabWindow(), QColor(u"#f6f7f9"_s)) > 0.001);
        grab(*view, u"plugin-"_s + id);
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }

    // Inline equations sit on the text's baseline, small or taller than the line. The test
    // equations are boxes drawn in the text colour above their baseline and red below it.
    void inlineBaseline()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(u"content/math"_s));
        const auto write = [&](const QString &name, const QByteArray &data) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(data);
        };
        const auto box = [](int ascent, int descent) {
            return QStringLiteral(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 -%1 600 %3\">"
                "<rect x=\"0\" y=\"-%1\" width=\"600\" height=\"%1\" fill=\"currentColor\"/>"
                "<rect x=\"0\" y=\"0\" width=\"600\" height=\"%2\" fill=\"#ff0000\"/></svg>")
                .arg(ascent).arg(descent).arg(ascent + descent).toUtf8();
        };
        write(u"content/explainer.md"_s, "Hx $small$ xH\n\nHx $tall$ xH\n");
        write(u"content/math/"_s + mathKey(false, u"small"_s) + u".svg"_s, box(500, 200));
        write(u"content/math/"_s + mathKey(false, u"tall"_s) + u".svg"_s, box(1500, 800));

        QVariantMap theme = loadTheme(u"light"_s);
        theme.insert(u"text"_s, u"#000000"_s);
        theme.insert(u"window"_s, u"#ffffff"_s);
        auto view = createView(QUrl::fromLocalFile(dir.filePath(u"content/explainer.md"_s)),
                               QString(), theme, QSize(700, 300));
        QVERIFY(view->rootObject());
        const QImage image = view->grabWindow();
        grab(*view, u"inline-baseline"_s);

        const auto isRed = [&](int x, int y) {
            const QColor c = image.pixelColor(x, y);
            return c.red() > 200 && c.green() < 80 && c.blue() < 80;
        };
        const auto isInk = [&](int x, int y) {
            const QColor c = image.pixelColor(x, y);
            return c.red() < 90 && c.green() < 90 && c.blue() < 90;
        };
        int found = 0;
        for (int y = 1; y < image.height(); ++y) {
            int redX = -1;
            for (int x = 0; x < image.width() && redX < 0; ++x) {
                if (isRed(x, y) && !isRed(x, y - 1))
                    redX = x;
            }
            if (redX < 0)
                continue;
            // y is the top row of red, i.e. the equation's baseline. The "x" before the
            // equation ends on the text's baseline.
            int inkBottom = -1;
            for (int x = std::max(0, redX - 14); x < redX - 2; ++x) {
                for (int yy = y - 30; yy < y + 20; ++yy) {
                    if (yy >= 0 && yy < image.height() && isInk(x, yy))
                        inkBottom = std::max(inkBottom, yy);
                }
            }
            QVERIFY2(qAbs(inkBottom + 1 - y) <= 1,
                     qPrintable(u"equation %1: baseline at %2, text baseline at %3"_s
                                    .arg(found).arg(y).arg(inkBottom + 1)));
            ++found;
        }
        QCOMPARE(found, 2);
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }

private:
    std::unique_ptr<QQuickView> createView(const QUrl &source, const QString &paperId,
                                           const QVariantMap &theme, QSize size = {1200, 900})
    {
        auto view = std::make_unique<QQuickView>();
        addMathImageProvider(*view->engine());
        view->engine()->addImportPath(QStringLiteral(PAPERLAB_BUILD_QML_DIR));
        view->engine()->addImportPath(u"qrc:/qt/qml"_s);
        view->setInitialProperties({{u"source"_s, source}, {u"paperId"_s, paperId},
                                    {u"theme"_s, theme}});
        view->setResizeMode(QQuickView::SizeRootObjectToView);
        view->setSource(QUrl(u"qrc:/shell/ExplainerPage.qml"_s));
        if (view->status() != QQuickView::Ready) {
            for (const QQmlError &e : view->errors())
                qWarning().noquote() << e.toString();
            return view;
        }
        view->resize(size);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return view;
        QTest::qWait(100);
        return view;
    }

    void checkMathImagesLoaded(QQuickItem *page)
    {
        int equations = 0;
        for (QQuickItem *item : allItems(page)) {
            const QString source = item->property("source").toUrl().toString();
            if (!source.startsWith(u"image://math/"_s))
                continue;
            ++equations;
            QTRY_COMPARE_WITH_TIMEOUT(item->property("status").toInt(), 1, 2000);   // Ready
        }
        QVERIFY(equations > 0);
    }
};

QTEST_MAIN(TestExplainerPage)
#include "tst_explainerpage.moc"
