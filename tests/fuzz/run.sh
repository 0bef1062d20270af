#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PaperLab authors
# SPDX-License-Identifier: MIT
#
# Fuzzes every reader of outside input with libFuzzer, AddressSanitizer and UBSan:
#
#   tests/fuzz/run.sh [SECONDS] [TARGET ...]     e.g. tests/fuzz/run.sh 600 fuzz_csv
#
# builds the "fuzz" preset (clang) into build/fuzz, then runs each target (all by default)
# for SECONDS (default 60) on a working corpus that starts from its seeds (the project's
# real files and the committed tests/fuzz/corpus/<name> or plugins/<id>/tests/fuzz/<name>),
# with its dictionary. A crash stops the target and leaves the input in
# build/fuzz/tests/fuzz/crashes/; add it to the committed corpus with the fix, so the
# ordinary test run (ctest -L fuzz) replays it from then on. Prints one line per target.
set -euo pipefail
seconds=${1:-60}
shift || true
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build=$source_dir/build/fuzz
cd "$source_dir"
cmake --preset fuzz > "$build.configure.log" 2>&1 || { cat "$build.configure.log"; exit 1; }
cmake --build "$build" --target paperlab_fuzzers
out=$build/tests/fuzz
mkdir -p "$out/crashes"
targets=("$@")
if ((${#targets[@]} == 0)); then
    for inputs in "$out"/*.inputs; do
        targets+=("$(basename "$inputs" .inputs)")
    done
fi
status=0
for target in "${targets[@]}"; do
    corpus=$out/$target.corpus
    mkdir -p "$corpus"
    dictionary=()
    while read -r kind path; do
        case $kind in
            seed) if [[ -d $path ]]; then cp -r "$path"/. "$corpus"/; else cp "$path" "$corpus"/; fi ;;
            dictionary) dictionary=(-dict="$path") ;;
        esac
    done < "$out/$target.inputs"
    log=$out/$target.log
    # CPU seconds as well as wall time: on a busy machine a target gets less than its SECONDS.
    TIMEFORMAT=%U+%S
    if cpu=$( { time "$out/$target" "${dictionary[@]}" -max_total_time="$seconds" \
            -print_final_stats=1 -artifact_prefix="$out/crashes/$target-" -rss_limit_mb=4096 \
            "$corpus" > "$log" 2>&1; } 2>&1 ); then
        result=ok
    else
        result="CRASH (see $log)"
        status=1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    slowest=$(sed -n 's/^stat::slowest_unit_time_sec: *//p' "$log")
    cpu=$(awk -F+ '{ printf "%.0f", $1 + $2 }' <<< "${cpu##*$'\n'}")
    echo "$target: ${runs:-?} runs in ${seconds} s (CPU ${cpu} s), slowest input ${slowest:-?} s," \
         "corpus $(ls "$corpus" | wc -l) inputs: $result"
done
exit $status
