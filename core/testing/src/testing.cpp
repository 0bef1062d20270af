// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/paperplugin.h>
#include <paperlab/testing.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QPluginLoader>
#include <QTextStream>

#include <cmath>
#include <exception>

namespace paperlab::testing {

PaperUnderTest::PaperUnderTest(const QString &pluginFile)
{
    QPluginLoader loader(pluginFile);
    const QJsonObject meta = loader.metaData().value(QStringLiteral("MetaData")).toObject();
    m_id = meta.value(QStringLiteral("Id")).toString();
    const QJsonArray simulators = meta.value(QStringLiteral("Simulators")).toArray();
    for (const QJsonValue &s : simulators) {
        const QString id = s.toObject().value(QStringLiteral("Id")).toString();
        m_simulators.append(id);
        m_simulatorOfView.insert(id, id);
        for (const QJsonValue &v : s.toObject().value(QStringLiteral("Views")).toArray())
            m_simulatorOfView.insert(v.toObject().value(QStringLiteral("Id")).toString(), id);
    }
    m_plugin = qobject_cast<PaperPlugin *>(loader.instance());
    if (!m_plugin) {
        m_loadError = QStringLiteral("%1: cannot load as a paper plugin: %2")
                          .arg(pluginFile, loader.errorString());
        return;
    }
    if (m_simulators.isEmpty()) {
        m_loadError = QStringLiteral("%1: the metadata declares no simulator").arg(pluginFile);
        return;
    }
    const Result<ParameterSchema> schema = m_plugin->parameters();
    if (!schema) {
        m_loadError = schema.error().logText;
        return;
    }
    m_schema = schema.value();
    const Result<PresetList> presets = m_plugin->presets();
    if (!presets) {
        m_loadError = presets.error().logText;
        return;
    }
    m_presets = presets.value();
}

PaperUnderTest::~PaperUnderTest() = default; // the app never unloads a plugin either

ParameterSet PaperUnderTest::parameters(const QVariantMap &overrides, QString *error) const
{
    const Result<ParameterSet> valid = m_schema.validate(m_schema.defaults().mergedWith(
        ParameterSet(overrides)));
    if (!valid) {
        if (error)
            *error = valid.error().logText;
        return {};
    }
    return valid.value();
}

ParameterSet PaperUnderTest::presetParameters(const QString &presetId, QString *error) const
{
    for (const Preset &p : m_presets) {
        if (p.id == presetId)
            return parameters(p.values.values(), error);
    }
    if (error)
        *error = QStringLiteral("no preset \"%1\"").arg(presetId);
    return {};
}

QString PaperUnderTest::presetSimulator(const QString &presetId) const
{
    for (const Preset &p : m_presets) {
        if (p.id == presetId && !p.simulator.isEmpty())
            return m_simulatorOfView.value(p.simulator);
    }
    return m_simulators.value(0);
}

std::unique_ptr<Simulator> PaperUnderTest::create(const QString &simulatorId,
                                                  const ParameterSet &parameters) const
{
    std::unique_ptr<Simulator> sim = m_plugin ? m_plugin->createSimulator(simulatorId) : nullptr;
    if (sim)
        sim->reset(parameters);
    return sim;
}

QString PaperUnderTest::checkRun(const QString &what, const QString &simulatorId,
                                 const ParameterSet &parameters,
                                 const CheckOptions &options) const
{
    try {
        std::unique_ptr<Simulator> sim = create(simulatorId, parameters);
        if (!sim)
            return QStringLiteral("%1: the plugin cannot create simulator \"%2\"")
                .arg(what, simulatorId);
        const std::shared_ptr<Snapshot> first = sim->snapshot();
        const std::shared_ptr<Snapshot> last = runSteps(*sim, options.steps);
        if (!first || !last)
            return QStringLiteral("%1: snapshot() returned null").arg(what);
        for (auto it = last->readouts.cbegin(); it != last->readouts.cend(); ++it) {
            if (!std::isfinite(it.value()))
                return QStringLiteral("%1: readout \"%2\" is %3").arg(what, it.key()).arg(it.value());
        }
        for (const QString &key : options.readouts.value(simulatorId)) {
            if (!last->readouts.contains(key))
                return QStringLiteral("%1: no readout \"%2\" after %3 steps (it has: %4)")
                    .arg(what, key).arg(options.steps)
                    .arg(QStringList(last->readouts.keys()).join(QStringLiteral(", ")));
        }
    } catch (const std::exception &e) {
        return QStringLiteral("%1: %2").arg(what, QString::fromUtf8(e.what()));
    }
    return {};
}

QStringList PaperUnderTest::check(const CheckOptions &options) const
{
    if (!m_loadError.isEmpty())
        return {m_loadError};
    QStringList problems;
    for (auto it = options.readouts.cbegin(); it != options.readouts.cend(); ++it) {
        if (!m_simulators.contains(it.key()))
            problems.append(QStringLiteral("readouts are expected of \"%1\", which is not a "
                                           "simulator of %2").arg(it.key(), m_id));
    }
    for (const QString &id : m_simulators) {
        const QString what = QStringLiteral("simulator \"%1\" with its defaults").arg(id);
        QString error;
        const ParameterSet p = parameters({}, &error);
        if (!error.isEmpty())
            problems.append(QStringLiteral("%1: %2").arg(what, error));
        else if (const QString problem = checkRun(what, id, p, options); !problem.isEmpty())
            problems.append(problem);
    }
    for (const Preset &preset : m_presets) {
        const QString what = QStringLiteral("preset \"%1\"").arg(preset.id);
        QString error;
        const ParameterSet p = presetParameters(preset.id, &error);
        const QString simulator = presetSimulator(preset.id);
        if (!error.isEmpty())
            problems.append(QStringLiteral("%1: %2").arg(what, error));
        else if (simulator.isEmpty())
            problems.append(QStringLiteral("%1: names \"%2\", which is neither a simulator nor "
                                           "a view").arg(what, preset.simulator));
        else if (const QString problem = checkRun(what, simulator, p, options); !problem.isEmpty())
            problems.append(problem);
    }
    return problems;
}

std::shared_ptr<Snapshot> runSteps(Simulator &simulator, int calls)
{
    for (int i = 0; i < calls && !simulator.finished(); ++i)
        simulator.advance(std::chrono::milliseconds(0));
    return simulator.snapshot();
}

std::shared_ptr<Snapshot> runToEnd(Simulator &simulator, int maxCalls,
                                   std::chrono::milliseconds budget)
{
    for (int i = 0; i < maxCalls && !simulator.finished(); ++i)
        simulator.advance(budget);
    return simulator.finished() ? simulator.snapshot() : nullptr;
}

QString writeTestFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

int checkPluginMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    CheckOptions options;
    QString file;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--steps") && !args.isEmpty()) {
            options.steps = args.takeFirst().toInt();
        } else if (a == QLatin1String("--readouts") && !args.isEmpty()) {
            const QString spec = args.takeFirst();
            const qsizetype eq = spec.indexOf(u'=');
            options.readouts[spec.left(eq)] += spec.mid(eq + 1).split(u',', Qt::SkipEmptyParts);
        } else if (file.isEmpty()) {
            file = a;
        } else {
            err << "usage: " << app.arguments().value(0)
                << " <plugin file> [--steps N] [--readouts SIMULATOR=key,key ...]\n";
            return 2;
        }
    }
    const PaperUnderTest paper(file);
    const QStringList problems = paper.check(options);
    for (const QString &p : problems)
        err << "FAIL: " << p << '\n';
    QTextStream(stdout) << QFileInfo(file).fileName() << ": "
                        << (problems.isEmpty() ? QStringLiteral("ok")
                                               : QStringLiteral("%1 problem(s)").arg(problems.size()))
                        << " (" << paper.simulatorIds().size() << " simulators, "
                        << paper.presets().size() << " presets, " << options.steps << " steps each)\n";
    return problems.isEmpty() ? 0 : 1;
}

} // namespace paperlab::testing
