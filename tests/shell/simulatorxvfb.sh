#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PaperLab authors
# SPDX-License-Identifier: MIT
#
# Every bundled paper's simulator, in the real executable on a real X server, driven as a
# user drives it and judged by what is on the screen (run it under xvfb-run with a
# 1280x720 screen; the default Qt Quick backend is OpenGL, QT_QUICK_BACKEND=software
# selects the software one):
#   - the window fits the 1280x720 screen in the light, dark and projector themes;
#   - before the first Play the status line says "Ready" and the Play button is the one
#     accent-coloured control; the test clicks it there, with the mouse;
#   - after Play the chart area has changed and no chart says "No data" (read back from the
#     screen by OCR);
#   - SIGTERM closes the window, saves the session and exits with status 0.
#
#   xvfb-run -a -s "-screen 0 1280x720x24 -noreset" tests/shell/simulatorxvfb.sh <paperlab> [theme]
#
# With SHOTS=<dir>, the screenshots and the text read from them are kept there.
set -euo pipefail

paperlab=$1
theme=${2:-light}
themes_dir=$(cd "$(dirname "$0")/../../resources/themes" && pwd)
source "$(dirname "$0")/../xvfbsession.sh"
shots=${SHOTS:-$work/shots}
mkdir -p "$shots"
screen=$(screen_size)
screen_w=${screen%x*} screen_h=${screen#*x}

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# Starts the app on a paper's simulator and waits for its window; sets pid, window, geometry.
launch() {
    local paper=$1 theme=$2
    "$paperlab" --paper "$paper" --tab simulator --theme "$theme" > "$work/app.log" 2>&1 &
    pid=$!
    window=
    for _ in $(seq 1 100); do
        window=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -n 1 || true)
        [[ -n $window ]] && break
        sleep 0.1
    done
    if [[ -z $window ]]; then
        fail "$paper ($theme): no window within 10 s; its log: $(tail -n 5 "$work/app.log")"
        quit
        return 1
    fi
    # xdotool reports the window's position and size as "X,Y" and "WxH".
    read -r win_x win_y win_w win_h < <(xdotool getwindowgeometry "$window" \
        | sed -n 's/.*Position: \([0-9-]*\),\([0-9-]*\).*/\1 \2/p;s/.*Geometry: \([0-9]*\)x\([0-9]*\).*/\1 \2/p' \
        | paste -sd ' ')
}

# Ends the app as a logout does, with SIGTERM: it must close its window (saving the
# session's settings) and exit with status 0 within 2 s.
quit() {
    local status=0
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 20); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        fail "the app was still running 2 s after SIGTERM"
        kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || status=$?
    pid=
    ((status == 0)) || fail "the app ended with status $status after SIGTERM"
    grep -rqs windowGeometry "$XDG_CONFIG_HOME" || fail "SIGTERM: the window geometry was not saved"
}

fits_screen() {
    local label=$1
    if (( win_x < 0 || win_y < 0 || win_x + win_w > screen_w || win_y + win_h > screen_h )); then
        fail "$label: the window (${win_w}x${win_h}+${win_x}+${win_y}) does not fit the ${screen_w}x${screen_h} screen"
    fi
}

# The text tesseract reads in a crop of a screenshot (geometry WxH+X+Y), scaled up twice.
ocr() {
    convert "$1" -crop "$2" +repage -resize 200% "$work/ocr.png"
    tesseract "$work/ocr.png" - 2>/dev/null | tr -s ' \n' ' '
}

# Screenshots the window into $1 once a second, for up to 20 s, until the text read in its
# crop $2 contains $3; prints that text.
shoot_until() {
    local text=
    for _ in $(seq 1 20); do
        sleep 1
        import -window "$window" "$1"
        text=$(ocr "$1" "$2")
        [[ $text == *"$3"* ]] && break
    done
    echo "$text"
}

# The bounding box (WxH+X+Y) of the pixels of colour $2 in the crop $3 of screenshot $1.
colour_box() {
    convert "$1" -crop "$3" +repage -fill black -fuzz 8% +opaque "$2" -fill white -opaque "$2" \
        -format "%@" info:
}

papers=$("$paperlab" --list-papers --json | python3 -c '
import json, sys
print(" ".join(p["id"] for p in json.load(sys.stdin) if p["state"] == "ready"))')
[[ -n $papers ]] || { echo "FAIL: no ready paper" >&2; exit 1; }
for paper in $papers; do
    for other in light dark projector; do
        [[ $other == "$theme" ]] && continue
        launch "$paper" "$other" || continue
        fits_screen "$paper ($other)"
        quit
    done

    launch "$paper" "$theme" || continue
    label="$paper ($theme)"
    fits_screen "$label"
    # The transport bar is the window's bottom strip; the chart area is the left part of what
    # lies between the paper's header and that strip (the right part is the parameter panel).
    strip="${win_w}x52+0+$((win_h - 52))"
    play_area="240x52+0+$((win_h - 52))" # Play is the bar's first control
    view="$((win_w * 60 / 100))x$((win_h * 55 / 100))+0+$((win_h * 35 / 100))"
    # Until the first frame is up and the initial state is shown (a busy machine takes a while).
    before=$shots/$paper-$theme-0.png
    status=$(shoot_until "$before" "$strip" Ready)
    sleep 1 # the view's first data frame follows the status line's
    import -window "$window" "$before"
    echo "$status" > "$shots/$paper-$theme-0.txt"
    [[ $status == *Ready* ]] || fail "$label: the status line does not say Ready before Play: $status"

    accent=$(sed -n 's/.*"accent": *"\(#[0-9a-fA-F]*\)".*/\1/p' "$themes_dir/$theme.json")
    box=$(colour_box "$before" "$accent" "$play_area")
    if [[ ! $box =~ ^([0-9]+)x([0-9]+)\+([0-9]+)\+([0-9]+)$ ]] || (( BASH_REMATCH[1] > 160 || BASH_REMATCH[2] > 48 )); then
        fail "$label: no accent-coloured Play button in the transport bar ($box)"
        quit
        continue
    fi
    xdotool mousemove --window "$window" \
        $((BASH_REMATCH[3] + BASH_REMATCH[1] / 2)) $((win_h - 52 + BASH_REMATCH[4] + BASH_REMATCH[2] / 2)) \
        click 1
    # Until the run finishes, or 20 s: long runs must show their partial results by then.
    after=$shots/$paper-$theme-1.png
    status=$(shoot_until "$after" "$strip" Finish)
    echo "$status" > "$shots/$paper-$theme-1.txt"
    [[ $status == *Running* || $status == *Finish* ]] \
        || fail "$label: the run is not running or finished after Play was clicked: $status"

    convert "$before" -crop "$view" +repage "$work/view0.png"
    convert "$after" -crop "$view" +repage "$work/view1.png"
    changed=$(compare -metric AE -fuzz 4% "$work/view0.png" "$work/view1.png" null: 2>&1 || true)
    area=$(( (win_w * 60 / 100) * (win_h * 55 / 100) ))
    echo "$label: ${changed} of ${area} chart-area pixels changed after Play"
    (( ${changed%.*} * 100 > area )) || fail "$label: the chart area did not change after Play (${changed} pixels)"

    text=$(ocr "$after" "${win_w}x$((win_h - 70))+0+0")
    echo "$text" > "$shots/$paper-$theme-1-view.txt"
    [[ $text == *"No data"* ]] && fail "$label: a chart still says No data after Play"
    grep -q "QQuickWidget\|QRhi\|Failed to" "$work/app.log" && fail "$label: renderer warnings: $(head -n 3 "$work/app.log")"
    quit
done

if (( failures > 0 )); then
    echo "$failures failures; screenshots in $shots" >&2
    [[ -n ${SHOTS:-} ]] || cp -r "$shots" "${TMPDIR:-/tmp}/paperlab-simulator-shots" 2>/dev/null || true
    exit 1
fi
echo "PASS: every simulator drawn and updated on screen in theme $theme; the window fits"
