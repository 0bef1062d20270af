// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "diffusionmemorizationplugin.h"

#include "rfflowsimulator.h"
#include "sampler2dsimulator.h"
#include "score1dsimulator.h"

namespace paperlab::papers::diffusionmemorization {

namespace {
const QString kRoot = QStringLiteral("/qt/qml/PaperLab/Papers/DiffusionMemorization/");
}

Result<ParameterSchema> DiffusionMemorizationPlugin::parameters() const
{
    return ParameterSchema::fromFile(u':' + kRoot + QStringLiteral("parameters.json"));
}

Result<PresetList> DiffusionMemorizationPlugin::presets() const
{
    auto schema = parameters();
    if (!schema)
        return schema.error();
    return schema.value().presetsFromFile(u':' + kRoot + QStringLiteral("presets.json"));
}

std::unique_ptr<Simulator> DiffusionMemorizationPlugin::createSimulator(const QString &id) const
{
    if (id == QLatin1String("sampler-2d"))
        return std::make_unique<Sampler2dSimulator>();
    if (id == QLatin1String("rf-gep-flow"))
        return std::make_unique<RfFlowSimulator>();
    if (id == QLatin1String("score-1d"))
        return std::make_unique<Score1dSimulator>();
    return nullptr;
}

QUrl DiffusionMemorizationPlugin::explainerUrl() const
{
    return QUrl(QStringLiteral("qrc:") + kRoot + QStringLiteral("content/explainer.md"));
}

QUrl DiffusionMemorizationPlugin::simulatorViewUrl() const
{
    return QUrl(QStringLiteral("qrc:") + kRoot + QStringLiteral("Simulator.qml"));
}

QUrl DiffusionMemorizationPlugin::summaryViewUrl() const
{
    return QUrl(QStringLiteral("qrc:") + kRoot + QStringLiteral("Summary.qml"));
}

} // namespace paperlab::papers::diffusionmemorization
