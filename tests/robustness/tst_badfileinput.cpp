// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// A user's file for a file parameter, bad in every way we know of: each is refused with its
// own message naming the file and the line, and the run that was showing goes on unchanged.
// random-walk's starting positions are the SDK's example of reading a user's file, so they
// are what third-party papers copy.

#include <paperlab/simulationrunner.h>
#include <paperlab/testing.h>

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace paperlab;

class TestBadFileInput : public QObject
{
    Q_OBJECT

private:
    testing::PaperUnderTest m_paper{QStringLiteral(PAPERLAB_PAPER_BUILD_DIR "/random-walk.so")};
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_paper.loadError().isEmpty(), qPrintable(m_paper.loadError()));
    }

    void badPositionsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line"); // 0: the file as a whole
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << 0 << "has no positions";
        QTest::newRow("header only") << QByteArray("x\n") << 0 << "has no positions";
        QTest::newRow("blank lines only") << QByteArray("\n \n\t\n") << 0 << "has no positions";
        QTest::newRow("wrong type") << QByteArray("x\n1\nleft\n") << 3
                                    << "field \"x\": \"left\" is not a number";
        QTest::newRow("two columns") << QByteArray("1\n2,3\n") << 2 << "\"2,3\" is not a number";
        QTest::newRow("truncated") << QByteArray("x\n0.5\n2e") << 3 << "\"2e\" is not a number";
        QTest::newRow("nan") << QByteArray("1\nnan\n") << 2 << "\"nan\" is not a number";
        QTest::newRow("infinity") << QByteArray("inf\n") << 1 << "\"inf\" is not a number";
        QTest::newRow("minus infinity") << QByteArray("x\n-inf\n") << 2
                                        << "\"-inf\" is not a number";
        QTest::newRow("huge") << QByteArray("x\n1e400\n") << 2 << "\"1e400\" is not a number";
        QTest::newRow("bad encoding") << QByteArray("x\n\xff\xfe" "1\n") << 2
                                      << "is not a number";
        QTest::newRow("UTF-16") << QByteArray("\xff\xfex\0\n\0" "1\0\n\0", 10) << 1
                                << "is not a number";
        // A message quotes a bad value, but not a whole enormous line of it.
        QTest::newRow("enormous line") << QByteArray(4 * 1024 * 1024, '7') + "x\n" << 1
                                       << "\"7777777777";
    }

    void badPositionsAreNamed()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(QString, message);
        const QString path =
            testing::writeTestFile(m_dir.path(), QStringLiteral("positions.csv"), content);

        SimulationRunner runner(m_paper.create(QStringLiteral("ensemble"), m_paper.parameters()));
        QSignalSpy rejected(&runner, &SimulationRunner::inputRejected);
        runner.reset(m_paper.parameters());
        runner.step();
        runner.step();
        QTRY_VERIFY(runner.latest() && runner.latest()->step == 2);
        const SnapshotPtr before = runner.latest();

        runner.reset(m_paper.parameters({{QStringLiteral("start"), path}}));
        QTRY_COMPARE(rejected.count(), 1);
        const QString text = rejected.first().first().toString();
        const QString name = QStringLiteral("positions.csv"); // the name, as users see it
        const QString where = line > 0 ? QStringLiteral("%1:%2: ").arg(name).arg(line)
                                       : name + QStringLiteral(": ");
        QVERIFY2(text.startsWith(where), qPrintable(text));
        QVERIFY2(text.contains(message), qPrintable(text));
        QVERIFY2(text.size() < 300, qPrintable(QString::number(text.size())));
        // The run before the bad file is still the one shown, and it goes on.
        QCOMPARE(runner.state(), SimulationRunner::State::Paused);
        QCOMPARE(runner.latest(), before);
        runner.step();
        QTRY_COMPARE(runner.latest()->step, 3);
    }

    void unreadableFileIsNamed()
    {
        // A directory where a file is expected: opening it fails whoever runs the test.
        SimulationRunner runner(m_paper.create(QStringLiteral("ensemble"), m_paper.parameters()));
        QSignalSpy rejected(&runner, &SimulationRunner::inputRejected);
        runner.reset(m_paper.parameters({{QStringLiteral("start"), m_dir.path()}}));
        QTRY_COMPARE(rejected.count(), 1);
        const QString text = rejected.first().first().toString();
        QVERIFY2(text.startsWith(QFileInfo(m_dir.path()).fileName()
                                 + QStringLiteral(": cannot be read")),
                 qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestBadFileInput)
#include "tst_badfileinput.moc"
