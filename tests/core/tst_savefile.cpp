// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/savefile.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using paperlab::saveFileAtomically;

class TestSaveFile : public QObject
{
    Q_OBJECT

private:
    static QByteArray contents(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
    }

private slots:
    void writesTheBytes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.json"));
        QCOMPARE(saveFileAtomically(path, QByteArray("{\"a\": 1}\n")), QString());
        QCOMPARE(contents(path), QByteArray("{\"a\": 1}\n"));
    }

    // A writer that fails half-way (disk full, encoder error) leaves the old file as it was.
    void failingWriterKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.json"));
        QCOMPARE(saveFileAtomically(path, QByteArray("old")), QString());
        const QString error = saveFileAtomically(path, [](QIODevice &device) {
            device.write("new, but only half");
            return false;
        });
        QVERIFY(error.startsWith(QStringLiteral("cannot write ") + path + QStringLiteral(": ")));
        QVERIFY2(!error.endsWith(QStringLiteral(": ")), qPrintable(error));
        QCOMPARE(contents(path), QByteArray("old"));
        const QStringList left = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(left, QStringList{QStringLiteral("settings.json")});
    }

    void unwritablePlaceNamesThePath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/dir/out.csv"));
        const QString error = saveFileAtomically(path, QByteArray("x"));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestSaveFile)
#include "tst_savefile.moc"
