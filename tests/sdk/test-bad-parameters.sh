#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PaperLab authors
# SPDX-License-Identifier: MIT
# Mistakes in a plugin's parameters.json and presets.json fail its build against the SDK
# installed in <prefix>, with the author's file and the key: a default out of its range, a
# preset with an unknown key (at every build until fixed), and a file that is not JSON (at
# configure time). Each edit re-runs the configuration by itself.
# usage: test-bad-parameters.sh <prefix> <template source dir>
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: test-bad-parameters.sh <prefix> <template dir>" >&2; exit 2; }
prefix=$1 template=$2

work=$(mktemp -d /tmp/paperlab-bad-parameters.XXXXXX)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export HOME="$work/home"
mkdir -p "$HOME"

plugin="$work/random-walk"
cp -a "$template" "$plugin"
cp "$plugin/parameters.json" "$work/parameters.json.good"
cp "$plugin/presets.json" "$work/presets.json.good"
generator=()
command -v ninja > /dev/null && generator=(-G Ninja)
cmake -S "$plugin" -B "$work/build" "${generator[@]}" -DCMAKE_PREFIX_PATH="$prefix" \
    -DCMAKE_BUILD_TYPE=Release > "$work/configure.log"

# expect_build_failure <log> <message>: the build fails and its output has the message
# (CMake wraps its messages: spaces and line breaks are compared as one space).
expect_build_failure() {
    if cmake --build "$work/build" > "$work/$1" 2>&1; then
        fail "the build passed; expected: $2"
    fi
    tr -s ' \n' '  ' < "$work/$1" | grep -qF "$2" \
        || fail "the build output lacks '$2':"$'\n'"$(cat "$work/$1")"
}

sed -i 's/"default": 400,/"default": 0,/' "$plugin/parameters.json"
expect_build_failure default.log \
    "$plugin/parameters.json: \"steps.default\" is invalid: \"steps\" = 0 is below the minimum 1"
cp "$work/parameters.json.good" "$plugin/parameters.json"

sed -i 's/"walkers": 20000/"walkerz": 20000/' "$plugin/presets.json"
message="$plugin/presets.json: preset \"lecture\": unknown parameter \"walkerz\""
expect_build_failure preset.log "$message"
expect_build_failure preset-again.log "$message" # not only once: nothing is marked as checked
cp "$work/presets.json.good" "$plugin/presets.json"

sed -i 's/"min": 10,/"min": 10/' "$plugin/parameters.json"
expect_build_failure json.log "$plugin/parameters.json: not valid JSON"
cp "$work/parameters.json.good" "$plugin/parameters.json"

cmake --build "$work/build" > "$work/good.log" 2>&1 \
    || { cat "$work/good.log" >&2; fail "the fixed plugin does not build"; }
[ -f "$work/build/papers/random-walk.so" ] || fail "no random-walk.so after the fix"
echo "mistakes in parameters.json and presets.json fail the build, naming the file and key"
