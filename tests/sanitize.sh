#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PaperLab authors
# SPDX-License-Identifier: MIT
#
# Runs the tests under the sanitizers:
#
#   tests/sanitize.sh [asan|tsan|all]      (default: all)
#
# asan: builds the "asan" preset (AddressSanitizer, LeakSanitizer, UBSan) into build/asan and
#       runs the unit and integration tests, i.e. everything but the Xvfb, slow, SDK, package
#       and soak tests, which either need a display or take minutes each under ASan.
# tsan: builds the "tsan" preset (ThreadSanitizer) into build/tsan and runs the tests of the
#       code that uses threads: the simulation runner, the session, the line plot runner, the
#       sweep dialog and the math thread pool (core/math parallel.cpp).
# Both presets build at -O1 (at -O0 the Eigen kernels of the reproduction tests ran past their
# time limits) and multiply every test's time limit by 4 (PAPERLAB_TEST_TIMEOUT_SCALE).
# Not part of .ci/run, which cannot afford the sanitizer builds' time; run it before merging
# a change to the runner, the session, the thread pool or a reader of outside input, and
# before every release. Any report fails the run; leaks are only tolerated inside the
# third-party libraries listed, with reasons, in tests/sanitizers/lsan.supp.
set -euo pipefail
which=${1:-all}
source_dir=$(cd "$(dirname "$0")/.." && pwd)
supp=$source_dir/tests/sanitizers
cd "$source_dir"
jobs=${PAPERLAB_JOBS:-2}

# print_stacktrace: UBSan shows only the line otherwise. halt_on_error: the first report
# fails the test, so a report cannot scroll past unnoticed in a passing run.
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1
ASAN_OPTIONS+=:strict_init_order=1:check_initialization_order=1
# Qt is built without frame pointers, so the fast unwinder stops at its first frame and a
# leak inside Qt cannot be told from one of ours; the suppressions need the full stack. It
# makes every allocation slower (a --screenshot run took 13 s instead of about 4).
ASAN_OPTIONS+=:fast_unwind_on_malloc=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$supp/lsan.supp:print_suppressions=0
export TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:suppressions=$supp/tsan.supp
# Qt and GLib are not built with ThreadSanitizer, so it cannot see the locks with which they
# hand memory between threads (a thread pool's queue, an event dispatcher's eventfd), and it
# reports the new and delete, the read and write, that Qt itself does on either side. This
# ignores what Qt's and GLib's own code does through TSan's interceptors; every access of our
# code is still checked. Our own hand-overs between threads are marked for it in
# core/sdk/internal/paperlab/threadhandover.h.
TSAN_OPTIONS+=:ignore_noninstrumented_modules=1
# Qt's own plugins are not instrumented; the offscreen platform needs no display.
export QT_QPA_PLATFORM=offscreen

# build PRESET [TARGET ...]: the whole preset, or only the targets named.
build() {
    local preset=$1
    shift
    cmake --preset "$preset" > "build/$preset.configure.log" 2>&1 \
        || { cat "build/$preset.configure.log"; exit 1; }
    cmake --build "build/$preset" -j"$jobs" ${1:+--target "$@"}
}

status=0
if [[ $which == asan || $which == all ]]; then
    mkdir -p build
    build asan
    ctest --test-dir build/asan -j"$jobs" --output-on-failure \
        -LE "xvfb|slow|sdk|package|soak" -E "^tst_charts_opengl$" || status=1
    # The charts on software OpenGL, with the fast unwinder and without leak detection: with
    # full stacks the process deadlocks as Mesa's JIT registers its code (libgcc's unwinder,
    # holding its lock, allocates, and ASan's unwinder asks for the same lock). Its leak
    # stacks are then one frame deep: the direct leaks seen (7.4 kB) are in an unloaded Mesa
    # driver, Mesa's JIT code, libdbus and Qt's batch renderer (nodeWasAdded), and cannot be
    # matched to a cause. Memory errors are still checked here, and the same QML files are
    # leak-checked with full stacks in tst_charts (Qt Quick's software renderer).
    ASAN_OPTIONS=${ASAN_OPTIONS/fast_unwind_on_malloc=0/fast_unwind_on_malloc=1}:detect_leaks=0 \
        ctest --test-dir build/asan --output-on-failure -R "^tst_charts_opengl$" || status=1
fi
if [[ $which == tsan || $which == all ]]; then
    mkdir -p build
    threaded=(tst_simulationrunner tst_simulationsession tst_lineplotrunner tst_sweepdialog
              tst_parallel)
    build tsan "${threaded[@]}"
    ctest --test-dir build/tsan -j"$jobs" --output-on-failure \
        -R "^($(IFS='|'; echo "${threaded[*]}"))$" || status=1
fi
if [[ $which != asan && $which != tsan && $which != all ]]; then
    echo "usage: tests/sanitize.sh [asan|tsan|all]" >&2
    exit 2
fi
exit $status
