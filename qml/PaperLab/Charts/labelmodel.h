// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPointF>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace paperlab::charts {

/// A text placed by a chart's layout: tick labels, axis titles, the title, legend entries.
struct ChartLabel {
    enum Kind { Tick, AxisTitle, Title, Legend };

    QString text;
    QPointF anchor; ///< item coordinates
    int hAlign = 0; ///< where the anchor sits on the (rotated) box: -1 left, 0 centre, 1 right
    int vAlign = 0; ///< -1 top, 0 centre, 1 bottom
    bool vertical = false; ///< rotated 90° counter-clockwise
    Kind kind = Tick;
    bool muted = false; ///< drawn in the theme's mutedText colour
    bool rich = false; ///< `text` is rich text (MathText::toHtml) rather than plain
    double maxWidth = 0; ///< positive: word-wrapped to this width, lines centred

    friend bool operator==(const ChartLabel &a, const ChartLabel &b)
    {
        return a.text == b.text && a.anchor == b.anchor && a.hAlign == b.hAlign
            && a.vAlign == b.vAlign && a.vertical == b.vertical && a.kind == b.kind
            && a.muted == b.muted && a.rich == b.rich && a.maxWidth == b.maxWidth;
    }
};

/// The labels as a list model for a QML Repeater. Rows are updated in place when the
/// count stays the same, so a chart that rescales every frame does not recreate its Texts.
class LabelModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS

public:
    enum Role {
        LabelRole = Qt::UserRole + 1,
        AnchorXRole,
        AnchorYRole,
        HAlignRole,
        VAlignRole,
        VerticalRole,
        KindRole,
        MutedRole,
        RichRole,
        MaxWidthRole
    };

    using QAbstractListModel::QAbstractListModel;

    void setLabels(const QList<ChartLabel> &labels);
    const QList<ChartLabel> &labels() const { return m_labels; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<ChartLabel> m_labels;
};

} // namespace paperlab::charts
