// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

namespace paperlab::app {

/// Process exit codes of the headless commands; documented in --help and the README.
enum ExitCode : int {
    ExitOk = 0,
    ExitIoError = 1,          ///< the output file could not be written
    ExitBadUsage = 2,         ///< unknown option, missing argument, malformed value
    ExitUnknownPaper = 3,     ///< no such paper, or it failed to load (or to make a simulator);
                              ///< --screenshot: a view it shows has QML errors
    ExitBadParameter = 4,     ///< unknown key, wrong type or out of range; unknown preset;
                              ///< a file parameter's file unreadable or malformed
    ExitSimulationError = 5,  ///< the simulator threw
    ExitInterrupted = 130,    ///< sweep: stopped by Ctrl+C (SIGINT) or SIGTERM; the runs
                              ///< finished by then were written
};

} // namespace paperlab::app
