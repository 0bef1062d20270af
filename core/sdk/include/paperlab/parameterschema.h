// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/paperlabcoreexport.h>
#include <paperlab/parameterset.h>
#include <paperlab/result.h>

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

namespace paperlab {

/// File: a path to the user's own data (a CSV of evaluations, a matrix of embeddings),
/// added in SDK 1.1. Its value is a QString: empty for "no file", a Qt resource (":/…") for
/// bundled demo data, or an absolute local path. The simulator reads it in reset(), parses it
/// completely before changing any state, and throws InputError on bad input (simulator.h).
enum class ParamType { Real, Int, Bool, Choice, Seed, RealList, IntList, File };
enum class KioskPolicy { Visible, ReadOnly, Hidden };

/// One declared parameter, read from a plugin's parameters.json.
struct PAPERLAB_CORE_EXPORT ParamSpec {
    QString id;
    QString label;
    QString unit;         ///< shown as a suffix, e.g. "steps"; empty for dimensionless values
    QString description;  ///< tooltip and What's This text
    QString group;
    QString symbol;       ///< TeX or plain symbol the explainer uses for this quantity
    ParamType type = ParamType::Real;
    QVariant defaultValue;
    QVariant min, max, step; ///< invalid QVariant when not given
    bool logScale = false;
    bool live = false;       ///< applies while running; otherwise the change needs a reset
    bool advanced = false;
    KioskPolicy kiosk = KioskPolicy::Visible;
    QList<QPair<QString, QString>> choices; ///< (id, label), for ParamType::Choice
    QStringList simulators;  ///< simulator ids that use this key; empty means all
    /// For ParamType::File: name filters for the file dialog and drops, e.g.
    /// "Evaluations (*.csv *.jsonl)", and a human description of the expected contents.
    /// A file parameter is never live, and is hidden in the kiosk unless `kiosk` says otherwise.
    QStringList fileFilters;
    QString fileFormat;

    bool usedBy(const QString &simulatorId) const
    {
        return simulators.isEmpty() || simulators.contains(simulatorId);
    }
};

struct ParamGroup {
    QString id;
    QString label;
};

/// A discrete action a simulator offers, shown as a button ("Run sweep", "Next round").
struct CommandSpec {
    QString id;
    QString label;
    QString description;
    QString shortcut;
    QStringList simulators;
};

/// A named partial parameter set. Kiosk playlists and the CLI refer to presets by id.
struct Preset {
    QString id;
    QString label;
    QString description;
    QString simulator;   ///< empty: the plugin's first simulator
    ParameterSet values;
    /// A preset of the same simulator this one is worth comparing with side by side (A/B
    /// compare: this one as A, that one as B), e.g. strong vs weak superposition; or empty.
    QString compareWith;
};
using PresetList = QList<Preset>;

/// The declared parameters of one paper plugin, validated on load.
/// Every error names the key and the problem, e.g. `"gamma.min" is not a number`.
///
/// A `file` parameter (SDK 1.1) is declared as
///
///     { "id": "evaluations", "type": "file", "label": "Evaluations", "group": "data",
///       "default": "", "filters": ["Evaluations (*.csv *.jsonl)"],
///       "format": "CSV with a header model,problem,n,c, or JSON Lines" }
///
/// - `default` is "" (no file) or a Qt resource (":/…") with demo data: never a local path,
///   which would not exist on another machine.
/// - `filters` (optional; a string or an array) are QFileDialog name filters; the patterns in
///   parentheses also decide which dropped files the simulator view accepts.
/// - `format` (optional) tells the user what the file must contain (tooltip, What's This).
/// - It cannot be `live`: the file is read in reset(), which may reject it (InputError).
/// - In the kiosk it is hidden unless `kiosk` is given.
/// validate() only checks that the value is a string; whether the file exists and parses is
/// the simulator's to say, with the line that is wrong.
class PAPERLAB_CORE_EXPORT ParameterSchema
{
public:
    /// Parses parameters.json. `source` names the file in error messages.
    static Result<ParameterSchema> fromJson(const QByteArray &json, const QString &source);
    /// Reads and parses a file or Qt resource (":/…").
    static Result<ParameterSchema> fromFile(const QString &path);

    const QList<ParamGroup> &groups() const { return m_groups; }
    const QList<ParamSpec> &parameters() const { return m_params; }
    const QList<CommandSpec> &commands() const { return m_commands; }
    const ParamSpec *find(const QString &key) const;

    /// The parameters one simulator uses, in declaration order.
    QList<ParamSpec> parametersFor(const QString &simulatorId) const;

    /// Every parameter at its default.
    ParameterSet defaults() const;

    /// Checks `values` against the schema: unknown keys, types and ranges are errors,
    /// never silently clamped. Missing keys take their defaults. Integer-valued reals
    /// and numeric strings are converted to the declared type.
    Result<ParameterSet> validate(const ParameterSet &values) const;

    /// Parses one "key=value" text value (from --set or a line edit) to the key's type.
    /// For a file, the text is a path: a relative one is made absolute against the current
    /// directory, a file:// URL becomes its local path, ":/…" and empty stay as they are.
    Result<QVariant> parseValue(const QString &key, const QString &text) const;

    /// Parses presets.json ({"presets": [...]}) and validates every preset's keys and values.
    Result<PresetList> presetsFromJson(const QByteArray &json, const QString &source) const;
    Result<PresetList> presetsFromFile(const QString &path) const;

private:
    Result<QVariant> checkValue(const ParamSpec &spec, const QVariant &value) const;

    QList<ParamGroup> m_groups;
    QList<ParamSpec> m_params;
    QList<CommandSpec> m_commands;
};

PAPERLAB_CORE_EXPORT QString paramTypeName(ParamType type);

} // namespace paperlab
