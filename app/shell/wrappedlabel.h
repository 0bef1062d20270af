// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QHash>
#include <QLabel>

namespace paperlab::app {

/// A word-wrapping label that remembers its height for each width it was asked about, until
/// its text or font changes. QLabel lays out its whole text for every heightForWidth() call
/// (twice for rich text), and a page of cards asks again for every label after any change
/// in its layout: on the home page, each thumbnail that arrived had every card's and quick
/// start's text shaped again, an eighth of the start's CPU time.
class WrappedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappedLabel(const QString &text = {}, QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

private:
    mutable QHash<int, int> m_heights; ///< width → height, for m_text in m_font
    mutable QString m_text;
    mutable QFont m_font;
};

} // namespace paperlab::app
