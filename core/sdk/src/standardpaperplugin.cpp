// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/standardpaperplugin.h>

#include <QFile>

#include <optional>

namespace paperlab {

struct StandardPaperPlugin::Private {
    QString root; // ":/qt/qml/PaperLab/Papers/Name/"
    SimulatorList simulators;
    // Qt makes one root per library and calls it on the GUI thread only, so the parsed
    // schema may be kept: presets() needs it too, and parsing it once is enough.
    mutable std::optional<Result<ParameterSchema>> schema;
};

StandardPaperPlugin::StandardPaperPlugin(const QString &qmlModule, SimulatorList simulators)
    : d(std::make_unique<Private>())
{
    d->root = resourceRoot(qmlModule);
    d->simulators = std::move(simulators);
}

StandardPaperPlugin::~StandardPaperPlugin() = default;

QString StandardPaperPlugin::resourceRoot(const QString &qmlModule)
{
    QString path = qmlModule;
    path.replace(u'.', u'/');
    return QStringLiteral(":/qt/qml/") + path + u'/';
}

QString StandardPaperPlugin::viewFile(const QString &viewId)
{
    QString name;
    for (const QString &part : viewId.split(u'-', Qt::SkipEmptyParts))
        name += part.left(1).toUpper() + part.mid(1);
    return name + QStringLiteral("View.qml");
}

QUrl StandardPaperPlugin::viewUrl(const QString &qmlModule, const QString &viewId)
{
    return QUrl(QStringLiteral("qrc") + resourceRoot(qmlModule) + viewFile(viewId));
}

QUrl StandardPaperPlugin::resource(const QString &path) const
{
    return QUrl(QStringLiteral("qrc") + d->root + path);
}

Result<ParameterSchema> StandardPaperPlugin::parameters() const
{
    if (!d->schema)
        d->schema = ParameterSchema::fromFile(d->root + QStringLiteral("parameters.json"));
    return *d->schema;
}

Result<PresetList> StandardPaperPlugin::presets() const
{
    const Result<ParameterSchema> schema = parameters();
    if (!schema)
        return schema.error();
    const QString file = d->root + QStringLiteral("presets.json");
    if (!QFile::exists(file)) // presets are optional
        return PresetList{};
    return schema.value().presetsFromFile(file);
}

std::unique_ptr<Simulator> StandardPaperPlugin::createSimulator(const QString &simulatorId) const
{
    for (const SimulatorFactory &f : d->simulators) {
        if (f.id == simulatorId)
            return f.create();
    }
    return nullptr;
}

QStringList StandardPaperPlugin::simulatorIds() const
{
    QStringList ids;
    for (const SimulatorFactory &f : d->simulators)
        ids.append(f.id);
    return ids;
}

QUrl StandardPaperPlugin::explainerUrl() const
{
    return resource(QStringLiteral("content/explainer.md"));
}

QUrl StandardPaperPlugin::simulatorViewUrl() const
{
    return {};
}

QUrl StandardPaperPlugin::summaryViewUrl() const
{
    return resource(QStringLiteral("Summary.qml"));
}

} // namespace paperlab
