// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "papers/crashguard.h"

#include <paperlab/logging.h>
#include "papers/paperregistry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QSettings>
#include <QSysInfo>

#include <cerrno>
#include <csignal>

namespace paperlab::app {

namespace {
const QString kLoading = QStringLiteral("crashguard-loading");
const QString kDisabled = QStringLiteral("crashguard-disabled");

// A marker is [plugin file, host, process id]; one from before holds the file alone.
// The marker of a PaperLab that is still running, or of one on another machine sharing this
// settings file (a home directory on a cluster), is that process's own: several paperlab
// runs at once (GNU parallel, a job array) load the same papers, and none of them crashed.
bool ownedByAnotherProcess(const QStringList &marker)
{
    if (marker.size() < 3)
        return false;
    if (marker.at(1) != QSysInfo::machineHostName())
        return true;
    bool ok = false;
    const qint64 pid = marker.at(2).toLongLong(&ok);
    if (!ok || pid <= 0 || pid == QCoreApplication::applicationPid())
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}
} // namespace

CrashGuard::CrashGuard(QSettings *state) : m_state(state) { }

QString CrashGuard::fileStamp(const QString &filePath)
{
    const QFileInfo fi(filePath);
    if (!fi.exists())
        return QString();
    return QStringLiteral("%1 %2").arg(fi.size()).arg(fi.lastModified().toMSecsSinceEpoch());
}

QStringList CrashGuard::recover(const PaperRegistry &registry)
{
    m_state->beginGroup(kLoading);
    QStringList crashed;
    QHash<QString, QString> crashedFiles;
    for (const QString &id : m_state->childKeys()) {
        const QStringList marker = m_state->value(id).toStringList();
        if (ownedByAnotherProcess(marker))
            continue;
        crashed.append(id);
        crashedFiles.insert(id, marker.value(0));
        m_state->remove(id);
    }
    m_state->endGroup();

    m_state->beginGroup(kDisabled);
    for (const QString &id : crashed) {
        qCWarning(lcPapers).noquote()
            << QStringLiteral("%1 crashed PaperLab while loading; it stays disabled until its "
                              "plugin file changes")
                   .arg(id);
        m_state->setValue(id, fileStamp(crashedFiles.value(id)));
    }
    QStringList disabled;
    for (const QString &id : m_state->childKeys()) {
        const PaperSpec *spec = registry.find(id);
        if (spec && fileStamp(spec->filePath()) != m_state->value(id).toString()) {
            qCInfo(lcPapers).noquote() << id << "has a new plugin file; trying it again";
            m_state->remove(id);
            continue;
        }
        disabled.append(id);
    }
    m_state->endGroup();
    m_state->sync();
    return disabled;
}

void CrashGuard::beginLoad(const QString &id, const QString &filePath)
{
    m_state->setValue(kLoading + u'/' + id,
                      QStringList{filePath, QSysInfo::machineHostName(),
                                  QString::number(QCoreApplication::applicationPid())});
    m_state->sync(); // on disk before the plugin's code runs
}

void CrashGuard::endLoad(const QString &id)
{
    if (!isLoading(id))
        return;
    m_state->remove(kLoading + u'/' + id);
    m_state->sync();
}

bool CrashGuard::isLoading(const QString &id) const
{
    return m_state->contains(kLoading + u'/' + id);
}

} // namespace paperlab::app
