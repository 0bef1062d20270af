// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "explainer/explainerdocument.h"
#include "explainer/mathimageprovider.h"
#include "explainer/mathsvg.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace paperlab::app;
using namespace Qt::StringLiterals;

namespace {

// A 1 em wide square from 0.75 em above the baseline to 0.25 em below it, drawn the way
// MathJax draws glyphs (currentColor, y flipped, baseline at y = 0).
const QByteArray kSquare =
    "<svg style=\"vertical-align: -0.566ex;\" xmlns=\"http://www.w3.org/2000/svg\" "
    "width=\"2.262ex\" height=\"2.262ex\" viewBox=\"0 -750 1000 1000\">"
    "<g stroke=\"currentColor\" fill=\"currentColor\" stroke-width=\"0\" "
    "transform=\"scale(1,-1)\"><rect x=\"0\" y=\"-250\" width=\"1000\" height=\"1000\"/>"
    "</g></svg>";

} // namespace

class TestMathImageProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile file(m_dir.filePath(u"square.svg"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kSquare);
        file.close();
        m_id = m_dir.path().mid(1) + u"/square"_s;   // absolute path without the leading "/"
    }

    void metrics()
    {
        const MathSvg svg = MathSvg::fromData(kSquare);
        QVERIFY(svg.isValid());
        QCOMPARE(svg.ascentEm(), 0.75);
        QCOMPARE(svg.descentEm(), 0.25);
        QCOMPARE(svg.widthEm(), 1.0);
        QCOMPARE(svg.deviceSize(20, 1), QSize(20, 20));
        QCOMPARE(svg.deviceSize(20, 2), QSize(40, 40));

        // Without a baseline in the viewBox, the vertical-align style gives the depth.
        const MathSvg styled = MathSvg::fromData(QByteArray(kSquare).replace(
            "viewBox=\"0 -750 1000 1000\"", "viewBox=\"0 0 1000 1000\""));
        QVERIFY(qAbs(styled.descentEm() - 0.566 * 0.442) < 1e-9);
        QVERIFY(!MathSvg::fromData("<svg/>").isValid());
    }

    void recolours()
    {
        MathImageProvider provider;
        QSize size;
        for (const QColor &color : {QColor(u"#e6e9ee"_s), QColor(u"#c62828"_s)}) {
            const QImage image = provider.requestImage(
                m_id + u"?color="_s + color.name().mid(1) + u"&px=20"_s, &size, QSize());
            QCOMPARE(image.size(), QSize(20, 20));
            QCOMPARE(size, image.size());
            const QColor centre = image.pixelColor(10, 10);
            QCOMPARE(centre.rgb(), color.rgb());
            QCOMPARE(centre.alpha(), 255);
        }
        // A missing colour falls back to black; garbage does not crash.
        const QImage black = provider.requestImage(m_id + u"?px=20"_s, &size, QSize());
        QCOMPARE(black.pixelColor(10, 10).rgb(), QColor(Qt::black).rgb());
        QVERIFY(!provider.requestImage(m_id + u"?color=zz&px=-3&dpr=nan"_s, &size, {}).isNull());
    }

    void crispAtTwiceTheDensity()
    {
        MathImageProvider provider;
        QSize size;
        const QImage one = provider.requestImage(m_id + u"?color=000000&px=24"_s, &size, {});
        const QImage two = provider.requestImage(m_id + u"?color=000000&px=24&dpr=2"_s, &size,
                                                 {});
        QCOMPARE(one.size(), QSize(24, 24));
        QCOMPARE(two.size(), QSize(48, 48));
        QCOMPARE(two.devicePixelRatio(), 2.0);
        QCOMPARE(two.deviceIndependentSize(), QSizeF(24, 24));
        // The square's edge is sharp at device resolution: no half-covered column.
        QCOMPARE(two.pixelColor(47, 24).alpha(), 255);

        // requestedSize wins over the natural size.
        const QImage fitted = provider.requestImage(m_id + u"?color=000000&px=24"_s, &size,
                                                    QSize(60, 0));
        QCOMPARE(fitted.size(), QSize(60, 60));
    }

    void padding()
    {
        MathImageProvider provider;
        QSize size;
        const QImage image = provider.requestImage(
            m_id + u"?color=ff0000&px=20&top=5&bottom=3"_s, &size, {});
        QCOMPARE(image.size(), QSize(20, 28));
        QCOMPARE(image.pixelColor(10, 2).alpha(), 0);      // top padding
        QCOMPARE(image.pixelColor(10, 15).rgb(), QColor(Qt::red).rgb());
        QCOMPARE(image.pixelColor(10, 26).alpha(), 0);     // bottom padding

        // The layout puts the equation's baseline on the text's (see InlineMathLayout).
        const MathSvg svg = MathSvg::fromData(kSquare);
        for (const qreal px : {12.0, 20.0, 40.0}) {
            const InlineMathLayout layout = inlineMathLayout(svg, px, 1, 15.2, 3.8);
            const qreal above = layout.padTop + 0.75 * px;
            const qreal below = layout.padBottom + 0.25 * px;
            QCOMPARE(above - below, 15.0 - 4.0);   // font metrics rounded to whole pixels
            QVERIFY(above >= 15 && below >= 4);
            QVERIFY(layout.padTop >= 0 && layout.padBottom >= 0);
            QCOMPARE(above, std::round(above));
            QCOMPARE(layout.size, QSizeF(px, above + below));
        }
    }

    // Every equation image the document lays out comes back from the provider at exactly
    // that size (times the pixel ratio): a mismatch would make Qt rescale it and blur it.
    void sizesMatchTheLayout_data()
    {
        QTest::addColumn<qreal>("dpr");
        QTest::newRow("1x") << 1.0;
        QTest::newRow("1.5x") << 1.5;
        QTest::newRow("2x") << 2.0;
    }

    void sizesMatchTheLayout()
    {
        QFETCH(qreal, dpr);
        ExplainerDocument doc;
        doc.setDevicePixelRatio(dpr);
        doc.setSource(QUrl::fromLocalFile(
            QStringLiteral(PAPERLAB_EXPLAINER_TEST_DATA "/sample/content/explainer.md")));
        QVERIFY(doc.errors().isEmpty());
        static const QRegularExpression img(
            u"<img src=\"image://math/([^\"]+)\" width=\"([0-9.]+)\" height=\"([0-9.]+)\""_s);
        MathImageProvider provider;
        int checked = 0;
        for (int row = 0; row < doc.rowCount(); ++row) {
            const QModelIndex index = doc.index(row);
            const QString html = doc.data(index, ExplainerDocument::HtmlRole).toString()
                + doc.data(index, ExplainerDocument::CaptionRole).toString();
            for (auto it = img.globalMatch(html); it.hasNext();) {
                const auto m = it.next();
                const QString id = QString(m.captured(1)).replace(u"&amp;"_s, u"&"_s);
                QSize size;
                const QImage image = provider.requestImage(id, &size, {});
                QCOMPARE(image.devicePixelRatio(), dpr);
                // The HTML carries 3 decimals.
                QCOMPARE(image.size(), QSize(qRound(m.captured(2).toDouble() * dpr),
                                             qRound(m.captured(3).toDouble() * dpr)));
                ++checked;
            }
            if (doc.data(index, ExplainerDocument::KindRole).toString() == u"equation") {
                const QString url = doc.data(index, ExplainerDocument::ImageUrlRole).toString();
                QSize size;
                const QImage image = provider.requestImage(url.mid(13), &size, {});
                QCOMPARE(image.deviceIndependentSize(),
                         QSizeF(doc.data(index, ExplainerDocument::ImageWidthRole).toReal(),
                                doc.data(index, ExplainerDocument::ImageHeightRole).toReal()));
                ++checked;
            }
        }
        QCOMPARE(checked, 11);
    }

    void missing()
    {
        MathImageProvider provider;
        QSize size;
        const QImage image = provider.requestImage(u"no/such/equation?color=000000&px=16"_s,
                                                   &size, {});
        QVERIFY(!image.isNull());
        QCOMPARE(image.pixelColor(0, 0).red(), 0xc6);   // the red box
        QVERIFY(MathImageProvider::svgPath(u"no/such/equation"_s).isEmpty());
        QVERIFY(MathImageProvider::svgPath(u"a/../b"_s).isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_id;
};

QTEST_MAIN(TestMathImageProvider)
#include "tst_mathimageprovider.moc"
