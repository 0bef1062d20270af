// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/logging.h>

Q_LOGGING_CATEGORY(lcPapers, "paperlab.papers")
Q_LOGGING_CATEGORY(lcSim, "paperlab.sim")
Q_LOGGING_CATEGORY(lcQml, "paperlab.qml")
Q_LOGGING_CATEGORY(lcKiosk, "paperlab.kiosk")
Q_LOGGING_CATEGORY(lcExport, "paperlab.export")
Q_LOGGING_CATEGORY(lcSettings, "paperlab.settings")
