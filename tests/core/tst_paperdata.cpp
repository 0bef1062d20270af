// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/paperdata.h>

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

// loadPaperData(): a missing or broken data file is a warning in "paperlab.paperdata" that
// names the path (and the line and offset of a JSON error), never a silent empty result.
class TestPaperData : public QObject
{
    Q_OBJECT

private:
    struct Message
    {
        QString category;
        QString text;
    };
    static inline QList<Message> s_messages;
    static void capture(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        if (type == QtWarningMsg)
            s_messages.append({QString::fromLatin1(context.category), text});
    }
    QtMessageHandler m_previous = nullptr;
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    // The one warning loading `path` gave.
    static Message onlyWarning()
    {
        if (s_messages.size() != 1)
            return {QStringLiteral("none"), QString::number(s_messages.size())};
        return s_messages.constFirst();
    }

private Q_SLOTS:
    void init()
    {
        s_messages.clear();
        m_previous = qInstallMessageHandler(capture);
    }
    void cleanup() { qInstallMessageHandler(m_previous); }

    void goodFile()
    {
        const QString path = write(QStringLiteral("good.json"), R"({"alpha": [1, 2]})");
        const QJsonObject o = paperlab::loadPaperData(path);
        QCOMPARE(o.value(QStringLiteral("alpha")).toArray().size(), qsizetype(2));
        QVERIFY(s_messages.isEmpty());
    }
    void missingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing.json"));
        QVERIFY(paperlab::loadPaperData(path).isEmpty());
        const Message m = onlyWarning();
        QCOMPARE(m.category, QStringLiteral("paperlab.paperdata"));
        QVERIFY2(m.text.startsWith(path + QStringLiteral(": cannot read")), qPrintable(m.text));
    }
    void brokenFile()
    {
        // The missing comma is on line 3, at offset 19.
        const QString path = write(QStringLiteral("broken.json"), "{\n  \"a\": 1\n  \"b\": 2\n}\n");
        QVERIFY(paperlab::loadPaperData(path).isEmpty());
        const Message m = onlyWarning();
        QCOMPARE(m.category, QStringLiteral("paperlab.paperdata"));
        QVERIFY2(m.text.startsWith(path + QStringLiteral(":3: broken paper data at offset ")),
                 qPrintable(m.text));
    }
    void notAnObject()
    {
        const QString path = write(QStringLiteral("array.json"), "[1, 2]");
        QVERIFY(paperlab::loadPaperData(path).isEmpty());
        const Message m = onlyWarning();
        QCOMPARE(m.category, QStringLiteral("paperlab.paperdata"));
        QVERIFY2(m.text.contains(QStringLiteral("not a JSON object")), qPrintable(m.text));
    }
};

QTEST_GUILESS_MAIN(TestPaperData)
#include "tst_paperdata.moc"
