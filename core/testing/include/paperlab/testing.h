// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

// Helpers for a paper plugin's own tests, in-tree or out of tree (PaperLab::testing, with
// paperlab_add_plugin_test() in CMake). They load the built plugin as the app does, so a test
// sees exactly the schema, presets and simulators that users get.

#include <paperlab/parameterschema.h>
#include <paperlab/parameterset.h>
#include <paperlab/simulator.h>
#include <paperlab/snapshot.h>

#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace paperlab {
class PaperPlugin;
}

namespace paperlab::testing {

/// What check() runs: every simulator with its defaults and every preset, each for `steps`
/// calls of advance(0) (one step each), and the readouts each simulator must report.
struct CheckOptions {
    int steps = 3;
    QMap<QString, QStringList> readouts; ///< simulator id → readout keys it must report
};

/// A built paper plugin, loaded from its .so file. paperlab_add_plugin_test() passes the
/// file of the plugin under test as PAPERLAB_TEST_PLUGIN_FILE, the default here.
class PaperUnderTest
{
public:
#ifdef PAPERLAB_TEST_PLUGIN_FILE
    PaperUnderTest() : PaperUnderTest(QStringLiteral(PAPERLAB_TEST_PLUGIN_FILE)) {}
#endif
    explicit PaperUnderTest(const QString &pluginFile);
    ~PaperUnderTest();

    /// Why the plugin could not be loaded; empty when it was. Every other call needs it empty.
    QString loadError() const { return m_loadError; }

    QString id() const { return m_id; }
    QStringList simulatorIds() const { return m_simulators; }
    const ParameterSchema &schema() const { return m_schema; }
    const PresetList &presets() const { return m_presets; }

    /// The defaults with `overrides`, validated as the app validates them; `*error` (if given)
    /// gets the problem and the result is empty when they are invalid.
    ParameterSet parameters(const QVariantMap &overrides = {}, QString *error = nullptr) const;
    /// A preset's values over the defaults; empty (and `*error` set) for an unknown preset.
    ParameterSet presetParameters(const QString &presetId, QString *error = nullptr) const;
    /// The simulator a preset runs: its `simulator` (or the simulator of that view), or the
    /// first simulator when it names none.
    QString presetSimulator(const QString &presetId) const;

    /// A new simulator, reset with `parameters`; null for an id the plugin cannot create.
    std::unique_ptr<Simulator> create(const QString &simulatorId,
                                      const ParameterSet &parameters) const;

    /// Everything a paper must get right before anyone looks at it, as a list of problems
    /// (empty: all well), each naming the simulator or preset: every simulator is created,
    /// reset with the defaults and run; every preset is applied and run; every snapshot
    /// exists, its readouts are finite and include `options.readouts`.
    QStringList check(const CheckOptions &options = {}) const;

private:
    QString checkRun(const QString &what, const QString &simulatorId,
                     const ParameterSet &parameters, const CheckOptions &options) const;

    PaperPlugin *m_plugin = nullptr;
    QString m_loadError;
    QString m_id;
    QStringList m_simulators;
    QMap<QString, QString> m_simulatorOfView;
    ParameterSchema m_schema;
    PresetList m_presets;
};

/// `calls` calls of advance(0), one step each (fewer if it finishes), then its snapshot.
std::shared_ptr<Snapshot> runSteps(Simulator &simulator, int calls);
/// Steps until finished(), at most `maxCalls` calls of advance(budget); then its snapshot,
/// or null if it did not finish.
std::shared_ptr<Snapshot> runToEnd(Simulator &simulator, int maxCalls = 100000,
                                   std::chrono::milliseconds budget = std::chrono::milliseconds(50));

/// Writes `bytes` to the file `name` in the directory `dir` (e.g. a QTemporaryDir's path) and
/// returns its path; a test user file for a `file` parameter. Aborts the test if it cannot.
QString writeTestFile(const QString &dir, const QString &name, const QByteArray &bytes);

/// main() of the test paperlab_add_plugin_test() makes without SOURCES: checks the plugin
/// (arguments: <plugin file> [--steps N] [--readouts SIM=key,key ...]) and prints each problem.
int checkPluginMain(int argc, char **argv);

} // namespace paperlab::testing
