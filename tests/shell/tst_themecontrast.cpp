// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "shell/thememanager.h"

#include <charttheme.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using paperlab::charts::ChartTheme;

// Every text colour the app draws on each background it draws it on, computed from the theme
// files themselves: a theme edit that makes any of them hard to read fails here.
class TestThemeContrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textMeetsWcagAA_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("foreground");
        QTest::addColumn<QString>("background");
        // Body text, captions and disabled controls (mutedText), links, error and success
        // messages, and the focus colour (rings and the "apply changes" hint) on the window,
        // on cards and charts (surface) and on chips and code (raised).
        const QStringList texts = {"text", "mutedText", "link", "error", "success", "focus"};
        for (const QString &theme : paperlab::app::ThemeManager::themeNames()) {
            for (const QString &fg : texts) {
                for (const char *bg : {"window", "surface", "raised"}) {
                    QTest::addRow("%s: %s on %s", qPrintable(theme), qPrintable(fg), bg)
                        << theme << fg << QString::fromLatin1(bg);
                }
            }
            // Primary buttons, the award badge and selected items.
            QTest::addRow("%s: accentText on accent", qPrintable(theme))
                << theme << QStringLiteral("accentText") << QStringLiteral("accent");
        }
    }

    void textMeetsWcagAA()
    {
        QFETCH(QString, theme);
        QFETCH(QString, foreground);
        QFETCH(QString, background);
        const QString path = QStringLiteral(PAPERLAB_THEME_DIR "/%1.json").arg(theme);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        const QColor fg(json.value(foreground).toString());
        const QColor bg(json.value(background).toString());
        QVERIFY2(fg.isValid() && bg.isValid(), qPrintable(QStringLiteral("%1: no colour %2 or %3")
                                                             .arg(path, foreground, background)));
        const double ratio = ChartTheme::contrastRatio(fg, bg);
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2 %3 on %4 %5 is %6:1, under 4.5:1")
                                              .arg(path, foreground, fg.name(), background,
                                                   bg.name())
                                              .arg(ratio, 0, 'f', 2)));
    }

    void contrastRatioMatchesWcagExamples()
    {
        QCOMPARE(ChartTheme::contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(ChartTheme::contrastRatio(Qt::white, Qt::white), 1.0);
        // #767676 on white is the classic "just passes" grey: 4.54:1.
        QCOMPARE(qRound(ChartTheme::contrastRatio(QColor("#767676"), Qt::white) * 100), 454);
    }
};

QTEST_GUILESS_MAIN(TestThemeContrast)
#include "tst_themecontrast.moc"
