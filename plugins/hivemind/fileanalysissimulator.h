// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/simulator.h>
#include <paperlab/snapshot.h>

#include <QString>

#include <memory>

namespace paperlab::papers::hivemind {

/// The common part of the simulators that measure one input file (embeddings, texts): the
/// file is read in reset() before any member changes (InputError keeps the previous
/// analysis, simulator.h). A small input is measured there too, so its run is finished as
/// soon as it exists; a subclass with inputs too large for that overrides finished() and
/// step() to measure the rest in steps (progress, pause). The status line is the last
/// command's message, else "source: summary".
class FileAnalysisSimulator : public SteppedSimulator
{
public:
    bool finished() const override { return true; }

protected:
    void step() override { ++m_step; }

    /// A snapshot of the analysis (step; finished at progress 1, else phase "measuring") for
    /// the subclass to fill.
    std::shared_ptr<Snapshot> analysisSnapshot(double progress = 1.0) const
    {
        auto s = std::make_shared<Snapshot>();
        s->step = m_step;
        s->finished = progress >= 1.0;
        s->progress = progress;
        s->phase = s->finished ? QStringLiteral("done") : QStringLiteral("measuring");
        return s;
    }
    QString statusLine(const QString &summary) const
    {
        return m_message.isEmpty() ? m_source + QStringLiteral(": ") + summary : m_message;
    }
    /// A new input was accepted: forget the last command's message, count steps anew.
    void inputAccepted()
    {
        m_message.clear();
        m_step = 0;
    }

    QString m_source;  // what is shown: a file name, "pasted text" or the bundled example
    QString m_message; // the last command's outcome, shown instead of the summary
    qint64 m_step = 0;
};

} // namespace paperlab::papers::hivemind
