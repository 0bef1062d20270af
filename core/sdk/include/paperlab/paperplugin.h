// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/paperapi.h>
#include <paperlab/paperlabcoreexport.h>
#include <paperlab/parameterschema.h>
#include <paperlab/result.h>

#include <QUrl>
#include <QtPlugin>

#include <memory>

namespace paperlab {

class Simulator;

/// The root object of a paper plugin.
///
/// Qt creates one root object per library and hands the same one to every loader, so a
/// plugin must be a stateless factory: all per-view state lives in the objects it creates.
/// The host calls it on the GUI thread only. Plugins are never unloaded.
class PAPERLAB_CORE_EXPORT PaperPlugin
{
public:
    virtual ~PaperPlugin();

    /// The declared parameters of every simulator, usually read from the plugin's
    /// parameters.json resource with ParameterSchema::fromFile().
    virtual Result<ParameterSchema> parameters() const = 0;

    /// Named partial parameter sets (may be empty), usually from presets.json.
    virtual Result<PresetList> presets() const = 0;

    /// A new simulator, owned by the caller; `simulatorId` is one of the metadata
    /// "Simulators" ids. Returns null for an unknown id.
    virtual std::unique_ptr<Simulator> createSimulator(const QString &simulatorId) const = 0;

    /// The explainer, a Markdown resource: qrc:/qt/qml/PaperLab/Papers/<Name>/explainer.md
    virtual QUrl explainerUrl() const = 0;

    /// The QML view of the Simulator tab. Its root gets the properties `runner`
    /// (SimulationRunner), `simulatorId` and `theme` (the theme JSON as an object).
    virtual QUrl simulatorViewUrl() const = 0;

    /// The QML "in one picture" summary, also drawn as the home-page thumbnail. Its root gets
    /// the properties `theme` (the theme JSON as an object) and `compact` (true in thumbnails).
    /// It draws with PaperLab.Charts from frozen data or a small computation of its own.
    virtual QUrl summaryViewUrl() const = 0;
};

} // namespace paperlab

Q_DECLARE_INTERFACE(paperlab::PaperPlugin, PAPERLAB_PAPER_PLUGIN_IID)
