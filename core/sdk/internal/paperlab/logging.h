// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/paperlabcoreexport.h>

#include <QLoggingCategory>

// One logging category per subsystem; enable with QT_LOGGING_RULES="paperlab.*.debug=true".
// Written out by hand because Q_DECLARE_EXPORTED_LOGGING_CATEGORY arrived in Qt 6.5.
// Defined once, in paperlab_core, because the SDK's runner, PaperLab.Charts and the app all
// log; but not installed (internal/, not include/): plugins log under categories of their own.
PAPERLAB_CORE_EXPORT const QLoggingCategory &lcPapers();   ///< "paperlab.papers"
PAPERLAB_CORE_EXPORT const QLoggingCategory &lcSim();      ///< "paperlab.sim"
PAPERLAB_CORE_EXPORT const QLoggingCategory &lcQml();      ///< "paperlab.qml"
PAPERLAB_CORE_EXPORT const QLoggingCategory &lcKiosk();    ///< "paperlab.kiosk"
PAPERLAB_CORE_EXPORT const QLoggingCategory &lcExport();   ///< "paperlab.export"
PAPERLAB_CORE_EXPORT const QLoggingCategory &lcSettings(); ///< "paperlab.settings"
