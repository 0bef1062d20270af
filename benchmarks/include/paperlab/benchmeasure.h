// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

// One line per measure, for benchmarks/run-all, which gathers the lines of every benchmark
// into one table (measure, value, target, whether it holds):
//
//   measure <TAB> what <TAB> value <TAB> unit <TAB> target
//
// The target is "<= x", ">= x" or empty (reported, no target). Header-only and Qt-free, so the
// papers' model benchmarks can use it.

#include <cstdio>
#include <string>

namespace paperlab::bench {

inline void reportMeasure(const std::string &what, double value, const std::string &unit,
                          const std::string &target = {})
{
    std::printf("measure\t%s\t%.4g\t%s\t%s\n", what.c_str(), value, unit.c_str(),
                target.c_str());
    std::fflush(stdout);
}

} // namespace paperlab::bench
