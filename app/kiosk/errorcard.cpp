// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "kiosk/errorcard.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace paperlab::app {

ErrorCard::ErrorCard(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Not available"));
    // The card takes the middle two thirds of the width: word-wrapped labels need a width
    // from the layout, or they wrap to a narrow column and clip.
    auto *outer = new QGridLayout(this);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(1, 4);
    outer->setColumnStretch(2, 1);
    outer->setRowStretch(0, 1);
    outer->setRowStretch(2, 2);
    m_card = new QFrame(this);
    m_card->setObjectName(QStringLiteral("failedCard"));
    outer->addWidget(m_card, 1, 1);
    auto *layout = new QVBoxLayout(m_card);
    const int margin = fontMetrics().height() * 2;
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->setSpacing(fontMetrics().height());

    auto scaled = [](QWidget *w, double factor, QFont::Weight weight) {
        QFont f = w->font();
        f.setPointSizeF(f.pointSizeF() * factor);
        f.setWeight(weight);
        w->setFont(f);
    };
    m_heading = new QLabel(m_card);
    m_heading->setObjectName(QStringLiteral("error"));
    m_heading->setWordWrap(true);
    scaled(m_heading, 1.3, QFont::DemiBold);
    layout->addWidget(m_heading);

    m_title = new QLabel(m_card);
    m_title->setWordWrap(true);
    scaled(m_title, 1.9, QFont::Bold);
    layout->addWidget(m_title);

    m_reason = new QLabel(m_card);
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    scaled(m_reason, 1.15, QFont::Normal);
    layout->addWidget(m_reason);

    m_countdown = new QLabel(m_card);
    m_countdown->setObjectName(QStringLiteral("muted"));
    layout->addWidget(m_countdown);
}

void ErrorCard::setError(const QString &title, const QString &reason)
{
    m_heading->setText(tr("This part of the tour is not available right now"));
    m_countdown->show();
    m_title->setText(title);
    m_reason->setText(reason);
    setAccessibleDescription(title + u'\n' + reason);
}

void ErrorCard::setNothingToShow(const QString &title, const QString &reason)
{
    setError(title, reason);
    m_heading->setText(tr("This tour has nothing to show"));
    m_countdown->hide();
}

void ErrorCard::setSecondsLeft(int seconds)
{
    m_countdown->setText(tr("The tour continues in %n s.", nullptr, seconds));
}

QString ErrorCard::reason() const
{
    return m_reason->text();
}

} // namespace paperlab::app
