#!/usr/bin/env bash
# Installs the Debian 12 packages PaperLab needs to build, test and run.
# Shared by the README's two commands and by .ci/run; a no-op when all are present.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
    qt6-charts-dev qt6-svg-dev qt6-qpa-plugins libgl-dev libglx-dev libx11-dev libvulkan-dev
    libeigen3-dev nlohmann-json3-dev libmd4c-dev libcsv-dev libqrencode-dev
    qml6-module-qtquick qml6-module-qtqml qml6-module-qtqml-workerscript
    qml6-module-qtqml-models qml6-module-qtquick-window qml6-module-qtquick-controls
    qml6-module-qtquick-templates qml6-module-qtquick-layouts qml6-module-qtquick-shapes
    qml6-module-qtcharts qml6-module-qttest qml6-module-qtquick-dialogs
    qml6-module-qt-labs-folderlistmodel
    libqt6svg6 qt6-image-formats-plugins
    xvfb xauth xdotool x11-utils imagemagick tesseract-ocr tesseract-ocr-eng
    fonts-dejavu-core fonts-noto-core
    nodejs npm
    desktop-file-utils appstream dpkg-dev file
    parallel
)
# ccache keeps compiled objects between builds, so a fresh clone on a machine that built
# PaperLab before recompiles only what changed (dev.sh turns it on).
# xdotool drives the scripted kiosk run under Xvfb (tests/kiosk/kioskxvfb.sh); the on-screen
# simulator test (tests/shell/simulatorxvfb.sh) also reads the screen back with ImageMagick,
# xdpyinfo (x11-utils) and the tesseract OCR engine.
# nodejs and npm typeset the explainers' equations at build time (tools/mathjax). A Node.js
# from elsewhere that brings its own npm counts as both.
# The last line serves tests/package: validators, dpkg-shlibdeps (dpkg-dev) and file, which
# CPack uses to find the ELF files for dpkg-shlibdeps. CPack writes .deb files without fakeroot.
# GNU parallel runs the commands of `paperlab sweep --emit-jobs` in the CLI test, as the
# README shows.
# The runtime qml6-module-* list matches the .deb's Depends (packaging/CMakeLists.txt), so
# installing the .deb in that test needs no download.

missing=()
for p in "${packages[@]}"; do
    case $p in nodejs | npm) command -v "${p/nodejs/node}" > /dev/null && continue ;; esac
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing ${#missing[@]} missing packages: ${missing[*]}" >&2
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
