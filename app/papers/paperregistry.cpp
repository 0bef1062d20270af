// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "papers/paperregistry.h"

#include "papers/paperparameters.h"

#include <paperlab/logging.h>
#include <paperlab/paperplugin.h>
#include <paperlab/standardpaperplugin.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>
#include <QPluginLoader>
#include <QStandardPaths>

#include <dirent.h>

#include <cerrno>
#include <cstring>

namespace paperlab {

QString paperStateName(PaperState state)
{
    switch (state) {
    case PaperState::Discovered: return QStringLiteral("discovered");
    case PaperState::Ready: return QStringLiteral("ready");
    case PaperState::Failed: return QStringLiteral("failed");
    case PaperState::Disabled: return QStringLiteral("disabled");
    }
    return {};
}

QString paperOriginName(PaperOrigin origin)
{
    switch (origin) {
    case PaperOrigin::CommandLine: return QStringLiteral("command-line");
    case PaperOrigin::Environment: return QStringLiteral("environment");
    case PaperOrigin::User: return QStringLiteral("user");
    case PaperOrigin::Bundled: return QStringLiteral("bundled");
    }
    return {};
}

QString PaperSpec::id() const
{
    return m_meta.id.isEmpty() ? QFileInfo(m_filePath).completeBaseName() : m_meta.id;
}

PaperRegistry::PaperRegistry(QObject *parent) : QObject(parent) {}

PaperRegistry::~PaperRegistry() = default; // plugins stay loaded: never unload (Qt pins them anyway)

namespace {

// A plugin there runs with the user's rights, so a directory or file any user may write is
// a way in for someone else's code.
bool everyoneMayWrite(const QFileInfo &info)
{
    return info.permission(QFileDevice::WriteOther);
}

// Why `dir` cannot be listed ("Permission denied", …), or empty when it can or does not
// exist (a search path need not): QDir shows an unreadable directory as empty or missing
// and gives no reason.
QString whyUnlistable(const QString &dir)
{
    DIR *handle = ::opendir(QFile::encodeName(dir).constData());
    if (!handle)
        return errno == ENOENT ? QString() : QString::fromLocal8Bit(std::strerror(errno));
    ::closedir(handle);
    return {};
}

QString absoluteDir(const QString &dir)
{
    return QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
}

QStringList environmentDirs()
{
    return qEnvironmentVariable("PAPERLAB_PLUGIN_PATH").split(QLatin1Char(':'), Qt::SkipEmptyParts);
}

QString userDir()
{
    // GenericDataLocation, not AppDataLocation, which would append "paperlab/paperlab".
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return data.isEmpty() ? QString() : data + QStringLiteral("/paperlab/papers");
}

QString bundledDir()
{
    // <prefix>/bin/paperlab → <prefix>/<libdir>/paperlab/papers; the build tree mirrors this.
    if (!QCoreApplication::instance())
        return {};
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../")
                           + QStringLiteral(PAPERLAB_PAPER_DIR_RELATIVE));
}


// The standard root knows its simulators: they must be the metadata's, one for one.
Result<void> checkStandardRoot(const PaperMetadata &meta, const StandardPaperPlugin &root)
{
    QStringList declared;
    for (const SimulatorInfo &s : meta.simulators)
        declared.append(s.id);
    const QStringList made = root.simulatorIds();
    for (const QString &id : std::as_const(declared)) {
        if (!made.contains(id)) {
            return Error::make(ErrorReason::WrongRootClass,
                               QStringLiteral("Simulator \"%1\" of the metadata has no entry in "
                                              "paperlab::plugin::simulators()").arg(id));
        }
    }
    for (const QString &id : made) {
        if (!declared.contains(id)) {
            return Error::make(ErrorReason::WrongRootClass,
                               QStringLiteral("paperlab::plugin::simulators() makes \"%1\", which "
                                              "SIMULATORS does not declare").arg(id));
        }
    }
    return {};
}

// Every simulator the metadata declares must be one the root can make: otherwise the paper
// would list it and then fail (or crash a view) when it is chosen. Making one is cheap, since
// simulators do their work in reset() and advance().
Result<void> checkSimulatorsCanBeCreated(const PaperMetadata &meta, const PaperPlugin &plugin)
{
    for (const SimulatorInfo &s : meta.simulators) {
        if (!plugin.createSimulator(s.id)) {
            return Error::make(ErrorReason::WrongRootClass,
                               QStringLiteral("Simulator \"%1\" of the metadata cannot be "
                                              "created: createSimulator(\"%1\") returns null")
                                   .arg(s.id));
        }
    }
    return {};
}

} // namespace

QStringList PaperRegistry::standardSearchPaths(const QStringList &pluginDirs)
{
    QStringList dirs = pluginDirs + environmentDirs();
    if (const QString user = userDir(); !user.isEmpty())
        dirs.append(user);
    if (const QString bundled = bundledDir(); !bundled.isEmpty())
        dirs.append(bundled);
    QStringList absolute;
    for (const QString &d : std::as_const(dirs)) {
        const QString a = absoluteDir(d);
        if (!absolute.contains(a))
            absolute.append(a);
    }
    return absolute;
}

PaperOrigin PaperRegistry::searchPathOrigin(const QString &dir)
{
    // The search path is a flat list of directories, so classify each one by what it is.
    const QString a = absoluteDir(dir);
    if (const QString bundled = bundledDir(); !bundled.isEmpty() && a == bundled)
        return PaperOrigin::Bundled;
    if (const QString user = userDir(); !user.isEmpty() && a == absoluteDir(user))
        return PaperOrigin::User;
    for (const QString &d : environmentDirs()) {
        if (a == absoluteDir(d))
            return PaperOrigin::Environment;
    }
    return PaperOrigin::CommandLine;
}

std::unique_ptr<PaperSpec> PaperRegistry::readSpec(const QString &path) const
{
    auto spec = std::make_unique<PaperSpec>();
    spec->m_filePath = path;
    auto fail = [&](const Error &e) {
        spec->m_state = PaperState::Failed;
        spec->m_error = e;
        qCWarning(lcPapers).noquote() << path << e.logText;
        return std::move(spec);
    };
    if (!QFileInfo::exists(path))
        return fail(Error::make(ErrorReason::NotFound, QStringLiteral("The shared library was not found.")));

    QPluginLoader loader(path);
    const QJsonObject raw = loader.metaData(); // reads the ELF section; does not dlopen
    if (raw.isEmpty()) {
        // Qt words this only after a dlopen, which would run the file's code; say it without.
        return fail(Error::make(ErrorReason::NotAPlugin,
                                QStringLiteral("'%1' is not a Qt plugin (metadata not found)").arg(path)));
    }
    auto meta = PaperMetadata::fromPluginMetaData(raw);
    if (!meta)
        return fail(meta.error());
    spec->m_meta = meta.value();
    const QString baseName = QFileInfo(path).completeBaseName();
    if (spec->m_meta.id != baseName) {
        return fail(Error::make(ErrorReason::IdMismatch,
                                QStringLiteral("Id \"%1\" does not match the file name \"%2\"")
                                    .arg(spec->m_meta.id, QFileInfo(path).fileName())));
    }
    if (m_disabled.contains(spec->m_meta.id)) {
        disable(spec.get());
        return spec;
    }
    qCDebug(lcPapers).noquote() << "discovered" << spec->m_meta.id << "at" << path;
    return spec;
}

void PaperRegistry::discover(const QStringList &dirs)
{
    m_specs.clear();
    m_searchProblems.clear();
    // A place that exists but cannot be searched is said, not skipped: else its papers would
    // be missing without a word.
    const auto problem = [this](const QString &text) {
        m_searchProblems.append(text);
        qCWarning(lcPapers).noquote() << text;
    };
    for (const QString &dir : dirs) {
        QDir d(dir);
        if (const QString why = whyUnlistable(d.absolutePath()); !why.isEmpty()) {
            problem(QStringLiteral("The paper directory %1 cannot be read (%2), so its papers "
                                   "are not shown").arg(d.absolutePath(), why));
            continue;
        }
        if (!d.exists())
            continue;
        const PaperOrigin origin = searchPathOrigin(dir);
        const QFileInfoList files = d.entryInfoList(QDir::Files, QDir::Name);
        const bool openDir = everyoneMayWrite(QFileInfo(d.absolutePath()));
        for (const QFileInfo &fi : files) {
            if (!QLibrary::isLibrary(fi.fileName()))
                continue;
            if (!fi.isReadable()) {
                problem(QStringLiteral("The paper file %1 cannot be read (permission denied), "
                                       "so it is not shown").arg(fi.absoluteFilePath()));
                continue;
            }
            PaperSpec *spec = addFile(fi.absoluteFilePath());
            spec->m_origin = origin;
            if (openDir || everyoneMayWrite(fi)) {
                spec->m_warning = QStringLiteral("%1 is writable by every user of this computer, "
                                                 "so anyone could have put code there")
                                      .arg(openDir ? d.absolutePath() : fi.absoluteFilePath());
                qCWarning(lcPapers).noquote() << spec->m_filePath << "is loaded, but"
                                              << spec->m_warning;
            }
        }
    }
}

void PaperRegistry::disable(PaperSpec *spec)
{
    spec->m_state = PaperState::Disabled;
    spec->m_error = Error::make(ErrorReason::Disabled,
                                QStringLiteral("Disabled: it crashed PaperLab while loading last time"));
}

void PaperRegistry::setDisabledIds(const QStringList &ids)
{
    m_disabled = ids;
    for (const auto &spec : m_specs) {
        if (spec->m_state == PaperState::Discovered && ids.contains(spec->m_meta.id)) {
            disable(spec.get());
            Q_EMIT stateChanged(spec->id());
        }
    }
}

PaperSpec *PaperRegistry::addFile(const QString &path)
{
    auto spec = readSpec(QFileInfo(path).absoluteFilePath());
    if (spec->m_state != PaperState::Failed || spec->m_error.reason == ErrorReason::IdMismatch) {
        // Ids are unique: the first found (highest-priority path) wins; this also keeps the
        // QML module URIs unique, since each is derived from the id.
        for (const auto &other : m_specs) {
            if (!other->m_meta.id.isEmpty() && other->m_meta.id == spec->m_meta.id
                && other->m_state != PaperState::Failed) {
                spec->m_state = PaperState::Failed;
                spec->m_error = Error::make(ErrorReason::DuplicateId,
                                            QStringLiteral("Duplicate id \"%1\" (shadowed by %2)")
                                                .arg(spec->m_meta.id, other->m_filePath));
                qCWarning(lcPapers).noquote() << spec->m_filePath << spec->m_error.logText;
                break;
            }
        }
    }
    m_specs.push_back(std::move(spec));
    return m_specs.back().get();
}

QMap<QString, QString> PaperRegistry::openableNames() const
{
    QMap<QString, QString> names;
    for (const auto &spec : m_specs) {
        if (spec->m_state != PaperState::Failed && spec->m_state != PaperState::Disabled)
            names.insert(spec->id(), spec->metadata().name);
    }
    return names;
}

PaperSpec *PaperRegistry::find(const QString &id) const
{
    PaperSpec *fallback = nullptr;
    for (const auto &spec : m_specs) {
        if (spec->id() != id)
            continue;
        if (spec->m_state != PaperState::Failed || spec->m_error.reason != ErrorReason::DuplicateId)
            return spec.get();
        if (!fallback)
            fallback = spec.get();
    }
    return fallback;
}

Result<PaperPlugin *> PaperRegistry::load(const QString &id)
{
    PaperSpec *spec = find(id);
    if (!spec)
        return Error::make(ErrorReason::NotFound, QStringLiteral("No paper with id \"%1\"").arg(id));
    return load(spec);
}

Result<PaperPlugin *> PaperRegistry::load(PaperSpec *spec)
{
    if (spec->m_state == PaperState::Ready)
        return spec->m_plugin;
    if (spec->m_state == PaperState::Failed || spec->m_state == PaperState::Disabled)
        return spec->m_error;

    auto fail = [&](const Error &e) -> Result<PaperPlugin *> {
        spec->m_state = PaperState::Failed;
        spec->m_error = e;
        qCWarning(lcPapers).noquote() << spec->m_filePath << e.logText;
        Q_EMIT stateChanged(spec->id());
        return e;
    };
    QPluginLoader loader(spec->m_filePath); // default PreventUnloadHint; we never unload
    QObject *root = loader.instance();
    if (!root) {
        return fail(Error::make(ErrorReason::LoadFailed,
                                QStringLiteral("Cannot load: %1").arg(loader.errorString())));
    }
    auto *plugin = qobject_cast<PaperPlugin *>(root);
    if (!plugin) {
        return fail(Error::make(ErrorReason::WrongRootClass,
                                QStringLiteral("The root object (%1) does not implement %2")
                                    .arg(QLatin1String(root->metaObject()->className()),
                                         QLatin1String(PAPERLAB_PAPER_PLUGIN_IID))));
    }
    // The parameters the build checked and copied into the metadata; a root's own for a
    // plugin whose metadata has none.
    std::optional<Result<PaperParameters>> parameters = checkMetadataParameters(spec->m_meta);
    if (!parameters)
        parameters = checkPaperParameters(spec->m_meta, plugin->parameters(), plugin->presets());
    if (!*parameters)
        return fail(parameters->error());
    if (const auto *standard = dynamic_cast<const StandardPaperPlugin *>(plugin)) {
        if (auto checked = checkStandardRoot(spec->m_meta, *standard); !checked)
            return fail(checked.error());
    }
    if (auto checked = checkSimulatorsCanBeCreated(spec->m_meta, *plugin); !checked)
        return fail(checked.error());
    spec->m_schema = parameters->value().schema;
    spec->m_presets = parameters->value().presets;
    spec->m_plugin = plugin;
    spec->m_state = PaperState::Ready;
    spec->m_error = {};
    qCInfo(lcPapers).noquote() << "loaded" << spec->id() << spec->m_meta.version.toString();
    Q_EMIT stateChanged(spec->id());
    return plugin;
}

void PaperRegistry::loadAll()
{
    for (const auto &spec : m_specs) {
        if (spec->m_state == PaperState::Discovered)
            load(spec.get());
    }
}

} // namespace paperlab
