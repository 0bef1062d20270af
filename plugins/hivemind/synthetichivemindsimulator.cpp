// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "synthetichivemindsimulator.h"

#include "hivemindsnapshot.h"

#include <paperlab/parameterset.h>
#include <paperlab/snapshot.h>

#include <QElapsedTimer>

#include <algorithm>

namespace paperlab::papers::hivemind {

GeneratorConfig SyntheticHivemindSimulator::configFrom(const ParameterSet &p)
{
    GeneratorConfig c;
    c.prompts = p.integer(QStringLiteral("prompts"));
    c.models = p.integer(QStringLiteral("models"));
    c.responses = p.integer(QStringLiteral("responses"));
    c.ideas = p.integer(QStringLiteral("ideas"));
    c.dim = p.integer(QStringLiteral("dim"));
    c.sharedPrior = p.real(QStringLiteral("shared_prior"));
    c.temperature = p.real(QStringLiteral("temperature"));
    c.noise = p.real(QStringLiteral("noise"));
    c.offset = p.real(QStringLiteral("offset"));
    c.privateIdeas = p.flag(QStringLiteral("private_ideas"));
    c.seed = p.seed(QStringLiteral("seed"));
    return c;
}

void SyntheticHivemindSimulator::reset(const ParameterSet &p)
{
    m_done = false;
    m_step = 0;
    m_result = {};
    m_picture = {};
    applyLive(p);
}

void SyntheticHivemindSimulator::applyLive(const ParameterSet &p)
{
    m_config = configFrom(p);
    m_selfPairs = p.flag(QStringLiteral("self_pairs"));
    m_picturePrompt = std::min(p.integer(QStringLiteral("picture_prompt")), m_config.prompts) - 1;
    if (m_done)
        compute(); // no training loop: a change is shown at once
}

void SyntheticHivemindSimulator::advance(std::chrono::milliseconds)
{
    if (!m_done)
        compute();
    ++m_step;
}

void SyntheticHivemindSimulator::compute()
{
    QElapsedTimer clock;
    clock.start();
    const EmbeddingSet set = generateSynthetic(m_config);
    m_result = analyse(set);
    m_picture = promptPicture(set, m_picturePrompt);
    m_recomputeMs = double(clock.nsecsElapsed()) / 1e6;
    m_done = true;
}

std::shared_ptr<Snapshot> SyntheticHivemindSimulator::snapshot() const
{
    auto s = std::make_shared<Snapshot>();
    s->step = m_step;
    s->finished = m_done;
    s->progress = m_done ? 1.0 : 0.0;
    if (!m_done) {
        s->phase = QStringLiteral("ready");
        s->readouts.insert(QStringLiteral("prompts"), m_config.prompts);
        s->readouts.insert(QStringLiteral("models"), m_config.models);
        s->readouts.insert(QStringLiteral("responses_per_model"), m_config.responses);
        s->status = QStringLiteral("Ready: press Play to generate %1 prompts × %2 models × %3 "
                                   "responses and measure them")
                        .arg(m_config.prompts)
                        .arg(m_config.models)
                        .arg(m_config.responses);
        return s;
    }
    s->phase = QStringLiteral("done");
    addMetrics(*s, m_result, m_selfPairs);
    addPicture(*s, m_picture, m_config.models);
    s->readouts.insert(QStringLiteral("picture_prompt"), m_picturePrompt + 1);
    s->readouts.insert(QStringLiteral("responses_per_model"), m_config.responses);
    s->readouts.insert(QStringLiteral("recompute_ms"), m_recomputeMs);
    s->status = QStringLiteral("Measured %1 responses in %2 ms; change any knob to recompute")
                    .arg(m_result.responses)
                    .arg(m_recomputeMs, 0, 'f', 0);
    return s;
}

} // namespace paperlab::papers::hivemind
