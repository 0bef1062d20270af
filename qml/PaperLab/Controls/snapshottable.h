// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/paperlabcontrolsexport.h>

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace paperlab::controls {

/// One Table of a runner's newest snapshot, for QML (the charts draw series, grids and bars,
/// not tables): show it with DataTable. Follows the runner's snapshotReady().
///
///     SnapshotTable { id: coverage; source: runner; table: "coverage" }
///     DataTable { title: coverage.label; columns: coverage.columns; rows: coverage.rows }
class PAPERLAB_CONTROLS_EXPORT SnapshotTable : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QObject *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(QString table READ table WRITE setTable NOTIFY tableChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(QString label READ label NOTIFY changed)
    Q_PROPERTY(QStringList columns READ columns NOTIFY changed)
    /// One QStringList per row.
    Q_PROPERTY(QVariantList rows READ rows NOTIFY changed)

public:
    explicit SnapshotTable(QObject *parent = nullptr);

    QObject *source() const { return m_source; }
    void setSource(QObject *source);
    QString table() const { return m_table; }
    void setTable(const QString &table);
    bool valid() const { return m_valid; }
    QString label() const { return m_label; }
    QStringList columns() const { return m_columns; }
    QVariantList rows() const { return m_rows; }

Q_SIGNALS:
    void sourceChanged();
    void tableChanged();
    void changed();

private:
    void refresh();

    QPointer<QObject> m_source;
    QMetaObject::Connection m_connection;
    QString m_table;
    bool m_valid = false;
    QString m_label;
    QStringList m_columns;
    QVariantList m_rows;
};

} // namespace paperlab::controls
