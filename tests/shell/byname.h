// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

namespace paperlab::test {

/// The first child of `parent` of type W with the accessible name `name` (as a screen reader
/// finds it), or nullptr.
template <typename W>
W *byName(const QObject *parent, const QString &name)
{
    for (W *w : parent->findChildren<W *>()) {
        if (w->accessibleName() == name)
            return w;
    }
    return nullptr;
}

} // namespace paperlab::test
