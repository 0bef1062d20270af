// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/parameterschema.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>

namespace paperlab {

namespace {

Error schemaError(const QString &source, const QString &text)
{
    return Error::make(ErrorReason::BadSchema, QStringLiteral("%1: %2").arg(source, text));
}

// Values come from people (sliders, --set, presets): their errors are translated.
template <typename... Args>
Error paramError(const char *text, const Args &...args)
{
    return Error::translated(ErrorReason::BadParameter, text, args...);
}

std::optional<ParamType> typeFromName(const QString &name)
{
    static const QList<QPair<QString, ParamType>> names = {
        {QStringLiteral("real"), ParamType::Real},
        {QStringLiteral("int"), ParamType::Int},
        {QStringLiteral("bool"), ParamType::Bool},
        {QStringLiteral("choice"), ParamType::Choice},
        {QStringLiteral("seed"), ParamType::Seed},
        {QStringLiteral("reallist"), ParamType::RealList},
        {QStringLiteral("intlist"), ParamType::IntList},
        {QStringLiteral("file"), ParamType::File},
    };
    for (const auto &[n, t] : names) {
        if (n == name)
            return t;
    }
    return std::nullopt;
}

// A path typed by the user means what it means in the shell: relative to the current directory.
QString resolveFilePath(const QString &text)
{
    if (text.isEmpty() || text.startsWith(QLatin1Char(':')))
        return text;
    if (text.startsWith(QLatin1String("file:")))
        return QUrl(text).toLocalFile();
    return QDir::cleanPath(QFileInfo(text).absoluteFilePath());
}

bool isInteger(double v)
{
    return std::isfinite(v) && std::floor(v) == v;
}

// Converts a JSON-ish variant to a number; strings are accepted so --set and line edits work.
std::optional<double> toNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return v.toDouble();
    case QMetaType::QString: {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

const QStringList kKnownKeys = {
    QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("label"),
    QStringLiteral("group"), QStringLiteral("default"), QStringLiteral("unit"),
    QStringLiteral("description"), QStringLiteral("min"), QStringLiteral("max"),
    QStringLiteral("step"), QStringLiteral("scale"), QStringLiteral("live"),
    QStringLiteral("kiosk"), QStringLiteral("advanced"), QStringLiteral("choices"),
    QStringLiteral("symbol"), QStringLiteral("simulators"), QStringLiteral("filters"),
    QStringLiteral("format"),
};

} // namespace

QString paramTypeName(ParamType type)
{
    switch (type) {
    case ParamType::Real: return QStringLiteral("real");
    case ParamType::Int: return QStringLiteral("int");
    case ParamType::Bool: return QStringLiteral("bool");
    case ParamType::Choice: return QStringLiteral("choice");
    case ParamType::Seed: return QStringLiteral("seed");
    case ParamType::RealList: return QStringLiteral("reallist");
    case ParamType::IntList: return QStringLiteral("intlist");
    case ParamType::File: return QStringLiteral("file");
    }
    return {};
}

Result<ParameterSchema> ParameterSchema::fromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return schemaError(path, QStringLiteral("cannot read file (%1)").arg(f.errorString()));
    return fromJson(f.readAll(), path);
}

Result<ParameterSchema> ParameterSchema::fromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = json.left(parseError.offset).count('\n') + 1;
        return schemaError(source, QStringLiteral("line %1: %2").arg(line).arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return schemaError(source, QStringLiteral("the top level is not an object"));
    const QJsonObject root = doc.object();

    ParameterSchema schema;
    for (const QJsonValue &g : root.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject o = g.toObject();
        if (!o.value(QStringLiteral("id")).isString())
            return schemaError(source, QStringLiteral("a group has no string \"id\""));
        schema.m_groups.append({o.value(QStringLiteral("id")).toString(),
                                o.value(QStringLiteral("label")).toString()});
    }

    if (!root.value(QStringLiteral("parameters")).isArray())
        return schemaError(source, QStringLiteral("\"parameters\" is missing or not an array"));
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    int index = 0;
    for (const QJsonValue &pv : root.value(QStringLiteral("parameters")).toArray()) {
        ++index;
        if (!pv.isObject())
            return schemaError(source, QStringLiteral("parameter #%1 is not an object").arg(index));
        const QJsonObject o = pv.toObject();
        ParamSpec s;
        if (!o.value(QStringLiteral("id")).isString())
            return schemaError(source, QStringLiteral("parameter #%1 has no string \"id\"").arg(index));
        s.id = o.value(QStringLiteral("id")).toString();
        auto keyError = [&](const QString &field, const QString &problem) {
            return schemaError(source, QStringLiteral("\"%1.%2\" %3").arg(s.id, field, problem));
        };
        if (!idPattern.match(s.id).hasMatch())
            return keyError(QStringLiteral("id"), QStringLiteral("must match [a-z][a-z0-9_]*"));
        if (schema.find(s.id))
            return keyError(QStringLiteral("id"), QStringLiteral("is declared twice"));
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!kKnownKeys.contains(it.key()))
                return keyError(it.key(), QStringLiteral("is not a known field"));
        }
        for (const QString &required : {QStringLiteral("type"), QStringLiteral("label"),
                                        QStringLiteral("group"), QStringLiteral("default")}) {
            if (!o.contains(required))
                return keyError(required, QStringLiteral("is missing"));
        }
        const auto type = typeFromName(o.value(QStringLiteral("type")).toString());
        if (!type)
            return keyError(QStringLiteral("type"),
                            QStringLiteral("is not one of real, int, bool, choice, seed, "
                                           "reallist, intlist, file"));
        s.type = *type;
        for (const QString &textField : {QStringLiteral("label"), QStringLiteral("group"),
                                         QStringLiteral("unit"), QStringLiteral("description"),
                                         QStringLiteral("symbol")}) {
            if (o.contains(textField) && !o.value(textField).isString())
                return keyError(textField, QStringLiteral("is not a string"));
        }
        s.label = o.value(QStringLiteral("label")).toString();
        s.group = o.value(QStringLiteral("group")).toString();
        s.unit = o.value(QStringLiteral("unit")).toString();
        s.description = o.value(QStringLiteral("description")).toString();
        s.symbol = o.value(QStringLiteral("symbol")).toString();
        if (!schema.m_groups.isEmpty()) {
            bool known = false;
            for (const ParamGroup &g : std::as_const(schema.m_groups))
                known = known || g.id == s.group;
            if (!known)
                return keyError(QStringLiteral("group"), QStringLiteral("names no declared group"));
        }
        for (const QString &flagField : {QStringLiteral("live"), QStringLiteral("advanced")}) {
            if (o.contains(flagField) && !o.value(flagField).isBool())
                return keyError(flagField, QStringLiteral("is not a boolean"));
        }
        s.live = o.value(QStringLiteral("live")).toBool();
        s.advanced = o.value(QStringLiteral("advanced")).toBool();
        const QString scale = o.value(QStringLiteral("scale")).toString(QStringLiteral("linear"));
        if (scale != QLatin1String("linear") && scale != QLatin1String("log"))
            return keyError(QStringLiteral("scale"), QStringLiteral("is not \"linear\" or \"log\""));
        s.logScale = scale == QLatin1String("log");
        // The kiosk has no file dialog worth offering to passers-by: files are hidden there
        // unless the schema says otherwise.
        const QString kiosk = o.value(QStringLiteral("kiosk")).toString(
            s.type == ParamType::File ? QStringLiteral("hidden") : QStringLiteral("visible"));
        if (kiosk == QLatin1String("visible"))
            s.kiosk = KioskPolicy::Visible;
        else if (kiosk == QLatin1String("readonly"))
            s.kiosk = KioskPolicy::ReadOnly;
        else if (kiosk == QLatin1String("hidden"))
            s.kiosk = KioskPolicy::Hidden;
        else
            return keyError(QStringLiteral("kiosk"),
                            QStringLiteral("is not one of visible, readonly, hidden"));
        for (const QJsonValue &sim : o.value(QStringLiteral("simulators")).toArray())
            s.simulators.append(sim.toString());

        const bool numeric = s.type == ParamType::Real || s.type == ParamType::Int
                             || s.type == ParamType::RealList || s.type == ParamType::IntList;
        for (const QString &bound : {QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("step")}) {
            if (!o.contains(bound))
                continue;
            if (!numeric)
                return keyError(bound, QStringLiteral("does not apply to type %1").arg(paramTypeName(s.type)));
            if (!o.value(bound).isDouble())
                return keyError(bound, QStringLiteral("is not a number"));
            const double v = o.value(bound).toDouble();
            if ((s.type == ParamType::Int || s.type == ParamType::IntList) && !isInteger(v))
                return keyError(bound, QStringLiteral("is not an integer"));
        }
        if (o.contains(QStringLiteral("min")))
            s.min = o.value(QStringLiteral("min")).toDouble();
        if (o.contains(QStringLiteral("max")))
            s.max = o.value(QStringLiteral("max")).toDouble();
        if (o.contains(QStringLiteral("step")))
            s.step = o.value(QStringLiteral("step")).toDouble();
        if (s.min.isValid() && s.max.isValid() && s.min.toDouble() > s.max.toDouble())
            return keyError(QStringLiteral("min"), QStringLiteral("is greater than \"max\""));
        if (s.logScale && !(s.min.isValid() && s.min.toDouble() > 0))
            return keyError(QStringLiteral("scale"), QStringLiteral("log scale needs a positive \"min\""));

        if (s.type == ParamType::Choice) {
            const QJsonValue choices = o.value(QStringLiteral("choices"));
            if (!choices.isArray() || choices.toArray().isEmpty())
                return keyError(QStringLiteral("choices"), QStringLiteral("is missing or empty"));
            for (const QJsonValue &c : choices.toArray()) {
                const QJsonObject co = c.toObject();
                if (!co.value(QStringLiteral("id")).isString())
                    return keyError(QStringLiteral("choices"), QStringLiteral("has an entry without a string \"id\""));
                s.choices.append({co.value(QStringLiteral("id")).toString(),
                                  co.value(QStringLiteral("label")).toString(co.value(QStringLiteral("id")).toString())});
            }
        } else if (o.contains(QStringLiteral("choices"))) {
            return keyError(QStringLiteral("choices"), QStringLiteral("applies only to type choice"));
        }

        if (s.type == ParamType::File) {
            // Read in reset(), where a bad file can be rejected with the previous state kept.
            if (s.live) {
                return keyError(QStringLiteral("live"),
                                QStringLiteral("cannot be true for a file"));
            }
            const QJsonValue filters = o.value(QStringLiteral("filters"));
            const QJsonArray filterList
                = filters.isString() ? QJsonArray{filters} : filters.toArray();
            if (o.contains(QStringLiteral("filters")) && filterList.isEmpty())
                return keyError(QStringLiteral("filters"),
                                QStringLiteral("is not a string or a non-empty array of strings"));
            // "Label (*.a *.b)": the patterns in parentheses are what drops are matched by.
            static const QRegularExpression nameFilter(
                QStringLiteral("^[^()]*\\([^()]*\\S[^()]*\\)$"));
            for (const QJsonValue &f : filterList) {
                if (!f.isString() || !nameFilter.match(f.toString().trimmed()).hasMatch()) {
                    return keyError(QStringLiteral("filters"),
                                    QStringLiteral("has an entry that is not a name filter "
                                                   "such as \"Tables (*.csv *.tsv)\""));
                }
                s.fileFilters.append(f.toString().trimmed());
            }
            const QJsonValue format = o.value(QStringLiteral("format"));
            if (o.contains(QStringLiteral("format")) && !format.isString())
                return keyError(QStringLiteral("format"), QStringLiteral("is not a string"));
            s.fileFormat = format.toString();
        } else {
            for (const QString &fileField :
                 {QStringLiteral("filters"), QStringLiteral("format")}) {
                if (o.contains(fileField))
                    return keyError(fileField, QStringLiteral("applies only to type file"));
            }
        }

        const auto def = schema.checkValue(s, o.value(QStringLiteral("default")).toVariant());
        if (!def) {
            return keyError(QStringLiteral("default"),
                            QStringLiteral("is invalid: %1").arg(def.error().logText));
        }
        s.defaultValue = def.value();
        // A default must exist wherever the plugin is installed: none, or bundled demo data.
        const QString defaultPath = s.defaultValue.toString();
        if (s.type == ParamType::File && !defaultPath.isEmpty()
            && !defaultPath.startsWith(QLatin1String(":/"))) {
            return keyError(QStringLiteral("default"),
                            QStringLiteral("must be empty or a resource path (\":/…\")"));
        }
        schema.m_params.append(s);
    }

    for (const QJsonValue &cv : root.value(QStringLiteral("commands")).toArray()) {
        const QJsonObject o = cv.toObject();
        if (!o.value(QStringLiteral("id")).isString() || !o.value(QStringLiteral("label")).isString())
            return schemaError(source, QStringLiteral("a command needs string \"id\" and \"label\""));
        CommandSpec c;
        c.id = o.value(QStringLiteral("id")).toString();
        c.label = o.value(QStringLiteral("label")).toString();
        c.description = o.value(QStringLiteral("description")).toString();
        c.shortcut = o.value(QStringLiteral("shortcut")).toString();
        for (const QJsonValue &sim : o.value(QStringLiteral("simulators")).toArray())
            c.simulators.append(sim.toString());
        schema.m_commands.append(c);
    }
    return schema;
}

const ParamSpec *ParameterSchema::find(const QString &key) const
{
    for (const ParamSpec &s : m_params) {
        if (s.id == key)
            return &s;
    }
    return nullptr;
}

QList<ParamSpec> ParameterSchema::parametersFor(const QString &simulatorId) const
{
    QList<ParamSpec> out;
    for (const ParamSpec &s : m_params) {
        if (s.usedBy(simulatorId))
            out.append(s);
    }
    return out;
}

ParameterSet ParameterSchema::defaults() const
{
    ParameterSet set;
    for (const ParamSpec &s : m_params)
        set.set(s.id, s.defaultValue);
    return set;
}

Result<QVariant> ParameterSchema::checkValue(const ParamSpec &s, const QVariant &value) const
{
    auto inRange = [&](double v) -> std::optional<Error> {
        if (!std::isfinite(v))
            return paramError(QT_TRANSLATE_NOOP("paperlab", "\"%1\" must be a finite number"), s.id);
        if (s.min.isValid() && v < s.min.toDouble()) {
            return paramError(QT_TRANSLATE_NOOP("paperlab", "\"%1\" = %2 is below the minimum %3"),
                              s.id, v, s.min.toDouble());
        }
        if (s.max.isValid() && v > s.max.toDouble()) {
            return paramError(QT_TRANSLATE_NOOP("paperlab", "\"%1\" = %2 is above the maximum %3"),
                              s.id, v, s.max.toDouble());
        }
        return std::nullopt;
    };
    auto numberList = [&](bool integers) -> Result<QVariant> {
        QVariantList items;
        if (value.typeId() == QMetaType::QString) {
            for (const QString &part : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                items.append(part.trimmed());
        } else if (value.canConvert<QVariantList>() && value.typeId() != QMetaType::Double) {
            items = value.toList();
        } else {
            return paramError(QT_TRANSLATE_NOOP("paperlab", "\"%1\" must be a list of numbers"), s.id);
        }
        if (items.isEmpty())
            return paramError(QT_TRANSLATE_NOOP("paperlab", "\"%1\" must not be empty"), s.id);
        QVariantList out;
        for (const QVariant &item : std::as_const(items)) {
            const auto n = toNumber(item);
            if (!n || (integers && !isInteger(*n))) {
                return paramError(
                    integers
                        ? QT_TRANSLATE_NOOP("paperlab", "\"%1\" has an item that is not an integer")
                        : QT_TRANSLATE_NOOP("paperlab", "\"%1\" has an item that is not a number"),
                    s.id);
            }
            if (auto e = inRange(*n))
                return *e;
            out.append(integers ? QVariant(int(*n)) : QVariant(*n));
        }
        return QVariant(out);
    };

    switch (s.type) {
    case ParamType::Real: {
        const auto n = toNumber(value);
        if (!n)
            return paramError(QT_TRANSLATE_NOOP("paperlab", "\"%1\" must be a number"), s.id);
        if (auto e = inRange(*n))
            return *e;
        return QVariant(*n);
    }
    case ParamType::Int: {
        const auto n = toNumber(value);
        if (!n || !isInteger(*n))
            return paramError(QT_TRANSLATE_NOOP("paperlab", "\"%1\" must be an integer"), s.id);
        if (auto e = inRange(*n))
            return *e;
        if (std::abs(*n) > std::numeric_limits<int>::max())
            return paramError(QT_TRANSLATE_NOOP("paperlab", "\"%1\" is too large"), s.id);
        return QVariant(int(*n));
    }
    case ParamType::Bool: {
        if (value.typeId() == QMetaType::Bool)
            return value;
        const QString t = value.toString().trimmed().toLower();
        if (value.typeId() == QMetaType::QString && (t == QLatin1String("true") || t == QLatin1String("1")))
            return QVariant(true);
        if (value.typeId() == QMetaType::QString && (t == QLatin1String("false") || t == QLatin1String("0")))
            return QVariant(false);
        return paramError(QT_TRANSLATE_NOOP("paperlab", "\"%1\" must be true or false"), s.id);
    }
    case ParamType::Choice: {
        const QString id = value.toString();
        for (const auto &c : s.choices) {
            if (c.first == id && value.typeId() == QMetaType::QString)
                return QVariant(id);
        }
        QStringList ids;
        for (const auto &c : s.choices)
            ids.append(c.first);
        return paramError(QT_TRANSLATE_NOOP("paperlab", "\"%1\" must be one of: %2"), s.id,
                          ids.join(QStringLiteral(", ")));
    }
    case ParamType::Seed: {
        if (value.typeId() == QMetaType::QString) {
            bool ok = false;
            const quint64 v = value.toString().trimmed().toULongLong(&ok);
            if (ok)
                return QVariant::fromValue<quint64>(v);
        } else if (const auto n = toNumber(value); n && isInteger(*n) && *n >= 0 && *n < 0x1p64) {
            return QVariant::fromValue<quint64>(value.typeId() == QMetaType::ULongLong
                                                    ? value.toULongLong()
                                                    : quint64(*n));
        }
        return paramError(
            QT_TRANSLATE_NOOP("paperlab", "\"%1\" must be a non-negative integer seed"), s.id);
    }
    case ParamType::RealList:
        return numberList(false);
    case ParamType::IntList:
        return numberList(true);
    case ParamType::File:
        // Only the type is checked here: whether the file exists and parses is the
        // simulator's to say, at reset, with the line that is wrong.
        if (value.typeId() == QMetaType::QString)
            return QVariant(value.toString());
        return paramError(QT_TRANSLATE_NOOP("paperlab", "\"%1\" must be a file path (a string)"), s.id);
    }
    return paramError(QT_TRANSLATE_NOOP("paperlab", "\"%1\" has an unknown type"), s.id);
}

Result<ParameterSet> ParameterSchema::validate(const ParameterSet &values) const
{
    ParameterSet out = defaults();
    for (const QString &key : values.keys()) {
        const ParamSpec *spec = find(key);
        if (!spec)
            return paramError(QT_TRANSLATE_NOOP("paperlab", "unknown parameter \"%1\""), key);
        auto checked = checkValue(*spec, values.value(key));
        if (!checked)
            return checked.error();
        out.set(key, checked.value());
    }
    return out;
}

Result<QVariant> ParameterSchema::parseValue(const QString &key, const QString &text) const
{
    const ParamSpec *spec = find(key);
    if (!spec)
        return paramError(QT_TRANSLATE_NOOP("paperlab", "unknown parameter \"%1\""), key);
    if (spec->type == ParamType::File)
        return QVariant(resolveFilePath(text));
    return checkValue(*spec, QVariant(text));
}

Result<PresetList> ParameterSchema::presetsFromFile(const QString &path) const
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return schemaError(path, QStringLiteral("cannot read file (%1)").arg(f.errorString()));
    return presetsFromJson(f.readAll(), path);
}

Result<PresetList> ParameterSchema::presetsFromJson(const QByteArray &json, const QString &source) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = json.left(parseError.offset).count('\n') + 1;
        return schemaError(source, QStringLiteral("line %1: %2").arg(line).arg(parseError.errorString()));
    }
    const QJsonValue presets = doc.object().value(QStringLiteral("presets"));
    if (!presets.isArray())
        return schemaError(source, QStringLiteral("\"presets\" is missing or not an array"));
    PresetList list;
    for (const QJsonValue &pv : presets.toArray()) {
        const QJsonObject o = pv.toObject();
        Preset p;
        p.id = o.value(QStringLiteral("id")).toString();
        if (p.id.isEmpty())
            return schemaError(source, QStringLiteral("a preset has no string \"id\""));
        for (const Preset &existing : std::as_const(list)) {
            if (existing.id == p.id)
                return schemaError(source, QStringLiteral("preset \"%1\" is declared twice").arg(p.id));
        }
        p.label = o.value(QStringLiteral("label")).toString(p.id);
        p.description = o.value(QStringLiteral("description")).toString();
        p.simulator = o.value(QStringLiteral("simulator")).toString();
        p.compareWith = o.value(QStringLiteral("compareWith")).toString();
        const QVariantMap values = o.value(QStringLiteral("values")).toObject().toVariantMap();
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const ParamSpec *spec = find(it.key());
            if (!spec) {
                return schemaError(source, QStringLiteral("preset \"%1\": unknown parameter \"%2\"")
                                               .arg(p.id, it.key()));
            }
            auto checked = checkValue(*spec, it.value());
            if (!checked) {
                return schemaError(source, QStringLiteral("preset \"%1\": %2")
                                               .arg(p.id, checked.error().logText));
            }
            p.values.set(it.key(), checked.value());
        }
        list.append(p);
    }
    // A comparison pairs two runs of one simulator.
    for (const Preset &p : std::as_const(list)) {
        if (p.compareWith.isEmpty())
            continue;
        const auto other = std::find_if(list.cbegin(), list.cend(), [&p](const Preset &q) {
            return q.id == p.compareWith;
        });
        if (other == list.cend() || other->id == p.id) {
            return schemaError(source, QStringLiteral("preset \"%1\": \"compareWith\" names no "
                                                      "other preset (\"%2\")")
                                           .arg(p.id, p.compareWith));
        }
        if (other->simulator != p.simulator) {
            return schemaError(source, QStringLiteral("preset \"%1\": \"compareWith\": \"%2\" "
                                                      "is a preset of another simulator")
                                           .arg(p.id, p.compareWith));
        }
    }
    return list;
}

} // namespace paperlab
