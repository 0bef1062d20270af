// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "session/scenario.h"

#include "session/simulationsession.h"

#include <paperlab/parameterset.h>
#include <paperlab/savefile.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace paperlab::app {

namespace {

constexpr const char *kFormat = "paperlab-scenario";
constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024; // a scenario is a few kB; refuse the absurd
const QString kParameterPrefix = QStringLiteral("p.");
const QString kCompareParameterPrefix = QStringLiteral("b."); // B of an A/B comparison

Error scenarioError(ErrorReason reason, const QString &source, const QString &problem)
{
    return Error::make(reason, QStringLiteral("%1: %2").arg(source, problem));
}

// A value as link text: plain where it cannot be mistaken for another type.
QString linkText(const QJsonValue &value)
{
    if (value.isString()) {
        const QString s = value.toString();
        const QJsonDocument probe = QJsonDocument::fromJson(('[' + s + ']').toUtf8());
        if (!probe.isArray() && !s.startsWith(u'"'))
            return s;
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QJsonValue linkValue(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(('[' + text + ']').toUtf8());
    if (doc.isArray() && doc.array().size() == 1)
        return doc.array().first();
    return text;
}

} // namespace

Scenario Scenario::capture(const SimulationSession &session, qint64 steps)
{
    Scenario s;
    s.appVersion = QCoreApplication::applicationVersion();
    s.paperId = session.metadata().id;
    s.paperVersion = session.metadata().version;
    s.simulatorId = session.simulatorId();
    s.viewId = session.viewId();
    // Only this simulator's parameters: the others' would read as stale on opening.
    const QVariantMap applied = session.applied().values();
    for (const ParamSpec &spec : session.parameters()) {
        if (applied.contains(spec.id))
            s.parameters.insert(spec.id, applied.value(spec.id));
    }
    s.steps = std::max<qint64>(0, steps);
    s.tab = QStringLiteral("simulator");
    return s;
}

Scenario Scenario::compareScenario() const
{
    Scenario b = *this;
    b.parameters = compareParameters;
    b.compareParameters.clear();
    b.steps = 0;
    return b;
}

QJsonObject Scenario::toJson() const
{
    QJsonObject o{
        {QStringLiteral("format"), QString::fromLatin1(kFormat)},
        {QStringLiteral("formatVersion"), kFormatVersion},
        {QStringLiteral("app"), appVersion},
        {QStringLiteral("paper"), paperId},
        {QStringLiteral("paperVersion"), paperVersion.toString()},
        {QStringLiteral("simulator"), simulatorId},
        {QStringLiteral("view"), viewId},
        {QStringLiteral("parameters"), ParameterSet(parameters).toJson()},
        {QStringLiteral("steps"), double(steps)},
        {QStringLiteral("tab"), tab},
        {QStringLiteral("section"), section},
    };
    if (!compareParameters.isEmpty()) {
        o.insert(QStringLiteral("compare"),
                 QJsonObject{{QStringLiteral("parameters"),
                              ParameterSet(compareParameters).toJson()}});
    }
    return o;
}

Result<Scenario> Scenario::fromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return scenarioError(ErrorReason::BadParameter, source,
                             QStringLiteral("not a scenario: %1 at offset %2")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset));
    }
    if (!doc.isObject()) {
        return scenarioError(ErrorReason::BadParameter, source,
                             QStringLiteral("not a scenario: the top level is not an object"));
    }
    return fromJson(doc.object(), source);
}

Result<Scenario> Scenario::fromJson(const QJsonObject &o, const QString &source)
{
    auto bad = [&source](const QString &problem) {
        return scenarioError(ErrorReason::BadParameter, source, problem);
    };
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return bad(QStringLiteral("not a scenario: \"format\" is not \"%1\"").arg(kFormat));
    const QJsonValue formatVersion = o.value(QStringLiteral("formatVersion"));
    if (!formatVersion.isDouble() || formatVersion.toDouble() < 1)
        return bad(QStringLiteral("\"formatVersion\" must be a positive number"));
    if (formatVersion.toDouble() > kFormatVersion) {
        return scenarioError(ErrorReason::Unsupported, source,
                             QStringLiteral("made by a newer PaperLab (scenario format %1; this "
                                            "version reads up to %2): update PaperLab")
                                 .arg(formatVersion.toDouble())
                                 .arg(kFormatVersion));
    }
    // Every key has one type; a wrong one is named rather than read as empty.
    for (const char *key : {"app", "paper", "paperVersion", "simulator", "view", "tab",
                            "section"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isString())
            return bad(QStringLiteral("\"%1\" must be a string").arg(QLatin1String(key)));
    }
    Scenario s;
    s.appVersion = o.value(QStringLiteral("app")).toString();
    s.paperId = o.value(QStringLiteral("paper")).toString();
    if (s.paperId.isEmpty())
        return bad(QStringLiteral("\"paper\" is missing"));
    const QString version = o.value(QStringLiteral("paperVersion")).toString();
    s.paperVersion = QVersionNumber::fromString(version);
    if (!version.isEmpty() && s.paperVersion.isNull())
        return bad(QStringLiteral("\"paperVersion\": \"%1\" is not a version").arg(version));
    s.simulatorId = o.value(QStringLiteral("simulator")).toString();
    s.viewId = o.value(QStringLiteral("view")).toString();
    const QJsonValue parameters = o.value(QStringLiteral("parameters"));
    if (!parameters.isUndefined() && !parameters.isObject())
        return bad(QStringLiteral("\"parameters\" must be an object"));
    s.parameters = parameters.toObject().toVariantMap();
    const QJsonValue compare = o.value(QStringLiteral("compare"));
    if (!compare.isUndefined()) {
        const QJsonValue b = compare.toObject().value(QStringLiteral("parameters"));
        if (!compare.isObject() || !b.isObject())
            return bad(QStringLiteral("\"compare\" must be {\"parameters\": {…}}"));
        s.compareParameters = b.toObject().toVariantMap();
    }
    const QJsonValue steps = o.value(QStringLiteral("steps"));
    if (!steps.isUndefined()) {
        const double n = steps.toDouble(-1);
        if (!steps.isDouble() || n < 0 || n != std::floor(n) || n > 1e15)
            return bad(QStringLiteral("\"steps\" must be a whole number of steps, 0 or more"));
        s.steps = qint64(n);
    }
    s.tab = o.value(QStringLiteral("tab")).toString();
    if (!s.tab.isEmpty() && s.tab != QLatin1String("explainer")
        && s.tab != QLatin1String("simulator") && s.tab != QLatin1String("summary")) {
        return bad(QStringLiteral("\"tab\": \"%1\" is not explainer, simulator or summary")
                       .arg(s.tab));
    }
    s.section = o.value(QStringLiteral("section")).toString();
    return s;
}

Result<Scenario> Scenario::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return scenarioError(ErrorReason::NotFound, path, file.errorString());
    if (file.size() > kMaxFileBytes) {
        return scenarioError(ErrorReason::BadParameter, path,
                             QStringLiteral("too large for a scenario (%1 bytes)")
                                 .arg(file.size()));
    }
    return fromJson(file.readAll(), path);
}

QString Scenario::save(const QString &path) const
{
    return saveFileAtomically(path, QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
}

QUrl Scenario::toLink() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("paper"), paperId);
    if (!paperVersion.isNull())
        query.addQueryItem(QStringLiteral("version"), paperVersion.toString());
    for (const auto &[key, value] : {std::pair{"simulator", simulatorId}, {"view", viewId},
                                     {"tab", tab}, {"section", section}}) {
        if (!value.isEmpty())
            query.addQueryItem(QLatin1String(key), value);
    }
    if (steps > 0)
        query.addQueryItem(QStringLiteral("steps"), QString::number(steps));
    const QJsonObject values = ParameterSet(parameters).toJson();
    for (auto it = values.begin(); it != values.end(); ++it)
        query.addQueryItem(kParameterPrefix + it.key(), linkText(it.value()));
    const QJsonObject bValues = ParameterSet(compareParameters).toJson();
    for (auto it = bValues.begin(); it != bValues.end(); ++it)
        query.addQueryItem(kCompareParameterPrefix + it.key(), linkText(it.value()));
    QUrl url;
    url.setScheme(QString::fromLatin1(kScheme));
    url.setHost(QStringLiteral("scenario"));
    url.setQuery(query);
    return url;
}

bool Scenario::isLink(const QString &argument)
{
    return argument.startsWith(QLatin1String(kScheme) + QStringLiteral("://"),
                               Qt::CaseInsensitive);
}

Result<Scenario> Scenario::fromLink(const QUrl &link)
{
    const QString source = QStringLiteral("link");
    if (!link.isValid() || link.scheme().compare(QLatin1String(kScheme), Qt::CaseInsensitive)
        || link.host().compare(QLatin1String("scenario"), Qt::CaseInsensitive)) {
        return scenarioError(ErrorReason::BadParameter, source,
                             QStringLiteral("not a PaperLab scenario link (paperlab://scenario?…)"));
    }
    // The link is the file's content, flattened: build the object and read it the one way.
    QJsonObject o{{QStringLiteral("format"), QString::fromLatin1(kFormat)},
                  {QStringLiteral("formatVersion"), kFormatVersion}};
    QJsonObject values, bValues;
    const QUrlQuery query(link);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key.startsWith(kParameterPrefix)) {
            values.insert(key.mid(kParameterPrefix.size()), linkValue(value));
        } else if (key.startsWith(kCompareParameterPrefix)) {
            bValues.insert(key.mid(kCompareParameterPrefix.size()), linkValue(value));
        } else if (key == QLatin1String("steps")) {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            o.insert(key, ok ? QJsonValue(double(n)) : QJsonValue(value));
        } else if (key == QLatin1String("version")) {
            o.insert(QStringLiteral("paperVersion"), value);
        } else if (key == QLatin1String("paper") || key == QLatin1String("simulator")
                   || key == QLatin1String("view") || key == QLatin1String("tab")
                   || key == QLatin1String("section")) {
            o.insert(key, value);
        } else {
            return scenarioError(ErrorReason::BadParameter, source,
                                 QStringLiteral("unknown item \"%1\"").arg(key));
        }
    }
    o.insert(QStringLiteral("parameters"), values);
    if (!bValues.isEmpty())
        o.insert(QStringLiteral("compare"), QJsonObject{{QStringLiteral("parameters"), bValues}});
    return fromJson(o, source);
}

QStringList Scenario::localFileKeys(const ParameterSchema &schema) const
{
    QStringList keys;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        const ParamSpec *spec = schema.find(it.key());
        const QString path = it.value().toString();
        if (spec && spec->type == ParamType::File && !path.isEmpty()
            && !path.startsWith(QLatin1String(":/")))
            keys << it.key();
    }
    return keys;
}

Result<QStringList> Scenario::applyTo(SimulationSession &session) const
{
    const PaperMetadata &paper = session.metadata();
    if (paperId != paper.id) {
        return Error::make(ErrorReason::IdMismatch,
                           QStringLiteral("the scenario is for \"%1\", not \"%2\"")
                               .arg(paperId, paper.id));
    }
    if (!paperVersion.isNull() && paperVersion > paper.version) {
        return Error::make(ErrorReason::Unsupported,
                           QStringLiteral("the scenario was made with %1 %2, newer than the "
                                          "installed %3: update the paper to open it")
                               .arg(paper.id, paperVersion.toString(),
                                    paper.version.toString()));
    }
    if (!viewId.isEmpty() || !simulatorId.isEmpty()) {
        if (auto r = session.selectView(viewId.isEmpty() ? simulatorId : viewId); !r) {
            return Error::make(ErrorReason::NotFound,
                               QStringLiteral("%1 %2 has no simulator or view \"%3\"")
                                   .arg(paper.id, paper.version.toString(),
                                        viewId.isEmpty() ? simulatorId : viewId));
        }
    }

    QStringList notes;
    QStringList used;
    for (const ParamSpec &spec : session.parameters())
        used << spec.id;
    ParameterSet accepted = session.schema().defaults();
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        if (!used.contains(it.key())) {
            if (session.schema().find(it.key()))
                continue; // another simulator's parameter (a file written by hand, a link)
            notes << QStringLiteral("\"%1\" is no longer a parameter of %2 %3: left out")
                         .arg(it.key(), paper.id, paper.version.toString());
            continue;
        }
        const auto checked = session.schema().validate(ParameterSet({{it.key(), it.value()}}));
        if (!checked) {
            // The saved value is named: the message alone may show only the allowed range.
            const QByteArray saved = QJsonDocument(QJsonArray{QJsonValue::fromVariant(
                it.value())}).toJson(QJsonDocument::Compact);
            notes << QStringLiteral("saved %1 = %2 no longer accepted (%3): the default is "
                                    "used instead")
                         .arg(it.key(), QString::fromUtf8(saved.mid(1, saved.size() - 2)),
                              checked.error().logText);
            continue;
        }
        accepted.set(it.key(), checked.value().value(it.key()));
    }
    session.setPendingValues(accepted);
    if (auto r = session.restart(); !r)
        return r.error();
    return notes;
}

} // namespace paperlab::app
