// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// PaperLab::testing, the helpers a plugin author's tests use: its check must pass a good
// plugin and name the simulator, the step and the readout when something is wrong.
#include <paperlab/testing.h>

#include <QObject>
#include <QTest>

using namespace paperlab::testing;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(FIXTURE_PRIMARY_DIR "/") + QLatin1String(name) + QStringLiteral(".so");
}

} // namespace

class TestPluginTesting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodPluginPasses()
    {
        const PaperUnderTest paper(fixture("good"));
        QVERIFY2(paper.loadError().isEmpty(), qPrintable(paper.loadError()));
        QCOMPARE(paper.id(), QStringLiteral("good"));
        QCOMPARE(paper.simulatorIds(), QStringList{QStringLiteral("counter")});
        CheckOptions options;
        options.readouts[QStringLiteral("counter")] = {QStringLiteral("count")};
        const QStringList problems = paper.check(options);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void parametersAreValidated()
    {
        const PaperUnderTest paper(fixture("good"));
        QString error;
        QCOMPARE(paper.parameters({{QStringLiteral("steps"), 7}}, &error)
                     .integer(QStringLiteral("steps")), 7);
        QVERIFY(error.isEmpty());
        QVERIFY(paper.parameters({{QStringLiteral("steps"), 5000}}, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("steps")), qPrintable(error));
    }

    void runHelpers()
    {
        const PaperUnderTest paper(fixture("good"));
        auto sim = paper.create(QStringLiteral("counter"),
                                paper.parameters({{QStringLiteral("steps"), 4}}));
        QVERIFY(sim);
        QCOMPARE(runSteps(*sim, 2)->step, 2);
        QCOMPARE(runToEnd(*sim)->step, 4);
        QVERIFY(!paper.create(QStringLiteral("no-such"), {}));
    }

    void throwingSimulatorIsNamed()
    {
        const PaperUnderTest paper(fixture("throws"));
        const QStringList problems = paper.check();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QLatin1String("simulator \"counter\""))
                     && problems.first().contains(QLatin1String("deliberate failure at step 3")),
                 qPrintable(problems.first()));
    }

    void missingReadoutIsNamed()
    {
        const PaperUnderTest paper(fixture("good"));
        CheckOptions options;
        options.readouts[QStringLiteral("counter")] = {QStringLiteral("velocity")};
        options.readouts[QStringLiteral("nope")] = {QStringLiteral("x")};
        const QStringList problems = paper.check(options);
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.join(u'\n').contains(QLatin1String("no readout \"velocity\"")),
                 qPrintable(problems.join(u'\n')));
        QVERIFY2(problems.join(u'\n').contains(QLatin1String("\"nope\", which is not a simulator")),
                 qPrintable(problems.join(u'\n')));
    }

    void notAPluginIsAnError()
    {
        const PaperUnderTest paper(fixture("no-such-file"));
        QVERIFY(!paper.loadError().isEmpty());
        QCOMPARE(paper.check(), QStringList{paper.loadError()});
    }
};

QTEST_GUILESS_MAIN(TestPluginTesting)
#include "tst_plugintesting.moc"
