#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PaperLab authors
# SPDX-License-Identifier: MIT
# Follows docs/writing-a-plugin.md literally: every ```sh block is run and every block with a
# file name is written, in document order, by one bash process in a fresh directory. A block
# ```cpp file=plugin.cpp shows a file: if paperlab-new-paper already wrote it, the two must be
# the same (so the guide never drifts from the template); ```cpp file=plugin.cpp replace gives
# it new contents. `paperlab` and find_package(PaperLab) are the ones installed
# in <prefix>; HOME is a fresh directory, so "~/.local/share/paperlab/papers" is too.
# Then checks the result: the plugin is ready in the installed app as a user plugin, and its
# screenshot is not blank.
# usage: run-guide.sh <guide.md> <prefix> <testcheck>
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: run-guide.sh <guide.md> <prefix> <testcheck>" >&2; exit 2; }
guide=$1 prefix=$2 testcheck=$3
id=coin-flips # the guide's plugin

work=$(mktemp -d /tmp/paperlab-guide.XXXXXX)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# Fences open with ``` and an info string: "sh" runs, "<lang> file=<path>" is written,
# anything else (```text) is prose. A file body goes through a quoted heredoc, so nothing in
# it is expanded.
awk '
    BEGIN {
        print "set -euxo pipefail"
        # guide_file <path> [replace]: writes stdin to <path>; without "replace" an existing
        # file must already have exactly these contents.
        print "guide_file() {"
        print "    local tmp; tmp=$(mktemp); cat > \"$tmp\"; mkdir -p \"$(dirname \"$1\")\""
        print "    if [ -e \"$1\" ] && [ \"${2:-}\" != replace ] && ! cmp -s \"$tmp\" \"$1\"; then"
        print "        echo \"GUIDE: its $1 differs from the file paperlab-new-paper wrote:\" >&2"
        print "        diff \"$1\" \"$tmp\" >&2; exit 1"
        print "    fi"
        print "    mv \"$tmp\" \"$1\""
        print "}"
        mode = ""
    }
    mode == "" && /^```/ {
        info = substr($0, 4)
        if (info == "sh") { mode = "sh"; next }
        if (match(info, /file=[^ ]+/)) {
            path = substr(info, RSTART + 5, RLENGTH - 5)
            how = (info ~ / replace$/) ? " replace" : ""
            printf "guide_file \"%s\"%s <<'"'"'PAPERLAB_GUIDE_EOF'"'"'\n", path, how
            mode = "file"; next
        }
        mode = "skip"; next
    }
    mode != "" && /^```$/ {
        if (mode == "file") print "PAPERLAB_GUIDE_EOF"
        mode = ""; next
    }
    mode == "sh" || mode == "file" { print }
    END { if (mode != "") { print "unterminated code block" > "/dev/stderr"; exit 1 } }
' "$guide" > "$work/guide.sh"
grep -q "^cmake --build" "$work/guide.sh" || fail "found no build command in $guide"

mkdir -p "$work/home" "$work/run"
export HOME="$work/home" PATH="$prefix/bin:$PATH" CMAKE_PREFIX_PATH="$prefix"
# Warnings in the guide's code are errors here, as they would be for PaperLab's own code.
export CXXFLAGS="-Wall -Wextra -Werror"
unset XDG_DATA_HOME XDG_CONFIG_HOME PAPERLAB_PLUGIN_PATH CMAKE_GENERATOR
(cd "$work/run" && bash "$work/guide.sh") || fail "a command of the guide failed (see above)"

paperlab --list-papers --json > "$work/list.json"
"$testcheck" paper "$work/list.json" "$id" state=ready origin=user \
    "path=$HOME/.local/share/paperlab/papers/$id.so" || fail "$id is not ready as a user plugin"
"$testcheck" png "$work/run/$id/$id.png" 16 || fail "the guide's screenshot is blank"
"$testcheck" png "$work/run/$id/repeats.png" 16 || fail "the second simulator's screenshot is blank"
grep -q "\"paper\": \"$id\"" "$work/run/$id/run.json" || fail "run.json is not $id's snapshot"
grep -q '"spread": 0.0' "$work/run/$id/short-runs.json" \
    || fail "the second simulator's preset did not run: $(head -c 400 "$work/run/$id/short-runs.json")"
echo "the guide works: $(grep -c . "$work/guide.sh") lines run"
