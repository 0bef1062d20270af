#!/usr/bin/env bash
# The two set-up commands of the README:
#   bash dev.sh run    installs what is missing, builds, and launches PaperLab
#   bash dev.sh test   installs what is missing, builds with warnings as errors, runs every test
set -euo pipefail
cd "$(dirname "$0")"

usage() { echo "usage: bash dev.sh run [paperlab options] | bash dev.sh test" >&2; exit 2; }
[ $# -ge 1 ] || usage

bash packaging/install-deps.sh
jobs=$(nproc)

# The compiler cache lives in the user's cache directory, so it outlives a clone: the next
# clean clone on this machine compiles only what changed. Paths are hashed relative to the
# clone, so clones in different directories share it. Cold, it costs almost nothing.
if command -v ccache >/dev/null && [ -z "${CMAKE_CXX_COMPILER_LAUNCHER:-}" ]; then
    export CMAKE_CXX_COMPILER_LAUNCHER=ccache
    export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
fi

case "$1" in
run)
    cmake --preset release
    cmake --build --preset release -j "$jobs"
    shift
    exec build/release/bin/paperlab "$@"
    ;;
test)
    cmake --preset release -DPAPERLAB_WERROR=ON
    cmake --build --preset release -j "$jobs"
    ctest --preset release -j "$jobs"
    ;;
*)
    usage
    ;;
esac
