// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "papers/paperregistry.h"

#include <paperlab/paperplugin.h>
#include <paperlab/simulationrunner.h>
#include <paperlab/simulator.h>

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace paperlab;

namespace {
constexpr uid_t kNobody = 65534;
}

class TestPaperRegistry : public QObject
{
    Q_OBJECT

private:
    const QString primary = QStringLiteral(FIXTURE_PRIMARY_DIR);
    const QString secondary = QStringLiteral(FIXTURE_SECONDARY_DIR);

private Q_SLOTS:
    void initTestCase()
    {
        // The registry logs every rejected fixture; the tests assert the errors themselves.
        QLoggingCategory::setFilterRules(QStringLiteral("paperlab.papers.warning=false"));
    }

    void discoversEveryFixture_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("error");
        QTest::newRow("good") << primary + "/good.so" << "discovered" << "";
        QTest::newRow("wrong IID") << primary + "/bad-iid.so" << "failed"
            << R"(Expected IID "org.paperlab.PaperPlugin/2", )"
               R"(but found "org.example.SomethingElse/1")";
        // Built for API 1.x, so its IID is of that major too: the versions say what is wrong.
        QTest::newRow("API major 1") << primary + "/api-major-1.so" << "failed"
            << "API version 1.2 is incompatible with this PaperLab (API 2.0): "
               "the major version must be 2";
        QTest::newRow("newer minor") << primary + "/api-minor-too-new.so" << "failed"
            << "API version 2.9 is newer than this PaperLab supports (API 2.0)";
        QTest::newRow("id != file name") << primary + "/other-name.so" << "failed"
            << R"(Id "id-mismatch" does not match the file name "other-name.so")";
        QTest::newRow("no metadata") << primary + "/no-metadata.so" << "failed"
            << QStringLiteral("'%1/no-metadata.so' is not a Qt plugin (metadata not found)").arg(primary);
        QTest::newRow("duplicate id") << secondary + "/good.so" << "failed"
            << QStringLiteral(R"(Duplicate id "good" (shadowed by %1/good.so))").arg(primary);
        QTest::newRow("throwing simulator") << primary + "/throws.so" << "discovered" << "";
        // Discovery reads only the metadata's fields: these fail at load.
        QTest::newRow("default out of range") << primary + "/bad-default.so" << "discovered" << "";
        QTest::newRow("unknown preset key") << primary + "/unknown-preset-key.so" << "discovered"
                                            << "";
        QTest::newRow("uncreatable simulator") << primary + "/uncreatable-simulator.so"
                                               << "discovered" << "";
        QTest::newRow("parameters in code") << primary + "/parameters-in-code.so" << "discovered"
                                            << "";
    }

    void discoversEveryFixture()
    {
        QFETCH(QString, file);
        QFETCH(QString, state);
        QFETCH(QString, error);
        PaperRegistry r;
        r.discover({primary, secondary});
        QCOMPARE(r.papers().size(), size_t(12));
        const PaperSpec *spec = nullptr;
        for (const auto &s : r.papers()) {
            if (s->filePath() == file)
                spec = s.get();
        }
        QVERIFY2(spec, qPrintable(file));
        QCOMPARE(paperStateName(spec->state()), state);
        QCOMPARE(spec->errorString(), error);
        QVERIFY(!spec->plugin()); // discovery never loads code
    }

    void missingFileHasQtsMessage()
    {
        PaperRegistry r;
        const PaperSpec *spec = r.addFile(primary + "/does-not-exist.so");
        QCOMPARE(spec->state(), PaperState::Failed);
        QCOMPARE(spec->error().reason, ErrorReason::NotFound);
        QCOMPARE(spec->errorString(), QStringLiteral("The shared library was not found."));
    }

    void goodMetadataIsComplete()
    {
        PaperRegistry r;
        r.discover({primary});
        const PaperSpec *spec = r.find(QStringLiteral("good"));
        QVERIFY(spec);
        const PaperMetadata &m = spec->metadata();
        QCOMPARE(m.name, QStringLiteral("Fixture good"));
        QCOMPARE(m.version, QVersionNumber(1, 2, 3));
        QCOMPARE(m.apiVersion, QVersionNumber(2, 0));
        QCOMPARE(m.qmlModule, QStringLiteral("PaperLab.Papers.Good"));
        QCOMPARE(m.authors, QStringList({"A. Author", "B. Author"}));
        QCOMPARE(m.year, 2025);
        QCOMPARE(m.simulators.size(), 1);
        QCOMPARE(m.simulators.first().id, QStringLiteral("counter"));
    }

    void loadsLazilyAndOnlyOnce()
    {
        PaperRegistry r;
        r.discover({primary, secondary});
        QCOMPARE(r.find(QStringLiteral("good"))->state(), PaperState::Discovered);
        auto first = r.load(QStringLiteral("good"));
        QVERIFY(first);
        QCOMPARE(r.find(QStringLiteral("good"))->state(), PaperState::Ready);
        QCOMPARE(r.find(QStringLiteral("good"))->filePath(), primary + "/good.so"); // higher priority wins
        auto second = r.load(QStringLiteral("good"));
        QCOMPARE(second.value(), first.value());
        QCOMPARE(r.find(QStringLiteral("good"))->schema().parameters().size(), 1);
    }

    void failedPluginsRefuseToLoad()
    {
        PaperRegistry r;
        r.discover({primary});
        auto result = r.load(QStringLiteral("bad-iid"));
        QVERIFY(!result);
        QCOMPARE(result.error().reason, ErrorReason::WrongIid);
        QVERIFY(!r.load(QStringLiteral("nothing-here")));
    }

    // Mistakes in parameters.json, presets.json or the root fail the load with the file and
    // key (the metadata's copies of the files, not a path inside the plugin's resources).
    void loadRejectsBadPlugins_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("error");
        QTest::newRow("default out of range") << "bad-default"
            << R"(parameters.json: "steps.default" is invalid: )"
               R"("steps" = 0 is below the minimum 1)";
        QTest::newRow("unknown preset key") << "unknown-preset-key"
            << R"(presets.json: preset "quick": unknown parameter "stepz")";
        QTest::newRow("uncreatable simulator") << "uncreatable-simulator"
            << R"(Simulator "ghost" of the metadata cannot be created: )"
               R"(createSimulator("ghost") returns null)";
    }

    void loadRejectsBadPlugins()
    {
        QFETCH(QString, id);
        QFETCH(QString, error);
        PaperRegistry r;
        r.discover({primary});
        const auto loaded = r.load(id);
        QVERIFY(!loaded);
        QCOMPARE(r.find(id)->state(), PaperState::Failed);
        QCOMPARE(r.find(id)->errorString(), error);
    }

    // Metadata without "Parameters" (a root that makes its schema, an older SDK) stays valid:
    // the root's schema is checked instead.
    void parametersFromTheRootWhenNotInMetadata()
    {
        PaperRegistry r;
        r.discover({primary});
        QVERIFY(!r.find(QStringLiteral("parameters-in-code"))->metadata().json.contains(
            QStringLiteral("Parameters")));
        QVERIFY(r.find(QStringLiteral("good"))->metadata().json.contains(
            QStringLiteral("Parameters")));
        QVERIFY(r.load(QStringLiteral("parameters-in-code")));
        const PaperSpec *spec = r.find(QStringLiteral("parameters-in-code"));
        QCOMPARE(spec->schema().parameters().size(), 1);
        QCOMPARE(spec->schema().parameters().first().defaultValue.toInt(), 10);
    }

    void disabledIdsAreNotLoaded()
    {
        PaperRegistry r;
        r.setDisabledIds({QStringLiteral("good")});
        r.discover({primary});
        QCOMPARE(r.find(QStringLiteral("good"))->state(), PaperState::Disabled);
        QVERIFY(!r.load(QStringLiteral("good")));
    }

    void openableNamesLeaveOutFailedAndDisabledPapers()
    {
        PaperRegistry r;
        r.setDisabledIds({QStringLiteral("good")});
        r.discover({primary});
        const QMap<QString, QString> names = r.openableNames();
        QVERIFY(!names.contains(QStringLiteral("good")));     // disabled
        QVERIFY(!names.contains(QStringLiteral("bad-iid")));  // failed
        QVERIFY(!names.isEmpty());
        for (const auto &spec : r.papers()) {
            if (spec->state() == PaperState::Discovered || spec->state() == PaperState::Ready)
                QVERIFY2(names.contains(spec->id()), qPrintable(spec->id()));
        }
    }

    // A plugin in a directory, or a file, that every user may write loads with a warning
    // that names the place; one in a private directory loads without one.
    void worldWritablePlacesAreNamed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString plugin = dir.filePath(QStringLiteral("good.so"));
        QVERIFY(QFile::copy(primary + "/good.so", plugin));
        const auto warningOf = [&] {
            PaperRegistry r;
            r.discover({dir.path()});
            return r.find(QStringLiteral("good"))->warning();
        };
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                              | QFileDevice::ExeOwner);
        QFile::setPermissions(plugin, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(warningOf(), QString());
        QFile::setPermissions(plugin, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::WriteOther);
        QVERIFY2(warningOf().startsWith(plugin + " is writable by every user"),
                 qPrintable(warningOf()));
        QFile::setPermissions(plugin, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                              | QFileDevice::ExeOwner | QFileDevice::WriteOther
                                              | QFileDevice::ExeOther);
        QVERIFY2(warningOf().startsWith(QDir(dir.path()).absolutePath()
                                        + " is writable by every user"),
                 qPrintable(warningOf()));
    }

    // A search directory that cannot be listed is named with the reason, and the papers of
    // the other directories are found as before.
    void unreadableDirectoryIsNamed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString locked = QDir(dir.path()).absoluteFilePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(locked));
        QVERIFY(QFile::copy(secondary + "/good.so", locked + "/good.so"));
        QFile::setPermissions(locked, QFileDevice::WriteOwner);
        PaperRegistry r;
        {
            // Root may read any directory: search as another user, as a user would.
            const bool root = ::geteuid() == 0;
            QVERIFY(!root || ::seteuid(kNobody) == 0);
            const auto restore = qScopeGuard([root] {
                if (root && ::seteuid(0) != 0)
                    qFatal("cannot become root again");
            });
            r.discover({locked, primary});
        }
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ExeOwner);
        QCOMPARE(r.searchProblems().size(), 1);
        QVERIFY2(r.searchProblems().first().startsWith(
                     "The paper directory " + locked + " cannot be read (Permission denied)"),
                 qPrintable(r.searchProblems().first()));
        QVERIFY(r.find(QStringLiteral("good")));
        QCOMPARE(r.find(QStringLiteral("good"))->filePath(), primary + "/good.so");
        r.discover({primary});
        QVERIFY(r.searchProblems().isEmpty());
    }

    void throwingSimulatorPutsRunnerInErrorState()
    {
        PaperRegistry r;
        r.discover({primary});
        auto plugin = r.load(QStringLiteral("throws"));
        QVERIFY(plugin);
        QCOMPARE(r.find(QStringLiteral("throws"))->state(), PaperState::Ready);
        SimulationRunner runner(plugin.value()->createSimulator(QStringLiteral("counter")));
        QSignalSpy failed(&runner, &SimulationRunner::failed);
        runner.reset(r.find(QStringLiteral("throws"))->schema().defaults());
        runner.start();
        QTRY_COMPARE(runner.state(), SimulationRunner::State::Error);
        QCOMPARE(runner.errorString(), QStringLiteral("fixture: deliberate failure at step 3"));
        // The signal comes through the owner's event queue, after the state has changed.
        QTRY_COMPARE(failed.count(), 1);
        // Steps 1 and 2 may have been published, depending on the runner's timing; the
        // failing step 3 never is.
        QVERIFY2(runner.latest()->step < 3, qPrintable(QString::number(runner.latest()->step)));
    }

    void standardSearchPathsOrder()
    {
        qputenv("PAPERLAB_PLUGIN_PATH", "/tmp/a:/tmp/b");
        const QStringList dirs = PaperRegistry::standardSearchPaths({QStringLiteral("/tmp/cli")});
        qunsetenv("PAPERLAB_PLUGIN_PATH");
        QVERIFY(dirs.size() >= 4);
        QCOMPARE(dirs.mid(0, 3), QStringList({"/tmp/cli", "/tmp/a", "/tmp/b"}));
        QVERIFY(dirs.at(3).endsWith(QLatin1String("/paperlab/papers")));
        QVERIFY(!dirs.contains(QDir::currentPath()));
    }

    void searchPathOrigins()
    {
        qputenv("PAPERLAB_PLUGIN_PATH", "/tmp/a:/tmp/b/");
        const QStringList dirs = PaperRegistry::standardSearchPaths({QStringLiteral("/tmp/cli")});
        QCOMPARE(PaperRegistry::searchPathOrigin(QStringLiteral("/tmp/cli")), PaperOrigin::CommandLine);
        QCOMPARE(PaperRegistry::searchPathOrigin(QStringLiteral("/tmp/b")), PaperOrigin::Environment);
        qunsetenv("PAPERLAB_PLUGIN_PATH");
        QCOMPARE(PaperRegistry::searchPathOrigin(dirs.at(dirs.size() - 2)), PaperOrigin::User);
        QCOMPARE(PaperRegistry::searchPathOrigin(dirs.last()), PaperOrigin::Bundled);
        QCOMPARE(paperOriginName(PaperOrigin::User), QStringLiteral("user"));

        PaperRegistry r;
        r.discover({primary});
        for (const auto &spec : r.papers())
            QCOMPARE(spec->origin(), PaperOrigin::CommandLine);
        QCOMPARE(r.addFile(primary + "/good.so")->origin(), PaperOrigin::CommandLine);
    }
};

QTEST_GUILESS_MAIN(TestPaperRegistry)
#include "tst_paperregistry.moc"
