# SPDX-FileCopyrightText: 2026 The PaperLab authors
# SPDX-License-Identifier: MIT
#
# Sourced by the scripts that drive the real executable on an X server (tests/shell,
# tests/kiosk): a scratch directory, fresh configuration, data and runtime directories, and a
# cleanup that ends the app under test ($pid) and removes the scratch directory on exit.
work=$(mktemp -d)
pid=
cleanup() {
    if [[ -n $pid ]]; then
        kill "$pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# These scripts drive the app on the X server they were started under, whatever the caller's
# shell says: an inherited QT_QPA_PLATFORM=offscreen once had an hour's kiosk soak render
# offscreen with the software renderer, unseen until its end. QT_QUICK_BACKEND is left to the
# caller (ctest sets it for the software-renderer variants).
export QT_QPA_PLATFORM=xcb
unset QSG_RHI_BACKEND QT_SCALE_FACTOR QT_FONT_DPI
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# The X screen's size as "WxH".
screen_size() {
    xdpyinfo | sed -n 's/.*dimensions: *\([0-9]*x[0-9]*\) pixels.*/\1/p'
}

# Stops the test: the reason, then each file given (the app's log, samples) for the test log.
fail_showing() {
    echo "FAIL: $1" >&2
    shift
    local file
    for file in "$@"; do
        echo "--- $(basename "$file") ---" >&2
        cat "$file" >&2
    done
    exit 1
}

# A kiosk playlist with every step's dwell cut short: <playlist> <copy to write> <seconds>.
short_steps() {
    sed -E "s/\"seconds\": *[0-9.]+/\"seconds\": $3/g" "$1" > "$2"
}
