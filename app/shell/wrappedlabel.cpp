// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "shell/wrappedlabel.h"

namespace paperlab::app {

WrappedLabel::WrappedLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setWordWrap(true);
}

int WrappedLabel::heightForWidth(int width) const
{
    // setText() is not virtual, so a changed text is noticed here; comparing it costs far
    // less than laying it out. Margins and indent are set once, before the first layout.
    if (text() != m_text || font() != m_font) {
        m_heights.clear();
        m_text = text();
        m_font = font();
    }
    if (const auto it = m_heights.constFind(width); it != m_heights.cend())
        return it.value();
    if (m_heights.size() > 64) // a window dragged wider and narrower: keep it small
        m_heights.clear();
    const int height = QLabel::heightForWidth(width);
    m_heights.insert(width, height);
    return height;
}

} // namespace paperlab::app
