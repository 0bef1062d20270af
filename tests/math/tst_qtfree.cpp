// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <QDirIterator>
#include <QFile>
#include <QObject>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>

// Architecture rule 2.1: paperlab_math includes no Qt header and links no Qt target.
// The compiler cannot catch a stray Qt include while Qt's include paths leak in from
// elsewhere, so scan the sources.

namespace {

bool includesQt(const QString &text)
{
    // Plain (not raw) string literals: moc 6.4 misparses this raw string and skips the file.
    static const QRegularExpression include(
        QStringLiteral("^[ \\t]*#[ \\t]*include[ \\t]*[<\"]Q"),
        QRegularExpression::MultilineOption);
    return include.match(text).hasMatch();
}

bool linksQt(const QString &cmakeText)
{
    static const QRegularExpression qt(
        QStringLiteral("\\bQt[0-9]*::|find_package\\s*\\(\\s*Qt"));
    return qt.match(cmakeText).hasMatch();
}

} // namespace

class TestQtFree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detector_data();
    void detector();
    void mathSourcesIncludeNoQt();
};

void TestQtFree::detector_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("qt");
    QTest::newRow("angle") << QStringLiteral("#include <vector>\n#include <QString>\n") << true;
    QTest::newRow("quoted") << QStringLiteral("#include \"QtCore/qglobal.h\"") << true;
    QTest::newRow("spaced") << QStringLiteral("  #  include <QObject>") << true;
    QTest::newRow("eigen") << QStringLiteral("#include <Eigen/Core>\n#include <queue>") << false;
    QTest::newRow("prose") << QStringLiteral("// uses no Qt, e.g. no QString\nint x;") << false;
}

void TestQtFree::detector()
{
    QFETCH(QString, text);
    QFETCH(bool, qt);
    QCOMPARE(includesQt(text), qt);
}

void TestQtFree::mathSourcesIncludeNoQt()
{
    const QString root = QStringLiteral(PAPERLAB_MATH_SOURCE_DIR);
    QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp"),
                           QStringLiteral("CMakeLists.txt"), QStringLiteral("*.cmake")},
                    QDir::Files, QDirIterator::Subdirectories);
    int headers = 0;
    int sources = 0;
    QStringList offenders;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QString text = QString::fromUtf8(file.readAll());
        const bool isCMake = !path.endsWith(QLatin1String(".h"))
            && !path.endsWith(QLatin1String(".cpp"));
        if (isCMake ? linksQt(text) : includesQt(text))
            offenders << path;
        headers += path.endsWith(QLatin1String(".h")) ? 1 : 0;
        sources += path.endsWith(QLatin1String(".cpp")) ? 1 : 0;
    }
    // Guard against a wrong path silently scanning nothing.
    QVERIFY2(headers >= 9 && sources >= 9,
             qPrintable(QStringLiteral("only %1 headers and %2 sources found under %3")
                            .arg(headers)
                            .arg(sources)
                            .arg(root)));
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
}

QTEST_APPLESS_MAIN(TestQtFree)
#include "tst_qtfree.moc"
