// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "cli/checkplugin.h"

#include "cli/exitcodes.h"
#include "papers/papermetadata.h"
#include "papers/paperparameters.h"
#include "papers/paperregistry.h"

#include <paperlab/paperapi.h>

#include <QFileInfo>
#include <QJsonDocument>
#include <QLibrary>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QPluginLoader>
#include <QTextStream>

namespace paperlab::app {

namespace {

void field(QTextStream &out, const char *key, const QString &value)
{
    if (!value.isEmpty())
        out << QStringLiteral("%1 %2\n").arg(QLatin1String(key) + u':', -13).arg(value);
}

void printMetadata(QTextStream &out, const PaperMetadata &m)
{
    field(out, "id", m.id);
    field(out, "name", m.name);
    field(out, "version", m.version.toString());
    field(out, "api version", QStringLiteral("%1 (this PaperLab: %2)")
                                  .arg(m.apiVersion.toString(), hostApiVersion().toString()));
    field(out, "qml module", m.qmlModule);
    field(out, "title", m.title);
    field(out, "authors", m.authors.join(QStringLiteral(", ")));
    field(out, "award", m.award);
    field(out, "track", m.track);
    field(out, "year", m.year ? QString::number(m.year) : QString());
    field(out, "arxiv", m.arxiv);
    field(out, "paper url", m.paperUrl);
    field(out, "code url", m.codeUrl);
    field(out, "data url", m.dataUrl);
    field(out, "project url", m.projectUrl);
    field(out, "finding", m.finding);
    field(out, "tags", m.tags.join(QStringLiteral(", ")));
    field(out, "related", m.related.join(QStringLiteral(", ")));
    QStringList sims;
    for (const SimulatorInfo &s : m.simulators)
        sims.append(QStringLiteral("%1 (%2)").arg(s.id, s.name));
    field(out, "simulators", sims.join(QStringLiteral(", ")));
}

// The metadata's copy of parameters.json and presets.json, checked as the registry does at
// load. Whether the root makes every simulator needs its code, so that is left to the load.
void checkParameters(QTextStream &out, const PaperMetadata &m, QStringList &problems)
{
    const std::optional<Result<PaperParameters>> checked = checkMetadataParameters(m);
    if (!checked) {
        field(out, "parameters", QStringLiteral("not in the metadata (checked at load)"));
        return;
    }
    if (!*checked) {
        problems.append(checked->error().logText);
        return;
    }
    QStringList parameters, presets;
    for (const ParamSpec &p : checked->value().schema.parameters())
        parameters.append(p.id);
    for (const Preset &p : checked->value().presets)
        presets.append(p.id);
    field(out, "parameters", parameters.join(QStringLiteral(", ")));
    field(out, "presets", presets.join(QStringLiteral(", ")));
}

// What is known of the plugin from its metadata: the fields, and its parameters checked.
void reportMetadata(QTextStream &out, const PaperMetadata &m, QStringList &problems)
{
    printMetadata(out, m);
    checkParameters(out, m, problems);
}

// The registry stops at the first problem. An IID of another PaperLab API major or an API
// minor that is too new hides everything after it, so validate again with only that fixed, to
// report the later problems too. A foreign IID is not fixed: that file is some other plugin.
Result<PaperMetadata> validateEveryStep(QJsonObject raw, QStringList &problems)
{
    Result<PaperMetadata> meta = PaperMetadata::fromPluginMetaData(raw);
    for (int fixes = 0; !meta && fixes < 2; ++fixes) {
        problems.append(meta.error().logText);
        const QString iid = raw.value(QStringLiteral("IID")).toString();
        QJsonObject md = raw.value(QStringLiteral("MetaData")).toObject();
        const auto api = QVersionNumber::fromString(md.value(QStringLiteral("ApiVersion")).toString());
        if (meta.error().reason == ErrorReason::WrongIid
            && iid.startsWith(QLatin1String("org.paperlab.PaperPlugin/"))) {
            raw.insert(QStringLiteral("IID"), QStringLiteral(PAPERLAB_PAPER_PLUGIN_IID));
        } else if (meta.error().reason == ErrorReason::ApiMismatch
                   && api.majorVersion() == hostApiVersion().majorVersion()) {
            md.insert(QStringLiteral("ApiVersion"), hostApiVersion().toString());
            raw.insert(QStringLiteral("MetaData"), md);
        } else {
            return meta;
        }
        meta = PaperMetadata::fromPluginMetaData(raw);
    }
    if (!meta && !problems.contains(meta.error().logText))
        problems.append(meta.error().logText);
    return meta;
}

} // namespace

int checkPlugin(const QString &path)
{
    // Every problem is printed below; the registry's log lines would only repeat them.
    QLoggingCategory::setFilterRules(QStringLiteral("paperlab.papers.warning=false"));
    QTextStream out(stdout);
    const QFileInfo info(path);
    field(out, "file", info.absoluteFilePath());

    QStringList problems;
    PaperRegistry registry;
    const PaperSpec *spec = registry.addFile(info.absoluteFilePath()); // metadata only, no dlopen
    const QJsonObject raw = info.exists() ? QPluginLoader(info.absoluteFilePath()).metaData() : QJsonObject();

    if (spec->state() != PaperState::Failed) {
        reportMetadata(out, spec->metadata(), problems);
    } else if (spec->error().reason == ErrorReason::WrongIid || spec->error().reason == ErrorReason::ApiMismatch) {
        auto meta = validateEveryStep(raw, problems);
        if (meta) {
            reportMetadata(out, meta.value(), problems);
            if (meta.value().id != info.completeBaseName()) {
                problems.append(QStringLiteral("Id \"%1\" does not match the file name \"%2\"")
                                    .arg(meta.value().id, info.fileName()));
            }
        }
    } else {
        problems.append(spec->errorString());
        if (!spec->metadata().id.isEmpty()) {
            reportMetadata(out, spec->metadata(), problems);
        } else if (raw.value(QStringLiteral("MetaData")).isObject()) {
            out << "metadata (as found):\n"
                << QJsonDocument(raw.value(QStringLiteral("MetaData")).toObject()).toJson(QJsonDocument::Indented);
        }
    }

    if (!raw.isEmpty()) {
        // Qt's own rule (qlibrary.cpp): same major, minor not newer than the running Qt. The
        // metadata records only the major and minor of the Qt the plugin was built with.
        const int built = raw.value(QStringLiteral("version")).toInt();
        const QVersionNumber builtWith((built >> 16) & 0xff, (built >> 8) & 0xff);
        const QVersionNumber running = QLibraryInfo::version();
        field(out, "built with", QStringLiteral("Qt %1").arg(builtWith.toString()));
        if (builtWith.majorVersion() != running.majorVersion()
            || builtWith.minorVersion() > running.minorVersion()) {
            problems.append(QStringLiteral("Built with Qt %1, but this PaperLab runs Qt %2: Qt refuses plugins "
                                           "from another major or a newer minor version")
                                .arg(builtWith.toString(), running.toString()));
        }
    }
    if (info.exists() && !QLibrary::isLibrary(info.fileName()))
        problems.append(QStringLiteral("The file name must end in .so, or no search path will find it"));

    for (const QString &p : std::as_const(problems))
        out << "problem:      " << p << '\n';
    if (problems.isEmpty())
        out << "result:       ok, PaperLab can load this plugin\n";
    else
        out << "result:       " << problems.size() << (problems.size() == 1 ? " problem\n" : " problems\n");
    out.flush();
    return problems.isEmpty() ? ExitOk : ExitUnknownPaper;
}

} // namespace paperlab::app
