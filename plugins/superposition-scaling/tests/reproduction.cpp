// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "reproduction.h"

#include <QtGlobal>

namespace paperlab::papers::superpositionscaling::testing {

namespace {

RegimeResult collect(const RunSet &runs, int offset, const std::vector<int> &widths)
{
    RegimeResult r;
    r.widths = widths;
    std::vector<double> ms;
    std::vector<double> losses;
    for (size_t k = 0; k < widths.size(); ++k) {
        r.runs.push_back(runs.summary(offset + int(k)));
        ms.push_back(widths[k]);
        losses.push_back(r.runs.back().loss);
    }
    r.fit = fitScaling(ms, losses);
    return r;
}

} // namespace

SweepResult runPreset(const QString &presetId, quint64 seed, bool contrast, double contrastGamma)
{
    auto schema =
        ParameterSchema::fromFile(QStringLiteral(SUPERPOSITION_SOURCE_DIR "/parameters.json"));
    if (!schema)
        qFatal("%s", qPrintable(schema.error().logText));
    auto presets =
        schema.value().presetsFromFile(QStringLiteral(SUPERPOSITION_SOURCE_DIR "/presets.json"));
    if (!presets)
        qFatal("%s", qPrintable(presets.error().logText));
    ParameterSet values;
    for (const Preset &p : presets.value()) {
        if (p.id == presetId)
            values = p.values;
    }
    if (values.isEmpty())
        qFatal("no preset %s", qPrintable(presetId));
    auto validated = schema.value().validate(values);
    if (!validated)
        qFatal("%s", qPrintable(validated.error().logText));
    const ParameterSet p = validated.value();
    const TrainConfig config = trainConfigFrom(p);
    const std::vector<int> widths = widthsFrom(p, config.n);
    std::vector<RunSpec> specs;
    for (int m : widths)
        specs.push_back({config.gamma, config.alpha, m});
    if (contrast) {
        for (int m : widths)
            specs.push_back({contrastGamma, config.alpha, m});
    }
    RunSet runs(config, specs, seed);
    runs.advanceTo(config.steps, 0);
    runs.summarise(0);
    SweepResult result;
    result.main = collect(runs, 0, widths);
    if (contrast)
        result.contrast = collect(runs, int(widths.size()), widths);
    return result;
}

} // namespace paperlab::papers::superpositionscaling::testing
