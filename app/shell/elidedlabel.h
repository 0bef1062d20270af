// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

namespace paperlab::app {

/// A one-line label that elides its text to the width it is given, with the whole text as
/// its tooltip. A plain QLabel asks for its whole text's width as its minimum, so one long
/// status line pushed the window wider than a 1280-pixel projector.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    /// True while the text is wider than the label, so that some of it is hidden.
    bool isElided() const;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
};

} // namespace paperlab::app
