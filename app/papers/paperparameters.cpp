// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "papers/paperparameters.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace paperlab {

namespace {

const QString kParametersName = QStringLiteral("parameters.json");
const QString kPresetsName = QStringLiteral("presets.json");

// Every simulator id the plugin's files name must be one of its metadata, so that a typo is
// caught with the file and key, not by a view that silently stays empty.
Result<void> checkSimulatorReferences(const PaperMetadata &meta, const PaperParameters &checked,
                                      const QString &parametersSource,
                                      const QString &presetsSource)
{
    QStringList simulatorIds;
    for (const SimulatorInfo &s : meta.simulators)
        simulatorIds.append(s.id);
    const QString known = simulatorIds.join(QStringLiteral(", "));
    auto unknown = [&](const QString &where, const QString &id) {
        return Error::make(ErrorReason::BadSchema,
                           QStringLiteral("%1: %2 names \"%3\", which is not a simulator of "
                                          "this plugin (simulators: %4)")
                               .arg(parametersSource, where, id, known));
    };
    for (const ParamSpec &p : checked.schema.parameters()) {
        for (const QString &id : p.simulators) {
            if (!simulatorIds.contains(id))
                return unknown(QStringLiteral("\"%1.simulators\"").arg(p.id), id);
        }
    }
    for (const CommandSpec &c : checked.schema.commands()) {
        for (const QString &id : c.simulators) {
            if (!simulatorIds.contains(id))
                return unknown(QStringLiteral("command \"%1\"").arg(c.id), id);
        }
    }
    for (const Preset &p : checked.presets) {
        if (!p.simulator.isEmpty() && !meta.simulatorForView(p.simulator)) {
            return Error::make(ErrorReason::BadSchema,
                               QStringLiteral("%1: preset \"%2\" names \"%3\", which is neither "
                                              "a simulator nor a view of this plugin (%4)")
                                   .arg(presetsSource, p.id, p.simulator, known));
        }
    }
    return {};
}

} // namespace

Result<PaperParameters> checkPaperParameters(const PaperMetadata &meta,
                                             const ParameterFile &parameters,
                                             const std::optional<ParameterFile> &presets)
{
    auto schema = ParameterSchema::fromJson(parameters.json, parameters.source);
    if (!schema)
        return schema.error();
    PaperParameters checked{schema.value(), {}};
    if (presets) {
        auto list = checked.schema.presetsFromJson(presets->json, presets->source);
        if (!list)
            return list.error();
        checked.presets = list.value();
    }
    const QString presetsSource = presets ? presets->source : kPresetsName;
    if (auto r = checkSimulatorReferences(meta, checked, parameters.source, presetsSource); !r)
        return r.error();
    return checked;
}

Result<PaperParameters> checkPaperParameters(const PaperMetadata &meta,
                                             const Result<ParameterSchema> &schema,
                                             const Result<PresetList> &presets)
{
    if (!schema)
        return schema.error();
    if (!presets)
        return presets.error();
    PaperParameters checked{schema.value(), presets.value()};
    if (auto r = checkSimulatorReferences(meta, checked, kParametersName, kPresetsName); !r)
        return r.error();
    return checked;
}

std::optional<Result<PaperParameters>> checkMetadataParameters(const PaperMetadata &meta)
{
    static const QString parametersKey = QStringLiteral("Parameters");
    static const QString presetsKey = QStringLiteral("Presets");
    if (!meta.json.contains(parametersKey))
        return std::nullopt;
    // The members are the files' JSON objects; the parser reads them as text again.
    auto file = [&](const QString &key, const QString &name) -> Result<ParameterFile> {
        const QJsonValue value = meta.json.value(key);
        if (!value.isObject()) {
            return Error::make(ErrorReason::BadMetadata,
                               QStringLiteral("Value for key \"%1\" is not an object").arg(key));
        }
        return ParameterFile{QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact),
                             name};
    };
    const auto parameters = file(parametersKey, kParametersName);
    if (!parameters)
        return Result<PaperParameters>(parameters.error());
    std::optional<ParameterFile> presets;
    if (meta.json.contains(presetsKey)) {
        const auto presetsFile = file(presetsKey, kPresetsName);
        if (!presetsFile)
            return Result<PaperParameters>(presetsFile.error());
        presets = presetsFile.value();
    }
    return checkPaperParameters(meta, parameters.value(), presets);
}

} // namespace paperlab
