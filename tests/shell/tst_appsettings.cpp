// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "shell/appsettings.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using paperlab::app::AppSettings;

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsWhenEmpty()
    {
        QTemporaryDir dir;
        AppSettings s(dir.filePath(QStringLiteral("s.ini")));
        QCOMPARE(s.theme(), QStringLiteral("light"));
        QCOMPARE(s.fontScale(), 1.0);
        QCOMPARE(s.lastPaper(), QString());
        QCOMPARE(s.lastTab(), QStringLiteral("explainer"));
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            AppSettings s(path);
            s.setTheme(QStringLiteral("projector"));
            s.setFontScale(1.5);
            s.setLastPaper(QStringLiteral("rlvr-limits"));
            s.setLastTab(QStringLiteral("simulator"));
            s.setReadingPosition(QStringLiteral("rlvr-limits"), 420.0);
        }
        AppSettings s(path);
        QCOMPARE(s.theme(), QStringLiteral("projector"));
        QCOMPARE(s.fontScale(), 1.5);
        QCOMPARE(s.lastPaper(), QStringLiteral("rlvr-limits"));
        QCOMPARE(s.lastTab(), QStringLiteral("simulator"));
        QCOMPARE(s.readingPosition(QStringLiteral("rlvr-limits")), 420.0);
    }

    void corruptValuesFallBackWithAWarning_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("fallback");
        QTest::newRow("theme") << QByteArray("[appearance]\ntheme=neon\n") << "appearance/theme" << "light";
        QTest::newRow("font scale text") << QByteArray("[appearance]\nfontScale=huge\n") << "appearance/fontScale" << "1";
        QTest::newRow("font scale range") << QByteArray("[appearance]\nfontScale=9\n") << "appearance/fontScale" << "1";
        QTest::newRow("tab") << QByteArray("[session]\nlastTab=cockpit\n") << "session/lastTab" << "explainer";
        QTest::newRow("paper") << QByteArray("[session]\nlastPaper=../../etc\n") << "session/lastPaper" << "";
    }

    void corruptValuesFallBackWithAWarning()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, key);
        QFETCH(QString, fallback);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ini);
        f.close();
        AppSettings s(path);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("s\\.ini: invalid value .* for \"%1\"").arg(key)));
        QString value;
        if (key == QLatin1String("appearance/theme"))
            value = s.theme();
        else if (key == QLatin1String("appearance/fontScale"))
            value = QString::number(s.fontScale());
        else if (key == QLatin1String("session/lastTab"))
            value = s.lastTab();
        else
            value = s.lastPaper();
        QCOMPARE(value, fallback);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
