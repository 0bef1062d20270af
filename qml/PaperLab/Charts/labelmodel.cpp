// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "labelmodel.h"

namespace paperlab::charts {

void LabelModel::setLabels(const QList<ChartLabel> &labels)
{
    // A label that starts or stops wrapping needs a new text item: QML's Binding on the item's
    // width, released when the label stops wrapping, restores the width the item had before
    // and leaves the text off its anchor (a category label once sat under the next bar).
    const auto wrapChanged = [&] {
        for (qsizetype i = 0; i < labels.size(); ++i) {
            if ((labels[i].maxWidth > 0) != (m_labels[i].maxWidth > 0))
                return true;
        }
        return false;
    };
    if (labels.size() != m_labels.size() || wrapChanged()) {
        beginResetModel();
        m_labels = labels;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (labels[i] == m_labels[i])
            continue;
        m_labels[i] = labels[i];
        Q_EMIT dataChanged(index(int(i)), index(int(i)));
    }
}

int LabelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_labels.size());
}

QVariant LabelModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_labels.size())
        return {};
    const ChartLabel &l = m_labels[index.row()];
    switch (role) {
    case LabelRole: return l.text;
    case AnchorXRole: return l.anchor.x();
    case AnchorYRole: return l.anchor.y();
    case HAlignRole: return l.hAlign;
    case VAlignRole: return l.vAlign;
    case VerticalRole: return l.vertical;
    case KindRole: return int(l.kind);
    case MutedRole: return l.muted;
    case RichRole: return l.rich;
    case MaxWidthRole: return l.maxWidth;
    default: return {};
    }
}

QHash<int, QByteArray> LabelModel::roleNames() const
{
    return {{LabelRole, "label"},   {AnchorXRole, "anchorX"}, {AnchorYRole, "anchorY"},
            {HAlignRole, "hAlign"}, {VAlignRole, "vAlign"},   {VerticalRole, "vertical"},
            {KindRole, "kind"},     {MutedRole, "muted"},     {RichRole, "rich"},
            {MaxWidthRole, "maxWidth"}};
}

} // namespace paperlab::charts
