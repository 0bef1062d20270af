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

enum class ParamType { Real, Int, Bool, Choice, Seed, RealList, IntList };
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
};
using PresetList = QList<Preset>;

/// The declared parameters of one paper plugin, validated on load.
/// Every error names the key and the problem, e.g. `"gamma.min" is not a number`.
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
