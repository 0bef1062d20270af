// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "papers/paperregistry.h"
#include "shell/papersdialog.h"

#include <QLoggingCategory>
#include <QTableWidget>
#include <QTest>

using namespace paperlab;

class TestPapersDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The fixtures include broken plugins on purpose.
        QLoggingCategory::setFilterRules(QStringLiteral("paperlab.papers.warning=false"));
    }

    // The Origin column says which search path each plugin came from.
    void showsOriginOfEveryPlugin()
    {
        const QString primary = QStringLiteral(FIXTURE_PRIMARY_DIR);
        const QString secondary = QStringLiteral(FIXTURE_SECONDARY_DIR);
        qputenv("PAPERLAB_PLUGIN_PATH", secondary.toUtf8());
        PaperRegistry registry;
        registry.discover({primary, secondary});
        qunsetenv("PAPERLAB_PLUGIN_PATH");

        app::PapersDialog dialog(&registry);
        auto *table = dialog.findChild<QTableWidget *>();
        QVERIFY(table);
        QCOMPARE(table->rowCount(), int(registry.papers().size()));
        QStringList headers;
        for (int c = 0; c < table->columnCount(); ++c)
            headers.append(table->horizontalHeaderItem(c)->text());
        QCOMPARE(headers, QStringList({"Id", "Version", "State", "Origin", "Error or warning", "Path"}));
        QHash<QString, QString> originByPath;
        for (int row = 0; row < table->rowCount(); ++row)
            originByPath.insert(table->item(row, 5)->text(), table->item(row, 3)->text());
        QCOMPARE(originByPath.value(primary + "/good.so"), QStringLiteral("Command line"));
        QCOMPARE(originByPath.value(secondary + "/good.so"), QStringLiteral("PAPERLAB_PLUGIN_PATH"));
    }
};

QTEST_MAIN(TestPapersDialog)
#include "tst_papersdialog.moc"
