// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "shell/presentation.h"

#include <paperlab/parameterschema.h>

#include <QAbstractListModel>

namespace paperlab::app {

class SimulationSession;

/// The editable parameters of a session's current simulator, as a list model (architecture
/// §8.2): what the desktop panel and the presenter console generate their forms from, and
/// what a QML panel binds to. It enforces the kiosk policy, so no view has to: in the kiosk
/// hidden parameters are not rows and read-only ones refuse edits. Seeds are not rows (the
/// transport bar edits them). Values are the session's pending ones.
class ParameterModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        LabelRole,
        UnitRole,
        TypeRole,        ///< "real", "int", ... (paramTypeName)
        ValueRole,       ///< the pending value; writable unless read-only
        MinRole,
        MaxRole,
        StepRole,
        ChoicesRole,     ///< list of {id, label}
        LiveRole,
        KioskRole,       ///< "visible", "readonly" or "hidden"
        DescriptionRole,
        SymbolRole,
        GroupRole,
        ReadOnlyRole,
        RestartNeededRole,
    };

    ParameterModel(SimulationSession &session, Presentation presentation,
                   QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = ValueRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    const ParamSpec &spec(int row) const { return m_specs.at(row); }
    bool isReadOnly(int row) const;
    /// The row of a key, or -1.
    int rowOf(const QString &key) const;
    /// Sets a value from text (list fields); the error names the key and the problem.
    Result<void> setText(int row, const QString &text);

    /// The pending value of a row's key (invalid for no row), for a view's own editor.
    Q_INVOKABLE QVariant value(const QString &key) const;
    /// A view's own editor (a truth table, say) takes the panel's path: the values become
    /// pending and the run restarts with them, as an edit followed by Reset. Refused (false)
    /// when a key is no row or read-only here, or when the values do not validate (the
    /// session reports why); the pending values are then as they were.
    Q_INVOKABLE bool apply(const QVariantMap &values);

private:
    void reload();
    void onPendingChanged(const QString &key);

    SimulationSession &m_session;
    Presentation m_presentation;
    QList<ParamSpec> m_specs;
};

} // namespace paperlab::app
