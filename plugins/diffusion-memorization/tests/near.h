// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QTest>

#include <cmath>

// Fails unless |actual − expected| <= tol (NaN never passes), printing both at full precision.
#define DM_COMPARE_NEAR(actual, expected, tol)                                                    \
    do {                                                                                          \
        const double dmActual = (actual);                                                         \
        const double dmExpected = (expected);                                                     \
        if (!(std::abs(dmActual - dmExpected) <= (tol))) {                                        \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3 +- %4")                         \
                                 .arg(QStringLiteral(#actual))                                    \
                                 .arg(dmActual, 0, 'g', 17)                                       \
                                 .arg(dmExpected, 0, 'g', 17)                                     \
                                 .arg(double(tol), 0, 'g', 3)));                                  \
        }                                                                                         \
    } while (false)
