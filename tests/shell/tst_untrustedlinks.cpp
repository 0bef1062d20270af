// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// Links and scenario files come from anyone: they set parameters of an installed paper and
// nothing else. They load no code from a path they name, and the user's files are read
// only after the user says yes to a link that names one.

#include "testshell.h"

#include "session/scenario.h"
#include "session/simulationsession.h"

#include <paperlab/simulationrunner.h>
#include <paperlab/testing.h>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace paperlab;
using namespace paperlab::app;

namespace {

// Whether the dynamic loader has mapped a file under `dir` into this process.
bool mapsAnythingUnder(const QString &dir)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        qFatal("cannot read /proc/self/maps");
    return maps.readAll().contains(QFile::encodeName(dir));
}

} // namespace

class TestUntrustedLinks : public QObject
{
    Q_OBJECT

private:
    test::TestShell m_shell;
    QString m_questionText;
    QMessageBox::StandardButton m_defaultAnswer = QMessageBox::NoButton;
    int m_questions = 0;

    // Answers the next message box with `answer` once it is shown, and keeps its text.
    void answerNextQuestion(QMessageBox::StandardButton answer)
    {
        m_questionText.clear();
        auto *poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [this, poll, answer] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            ++m_questions;
            m_questionText = box->text();
            m_defaultAnswer = box->standardButton(box->defaultButton());
            box->button(answer)->click();
            poll->deleteLater();
        });
        poll->start(20);
    }

    // The link for random-walk with its file parameter "start" set to `path`.
    static Scenario linkNaming(const QString &path)
    {
        const QString link = QStringLiteral("paperlab://scenario?paper=random-walk&p.start=")
            + QString::fromLatin1(QUrl::toPercentEncoding(path));
        const auto read = Scenario::fromLink(QUrl(link));
        if (!read)
            qFatal("%s", qPrintable(read.error().logText));
        return read.value();
    }

    QString appliedStart()
    {
        return m_shell.window->currentPaper()->simulatorPane()->session()->applied().value(
            QStringLiteral("start")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_shell.start({QStringLiteral(PAPERLAB_PAPER_BUILD_DIR)},
                              QStringLiteral("light")));
    }

    void cleanupTestCase() { m_shell.window.reset(); }

    // A link naming a file: the user is asked, with the key and the path; "No" keeps the
    // plugin's own data and says so, "Yes" hands the file to the simulator.
    void aLinkAsksBeforeAFileIsRead()
    {
        const QString positions = testing::writeTestFile(
            m_shell.dir.path(), QStringLiteral("private positions.csv"), "x\n1\n-2\n");
        const Scenario scenario = linkNaming(positions);

        answerNextQuestion(QMessageBox::No);
        const auto refused =
            m_shell.window->openScenario(scenario, MainWindow::ScenarioOrigin::Link);
        QVERIFY2(refused, qPrintable(refused ? QString() : refused.error().logText));
        QVERIFY2(m_questionText.contains(QStringLiteral("Starting positions (start) = ")
                                         + positions),
                 qPrintable(m_questionText));
        QCOMPARE(m_defaultAnswer, QMessageBox::No); // Enter alone reads nothing
        QCOMPARE(appliedStart(), QString());
        const QString note = QStringLiteral("\"start\": the file named by the link was not read");
        QCOMPARE(refused.value(), QStringList{note});

        answerNextQuestion(QMessageBox::Yes);
        const auto allowed =
            m_shell.window->openScenario(scenario, MainWindow::ScenarioOrigin::Link);
        QVERIFY(allowed);
        QVERIFY2(allowed.value().isEmpty(), qPrintable(allowed.value().join(u'\n')));
        QCOMPARE(appliedStart(), positions);
    }

    // A scenario file is the user's choice, but the files it names are not: a .paperlab
    // someone sent asks exactly as a link does.
    void aScenarioFileAsksToo()
    {
        const QString positions = testing::writeTestFile(
            m_shell.dir.path(), QStringLiteral("named by a file.csv"), "x\n3\n");
        const QString path = m_shell.dir.filePath(QStringLiteral("sent.paperlab"));
        QVERIFY(linkNaming(positions).save(path).isEmpty());
        const auto read = Scenario::read(path);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().logText));

        answerNextQuestion(QMessageBox::No);
        const auto refused =
            m_shell.window->openScenario(read.value(), MainWindow::ScenarioOrigin::File);
        QVERIFY(refused);
        QVERIFY2(m_questionText.startsWith(QStringLiteral("The scenario file asks")),
                 qPrintable(m_questionText));
        QVERIFY2(m_questionText.contains(QStringLiteral("Starting positions (start) = ")
                                         + positions),
                 qPrintable(m_questionText));
        QCOMPARE(m_defaultAnswer, QMessageBox::No);
        QCOMPARE(appliedStart(), QString());
        QCOMPARE(refused.value(),
                 QStringList{QStringLiteral(
                     "\"start\": the file named by the scenario file was not read")});

        answerNextQuestion(QMessageBox::Yes);
        QVERIFY(m_shell.window->openScenario(read.value(), MainWindow::ScenarioOrigin::File));
        QCOMPARE(appliedStart(), positions);
    }

    // Unattended (a screenshot run, no one to ask): the file is never read.
    void noOneToAskMeansNo()
    {
        const QString positions = m_shell.dir.filePath(QStringLiteral("other.csv"));
        const int questions = m_questions;
        const auto unattended = m_shell.window->openScenario(
            linkNaming(positions), MainWindow::ScenarioOrigin::Unattended);
        QVERIFY(unattended);
        QCOMPARE(unattended.value().size(), 1);
        QCOMPARE(appliedStart(), QString());
        QTest::qWait(100);
        QCOMPARE(m_questions, questions);
        QVERIFY(!QApplication::activeModalWidget());
    }

    // A link or file that names a plugin (as the paper, or in keys a scenario does not have)
    // opens no code: nothing under that directory is ever mapped into the process.
    void noCodeIsLoadedFromANamedPath()
    {
        const QString evilDir = m_shell.dir.filePath(QStringLiteral("evil"));
        QVERIFY(QDir().mkpath(evilDir));
        const QString evil = evilDir + QStringLiteral("/random-walk.so");
        QVERIFY(QFile::copy(QStringLiteral(FIXTURE_PRIMARY_DIR "/good.so"), evil));
        const auto papersBefore = m_shell.registry->papers().size();

        const auto byPath = Scenario::fromLink(
            QUrl(QStringLiteral("paperlab://scenario?paper=") + evil));
        QVERIFY(byPath);
        const auto opened = m_shell.window->openScenario(byPath.value(),
                                                         MainWindow::ScenarioOrigin::Link);
        QVERIFY(!opened);
        QVERIFY2(opened.error().userText.contains(QStringLiteral("which is not installed")),
                 qPrintable(opened.error().userText));

        for (const char *key : {"plugin", "plugin-dir", "pluginDir", "load"}) {
            const auto refused = Scenario::fromLink(QUrl(
                QStringLiteral("paperlab://scenario?paper=random-walk&%1=%2")
                    .arg(QLatin1String(key), evil)));
            QVERIFY2(!refused, key);
            QVERIFY(refused.error().logText.contains(QStringLiteral("unknown item")));
        }

        // A file may carry keys of a later format: they are passed over, never followed.
        QJsonObject json = linkNaming(QString()).toJson();
        json.insert(QStringLiteral("plugin"), evil);
        json.insert(QStringLiteral("pluginDirs"), QJsonArray{evilDir});
        const QString path = m_shell.dir.filePath(QStringLiteral("evil.paperlab"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(json).toJson());
        file.close();
        const auto read = Scenario::read(path);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().logText));
        QVERIFY(m_shell.window->openScenario(read.value(), MainWindow::ScenarioOrigin::File));
        QCOMPARE(m_shell.window->currentPaper()->spec()->id(), QStringLiteral("random-walk"));

        QCOMPARE(m_shell.registry->papers().size(), papersBefore);
        for (const auto &spec : m_shell.registry->papers())
            QVERIFY2(!spec->filePath().startsWith(evilDir), qPrintable(spec->filePath()));
        QVERIFY(!mapsAnythingUnder(evilDir));
    }
};

QTEST_MAIN(TestUntrustedLinks)
#include "tst_untrustedlinks.moc"
