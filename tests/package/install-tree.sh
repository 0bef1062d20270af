#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PaperLab authors
# SPDX-License-Identifier: MIT
# Installs both components (paperlab, paperlab-dev) of a build tree into a fresh prefix.
# usage: install-tree.sh <build dir> <prefix>
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: install-tree.sh <build dir> <prefix>" >&2; exit 2; }
build=$1 prefix=$2

rm -rf "$prefix"
cmake --install "$build" --prefix "$prefix" --strip
# Everything must belong to one of the two packages: nothing may land in "Unspecified".
unspecified=$(mktemp -d)
trap 'rm -rf "$unspecified"' EXIT
cmake --install "$build" --prefix "$unspecified" --component Unspecified >/dev/null
if [ -n "$(find "$unspecified" -type f -print -quit)" ]; then
    echo "files installed without a component (add COMPONENT paperlab or paperlab-dev):" >&2
    find "$unspecified" -type f >&2
    exit 1
fi
echo "installed into $prefix"
