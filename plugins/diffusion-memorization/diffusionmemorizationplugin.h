// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/paperplugin.h>

#include <QObject>

namespace paperlab::papers::diffusionmemorization {

/// Root object of arXiv 2505.17638: a stateless factory for its three simulators.
class DiffusionMemorizationPlugin final : public QObject, public PaperPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PAPERLAB_PAPER_PLUGIN_IID FILE "diffusion-memorization.json")
    Q_INTERFACES(paperlab::PaperPlugin)

public:
    Result<ParameterSchema> parameters() const override;
    Result<PresetList> presets() const override;
    std::unique_ptr<Simulator> createSimulator(const QString &simulatorId) const override;
    QUrl explainerUrl() const override;
    QUrl simulatorViewUrl() const override;
    QUrl summaryViewUrl() const override;
};

} // namespace paperlab::papers::diffusionmemorization
