// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "papers/papermetadata.h"

#include <paperlab/parameterschema.h>
#include <paperlab/result.h>

#include <QByteArray>
#include <QString>

#include <optional>

namespace paperlab {

/// A plugin's parameters.json and presets.json, parsed and checked.
struct PaperParameters {
    ParameterSchema schema;
    PresetList presets;
};

/// The text of parameters.json or presets.json, and the name its errors give it: the
/// author's path at build time, the file's name when it comes from a plugin's metadata.
struct ParameterFile {
    QByteArray json;
    QString source;
};

/// The one check of a plugin's parameters and presets, run by the plugin's build
/// (paperlab-check-parameters), by --check-plugin and by the registry at load: the schema as
/// ParameterSchema::fromJson() reads it, every preset against it, and every simulator or view
/// they name against `meta`. No presets file means no presets.
Result<PaperParameters> checkPaperParameters(const PaperMetadata &meta,
                                             const ParameterFile &parameters,
                                             const std::optional<ParameterFile> &presets);

/// The same check of what a plugin's root returned, for metadata that carries no parameters
/// (a plugin built by an older SDK, or with no parameters.json among its RESOURCES).
Result<PaperParameters> checkPaperParameters(const PaperMetadata &meta,
                                             const Result<ParameterSchema> &schema,
                                             const Result<PresetList> &presets);

/// The check of the files paperlab_add_paper_plugin() copies into the metadata, the members
/// "Parameters" and "Presets" (errors name them parameters.json and presets.json); none if the
/// metadata has no "Parameters". Reads no code, so --check-plugin can run it.
std::optional<Result<PaperParameters>> checkMetadataParameters(const PaperMetadata &meta);

} // namespace paperlab
