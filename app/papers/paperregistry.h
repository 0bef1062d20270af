// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "papers/papermetadata.h"

#include <paperlab/parameterschema.h>
#include <paperlab/result.h>

#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace paperlab {

class PaperPlugin;

/// Discovered → (Validated) → Ready, or Failed with an error; Disabled by the crash guard.
enum class PaperState { Discovered, Ready, Failed, Disabled };

QString paperStateName(PaperState state);

/// Which kind of search path a plugin was found on, highest priority first.
enum class PaperOrigin {
    CommandLine, ///< --plugin-dir, or a directory or file given to discover()/addFile() directly
    Environment, ///< a directory listed in $PAPERLAB_PLUGIN_PATH
    User,        ///< $XDG_DATA_HOME/paperlab/papers, for plugins a user installs
    Bundled,     ///< <bindir>/../<libdir>/paperlab/papers, shipped with the app
};

/// "command-line", "environment", "user" or "bundled" (used in --list-papers --json).
QString paperOriginName(PaperOrigin origin);

/// One plugin file found on a search path. Its metadata is read without loading code.
class PaperSpec
{
public:
    const QString &filePath() const { return m_filePath; }
    /// The kind of search path the file was found on.
    PaperOrigin origin() const { return m_origin; }
    /// The id from metadata, or the file's base name when metadata could not be read.
    QString id() const;
    const PaperMetadata &metadata() const { return m_meta; }
    PaperState state() const { return m_state; }
    const Error &error() const { return m_error; }
    QString errorString() const { return m_error.logText; }
    /// Why loading this file is unsafe though allowed (empty if it is not): it lies in a
    /// directory, or is a file, that every user of the computer may write, so anyone could
    /// have put code there.
    const QString &warning() const { return m_warning; }
    /// Non-null only when Ready. Never deleted, never unloaded.
    PaperPlugin *plugin() const { return m_plugin; }
    /// Valid only when Ready: the plugin's schema and presets, checked at load.
    const ParameterSchema &schema() const { return m_schema; }
    const PresetList &presets() const { return m_presets; }

private:
    friend class PaperRegistry;
    QString m_filePath;
    PaperOrigin m_origin = PaperOrigin::CommandLine;
    PaperMetadata m_meta;
    PaperState m_state = PaperState::Discovered;
    Error m_error;
    QString m_warning;
    PaperPlugin *m_plugin = nullptr;
    ParameterSchema m_schema;
    PresetList m_presets;
};

/// Finds paper plugins and loads them lazily.
///
/// Discovery reads metadata only (QPluginLoader::metaData(), no dlopen), so it runs no
/// foreign code. load() instantiates on the calling thread, which must be the GUI thread.
class PaperRegistry : public QObject
{
    Q_OBJECT
public:
    explicit PaperRegistry(QObject *parent = nullptr);
    ~PaperRegistry() override;

    /// The standard search path, highest priority first: `pluginDirs` (from --plugin-dir),
    /// $PAPERLAB_PLUGIN_PATH (colon-separated), the user data dir
    /// ($XDG_DATA_HOME/paperlab/papers) and the bundled dir beside the executable
    /// (<bindir>/../<libdir>/paperlab/papers, the same in the build tree). Never ".".
    static QStringList standardSearchPaths(const QStringList &pluginDirs = {});

    /// What kind of search path `dir` is: the bundled dir, the user dir, a directory from
    /// $PAPERLAB_PLUGIN_PATH, or otherwise one given explicitly (CommandLine).
    static PaperOrigin searchPathOrigin(const QString &dir);

    /// Scans `dirs` in priority order, replacing what was found before.
    /// A later file whose id was already found is Failed as a duplicate.
    void discover(const QStringList &dirs);

    /// Adds one explicit file (e.g. --check-plugin); a missing file becomes a Failed spec.
    /// Its origin is PaperOrigin::CommandLine.
    PaperSpec *addFile(const QString &path);

    const std::vector<std::unique_ptr<PaperSpec>> &papers() const { return m_specs; }
    /// What the last discover() could not search, one sentence each naming the directory or
    /// file and why (e.g. a directory without read permission); empty when all was read.
    const QStringList &searchProblems() const { return m_searchProblems; }
    /// The first spec with this id, whatever its state; null if none.
    PaperSpec *find(const QString &id) const;
    /// Id → name of every paper a link may open: found and not Failed or Disabled (one that
    /// failed at load stays out, so that no related-paper link leads nowhere).
    QMap<QString, QString> openableNames() const;

    /// Loads the plugin on the calling (GUI) thread if needed. Returns it when Ready.
    /// Plugins whose ids are in disabledIds() are refused.
    Result<PaperPlugin *> load(const QString &id);
    Result<PaperPlugin *> load(PaperSpec *spec);
    /// Loads every discovered paper (for --list-papers and the smoke tests).
    void loadAll();

    /// Papers not to load (the crash guard's): those found later, and those found already
    /// but not loaded yet, are Disabled.
    void setDisabledIds(const QStringList &ids);
    const QStringList &disabledIds() const { return m_disabled; }

Q_SIGNALS:
    void stateChanged(const QString &id);

private:
    std::unique_ptr<PaperSpec> readSpec(const QString &path) const;
    static void disable(PaperSpec *spec);

    std::vector<std::unique_ptr<PaperSpec>> m_specs;
    QStringList m_disabled;
    QStringList m_searchProblems;
};

} // namespace paperlab
