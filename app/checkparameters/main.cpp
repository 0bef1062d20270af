// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// paperlab-check-parameters: the build step of paperlab_add_paper_plugin() that checks a
// plugin's parameters.json and presets.json as PaperLab will at load, so that a mistake fails
// the build with the author's file and key instead of the paper failing in the app.

#include "papers/papermetadata.h"
#include "papers/paperparameters.h"

#include <paperlab/paperapi.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace paperlab;

namespace {

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error::make(ErrorReason::NotFound,
                           QStringLiteral("%1: cannot read file (%2)").arg(path, f.errorString()));
    }
    return f.readAll();
}

// The metadata JSON paperlab_add_paper_plugin() generated, as QPluginLoader::metaData() gives it.
Result<PaperMetadata> readMetadata(const QString &path)
{
    const auto text = readFile(path);
    if (!text)
        return text.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.value(), &parseError);
    if (!doc.isObject()) {
        return Error::make(ErrorReason::BadMetadata,
                           QStringLiteral("%1: not a JSON object (%2)")
                               .arg(path, parseError.errorString()));
    }
    auto meta = PaperMetadata::fromPluginMetaData(QJsonObject{
        {QStringLiteral("IID"), QStringLiteral(PAPERLAB_PAPER_PLUGIN_IID)},
        {QStringLiteral("MetaData"), doc.object()}});
    if (!meta)
        return Error::make(meta.error().reason,
                           path + QStringLiteral(": ") + meta.error().logText);
    return meta;
}

Result<PaperParameters> check(const QString &metadataPath, const QString &parametersPath,
                              const QString &presetsPath)
{
    const auto meta = readMetadata(metadataPath);
    if (!meta)
        return meta.error();
    const auto parameters = readFile(parametersPath);
    if (!parameters)
        return parameters.error();
    std::optional<ParameterFile> presets;
    if (!presetsPath.isEmpty()) {
        const auto text = readFile(presetsPath);
        if (!text)
            return text.error();
        presets = ParameterFile{text.value(), presetsPath};
    }
    return checkPaperParameters(meta.value(), {parameters.value(), parametersPath}, presets);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("paperlab-check-parameters"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Checks a paper plugin's parameters.json and presets.json as PaperLab "
                       "does when it loads the plugin. paperlab_add_paper_plugin() runs it as "
                       "a build step."));
    parser.addHelpOption();
    const QCommandLineOption metadata(QStringLiteral("metadata"),
                                      QStringLiteral("The plugin's generated metadata JSON."),
                                      QStringLiteral("file"));
    const QCommandLineOption parameters(QStringLiteral("parameters"),
                                        QStringLiteral("The plugin's parameters.json."),
                                        QStringLiteral("file"));
    const QCommandLineOption presets(QStringLiteral("presets"),
                                     QStringLiteral("The plugin's presets.json, if it has one."),
                                     QStringLiteral("file"));
    parser.addOptions({metadata, parameters, presets});
    parser.process(app);
    QTextStream err(stderr);
    if (!parser.isSet(metadata) || !parser.isSet(parameters)
        || !parser.positionalArguments().isEmpty()) {
        err << "usage: paperlab-check-parameters --metadata <file> --parameters <file> "
               "[--presets <file>]\n";
        return 2;
    }
    const auto checked = check(parser.value(metadata), parser.value(parameters),
                               parser.value(presets));
    if (!checked) {
        err << checked.error().logText << '\n';
        return 1;
    }
    return 0;
}
