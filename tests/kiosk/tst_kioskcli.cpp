// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// The kiosk's command line: nothing starts half configured. A bad playlist or option ends
// the process before any window shows, with a documented status and an error naming the
// step and key; --check-playlist checks what steps refer to in the installed papers.

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out, err;
};

Run paperlab(const QStringList &args, const QString &home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PAPERLAB_PLUGIN_PATH"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PAPERLAB_EXE), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestKioskCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(m_home.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return f.fileName();
    }

private Q_SLOTS:
    void invalidPlaylistExitsWithFour()
    {
        const QString path = write(QStringLiteral("bad.json"),
                                   R"({"steps": [{"paper": "random-walk"},
                                       {"paper": "random-walk", "tab": "summary",
                                        "preset": "lecture"}]})");
        const Run r = paperlab({QStringLiteral("--kiosk"), QStringLiteral("--playlist"), path},
                               m_home.path());
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("paperlab: the kiosk playlist is invalid:\n") + path
                                + QStringLiteral(": step 2: \"preset\" needs \"tab\": "
                                                 "\"simulator\"")),
                 qPrintable(r.err));
        // Nothing ran: no state was written.
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("data/paperlab/kiosk-state.ini"))));
    }

    void missingPlaylistExitsWithFour()
    {
        const Run r = paperlab({QStringLiteral("--kiosk"), QStringLiteral("--playlist"),
                                QStringLiteral("/nonexistent/tour.json")},
                               m_home.path());
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains(QLatin1String("/nonexistent/tour.json: cannot read the playlist")));
    }

    void badOptionsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        QTest::newRow("screen") << QStringList{QStringLiteral("--screen"), QStringLiteral("7")}
                                << "paperlab: --screen must be a screen number from 0 to 0 "
                                   "(got \"7\")";
        QTest::newRow("font scale")
            << QStringList{QStringLiteral("--font-scale"), QStringLiteral("9")}
            << "paperlab: --font-scale must be a number from 0.75 to 3";
        QTest::newRow("theme") << QStringList{QStringLiteral("--theme"), QStringLiteral("neon")}
                               << "paperlab: --theme must be one of light, dark, projector";
    }

    void badOptionsExitWithTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        const Run r = paperlab(QStringList{QStringLiteral("--kiosk")} + args, m_home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(error), qPrintable(r.err));
    }

    void checkDefaultPlaylist()
    {
        const Run r = paperlab({QStringLiteral("--check-playlist")}, m_home.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("21 steps")), qPrintable(r.out));
        QVERIFY2(r.out.trimmed().endsWith(QLatin1String("; ok")), qPrintable(r.out));
    }

    void checkFindsBadReferences()
    {
        const QString path = write(QStringLiteral("refs.json"),
                                   R"({"steps": [{"paper": "random-walk", "preset": "nope"},
                                       {"paper": "random-walk", "section": "the-idea"},
                                       {"paper": "not-here"}]})");
        const Run r
            = paperlab({QStringLiteral("--check-playlist"), QStringLiteral("--playlist"), path},
                       m_home.path());
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QLatin1String("step 1: \"preset\": random-walk has no preset "
                                              "\"nope\" (it has lecture, drifting)")),
                 qPrintable(r.err));
        QCOMPARE(r.out.trimmed(),
                 QStringLiteral("3 steps; not installed here (shown as error "
                                "cards): not-here; problems found"));
    }
};

QTEST_GUILESS_MAIN(TestKioskCli)
#include "tst_kioskcli.moc"
