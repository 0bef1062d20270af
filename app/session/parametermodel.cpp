// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "session/parametermodel.h"

#include "session/simulationsession.h"

namespace paperlab::app {

namespace {

QString kioskName(KioskPolicy policy)
{
    switch (policy) {
    case KioskPolicy::Visible: return QStringLiteral("visible");
    case KioskPolicy::ReadOnly: return QStringLiteral("readonly");
    case KioskPolicy::Hidden: return QStringLiteral("hidden");
    }
    return {};
}

} // namespace

ParameterModel::ParameterModel(SimulationSession &session, Presentation presentation,
                               QObject *parent)
    : QAbstractListModel(parent), m_session(session), m_presentation(presentation)
{
    connect(&session, &SimulationSession::simulatorChanged, this, &ParameterModel::reload);
    connect(&session, &SimulationSession::pendingChanged, this, &ParameterModel::onPendingChanged);
    connect(&session, &SimulationSession::restarted, this, [this] { onPendingChanged({}); });
    reload();
}

void ParameterModel::reload()
{
    beginResetModel();
    m_specs.clear();
    for (const ParamSpec &p : m_session.parameters()) {
        if (p.type == ParamType::Seed)
            continue;
        if (m_presentation == Presentation::Kiosk && p.kiosk == KioskPolicy::Hidden)
            continue; // presets still set it: the session keeps every value
        m_specs.append(p);
    }
    endResetModel();
}

void ParameterModel::onPendingChanged(const QString &key)
{
    if (m_specs.isEmpty())
        return;
    const int row = key.isEmpty() ? -1 : rowOf(key);
    if (!key.isEmpty() && row < 0)
        return;
    // Restart marks depend on every value, so a change to one may clear another's.
    Q_EMIT dataChanged(index(row < 0 ? 0 : row), index(row < 0 ? rowCount() - 1 : row),
                       {ValueRole});
    Q_EMIT dataChanged(index(0), index(rowCount() - 1), {RestartNeededRole});
}

int ParameterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_specs.size());
}

bool ParameterModel::isReadOnly(int row) const
{
    return m_presentation == Presentation::Kiosk && m_specs.at(row).kiosk == KioskPolicy::ReadOnly;
}

int ParameterModel::rowOf(const QString &key) const
{
    for (int i = 0; i < m_specs.size(); ++i) {
        if (m_specs.at(i).id == key)
            return i;
    }
    return -1;
}

QVariant ParameterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_specs.size())
        return {};
    const ParamSpec &p = m_specs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole: return p.label;
    case IdRole: return p.id;
    case UnitRole: return p.unit;
    case TypeRole: return paramTypeName(p.type);
    case ValueRole: return m_session.pending().value(p.id);
    case MinRole: return p.min;
    case MaxRole: return p.max;
    case StepRole: return p.step;
    case ChoicesRole: {
        QVariantList choices;
        for (const auto &[id, label] : p.choices)
            choices.append(QVariantMap{{QStringLiteral("id"), id}, {QStringLiteral("label"), label}});
        return choices;
    }
    case LiveRole: return p.live;
    case KioskRole: return kioskName(p.kiosk);
    case Qt::ToolTipRole:
    case DescriptionRole: return p.description;
    case SymbolRole: return p.symbol;
    case GroupRole: return p.group;
    case ReadOnlyRole: return isReadOnly(index.row());
    case RestartNeededRole: return m_session.restartNeeded(p.id);
    default: return {};
    }
}

bool ParameterModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || (role != ValueRole && role != Qt::EditRole) || isReadOnly(index.row()))
        return false;
    m_session.setPending(m_specs.at(index.row()).id, value);
    return true;
}

Result<void> ParameterModel::setText(int row, const QString &text)
{
    if (isReadOnly(row)) {
        return Error::make(ErrorReason::BadParameter,
                           tr("\"%1\" is fixed in kiosk mode").arg(m_specs.at(row).id));
    }
    return m_session.setPendingText(m_specs.at(row).id, text);
}

QVariant ParameterModel::value(const QString &key) const
{
    return rowOf(key) >= 0 ? m_session.pending().value(key) : QVariant();
}

bool ParameterModel::apply(const QVariantMap &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const int row = rowOf(it.key());
        if (row < 0 || isReadOnly(row))
            return false;
    }
    const ParameterSet before = m_session.pending();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        m_session.setPending(it.key(), it.value());
    if (m_session.restart())
        return true;
    m_session.setPendingValues(before);
    return false;
}

Qt::ItemFlags ParameterModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return isReadOnly(index.row()) ? f : f | Qt::ItemIsEditable;
}

QHash<int, QByteArray> ParameterModel::roleNames() const
{
    return {{IdRole, "id"},           {LabelRole, "label"},   {UnitRole, "unit"},
            {TypeRole, "type"},       {ValueRole, "value"},   {MinRole, "min"},
            {MaxRole, "max"},         {StepRole, "step"},     {ChoicesRole, "choices"},
            {LiveRole, "live"},       {KioskRole, "kiosk"},   {DescriptionRole, "description"},
            {SymbolRole, "symbol"},   {GroupRole, "group"},   {ReadOnlyRole, "readOnly"},
            {RestartNeededRole, "restartNeeded"}};
}

} // namespace paperlab::app
