// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "kiosk/playlist.h"

#include "explainer/explainerdocument.h"
#include "papers/paperregistry.h"
#include "session/simulationsession.h"

#include <paperlab/paperplugin.h>

#include <QCryptographicHash>
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

namespace paperlab::app {

namespace {

const QStringList kStepKeys
    = {QStringLiteral("paper"),  QStringLiteral("tab"),      QStringLiteral("section"),
       QStringLiteral("preset"), QStringLiteral("autoplay"), QStringLiteral("seconds"),
       QStringLiteral("notes"),  QStringLiteral("scenario")};
const QStringList kTopKeys
    = {QStringLiteral("title"), QStringLiteral("defaults"), QStringLiteral("steps")};
const QStringList kDefaultKeys = {QStringLiteral("seconds"), QStringLiteral("autoplay")};

// How a JSON value is quoted back in an error: the value itself when short, else its kind.
QString shown(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: {
        const QString s = v.toString();
        return s.size() <= 40 ? u'"' + s + u'"' : QStringLiteral("a long string");
    }
    case QJsonValue::Double: return QString::number(v.toDouble());
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = up;
        }
    }
    return row[b.size()];
}

QString unknownKey(const QString &key, const QStringList &known)
{
    QString text = QStringLiteral("unknown key \"%1\"").arg(key);
    for (const QString &k : known) {
        if (editDistance(key.toLower(), k) <= 2)
            return text + QStringLiteral(" (did you mean \"%1\"?)").arg(k);
    }
    return text;
}

std::optional<double> seconds(const QJsonValue &v)
{
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < Playlist::kMinSeconds
        || v.toDouble() > Playlist::kMaxSeconds)
        return std::nullopt;
    return v.toDouble();
}

QString secondsError(const QJsonValue &v)
{
    return QStringLiteral("\"seconds\" must be a number from %1 to %2 (got %3)")
        .arg(Playlist::kMinSeconds)
        .arg(Playlist::kMaxSeconds)
        .arg(shown(v));
}

// A step's scenario: a link, or a file next to the playlist (or under it).
Result<Scenario> readStepScenario(const QJsonValue &value, const QString &playlistPath)
{
    if (!value.isString() || value.toString().isEmpty()) {
        return Error::make(ErrorReason::BadParameter,
                           QStringLiteral("must be a .paperlab file or a paperlab:// link "
                                          "(got %1)").arg(shown(value)));
    }
    const QString text = value.toString();
    if (Scenario::isLink(text))
        return Scenario::fromLink(QUrl(text));
    return Scenario::read(QFileInfo(playlistPath).dir().filePath(text));
}

} // namespace

QString PlaylistStep::describe() const
{
    QString text = paper + QStringLiteral(" · ") + PaperView::tabName(tab);
    if (!section.isEmpty())
        text += QStringLiteral(" · section ") + section;
    if (!preset.isEmpty())
        text += QStringLiteral(" · preset ") + preset;
    if (scenario)
        text += QStringLiteral(" · scenario ") + scenarioName;
    return text;
}

Result<Playlist> Playlist::fromJson(const QByteArray &json, const QString &source)
{
    auto fail = [&source](const QStringList &errors) {
        QStringList lines;
        for (const QString &e : errors)
            lines.append(source + QStringLiteral(": ") + e);
        return Error::make(ErrorReason::BadParameter, lines.join(u'\n'));
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail({QStringLiteral("not valid JSON: %1 at offset %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset)});
    }

    Playlist playlist;
    playlist.m_fingerprint = QCryptographicHash::hash(json, QCryptographicHash::Sha1).toHex();
    QStringList errors;
    QJsonArray steps;
    double defaultSeconds = 60.0;
    bool defaultAutoplay = true;
    if (doc.isArray()) {
        steps = doc.array();
    } else { // QJsonDocument parses nothing but an object or an array
        const QJsonObject top = doc.object();
        for (auto it = top.begin(); it != top.end(); ++it) {
            if (!kTopKeys.contains(it.key()))
                errors.append(unknownKey(it.key(), kTopKeys));
        }
        const QJsonValue title = top.value(QStringLiteral("title"));
        if (!title.isUndefined() && !title.isString())
            errors.append(QStringLiteral("\"title\" must be a string (got %1)").arg(shown(title)));
        playlist.m_title = title.toString();
        const QJsonValue defaults = top.value(QStringLiteral("defaults"));
        if (defaults.isObject()) {
            const QJsonObject d = defaults.toObject();
            for (auto it = d.begin(); it != d.end(); ++it) {
                if (!kDefaultKeys.contains(it.key()))
                    errors.append(QStringLiteral("defaults: ")
                                  + unknownKey(it.key(), kDefaultKeys));
            }
            const QJsonValue s = d.value(QStringLiteral("seconds"));
            if (!s.isUndefined() && !seconds(s))
                errors.append(QStringLiteral("defaults: ") + secondsError(s));
            defaultSeconds = seconds(s).value_or(defaultSeconds);
            const QJsonValue a = d.value(QStringLiteral("autoplay"));
            if (!a.isUndefined() && !a.isBool()) {
                errors.append(
                    QStringLiteral("defaults: \"autoplay\" must be true or false (got %1)")
                        .arg(shown(a)));
            }
            defaultAutoplay = a.toBool(defaultAutoplay);
        } else if (!defaults.isUndefined()) {
            errors.append(
                QStringLiteral("\"defaults\" must be an object (got %1)").arg(shown(defaults)));
        }
        const QJsonValue s = top.value(QStringLiteral("steps"));
        if (s.isUndefined())
            errors.append(QStringLiteral("\"steps\" is required"));
        else if (!s.isArray())
            errors.append(QStringLiteral("\"steps\" must be an array (got %1)").arg(shown(s)));
        steps = s.toArray();
    }
    if (steps.isEmpty() && errors.isEmpty())
        errors.append(QStringLiteral("the playlist has no steps"));
    if (steps.size() > kMaxSteps)
        errors.append(
            QStringLiteral("%1 steps; at most %2 are allowed").arg(steps.size()).arg(kMaxSteps));

    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString where = QStringLiteral("step %1: ").arg(i + 1);
        if (!steps.at(i).isObject()) {
            errors.append(where
                          + QStringLiteral("must be an object (got %1)").arg(shown(steps.at(i))));
            continue;
        }
        const QJsonObject o = steps.at(i).toObject();
        auto error = [&](const QString &text) { errors.append(where + text); };
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!kStepKeys.contains(it.key()))
                error(unknownKey(it.key(), kStepKeys));
        }
        PlaylistStep step;
        step.seconds = defaultSeconds;
        step.autoplay = defaultAutoplay;

        const QJsonValue scenario = o.value(QStringLiteral("scenario"));
        if (!scenario.isUndefined()) {
            const Result<Scenario> read = readStepScenario(scenario, source);
            if (read) {
                step.scenario = read.value();
                step.scenarioName = Scenario::isLink(scenario.toString())
                    ? QStringLiteral("link") : QFileInfo(scenario.toString()).fileName();
            } else {
                error(QStringLiteral("\"scenario\": ") + read.error().logText);
            }
        }
        const QJsonValue paper = step.scenario && o.value(QStringLiteral("paper")).isUndefined()
            ? QJsonValue(step.scenario->paperId) : o.value(QStringLiteral("paper"));
        if (step.scenario && paper.toString() != step.scenario->paperId)
            error(QStringLiteral("\"paper\" is %1, but the scenario is of %2")
                      .arg(shown(paper), step.scenario->paperId));
        if (paper.isUndefined()) {
            if (scenario.isUndefined()) // else the scenario's own error says why
                error(QStringLiteral("\"paper\" is required"));
        } else if (!paper.isString() || !idPattern.match(paper.toString()).hasMatch()) {
            error(QStringLiteral("\"paper\" must be a paper id such as \"rlvr-limits\" (got %1)")
                      .arg(shown(paper)));
        }
        step.paper = paper.toString();

        const QJsonValue section = o.value(QStringLiteral("section"));
        const QJsonValue preset = o.value(QStringLiteral("preset"));
        const QJsonValue tab = o.value(QStringLiteral("tab"));
        const auto namedTab = PaperView::tabFromName(tab.toString());
        // A step whose tab is wrong gets that one error, not one per key that needs a tab.
        const bool tabOk = tab.isUndefined() || (tab.isString() && namedTab);
        if (!tabOk) {
            error(QStringLiteral(
                      "\"tab\" must be \"explainer\", \"simulator\" or \"summary\" (got %1)")
                      .arg(shown(tab)));
        }
        if (namedTab)
            step.tab = *namedTab;
        else if (tab.isUndefined() && (!preset.isUndefined() || !scenario.isUndefined()))
            step.tab = PaperView::Tab::Simulator;
        if (!scenario.isUndefined()) {
            if (!preset.isUndefined())
                error(QStringLiteral("a step has a \"preset\" or a \"scenario\", not both"));
            else if (tabOk && step.tab != PaperView::Tab::Simulator)
                error(QStringLiteral("\"scenario\" needs \"tab\": \"simulator\""));
        }

        if (!section.isUndefined()) {
            if (!section.isString() || section.toString().isEmpty())
                error(QStringLiteral(
                          "\"section\" must be a section anchor such as \"the-idea\" (got %1)")
                          .arg(shown(section)));
            else if (tabOk && step.tab != PaperView::Tab::Explainer)
                error(QStringLiteral("\"section\" needs \"tab\": \"explainer\""));
            step.section = section.toString();
        }
        if (!preset.isUndefined()) {
            if (!preset.isString() || preset.toString().isEmpty())
                error(QStringLiteral("\"preset\" must be a preset id such as \"lecture\" (got %1)")
                          .arg(shown(preset)));
            else if (tabOk && step.tab != PaperView::Tab::Simulator)
                error(QStringLiteral("\"preset\" needs \"tab\": \"simulator\""));
            step.preset = preset.toString();
        }
        const QJsonValue autoplay = o.value(QStringLiteral("autoplay"));
        if (!autoplay.isUndefined()) {
            if (!autoplay.isBool())
                error(QStringLiteral("\"autoplay\" must be true or false (got %1)")
                          .arg(shown(autoplay)));
            else if (tabOk && step.tab != PaperView::Tab::Simulator)
                error(QStringLiteral("\"autoplay\" needs \"tab\": \"simulator\""));
            step.autoplay = autoplay.toBool(step.autoplay);
        }
        const QJsonValue s = o.value(QStringLiteral("seconds"));
        if (!s.isUndefined()) {
            if (!seconds(s))
                error(secondsError(s));
            step.seconds = seconds(s).value_or(step.seconds);
        }
        const QJsonValue notes = o.value(QStringLiteral("notes"));
        if (notes.isString()) {
            step.notes = notes.toString();
        } else if (notes.isArray()) {
            QStringList paragraphs;
            for (const QJsonValue &p : notes.toArray()) {
                if (!p.isString()) {
                    error(QStringLiteral("\"notes\" must be a string or an array of strings (got "
                                         "%1 in the array)")
                              .arg(shown(p)));
                    break;
                }
                paragraphs.append(p.toString());
            }
            step.notes = paragraphs.join(QStringLiteral("\n\n"));
        } else if (!notes.isUndefined()) {
            error(QStringLiteral("\"notes\" must be a string or an array of strings (got %1)")
                      .arg(shown(notes)));
        }
        playlist.m_steps.append(step);
    }
    if (!errors.isEmpty())
        return fail(errors);
    return playlist;
}

Result<Playlist> Playlist::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(
            ErrorReason::NotFound,
            QStringLiteral("%1: cannot read the playlist: %2").arg(path, file.errorString()));
    }
    return fromJson(file.readAll(), path);
}

QString Playlist::defaultPath()
{
    return QStringLiteral(":/kiosk/playlist.json");
}

QStringList Playlist::papers() const
{
    QStringList ids;
    for (const PlaylistStep &s : m_steps) {
        if (!ids.contains(s.paper))
            ids.append(s.paper);
    }
    return ids;
}

Playlist Playlist::without(const QStringList &paperIds) const
{
    Playlist p = *this;
    const QStringList shown = papers();
    p.m_steps.removeIf([&paperIds](const PlaylistStep &s) { return paperIds.contains(s.paper); });
    for (const QString &id : paperIds) {
        if (!p.m_skipped.contains(id) && shown.contains(id))
            p.m_skipped.append(id);
    }
    // Step n of the shorter tour is another screen than step n of the whole one.
    if (p.m_steps.size() != m_steps.size()) {
        p.m_fingerprint = QCryptographicHash::hash(
                              m_fingerprint + p.m_skipped.join(u',').toUtf8(),
                              QCryptographicHash::Sha1)
                              .toHex();
    }
    return p;
}

QString Playlist::referenceError(int index, const PaperSpec &spec) const
{
    const PlaylistStep &s = m_steps.at(index);
    const QString where = QStringLiteral("step %1: ").arg(index + 1);
    if (spec.state() != PaperState::Ready)
        return where
            + QStringLiteral("paper \"%1\" is %2: %3")
                  .arg(s.paper, paperStateName(spec.state()), spec.errorString());
    if (!s.preset.isEmpty() && !SimulationSession::findPreset(spec.presets(), s.preset)) {
        QStringList known;
        for (const Preset &p : spec.presets())
            known.append(p.id);
        return where
            + QStringLiteral("\"preset\": %1 has no preset \"%2\" (it has %3)")
                  .arg(s.paper, s.preset, known.join(QStringLiteral(", ")));
    }
    if (s.scenario) {
        const PaperMetadata &m = spec.metadata();
        const QString view = s.scenario->viewId.isEmpty() ? s.scenario->simulatorId
                                                          : s.scenario->viewId;
        if (!view.isEmpty() && !m.simulatorForView(view))
            return where
                + QStringLiteral("\"scenario\" %1: %2 %3 has no simulator or view \"%4\"")
                      .arg(s.scenarioName, m.id, m.version.toString(), view);
        if (!s.scenario->paperVersion.isNull() && s.scenario->paperVersion > m.version)
            return where
                + QStringLiteral("\"scenario\" %1 was made with %2 %3, newer than the "
                                 "installed %4")
                      .arg(s.scenarioName, m.id, s.scenario->paperVersion.toString(),
                           m.version.toString());
    }
    if (!s.section.isEmpty()) {
        ExplainerDocument doc;
        doc.setSource(spec.plugin()->explainerUrl());
        if (doc.indexOfAnchor(s.section) < 0) {
            QStringList known;
            for (const QVariant &entry : doc.toc()) {
                if (entry.toMap().value(QStringLiteral("level")).toInt() <= 2)
                    known.append(entry.toMap().value(QStringLiteral("anchor")).toString());
            }
            return where
                + QStringLiteral(
                      "\"section\": the explainer of %1 has no section \"%2\" (it has %3)")
                      .arg(s.paper, s.section, known.join(QStringLiteral(", ")));
        }
    }
    return {};
}

} // namespace paperlab::app
