#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PaperLab authors
# SPDX-License-Identifier: MIT
# Copies the template plugin (plugins/random-walk) out of the tree, builds it against the SDK
# installed in <prefix> with warnings as errors, and loads it in the app installed there with
# --plugin-dir. Its id is also bundled, so this checks the duplicate rule as well: the
# --plugin-dir copy wins, the bundled one is "Duplicate id ... (shadowed by <copy>)". Its
# `file` parameter is run with a good and a malformed file. Its explainer's equations are typeset
# by the SDK's typesetter at build time and embedded in the plugin.
# usage: test-out-of-tree.sh <prefix> <libdir> <template source dir> <testcheck>
set -euo pipefail
[ $# -eq 4 ] || { echo "usage: test-out-of-tree.sh <prefix> <libdir> <template dir> <testcheck>" >&2; exit 2; }
prefix=$1 libdir=$2 template=$3 testcheck=$4

work=$(mktemp -d /tmp/paperlab-sdk.XXXXXX)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
export QT_QPA_PLATFORM=offscreen
unset PAPERLAB_PLUGIN_PATH
mkdir -p "$HOME"

cp -a "$template" "$work/random-walk"
generator=()
command -v ninja > /dev/null && generator=(-G Ninja)
cmake -S "$work/random-walk" -B "$work/build" "${generator[@]}" -DCMAKE_PREFIX_PATH="$prefix" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS="-Wall -Wextra -Werror"
found=$(sed -n 's/^PaperLab_DIR:PATH=//p' "$work/build/CMakeCache.txt")
[ "$found" = "$prefix/$libdir/cmake/PaperLab" ] || fail "found the SDK in '$found', not in $prefix"
cmake --build "$work/build"
plugin="$work/build/papers/random-walk.so"
[ -f "$plugin" ] || fail "no $plugin"
tex='\operatorname{Var}[x_t] = \sigma^2 t, \qquad \mathbb{E}[x_t] = \mu t.'
grep -qF "$tex" "$work/random-walk/content/explainer.md" || fail "the template lost its equation"
key=$(printf 'display:%s' "$tex" | sha1sum | cut -c1-16)
svg="$work/build/paper_random_walk_math/content/math/$key.svg"
grep -qF "<title>$tex</title>" "$svg" || fail "the SDK did not typeset the template's equation"
grep -q "<file>content/math/$key.svg</file>" "$work/build/paper_random_walk_math/math.qrc" \
    || fail "the equation is not in the plugin's resources"
nm "$plugin" > "$work/symbols"  # not piped: grep -q would end nm early, failing the pipe
grep -q qInitResources_paper_random_walk_math "$work/symbols" || fail "no equations in $plugin"

app="$prefix/bin/paperlab"
"$app" --check-plugin "$plugin" || fail "--check-plugin rejects the out-of-tree build"
"$app" --plugin-dir "$work/build/papers" --list-papers --json > "$work/list.json"
"$testcheck" paper "$work/list.json" random-walk state=ready origin=command-line "path=$plugin" \
    || fail "the --plugin-dir copy is not loaded"
"$testcheck" paper "$work/list.json" random-walk state=failed origin=bundled \
    "error=Duplicate id \"random-walk\" (shadowed by $plugin)" || fail "the bundled copy is not shadowed"

"$app" --plugin-dir "$work/build/papers" run random-walk --seed 3 --steps 20 --out "$work/run.json"
grep -q '"step": 20' "$work/run.json" || fail "the out-of-tree simulator did not run 20 steps"
# A `file` parameter (SDK 1.1): a relative path is read from the current directory, and a
# malformed file is a bad parameter (exit code 4) whose message names the line.
printf 'x\n-5\n5\n' > "$work/start.csv"
(cd "$work" && "$app" --plugin-dir build/papers run random-walk --steps 0 --set start=start.csv \
    --out start.json)
grep -q "\"start\": \"$work/start.csv\"" "$work/start.json" || fail "the start file path is not kept"
grep -q '"variance_theory": 2[0-9]\.' "$work/start.json" \
    || fail "the walkers did not start at the file's positions (variance s0^2 = 25.01)"
printf 'x\n1\none\n' > "$work/bad.csv"
status=0
"$app" --plugin-dir "$work/build/papers" run random-walk --set "start=$work/bad.csv" \
    2> "$work/bad.err" > /dev/null || status=$?
[ "$status" -eq 4 ] || fail "a malformed start file gives exit code $status, not 4"
grep -q 'bad.csv:3: field "x": "one" is not a number' "$work/bad.err" \
    || fail "the error does not name the line: $(cat "$work/bad.err")"
"$app" --plugin-dir "$work/build/papers" --paper random-walk --tab simulator --steps 50 \
    --screenshot "$work/simulator.png"
"$testcheck" png "$work/simulator.png" 16 || fail "blank simulator view"

# A TeX error fails the build, naming the Markdown file and line.
md="$work/random-walk/content/explainer.md"
printf '\nA typo: $\\frac{1}{$.\n' >> "$md"
line=$(wc -l < "$md")
status=0
cmake --build "$work/build" > "$work/tex.log" 2>&1 || status=$?
[ "$status" -ne 0 ] || fail "a TeX error does not fail the build"
grep -q "$md:$line: TeX error" "$work/tex.log" || fail "the TeX error does not name $md:$line"
# Without Node.js, a plugin with equations fails to configure, saying what to install and how
# to do without; with PAPERLAB_TYPESET_MATH=OFF it configures.
nonode=(-S "$work/random-walk" -DCMAKE_PREFIX_PATH="$prefix" -DPAPERLAB_NODE_EXECUTABLE=/no/node)
status=0
cmake "${nonode[@]}" -B "$work/nonode" > "$work/nonode.log" 2>&1 || status=$?
[ "$status" -ne 0 ] || fail "equations without Node.js configure"
grep -q "sudo apt-get install nodejs" "$work/nonode.log" \
    || fail "no install hint: $(cat "$work/nonode.log")"
grep -q "PAPERLAB_TYPESET_MATH=OFF" "$work/nonode.log" \
    || fail "no hint of PAPERLAB_TYPESET_MATH=OFF"
cmake "${nonode[@]}" -B "$work/nomath" -DPAPERLAB_TYPESET_MATH=OFF > /dev/null \
    || fail "PAPERLAB_TYPESET_MATH=OFF does not configure without Node.js"
echo "out-of-tree template builds against $prefix and loads from --plugin-dir"
