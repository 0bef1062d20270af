// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "shell/presentation.h"

#include <paperlab/parameterschema.h>

#include <QObject>

class QMimeData;
class QWidget;

namespace paperlab::app {

/// Lets the user drop a data file onto a simulator's view: an event filter on `target` that
/// accepts one local file matching the filters of the simulator's first `file` parameter and
/// emits fileDropped(). It stays inert when the simulator has no file parameter, or in the
/// kiosk when the parameter is not editable there. The caller sets the value and restarts.
class FileDropTarget : public QObject
{
    Q_OBJECT
public:
    FileDropTarget(QWidget *target, const ParameterSchema &schema, const QString &simulatorId,
                   Presentation presentation = Presentation::Desktop);

    /// The parameter a drop sets; empty when drops are not accepted.
    QString key() const { return m_key; }
    /// The local file in `mime` this target accepts, or empty.
    QString acceptedFile(const QMimeData *mime) const;
    /// The glob patterns of name filters such as "Evaluations (*.csv *.jsonl)".
    static QStringList patterns(const QStringList &nameFilters);

Q_SIGNALS:
    void fileDropped(const QString &key, const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_key;
    QStringList m_patterns; ///< empty: any file
};

} // namespace paperlab::app
