// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// The views QmlHost makes give their memory back when they go, under Qt Quick's software
// renderer too (the explainers' equation images once stayed for good there).

#include "shell/qmlhost.h"

#include <QFile>
#include <QQmlEngine>
#include <QQuickImageProvider>
#include <QQuickWidget>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

using paperlab::app::QmlHost;

namespace {

// Images that count how many of them are still alive: each owns its pixels, and Qt calls
// the cleanup when the last copy of it (including a texture's) goes.
class CountingImages final : public QQuickImageProvider
{
public:
    static inline int alive = 0;

    CountingImages() : QQuickImageProvider(QQuickImageProvider::Image) {}

    QImage requestImage(const QString &, QSize *size, const QSize &) override
    {
        constexpr int side = 256;
        auto *pixels = static_cast<uchar *>(std::calloc(side * side, 4));
        ++alive;
        QImage image(pixels, side, side, side * 4, QImage::Format_ARGB32_Premultiplied,
                     [](void *data) {
                         std::free(data);
                         --alive;
                     },
                     pixels);
        image.fill(Qt::darkCyan);
        if (size)
            *size = image.size();
        return image;
    }
};

} // namespace

class TestQmlHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The renderer under test, whatever the caller's environment says.
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }

    void viewsFreeTheirImagesWhenTheyGo()
    {
        QTemporaryDir dir;
        QFile qml(dir.filePath(QStringLiteral("Images.qml")));
        QVERIFY(qml.open(QIODevice::WriteOnly));
        // Two images, each with a source of its own, as an explainer's equations have.
        qml.write("import QtQuick\n"
                  "Row {\n"
                  "    width: 300; height: 150\n"
                  "    Image { source: 'image://counting/a' + Math.random() }\n"
                  "    Image { source: 'image://counting/b' + Math.random() }\n"
                  "}\n");
        qml.close();
        QmlHost host;
        host.engine()->addImageProvider(QStringLiteral("counting"), new CountingImages);
        QWidget window;
        window.resize(320, 160);
        window.show();
        for (int round = 0; round < 5; ++round) {
            QQuickWidget *view = host.createView(QUrl::fromLocalFile(qml.fileName()), {}, window);
            QCOMPARE(view->status(), QQuickWidget::Ready);
            QCOMPARE(view->quickWindow()->rendererInterface()->graphicsApi(),
                     QSGRendererInterface::Software);
            view->resize(300, 150);
            view->show();
            // Drawn, so the images became textures.
            const QImage frame = view->grabFramebuffer();
            QCOMPARE(frame.pixelColor(10, 10), QColor(Qt::darkCyan));
            QCOMPARE(CountingImages::alive, 2);
            delete view;
            QCOMPARE(CountingImages::alive, 0);
        }
    }
};

QTEST_MAIN(TestQmlHost)
#include "tst_qmlhost.moc"
