// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/paperlabcoreexport.h>
#include <paperlab/paperplugin.h>
#include <paperlab/simulator.h>

#include <functional>
#include <memory>
#include <vector>

namespace paperlab {

/// One entry of a plugin's simulator list: a metadata "Simulators" id and how to make one.
struct SimulatorFactory {
    QString id;
    std::function<std::unique_ptr<Simulator>()> create;
};

using SimulatorList = std::vector<SimulatorFactory>;

/// `simulator<TrainSimulator>(ids::Train)`: an entry whose factory default-constructs S.
template <typename S>
SimulatorFactory simulator(const QString &id)
{
    return {id, [] { return std::unique_ptr<Simulator>(std::make_unique<S>()); }};
}

/// The standard root of a paper plugin (API 1.1): every path follows from the plugin's QML
/// module, so a plugin declares only its simulators.
///
/// paperlab_add_paper_plugin() generates the root class from this when no CLASS_NAME is
/// given; the plugin then defines `paperlab::plugin::simulators()` (see the generated
/// <papersimulators.h>). The resources it reads, under qrc:/qt/qml/<module path>/:
///   parameters.json, presets.json, content/explainer.md, Summary.qml, and for every view
///   of every simulator <CamelCase view id>View.qml (see viewFile()).
/// Any function can still be overridden; a 1.0 root that implements PaperPlugin itself
/// builds and loads as before.
class PAPERLAB_CORE_EXPORT StandardPaperPlugin : public PaperPlugin
{
public:
    StandardPaperPlugin(const QString &qmlModule, SimulatorList simulators);
    ~StandardPaperPlugin() override;

    Result<ParameterSchema> parameters() const override;
    Result<PresetList> presets() const override;
    std::unique_ptr<Simulator> createSimulator(const QString &simulatorId) const override;
    QUrl explainerUrl() const override;
    /// Empty: the host shows each view from viewFile() instead of one dispatching view.
    QUrl simulatorViewUrl() const override;
    QUrl summaryViewUrl() const override;

    /// The ids this plugin can create, in declaration order (checked against the metadata).
    QStringList simulatorIds() const;

    /// qrc:/qt/qml/PaperLab/Papers/Name/ for "PaperLab.Papers.Name".
    static QString resourceRoot(const QString &qmlModule);
    /// The QML file of a view by convention: "llm-compare" → "LlmCompareView.qml".
    static QString viewFile(const QString &viewId);
    /// qrc URL of that file in the module.
    static QUrl viewUrl(const QString &qmlModule, const QString &viewId);

private:
    QUrl resource(const QString &path) const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace paperlab
