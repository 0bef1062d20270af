// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/logging.h>

// Warnings and above by default; QT_LOGGING_RULES="paperlab.*=true" shows everything.

Q_LOGGING_CATEGORY(lcPapers, "paperlab.papers", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSim, "paperlab.sim", QtWarningMsg)
Q_LOGGING_CATEGORY(lcQml, "paperlab.qml", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKiosk, "paperlab.kiosk", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "paperlab.export", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSettings, "paperlab.settings", QtWarningMsg)
