// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "randomwalkplugin.h"

#include "randomwalksimulator.h"

namespace paperlab::papers::randomwalk {

namespace {
const QString kRoot = QStringLiteral("/qt/qml/PaperLab/Papers/RandomWalk/");
}

Result<ParameterSchema> RandomWalkPlugin::parameters() const
{
    return ParameterSchema::fromFile(u':' + kRoot + QStringLiteral("parameters.json"));
}

Result<PresetList> RandomWalkPlugin::presets() const
{
    auto schema = parameters();
    if (!schema)
        return schema.error();
    return schema.value().presetsFromFile(u':' + kRoot + QStringLiteral("presets.json"));
}

std::unique_ptr<Simulator> RandomWalkPlugin::createSimulator(const QString &simulatorId) const
{
    if (simulatorId == QLatin1String("ensemble"))
        return std::make_unique<RandomWalkSimulator>();
    return nullptr;
}

QUrl RandomWalkPlugin::explainerUrl() const
{
    return QUrl(QStringLiteral("qrc:") + kRoot + QStringLiteral("content/explainer.md"));
}

QUrl RandomWalkPlugin::simulatorViewUrl() const
{
    return QUrl(QStringLiteral("qrc:") + kRoot + QStringLiteral("Simulator.qml"));
}

QUrl RandomWalkPlugin::summaryViewUrl() const
{
    return QUrl(QStringLiteral("qrc:") + kRoot + QStringLiteral("Summary.qml"));
}

} // namespace paperlab::papers::randomwalk
