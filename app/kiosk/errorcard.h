// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;

namespace paperlab::app {

/// What the kiosk shows instead of a step it cannot show (a paper that is not installed,
/// failed to load, was disabled by the crash guard, or lacks the preset or section the
/// playlist names). Never a dialog: the card says what is wrong, large enough to read from
/// the back, and counts down to the next step.
class ErrorCard : public QWidget
{
    Q_OBJECT
public:
    explicit ErrorCard(QWidget *parent = nullptr);

    void setError(const QString &title, const QString &reason);
    /// The one card of a tour with no step to show: it says so and counts down nothing.
    void setNothingToShow(const QString &title, const QString &reason);
    void setSecondsLeft(int seconds);
    QString reason() const;

private:
    QFrame *m_card;
    QLabel *m_heading;
    QLabel *m_title;
    QLabel *m_reason;
    QLabel *m_countdown;
};

} // namespace paperlab::app
