// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "chartexport.h"
#include "lineplotitem.h"

#include <QFile>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QTest>

using namespace paperlab;
using namespace paperlab::charts;

// What a chart export suggests, which file it writes and what its CSV header says.
class TestChartExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suggestsPaperViewChartNames()
    {
        QCOMPARE(chartexport::fileName({QStringLiteral("rlvr-limits-tabular"),
                                        QStringLiteral("pass@k on the test problems (exact)")},
                                       QStringLiteral("png")),
                 QStringLiteral("rlvr-limits-tabular-pass-k-on-the-test-problems-exact.png"));
        // Empty parts are left out; math notation is named in plain letters.
        QCOMPARE(chartexport::fileName({QString(), QStringLiteral("Loss vs \\alpha_{m}")},
                                       QStringLiteral("csv")),
                 QStringLiteral("loss-vs-αₘ.csv"));
        QCOMPARE(chartexport::fileName({}, QStringLiteral("svg")), QStringLiteral("chart.svg"));
        // A long title is cut at a word, not in the middle of one.
        const QString name = chartexport::fileName(
            {QStringLiteral("Over GRPO training: pass@1 up, pass@256 down, and more words")},
            QStringLiteral("png"));
        QCOMPARE(name, QStringLiteral("over-grpo-training-pass-1-up-pass-256.png"));
    }

    void addsTheExtensionWhenMissing_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("saved");
        QTest::newRow("none") << "/tmp/results" << "/tmp/results.csv";
        QTest::newRow("right") << "/tmp/results.csv" << "/tmp/results.csv";
        QTest::newRow("upper case") << "/tmp/results.CSV" << "/tmp/results.CSV";
        QTest::newRow("another") << "/tmp/results.txt" << "/tmp/results.txt.csv";
        QTest::newRow("dot in folder") << "/tmp/v1.2/results" << "/tmp/v1.2/results.csv";
        QTest::newRow("cancelled") << "" << "";
    }

    void addsTheExtensionWhenMissing()
    {
        QFETCH(QString, typed);
        QFETCH(QString, saved);
        QCOMPARE(chartexport::withExtension(typed, QStringLiteral("csv")), saved);
    }

    void csvHeaderCarriesTheAxisTitles()
    {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral(PAPERLAB_QML_IMPORT_DIR));
        QQmlComponent component(&engine);
        component.setData("import PaperLab.Charts\n"
                          "LinePlot { width: 400; height: 300; title: \"Heads\"\n"
                          "  xLabel: \"flips n\"; yLabel: \"heads / n\"\n"
                          "  staticData: [{id: \"mean\", label: \"mean\", x: [1, 2], y: [1, 0.5]}]"
                          " }",
                          QUrl());
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        auto *plot = qobject_cast<LinePlotItem *>(object.get());
        QVERIFY(plot);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("heads.csv"));
        QVERIFY(plot->exportCsv(path));
        QFile file(path);
        // Axis titles in the chart notation are written as they read: τ_{mem} as τₘₑₘ.
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readLine(), QByteArray("series,label,flips n,heads / n\n"));
        QCOMPARE(file.readLine(), QByteArray("mean,mean,1,1\n"));
        file.close();
        plot->setXLabel(QStringLiteral("step, \\tau_{mem}"));
        QVERIFY(plot->exportCsv(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readLine()),
                 QStringLiteral("series,label,\"step, τₘₑₘ\",heads / n\n"));
        file.close();
        // Without axis titles the columns keep their generic names.
        plot->setXLabel({});
        plot->setYLabel({});
        QVERIFY(plot->exportCsv(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readLine(), QByteArray("series,label,x,y\n"));
        QCOMPARE(plot->suggestedFileName(QStringLiteral("csv")), QStringLiteral("heads.csv"));
    }
};

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
