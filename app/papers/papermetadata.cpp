// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "papers/papermetadata.h"

#include <paperlab/paperapi.h>

#include <QJsonArray>
#include <QRegularExpression>

#include <optional>

namespace paperlab {

namespace {

Error metaError(const QString &text)
{
    return Error::make(ErrorReason::BadMetadata, text);
}

// Reads keys of a nested object with dotted names for messages ("Paper.Title").
class Reader
{
public:
    Reader(const QJsonObject &o, QString prefix = {}) : m_o(o), m_prefix(std::move(prefix)) {}

    std::optional<Error> error() const { return m_error; }

    QString string(const QString &key, bool allowEmpty = false)
    {
        const QJsonValue v = value(key);
        if (m_error)
            return {};
        if (!v.isString())
            return fail(QStringLiteral("Value for key \"%1\" is not a string").arg(name(key))), QString();
        if (!allowEmpty && v.toString().trimmed().isEmpty())
            return fail(QStringLiteral("Value for key \"%1\" is empty").arg(name(key))), QString();
        return v.toString();
    }

    QStringList strings(const QString &key)
    {
        const QJsonValue v = value(key);
        if (m_error)
            return {};
        QStringList out;
        bool ok = v.isArray();
        for (const QJsonValue &item : v.toArray()) {
            ok = ok && item.isString();
            out.append(item.toString());
        }
        if (!ok)
            fail(QStringLiteral("Value for key \"%1\" is not an array of strings").arg(name(key)));
        return out;
    }

    int integer(const QString &key)
    {
        const QJsonValue v = value(key);
        if (m_error)
            return 0;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()))
            return fail(QStringLiteral("Value for key \"%1\" is not an integer").arg(name(key))), 0;
        return v.toInt();
    }

    QJsonObject object(const QString &key)
    {
        const QJsonValue v = value(key);
        if (m_error)
            return {};
        if (!v.isObject())
            return fail(QStringLiteral("Value for key \"%1\" is not an object").arg(name(key))), QJsonObject();
        return v.toObject();
    }

    QJsonArray array(const QString &key)
    {
        const QJsonValue v = value(key);
        if (m_error)
            return {};
        if (!v.isArray())
            return fail(QStringLiteral("Value for key \"%1\" is not an array").arg(name(key))), QJsonArray();
        return v.toArray();
    }

    /// An optional array: absent is an empty one, present must be an array.
    QJsonArray optionalArray(const QString &key)
    {
        if (m_error || !m_o.contains(key))
            return {};
        return array(key);
    }

    /// An optional string: absent is fine, present must be a string.
    QString optionalString(const QString &key)
    {
        if (m_error || !m_o.contains(key))
            return {};
        return string(key, true);
    }

    void fail(const QString &text)
    {
        if (!m_error)
            m_error = metaError(text);
    }

    QString name(const QString &key) const { return m_prefix.isEmpty() ? key : m_prefix + u'.' + key; }

private:
    QJsonValue value(const QString &key)
    {
        if (m_error)
            return {};
        if (!m_o.contains(key))
            fail(QStringLiteral("Missing key \"%1\"").arg(name(key)));
        return m_o.value(key);
    }

    QJsonObject m_o;
    QString m_prefix;
    std::optional<Error> m_error;
};

} // namespace

QVersionNumber hostApiVersion()
{
    return QVersionNumber(PAPERLAB_API_VERSION_MAJOR, PAPERLAB_API_VERSION_MINOR);
}

QString PaperMetadata::qmlModuleForId(const QString &id)
{
    QString name;
    for (const QString &part : id.split(QLatin1Char('-'), Qt::SkipEmptyParts))
        name += part.left(1).toUpper() + part.mid(1);
    return QStringLiteral("PaperLab.Papers.") + name;
}

Result<PaperMetadata> PaperMetadata::fromPluginMetaData(const QJsonObject &pluginMetaData)
{
    const QString iid = pluginMetaData.value(QStringLiteral("IID")).toString();
    if (iid.isEmpty())
        return Error::make(ErrorReason::WrongIid, QStringLiteral("No IID found"));
    const auto wrongIid = [&iid] {
        return Error::make(ErrorReason::WrongIid,
                           QStringLiteral("Expected IID \"%1\", but found \"%2\"")
                               .arg(QLatin1String(PAPERLAB_PAPER_PLUGIN_IID), iid));
    };
    // A plugin built for another API major has that major's IID too. Its API version says
    // what is wrong in the terms its author knows, so for PaperLab's IIDs that comes first.
    const bool paperLabIid = iid.startsWith(QLatin1String("org.paperlab.PaperPlugin/"));
    if (iid != QLatin1String(PAPERLAB_PAPER_PLUGIN_IID) && !paperLabIid)
        return wrongIid();
    if (!pluginMetaData.value(QStringLiteral("MetaData")).isObject())
        return metaError(QStringLiteral("No \"MetaData\" object found"));

    PaperMetadata m;
    m.json = pluginMetaData.value(QStringLiteral("MetaData")).toObject();
    Reader r(m.json);

    // The API version comes first: a plugin for another major may use other keys entirely.
    const QString api = r.string(QStringLiteral("ApiVersion"));
    if (auto e = r.error())
        return *e;
    qsizetype suffix = 0;
    m.apiVersion = QVersionNumber::fromString(api, &suffix);
    if (m.apiVersion.segmentCount() != 2 || suffix != api.size())
        return metaError(QStringLiteral("Value for key \"ApiVersion\" is not a version \"major.minor\""));
    const QVersionNumber host = hostApiVersion();
    if (m.apiVersion.majorVersion() != host.majorVersion()) {
        return Error::make(ErrorReason::ApiMismatch,
                           QStringLiteral("API version %1 is incompatible with this PaperLab (API %2): "
                                          "the major version must be %3")
                               .arg(m.apiVersion.toString(), host.toString())
                               .arg(host.majorVersion()));
    }
    if (m.apiVersion.minorVersion() > host.minorVersion()) {
        return Error::make(ErrorReason::ApiMismatch,
                           QStringLiteral("API version %1 is newer than this PaperLab supports (API %2)")
                               .arg(m.apiVersion.toString(), host.toString()));
    }
    if (iid != QLatin1String(PAPERLAB_PAPER_PLUGIN_IID))
        return wrongIid();

    m.id = r.string(QStringLiteral("Id"));
    m.name = r.string(QStringLiteral("Name"));
    const QString version = r.string(QStringLiteral("Version"));
    m.qmlModule = r.string(QStringLiteral("QmlModule"));
    const QJsonObject paper = r.object(QStringLiteral("Paper"));
    m.finding = r.string(QStringLiteral("Finding"));
    m.tags = r.strings(QStringLiteral("Tags"));
    m.related = r.strings(QStringLiteral("Related"));
    const QJsonArray sims = r.array(QStringLiteral("Simulators"));
    if (auto e = r.error())
        return *e;

    Reader p(paper, QStringLiteral("Paper"));
    m.title = p.string(QStringLiteral("Title"));
    m.authors = p.strings(QStringLiteral("Authors"));
    m.award = p.string(QStringLiteral("Award"));
    m.track = p.string(QStringLiteral("Track"));
    m.year = p.integer(QStringLiteral("Year"));
    m.arxiv = p.string(QStringLiteral("Arxiv"), true);
    const QJsonObject links = p.object(QStringLiteral("Links"));
    if (auto e = p.error())
        return *e;
    Reader l(links, QStringLiteral("Paper.Links"));
    m.paperUrl = l.optionalString(QStringLiteral("Paper"));
    m.codeUrl = l.optionalString(QStringLiteral("Code"));
    m.dataUrl = l.optionalString(QStringLiteral("Data"));
    m.projectUrl = l.optionalString(QStringLiteral("Project"));
    if (auto e = l.error())
        return *e;

    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!idPattern.match(m.id).hasMatch())
        return metaError(QStringLiteral("Id \"%1\" must be lowercase letters, digits and single hyphens").arg(m.id));
    m.version = QVersionNumber::fromString(version, &suffix);
    if (m.version.isNull() || suffix != version.size())
        return metaError(QStringLiteral("Value for key \"Version\" is not a version number"));
    if (m.qmlModule != qmlModuleForId(m.id)) {
        return metaError(QStringLiteral("QmlModule \"%1\" must be \"%2\"")
                             .arg(m.qmlModule, qmlModuleForId(m.id)));
    }
    static const QStringList awards = {QStringLiteral("Best Paper"), QStringLiteral("Best Paper Runner-Up"),
                                       QStringLiteral("None")};
    if (!awards.contains(m.award)) {
        return metaError(QStringLiteral("Value for key \"Paper.Award\" must be \"Best Paper\", "
                                        "\"Best Paper Runner-Up\" or \"None\""));
    }
    if (sims.isEmpty())
        return metaError(QStringLiteral("Value for key \"Simulators\" is empty"));
    for (const QJsonValue &sv : sims) {
        Reader s(sv.toObject(), QStringLiteral("Simulators[]"));
        if (!sv.isObject())
            return metaError(QStringLiteral("Value for key \"Simulators\" is not an array of objects"));
        SimulatorInfo info{s.string(QStringLiteral("Id")), s.string(QStringLiteral("Name")), {}};
        const QJsonArray views = s.optionalArray(QStringLiteral("Views"));
        if (auto e = s.error())
            return *e;
        for (const QJsonValue &vv : views) {
            Reader v(vv.toObject(), QStringLiteral("Simulators[].Views[]"));
            if (!vv.isObject())
                return metaError(QStringLiteral("Value for key \"Views\" is not an array of objects"));
            ViewInfo view{v.string(QStringLiteral("Id")), v.string(QStringLiteral("Name"))};
            if (auto e = v.error())
                return *e;
            info.views.append(view);
        }
        if (info.views.isEmpty())
            info.views.append({info.id, info.name});
        m.simulators.append(info);
    }
    // A view id picks a simulator and a view at once, so it must be unique in the plugin.
    QStringList viewIds;
    for (const SimulatorInfo &sim : std::as_const(m.simulators)) {
        for (const ViewInfo &view : sim.views) {
            if (viewIds.contains(view.id))
                return metaError(QStringLiteral("View id \"%1\" is used twice").arg(view.id));
            viewIds.append(view.id);
        }
    }
    return m;
}

const SimulatorInfo *PaperMetadata::simulatorForView(const QString &viewId) const
{
    for (const SimulatorInfo &sim : simulators) {
        if (sim.id == viewId)
            return &sim;
        for (const ViewInfo &view : sim.views) {
            if (view.id == viewId)
                return &sim;
        }
    }
    return nullptr;
}

} // namespace paperlab
