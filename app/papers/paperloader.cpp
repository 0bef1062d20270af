// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "papers/paperloader.h"

#include "papers/paperregistry.h"

#include <paperlab/logging.h>

namespace paperlab::app {

PaperLoader::PaperLoader(PaperRegistry *registry, QObject *parent)
    : QObject(parent), m_registry(registry)
{
    m_elapsed.start();
    m_clock = [this] { return m_elapsed.elapsed(); };
    m_settleTimer.setInterval(500);
    connect(&m_settleTimer, &QTimer::timeout, this, &PaperLoader::settle);
}

PaperLoader::~PaperLoader()
{
    settleAll(); // destroyed in an orderly exit: no paper is to blame
}

QStringList PaperLoader::enableCrashGuard(QSettings *state)
{
    m_guard.emplace(state);
    m_crashed = m_guard->recover(*m_registry);
    if (!m_crashed.isEmpty())
        m_registry->setDisabledIds(m_crashed);
    return m_crashed;
}

void PaperLoader::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

Result<PaperPlugin *> PaperLoader::load(const QString &id)
{
    PaperSpec *spec = m_registry->find(id);
    if (!spec)
        return m_registry->load(id); // its "no paper with id" error
    return load(spec);
}

Result<PaperPlugin *> PaperLoader::load(PaperSpec *spec)
{
    // Only a first load runs plugin code; Ready, Failed and Disabled papers return at once.
    const bool firstLoad = spec->state() == PaperState::Discovered;
    if (firstLoad)
        beginGuard(*spec);
    auto loaded = m_registry->load(spec);
    if (firstLoad && !loaded)
        settleAll(); // a clean failure, not a crash: nothing to blame at the next start
    return loaded;
}

void PaperLoader::loadAll()
{
    for (const auto &spec : m_registry->papers())
        load(spec.get());
}

void PaperLoader::guardRun(const QString &id)
{
    if (const PaperSpec *spec = m_registry->find(id))
        beginGuard(*spec);
}

void PaperLoader::beginGuard(const PaperSpec &spec)
{
    if (!m_guard)
        return;
    // The home page loads papers back to back: blaming every paper still settling would
    // disable papers that work.
    settleAll();
    m_guard->beginLoad(spec.id(), spec.filePath());
    m_settling = spec.id();
    m_settlingSince = m_clock();
    m_settleTimer.start();
}

void PaperLoader::settle()
{
    if (!m_settling.isEmpty() && m_clock() - m_settlingSince >= CrashGuard::kSettleMs) {
        qCDebug(lcPapers).noquote() << m_settling << "has run a while: its crash marker goes";
        settleAll();
    }
}

void PaperLoader::settleAll()
{
    if (!m_settling.isEmpty())
        m_guard->endLoad(m_settling);
    m_settling.clear();
    m_settleTimer.stop();
}

bool PaperLoader::isGuarding(const QString &id) const
{
    return m_guard && m_guard->isLoading(id);
}

} // namespace paperlab::app
