// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// A plugin's parameters.json and presets.json, and --set values: the input is read as a
// schema, as presets against a fixed schema, and as the text of a --set value of each of
// that schema's keys.
#include <paperlab/parameterschema.h>

#include <cstdint>

namespace {

const paperlab::ParameterSchema &fixedSchema()
{
    // A real plugin's schema, with parameters of every kind (real, int, bool, choice, lists,
    // seed, file).
    static const paperlab::ParameterSchema schema
        = paperlab::ParameterSchema::fromFile(QStringLiteral(PAPERLAB_FUZZ_SCHEMA)).value();
    return schema;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)paperlab::ParameterSchema::fromJson(bytes, QStringLiteral("parameters.json"));
    const paperlab::ParameterSchema &schema = fixedSchema();
    (void)schema.presetsFromJson(bytes, QStringLiteral("presets.json"));
    const QString text = QString::fromUtf8(bytes);
    for (const paperlab::ParamSpec &spec : schema.parameters())
        (void)schema.parseValue(spec.id, text);
    return 0;
}
