// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/result.h>

#include <QJsonObject>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>
#include <QVersionNumber>

namespace paperlab {
class ParameterSchema;
}

namespace paperlab::app {

class SimulationSession;

/// A prepared setup of one paper, to save before class and open again, share as a file or a
/// link: which simulator and view, every parameter (the seed among them), how many steps
/// the run had done, and where the window was (tab, explainer section).
///
/// On disk it is one JSON object (a `.paperlab` file, application/x-paperlab-scenario):
///
///     { "format": "paperlab-scenario", "formatVersion": 1, "app": "0.9.0",
///       "paper": "hivemind", "paperVersion": "1.0.0", "simulator": "metrics",
///       "view": "metrics", "parameters": {"seed": 1, …}, "steps": 120,
///       "tab": "simulator", "section": "" }
///
/// A scenario can set parameters only: it never names a plugin file, loads code or reads a
/// file by itself (a file parameter is a value the simulator reads like any other, and the
/// shell asks before it uses one that came with a link).
struct Scenario
{
    static constexpr int kFormatVersion = 1;
    static constexpr const char *kSuffix = "paperlab";
    static constexpr const char *kScheme = "paperlab";

    QString appVersion;
    QString paperId;
    QVersionNumber paperVersion;
    QString simulatorId;
    QString viewId;
    QVariantMap parameters; ///< as saved: applyTo() checks them against today's schema
    /// B's parameters of an A/B comparison (the same simulator); empty: no comparison. In a
    /// file: "compare": {"parameters": {…}}; in a link: b.<key>=<value> items.
    QVariantMap compareParameters;
    qint64 steps = 0;       ///< the run's step count (Snapshot::step) when it was saved
    QString tab;            ///< "explainer", "simulator" or "summary"; empty: the simulator
    QString section;        ///< an explainer heading anchor, or empty

    /// What `session` runs now, with `steps` steps done.
    static Scenario capture(const SimulationSession &session, qint64 steps);

    QJsonObject toJson() const;
    /// `source` names the file (or "link") in every error message.
    static Result<Scenario> fromJson(const QByteArray &json, const QString &source);
    static Result<Scenario> fromJson(const QJsonObject &object, const QString &source);

    /// Reads a `.paperlab` file; errors name the file (and the JSON error's offset).
    static Result<Scenario> read(const QString &path);
    /// Writes it atomically; empty on success, else a message naming the file.
    QString save(const QString &path) const;

    /// paperlab://scenario?paper=…&simulator=…&view=…&tab=…&section=…&steps=…&version=…
    /// &p.<key>=<value>…: readable, and short enough for a QR code. A string value that would
    /// read as a number, a boolean or a list is written in JSON quotes.
    QUrl toLink() const;
    static Result<Scenario> fromLink(const QUrl &link);
    /// True for a paperlab:// link (what the desktop file hands the app).
    static bool isLink(const QString &argument);

    /// The keys of file parameters that name a local file: a link that sets one must be
    /// confirmed by the user before the simulator reads it.
    QStringList localFileKeys(const ParameterSchema &schema) const;

    /// Puts the scenario into `session` (whose paper must be paperId): its simulator and view,
    /// then every saved parameter that today's schema still has and accepts, then a restart.
    /// A scenario of a newer plugin version is refused (ErrorReason::Unsupported); from an
    /// older one, each key that no longer exists or whose value is no longer valid is left at
    /// its default and named in the returned notes, never silently clamped.
    Result<QStringList> applyTo(SimulationSession &session) const;
    /// The comparison's B as a scenario of its own (its parameters, no steps), for applyTo().
    Scenario compareScenario() const;
};

} // namespace paperlab::app
