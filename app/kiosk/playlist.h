// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "session/scenario.h"
#include "shell/paperview.h"

#include <paperlab/result.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace paperlab {
class PaperSpec;
}

namespace paperlab::app {

/// One screen of a kiosk tour: a paper's tab, where to start in it, and how long to stay.
struct PlaylistStep {
    QString paper; ///< paper id
    PaperView::Tab tab = PaperView::Tab::Explainer;
    QString section;       ///< explainer heading anchor; empty: the top
    QString preset;        ///< simulator preset id; empty: the defaults
    /// A prepared setup instead of a preset: a .paperlab file (relative to the playlist's
    /// folder) or a paperlab:// link, read when the playlist is.
    std::optional<Scenario> scenario;
    QString scenarioName;  ///< the file name, or "link", for describe()
    bool autoplay = true;  ///< simulator steps: run, or show the start
    double seconds = 60.0; ///< dwell before the tour moves on
    QString notes;         ///< speaker notes for the presenter console

    /// "rlvr-limits · simulator · preset lecture", for the console and the logs.
    QString describe() const;
};

/// A kiosk playlist (packaging/kiosk/playlist.json is the default one):
///
///     { "title": "…", "defaults": { "seconds": 60, "autoplay": true },
///       "steps": [ { "paper": "rlvr-limits", "tab": "simulator", "preset": "lecture",
///                    "autoplay": true, "seconds": 90, "notes": "…" | ["…", "…"] },
///                  { "scenario": "gated-sink.paperlab", "seconds": 120 } ] }
///
/// A step with a "scenario" (a saved .paperlab file, relative to the playlist, or a
/// paperlab:// link) opens it on the simulator tab, replayed to its saved step; its paper is
/// the step's paper, and a step has a preset or a scenario, not both.
/// A bare array of steps is accepted too. "tab" defaults to "simulator" when a preset is
/// given and to "explainer" otherwise. Validation is strict and complete: unknown keys, wrong
/// types, a section on a non-explainer step or a preset on a non-simulator step are errors,
/// each naming the step (1-based, as the digit keys count) and the key. References into
/// papers (do the preset and section exist?) can only be checked once a paper is loaded:
/// referenceError() does that, for --check-playlist and for the kiosk's error cards.
class Playlist
{
public:
    static Result<Playlist> fromJson(const QByteArray &json, const QString &source);
    static Result<Playlist> fromFile(const QString &path);
    /// The playlist of all seven papers that ships with the app (a resource of the
    /// executable, the same file as share/paperlab/kiosk/playlist.json).
    static QString defaultPath();

    static constexpr double kMinSeconds = 1.0;
    static constexpr double kMaxSeconds = 3600.0;
    static constexpr int kMaxSteps = 99; ///< two digit keys reach every step

    const QString &title() const { return m_title; }
    const QList<PlaylistStep> &steps() const { return m_steps; }
    int size() const { return int(m_steps.size()); }
    const PlaylistStep &step(int index) const { return m_steps.at(index); }
    /// What is wrong with what step `index` refers to in its paper (`spec`, loaded or
    /// failed): the paper's state, an unknown preset or explainer section. Empty: nothing.
    QString referenceError(int index, const PaperSpec &spec) const;

    /// A hash of the file's bytes (and of the papers left out): a saved position resumes
    /// only the tour it came from.
    const QByteArray &fingerprint() const { return m_fingerprint; }

    /// The papers the steps show, each once, in the order they first appear.
    QStringList papers() const;
    /// This tour without the steps of `paperIds` (papers not installed here), which
    /// skippedPapers() then names. The result may have no steps.
    Playlist without(const QStringList &paperIds) const;
    const QStringList &skippedPapers() const { return m_skipped; }

private:
    QString m_title;
    QList<PlaylistStep> m_steps;
    QByteArray m_fingerprint;
    QStringList m_skipped;
};

} // namespace paperlab::app
