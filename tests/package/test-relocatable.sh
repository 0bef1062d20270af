#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PaperLab authors
# SPDX-License-Identifier: MIT
# Moves an install tree to a new directory (with a space in its name) and checks that it
# still works with no environment: the layout, $ORIGIN-relative RPATHs, every bundled paper
# "ready" from the moved tree, the desktop files, and the SDK headers.
# usage: test-relocatable.sh <install prefix> <libdir> <build paper dir> <testcheck>
set -euo pipefail
[ $# -eq 4 ] || { echo "usage: test-relocatable.sh <prefix> <libdir> <paper dir> <testcheck>" >&2; exit 2; }
stage=$1 libdir=$2 bundled=$3 testcheck=$4

work=$(mktemp -d /tmp/paperlab-relocated.XXXXXX)
trap 'rm -rf "$work"' EXIT
root="$work/moved prefix"
cp -a "$stage" "$root"
fail() { echo "FAIL: $*" >&2; exit 1; }

app_id=org.paperlab.PaperLab
# The libraries' soname version is the plugin API's major version (CMake checks they agree).
so=$(sed -n 's/^#define PAPERLAB_API_VERSION_MAJOR \([0-9]*\)$/\1/p' "$root/include/paperlab/paperapi.h")
[ -n "$so" ] || fail "no PAPERLAB_API_VERSION_MAJOR in include/paperlab/paperapi.h"
for f in bin/paperlab \
         "$libdir"/libpaperlab_math.so.$so "$libdir"/libpaperlab_core.so.$so \
         "$libdir"/libpaperlab_charts.so.$so \
         "$libdir"/libpaperlab_math.so "$libdir"/libpaperlab_core.so \
         "$libdir"/paperlab/qml/PaperLab/Charts/qmldir \
         "$libdir"/paperlab/qml/PaperLab/Charts/paperlab_charts.qmltypes \
         "$libdir"/paperlab/qml/PaperLab/Charts/libpaperlab_chartsplugin.so \
         "$libdir"/libpaperlab_controls.so.$so "$libdir"/paperlab/qml/PaperLab/Controls/qmldir \
         "$libdir"/paperlab/qml/PaperLab/Controls/paperlab_controls.qmltypes \
         "$libdir"/paperlab/qml/PaperLab/Controls/libpaperlab_controlsplugin.so \
         "$libdir"/cmake/PaperLab/PaperLabConfig.cmake "$libdir"/cmake/PaperLab/PaperLabConfigVersion.cmake \
         "$libdir"/cmake/PaperLab/PaperLabTargets.cmake "$libdir"/cmake/PaperLab/PaperLabPaperPlugin.cmake \
         share/applications/$app_id.desktop share/metainfo/$app_id.metainfo.xml \
         share/mime/packages/$app_id.xml share/icons/hicolor/scalable/apps/$app_id.svg \
         share/man/man1/paperlab.1.gz share/doc/paperlab-dev/writing-a-plugin.md \
         include/paperlab/paperapi.h include/paperlab/paperlabcoreexport.h \
         include/paperlab/math/paperlabmathexport.h; do
    [ -e "$root/$f" ] || fail "missing $f"
done
for size in 16 32 48 64 128 256; do
    [ -f "$root/share/icons/hicolor/${size}x$size/apps/$app_id.png" ] || fail "missing ${size}x$size icon"
done
[ ! -e "$root/$libdir/libpaperlab_charts.so" ] || fail "libpaperlab_charts.so is not part of the SDK"
[ ! -e "$root/$libdir/libpaperlab_controls.so" ] || fail "libpaperlab_controls.so is not part of the SDK"
# The host's registry, metadata parsing and logging categories are not either: they may change
# without breaking a plugin's ABI.
for h in paperregistry.h papermetadata.h logging.h; do
    [ ! -e "$root/include/paperlab/$h" ] || fail "include/paperlab/$h is the host's, not the SDK's"
done

# The same papers as the build tree, and nothing else.
expected=$(cd "$bundled" && ls -1 -- *.so | sed 's/\.so$//' | sort)
installed=$(cd "$root/$libdir/paperlab/papers" && ls -1 -- *.so | sed 's/\.so$//' | sort)
[ "$expected" = "$installed" ] || fail "installed papers differ: [$installed] vs build tree [$expected]"

# Every ELF file finds its libraries relative to itself only.
elf=0
while IFS= read -r -d '' f; do
    [ "$(head -c 4 "$f")" = $'\x7fELF' ] || continue
    elf=$((elf + 1))
    paths=$(readelf -d "$f" | sed -n 's/.*(\(RPATH\|RUNPATH\)).*\[\(.*\)\]/\2/p')
    [ -n "$paths" ] || fail "no RUNPATH in ${f#$root/}"
    IFS=: read -r -a entries <<<"$paths"
    for e in "${entries[@]}"; do
        [[ $e == '$ORIGIN'* ]] || fail "${f#$root/} has a non-relative RUNPATH entry: $e"
    done
done < <(find "$root/bin" "$root/$libdir" -type f -print0)

# No environment at all, and no way back to the build tree or the original prefix.
run() { env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"; }
mkdir -p "$work/home"
run "$root/bin/paperlab" --list-papers --json > "$work/list.json" 2> "$work/list.err" \
    || { cat "$work/list.err" >&2; fail "paperlab --list-papers failed"; }
for id in $expected; do
    "$testcheck" paper "$work/list.json" "$id" state=ready origin=bundled \
        "path=$root/$libdir/paperlab/papers/$id.so" || fail "$id is not ready in the moved tree"
done
run "$root/bin/paperlab" --check-plugin "$root/$libdir/paperlab/papers/random-walk.so" > "$work/check.txt" \
    || { cat "$work/check.txt" >&2; fail "--check-plugin rejects an installed paper"; }

desktop-file-validate "$root/share/applications/$app_id.desktop"
appstreamcli validate --no-net "$root/share/metainfo/$app_id.metainfo.xml"

# SDK headers: documented (///), and the API version in paperapi.h.
for h in "$root"/include/paperlab/*.h "$root"/include/paperlab/math/*.h; do
    case $h in *export.h) continue ;; esac
    grep -q '///' "$h" || fail "${h#$root/} has no /// documentation"
done
grep -q '^#define PAPERLAB_API_VERSION_MAJOR [0-9]' "$root/include/paperlab/paperapi.h" || fail "no API major"
grep -q '^#define PAPERLAB_PAPER_PLUGIN_IID "org.paperlab.PaperPlugin/' "$root/include/paperlab/paperapi.h" \
    || fail "no IID"
echo "relocated install works: $(echo "$expected" | wc -l) papers ready in '$root', $elf ELF files" \
    "with \$ORIGIN-relative RUNPATHs"
