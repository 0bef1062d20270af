#!/usr/bin/env bash
# Installs the Debian 12 packages PaperLab needs to build, test and run.
# Shared by the README's two commands and by .ci/run; a no-op when all are present.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
    qt6-charts-dev qt6-svg-dev qt6-qpa-plugins libgl-dev libvulkan-dev
    libeigen3-dev
    qml6-module-qtquick qml6-module-qtqml qml6-module-qtqml-workerscript
    qml6-module-qtqml-models qml6-module-qtquick-window qml6-module-qtquick-controls
    qml6-module-qtquick-templates qml6-module-qtquick-layouts qml6-module-qtquick-shapes
    qml6-module-qtcharts qml6-module-qttest qml6-module-qtquick-dialogs
    libqt6svg6 qt6-image-formats-plugins
    xvfb xauth fonts-dejavu-core fonts-noto-core
    desktop-file-utils appstream dpkg-dev file
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing ${#missing[@]} missing packages: ${missing[*]}" >&2
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
