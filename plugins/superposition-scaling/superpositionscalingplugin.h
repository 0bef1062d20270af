// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/paperplugin.h>

#include <QObject>

namespace paperlab::papers::superpositionscaling {

/// Root object of the superposition-scaling paper: a stateless factory.
class SuperpositionScalingPlugin final : public QObject, public PaperPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PAPERLAB_PAPER_PLUGIN_IID FILE "superposition-scaling.json")
    Q_INTERFACES(paperlab::PaperPlugin)

public:
    Result<ParameterSchema> parameters() const override;
    Result<PresetList> presets() const override;
    std::unique_ptr<Simulator> createSimulator(const QString &simulatorId) const override;
    QUrl explainerUrl() const override;
    QUrl simulatorViewUrl() const override;
    QUrl summaryViewUrl() const override;
};

} // namespace paperlab::papers::superpositionscaling
