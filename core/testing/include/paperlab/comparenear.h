// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QTest>

#include <cmath>

/// Fails the current test unless |actual - expected| <= tol (NaN never passes), printing
/// both values at full precision; QCOMPARE's fuzzy compare is useless near zero. Header-only,
/// so that Qt-free model tests can use it without the plugin test library.
#define PL_COMPARE_NEAR(actual, expected, tol)                                               \
    do {                                                                                     \
        const double plActual = (actual);                                                    \
        const double plExpected = (expected);                                                \
        if (!(std::abs(plActual - plExpected) <= (tol))) {                                   \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3 +- %4")                    \
                                 .arg(QStringLiteral(#actual))                               \
                                 .arg(plActual, 0, 'g', 17)                                  \
                                 .arg(plExpected, 0, 'g', 17)                                \
                                 .arg(double(tol), 0, 'g', 3)));                             \
        }                                                                                    \
    } while (false)
