// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "superpositionscalingplugin.h"

#include "regimemapsimulator.h"
#include "sweepsimulator.h"
#include "trainsimulator.h"

namespace paperlab::papers::superpositionscaling {

namespace {
const QString kRoot = QStringLiteral("/qt/qml/PaperLab/Papers/SuperpositionScaling/");
}

Result<ParameterSchema> SuperpositionScalingPlugin::parameters() const
{
    return ParameterSchema::fromFile(u':' + kRoot + QStringLiteral("parameters.json"));
}

Result<PresetList> SuperpositionScalingPlugin::presets() const
{
    auto schema = parameters();
    if (!schema)
        return schema.error();
    return schema.value().presetsFromFile(u':' + kRoot + QStringLiteral("presets.json"));
}

std::unique_ptr<Simulator> SuperpositionScalingPlugin::createSimulator(const QString &id) const
{
    if (id == QLatin1String("train"))
        return std::make_unique<TrainSimulator>();
    if (id == QLatin1String("sweep"))
        return std::make_unique<SweepSimulator>(SweepSimulator::View::Scaling);
    if (id == QLatin1String("overlaps"))
        return std::make_unique<SweepSimulator>(SweepSimulator::View::Overlaps);
    if (id == QLatin1String("llm-compare"))
        return std::make_unique<SweepSimulator>(SweepSimulator::View::LlmComparison);
    if (id == QLatin1String("regime-map"))
        return std::make_unique<RegimeMapSimulator>();
    return nullptr;
}

QUrl SuperpositionScalingPlugin::explainerUrl() const
{
    return QUrl(QStringLiteral("qrc:") + kRoot + QStringLiteral("content/explainer.md"));
}

QUrl SuperpositionScalingPlugin::simulatorViewUrl() const
{
    return QUrl(QStringLiteral("qrc:") + kRoot + QStringLiteral("Simulator.qml"));
}

QUrl SuperpositionScalingPlugin::summaryViewUrl() const
{
    return QUrl(QStringLiteral("qrc:") + kRoot + QStringLiteral("Summary.qml"));
}

} // namespace paperlab::papers::superpositionscaling
