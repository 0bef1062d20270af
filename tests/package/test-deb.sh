#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PaperLab authors
# SPDX-License-Identifier: MIT
# End-to-end test of the Debian packages: builds them with CPack from the build tree, installs
# them with apt-get, runs the installed /usr/bin/paperlab (every bundled paper "ready", one
# offscreen screenshot, no QML module missing), validates the installed desktop files, and
# purges the packages again. Needs root, as on CI's throw-away machine; exits 77 (ctest's
# SKIP_RETURN_CODE) when not root or when PaperLab is already installed, to leave it alone.
# usage: test-deb.sh <build dir> <build paper dir> <testcheck>
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: test-deb.sh <build dir> <build paper dir> <testcheck>" >&2; exit 2; }
build=$1 bundled=$2 testcheck=$3

if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: installing a .deb needs root (CI runs as root on a throw-away machine)"
    exit 77
fi
# Two test runs at once (several build trees on one machine) would fight over dpkg.
exec 9> /var/lock/paperlab-package-test.lock
flock -w 1500 9 || { echo "FAIL: another package test holds /var/lock/paperlab-package-test.lock" >&2; exit 1; }
if [ "$(dpkg-query -W -f='${Status}' paperlab 2>/dev/null)" = "install ok installed" ]; then
    echo "SKIP: paperlab is already installed here; remove it first (apt-get remove paperlab paperlab-dev)"
    exit 77
fi

work=$(mktemp -d /tmp/paperlab-deb.XXXXXX)
chmod 755 "$work" # apt's _apt user reads local .deb files from here
installed=0
cleanup() {
    if [ "$installed" = 1 ]; then
        # purge, not remove: the postrm script would otherwise keep a "config-files" record
        apt-get -o DPkg::Lock::Timeout=600 purge -y -q paperlab paperlab-dev >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/cpack" > "$work/cpack.log" \
    || { cat "$work/cpack.log" >&2; fail "cpack"; }
cd "$work/cpack"
ls ./paperlab_*.deb ./paperlab-dev_*.deb > /dev/null || fail "cpack did not write both packages"
for deb in ./paperlab_*.deb ./paperlab-dev_*.deb; do
    echo "$deb: Depends: $(dpkg-deb -f "$deb" Depends)"
done
# Checked in the archive: minimal Debian images exclude /usr/share/man from installation. (No
# grep -q after a pipe in this file: it would stop reading, and pipefail turns SIGPIPE into a failure.)
dpkg-deb -c ./paperlab_*.deb | grep '/usr/share/man/man1/paperlab.1.gz$' > /dev/null || fail "no manual page"

# Recommends (qt6-wayland) would need a download; the Depends must all be installed already
# by packaging/install-deps.sh, so this needs no network.
installed=1
DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends \
    ./paperlab_*.deb ./paperlab-dev_*.deb > "$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt-get install"; }
[ -x /usr/bin/paperlab ] || fail "no /usr/bin/paperlab"
dpkg -L paperlab-dev | grep '/cmake/PaperLab/PaperLabConfig.cmake$' > /dev/null \
    || fail "no CMake package in paperlab-dev"
dpkg -L paperlab-dev | grep '/share/paperlab/typeset-math.mjs$' > /dev/null \
    || fail "no equation typesetter in paperlab-dev"

# The numerical libraries come in two copies on amd64, for the loader to choose from (README,
# "CPU levels"); the home screenshot below loads every paper, and so its model.
if [ "$(dpkg --print-architecture)" = amd64 ]; then
    # The soname version is the project's major version (CMake keeps it the plugin API's).
    so=$(sed -n 's/^CMAKE_PROJECT_VERSION_MAJOR:[A-Z]*=//p' "$build/CMakeCache.txt")
    [ -n "$so" ] || fail "no CMAKE_PROJECT_VERSION_MAJOR in $build/CMakeCache.txt"
    for lib in libpaperlab_math.so.$so paperlab/models/libpaper_superposition_scaling_model.so; do
        dpkg -L paperlab | grep "/glibc-hwcaps/x86-64-v3/$(basename "$lib")\$" > /dev/null \
            || fail "no x86-64-v3 copy of $lib in the package"
        dpkg -L paperlab | grep "/$lib\$" > /dev/null || fail "no baseline $lib in the package"
    done
fi

export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data"
export QT_QPA_PLATFORM=offscreen
unset PAPERLAB_PLUGIN_PATH
mkdir -p "$HOME"
cd "$work"
/usr/bin/paperlab --list-papers --json > list.json 2> list.err || { cat list.err >&2; fail "--list-papers"; }
papers=0
for so in "$bundled"/*.so; do
    id=$(basename "$so" .so)
    "$testcheck" paper list.json "$id" state=ready origin=bundled "path=/usr/lib*/paperlab/papers/$id.so" \
        || fail "$id is not ready in the installed package"
    papers=$((papers + 1))
done

# The home page draws every paper's summary with PaperLab.Charts, Layouts and Controls.
/usr/bin/paperlab --screenshot home.png > shot.log 2>&1 || { cat shot.log >&2; fail "--screenshot"; }
if grep -E "is not installed|Cannot load library|module .* plugin .* not found|Type .* unavailable" shot.log; then
    fail "a QML import is missing from the package's Depends (see above)"
fi
"$testcheck" png home.png 32 || fail "the screenshot is blank"

desktop-file-validate /usr/share/applications/org.paperlab.PaperLab.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.paperlab.PaperLab.metainfo.xml

apt-get -o DPkg::Lock::Timeout=600 purge -y -q paperlab paperlab-dev > "$work/purge.log" 2>&1 \
    || { cat "$work/purge.log" >&2; fail "apt-get purge"; }
installed=0
[ ! -e /usr/bin/paperlab ] && [ ! -e /usr/share/applications/org.paperlab.PaperLab.desktop ] \
    || fail "purging left files behind"
echo "installed package works: $papers papers ready, screenshot rendered; purged again"
