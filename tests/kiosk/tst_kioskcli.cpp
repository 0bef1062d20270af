// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// The kiosk's command line: nothing starts half configured. A bad playlist or option ends
// the process before any window shows, with a documented status and an error naming the
// step and key; --check-playlist checks what steps refer to in the installed papers.

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
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
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("paperlab.kiosk.info=true"));
    env.insert(QStringLiteral("QT_MESSAGE_PATTERN"),
               QStringLiteral("%{type} %{category}: %{message}"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home); // a QTemporaryDir: mode 0700
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
        // The shipped tour names seven papers; those not built here are a note, not a problem.
        const Run list = paperlab({QStringLiteral("--list-papers"), QStringLiteral("--json")},
                                  m_home.path());
        QCOMPARE(list.exitCode, 0);
        QStringList installed;
        for (const QJsonValue &p : QJsonDocument::fromJson(list.out.toUtf8()).array())
            installed.append(p.toObject().value(QStringLiteral("id")).toString());
        QVERIFY(installed.contains(QStringLiteral("rlvr-limits")));
        QStringList missing;
        for (const char *id : {"hivemind", "gated-attention", "deep-crl",
                               "diffusion-memorization", "rlvr-limits", "transductive-online",
                               "superposition-scaling"}) {
            if (!installed.contains(QLatin1String(id)))
                missing.append(QLatin1String(id));
        }

        const Run r = paperlab({QStringLiteral("--check-playlist")}, m_home.path());
        QCOMPARE(r.exitCode, 0);
        QString expected = QStringLiteral("21 steps");
        if (!missing.isEmpty()) {
            expected += QStringLiteral("; %1 skipped, their papers are not installed here: %2")
                            .arg(3 * missing.size())
                            .arg(missing.join(QStringLiteral(", ")));
        }
        QCOMPARE(r.out.trimmed(), expected + QStringLiteral("; ok"));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void checkWithNothingInstalledFails()
    {
        const QString path = write(QStringLiteral("none.json"),
                                   R"({"steps": [{"paper": "not-here"}, {"paper": "nor-this"},
                                       {"paper": "not-here", "tab": "summary"}]})");
        const Run r
            = paperlab({QStringLiteral("--check-playlist"), QStringLiteral("--playlist"), path},
                       m_home.path());
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.err.trimmed(),
                 QStringLiteral("none of the playlist's papers is installed here (not-here, "
                                "nor-this): the tour has nothing to show"));
        QCOMPARE(r.out.trimmed(),
                 QStringLiteral("3 steps; 3 skipped, their papers are not installed here: "
                                "not-here, nor-this; problems found"));
    }

    // --help describes the default tour without promising papers that may not be installed.
    void helpPromisesNoMissingPaper()
    {
        const Run r = paperlab({QStringLiteral("--help")}, m_home.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("--playlist <file>")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QLatin1String("seven"), Qt::CaseInsensitive), qPrintable(r.out));
        QVERIFY2(r.out.simplified().contains(QLatin1String("(default: the shipped tour; steps of "
                                                           "papers not installed here are "
                                                           "skipped)")),
                 qPrintable(r.out));
    }

    // --kiosk --screenshot renders the tour's first step and exits (it once ran forever,
    // ignoring --screenshot). Missing papers are skipped, said once per paper; the saved
    // kiosk position is neither read nor written.
    void screenshotOfTheFirstStep()
    {
        const QString playlist = write(QStringLiteral("shot.json"),
                                       R"({"steps": [{"paper": "not-here"},
                                           {"paper": "not-here", "tab": "summary"},
                                           {"paper": "random-walk", "tab": "summary"},
                                           {"paper": "random-walk", "preset": "lecture"}]})");
        const QString png = m_home.filePath(QStringLiteral("kiosk.png"));
        const Run r = paperlab({QStringLiteral("--kiosk"), QStringLiteral("--screenshot"), png,
                                QStringLiteral("--size"), QStringLiteral("800x450"),
                                QStringLiteral("--playlist"), playlist},
                               m_home.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err.count(QLatin1String("paper \"not-here\" is not installed: its steps are "
                                           "skipped")),
                 1);
        QVERIFY2(r.err.contains(QStringLiteral("step 1/2 (start): random-walk · summary")),
                 qPrintable(r.err));
        // Nothing of PaperLab's own complains (the offscreen platform may).
        for (const QString &line : r.err.split(u'\n', Qt::SkipEmptyParts)) {
            QVERIFY2(line.startsWith(QLatin1String("info "))
                         || line.contains(QLatin1String(" default: ")),
                     qPrintable(line));
        }
        const QImage image(png);
        QCOMPARE(image.size(), QSize(800, 450));
        // Something is drawn: a picture, not a plain background.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("data/paperlab/kiosk-state.ini"))));
    }

    void screenshotWithABadSizeExitsWithTwo()
    {
        const Run r = paperlab({QStringLiteral("--kiosk"), QStringLiteral("--screenshot"),
                                m_home.filePath(QStringLiteral("no.png")),
                                QStringLiteral("--size"), QStringLiteral("big")},
                               m_home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("paperlab: --size expects WxH, at least 320x240")),
                 qPrintable(r.err));
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
                 QStringLiteral("3 steps; 1 skipped, their papers are not installed here: "
                                "not-here; problems found"));
    }
};

QTEST_GUILESS_MAIN(TestKioskCli)
#include "tst_kioskcli.moc"
