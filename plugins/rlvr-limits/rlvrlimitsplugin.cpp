// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "rlvrlimitsplugin.h"

#include "passkcalculatorsimulator.h"
#include "tabularrlvrsimulator.h"

namespace paperlab::papers::rlvrlimits {

namespace {
const QString kRoot = QStringLiteral("/qt/qml/PaperLab/Papers/RlvrLimits/");
}

Result<ParameterSchema> RlvrLimitsPlugin::parameters() const
{
    return ParameterSchema::fromFile(u':' + kRoot + QStringLiteral("parameters.json"));
}

Result<PresetList> RlvrLimitsPlugin::presets() const
{
    auto schema = parameters();
    if (!schema)
        return schema.error();
    return schema.value().presetsFromFile(u':' + kRoot + QStringLiteral("presets.json"));
}

std::unique_ptr<Simulator> RlvrLimitsPlugin::createSimulator(const QString &simulatorId) const
{
    if (simulatorId == QLatin1String("tabular-rlvr"))
        return std::make_unique<TabularRlvrSimulator>();
    if (simulatorId == QLatin1String("passk-calculator"))
        return std::make_unique<PassKCalculatorSimulator>();
    return nullptr;
}

QUrl RlvrLimitsPlugin::explainerUrl() const
{
    return QUrl(QStringLiteral("qrc:") + kRoot + QStringLiteral("content/explainer.md"));
}

QUrl RlvrLimitsPlugin::simulatorViewUrl() const
{
    return QUrl(QStringLiteral("qrc:") + kRoot + QStringLiteral("Simulator.qml"));
}

QUrl RlvrLimitsPlugin::summaryViewUrl() const
{
    return QUrl(QStringLiteral("qrc:") + kRoot + QStringLiteral("Summary.qml"));
}

} // namespace paperlab::papers::rlvrlimits
