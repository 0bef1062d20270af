// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "snapshottable.h"

#include <paperlab/simulationrunner.h>

namespace paperlab::controls {

SnapshotTable::SnapshotTable(QObject *parent) : QObject(parent) {}

void SnapshotTable::setSource(QObject *source)
{
    if (m_source == source)
        return;
    disconnect(m_connection);
    m_source = source;
    if (auto *runner = qobject_cast<SimulationRunner *>(source)) {
        // Queued across threads: the runner signals from its worker thread.
        m_connection
            = connect(runner, &SimulationRunner::snapshotReady, this, &SnapshotTable::refresh);
    }
    Q_EMIT sourceChanged();
    refresh();
}

void SnapshotTable::setTable(const QString &table)
{
    if (m_table == table)
        return;
    m_table = table;
    Q_EMIT tableChanged();
    refresh();
}

void SnapshotTable::refresh()
{
    auto *runner = qobject_cast<SimulationRunner *>(m_source.data());
    const SnapshotPtr s = runner ? runner->latest() : nullptr;
    const auto t = s ? s->findTable(m_table) : nullptr;
    QVariantList rows;
    if (t) {
        for (const QStringList &r : t->rows)
            rows.append(QVariant(r));
    }
    const bool valid = t != nullptr;
    const QString label = t ? t->label : QString();
    const QStringList columns = t ? t->columns : QStringList();
    if (valid == m_valid && label == m_label && columns == m_columns && rows == m_rows)
        return;
    m_valid = valid;
    m_label = label;
    m_columns = columns;
    m_rows = rows;
    Q_EMIT changed();
}

} // namespace paperlab::controls
