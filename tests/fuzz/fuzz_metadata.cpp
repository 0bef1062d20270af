// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// A plugin's metadata, as the registry reads it before loading any code: the JSON object of
// the plugin's metadata file (wrapped as Qt's plugin loader gives it), then the parameters and
// presets it carries.
#include "papers/papermetadata.h"
#include "papers/paperparameters.h"

#include <paperlab/paperapi.h>

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return 0;
    const QJsonObject loaderMetaData{{QStringLiteral("IID"),
                                      QStringLiteral(PAPERLAB_PAPER_PLUGIN_IID)},
                                     {QStringLiteral("MetaData"), document.object()}};
    const auto meta = paperlab::PaperMetadata::fromPluginMetaData(loaderMetaData);
    if (meta)
        (void)paperlab::checkMetadataParameters(meta.value());
    return 0;
}
