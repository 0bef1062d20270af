#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PaperLab authors
# SPDX-License-Identifier: MIT
#
# A scripted kiosk run on a real X server (run it under xvfb-run): the default playlist with
# 2-second steps, driven by xdotool as a presenter remote would drive it, through every key
# of the table, then the screen of a simulator step (the default OpenGL Qt Quick backend: its
# charts must fill with data and move), then one full unattended loop, then the exit chord.
# Fails on any warning.
#
#   xvfb-run -a -s "-screen 0 1920x1080x24" tests/kiosk/kioskxvfb.sh <paperlab> <playlist.json>
#
# Any screen size works: ctest runs it at 1920x1080 and on a 1280x720 projector.
#
# With SHOTS=<dir>, it instead shows every step for SHOT_WAIT seconds (default 6) and saves
# a screenshot of the whole screen for each (ImageMagick's import), for looking at.
set -euo pipefail

paperlab=$1
playlist=$2
# A fresh kiosk: its own configuration, state and runtime directories.
source "$(dirname "$0")/../xvfbsession.sh"
export QT_LOGGING_RULES="paperlab.kiosk.info=true"
export QT_MESSAGE_PATTERN="%{type} %{category}: %{message}"
log=$work/kiosk.log

if [[ -n ${SHOTS:-} ]]; then
    tour=$playlist
else
    short_steps "$playlist" "$work/tour.json" 2
    tour=$work/tour.json
fi

"$paperlab" --kiosk --playlist "$tour" > "$log" 2>&1 &
pid=$!

fail() { fail_showing "$*" "$log"; }

# Waits until the log has a line matching $1 after line $2 (default 0).
expect() {
    local pattern=$1 after=${2:-0}
    for _ in $(seq 1 600); do
        if tail -n +"$((after + 1))" "$log" | grep -q -- "$pattern"; then
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || fail "paperlab exited while waiting for \"$pattern\""
        sleep 0.1
    done
    fail "no \"$pattern\" in the log within 60 s"
}

lines() { wc -l < "$log"; }

# The colours that only data has on the kiosk's screen: the projector theme's series colours 2 to
# 5, read from the theme itself (the first blue and the brown are left out: subpixel-smoothed
# text has fringes close to them), and the two ends of the heatmaps' colour map, viridis (a step
# may show heatmaps alone, e.g. gated-attention's attention maps): matplotlib's constants,
# checked in tests/math/tst_colormap.cpp.
theme=$(dirname "$0")/../../resources/themes/projector.json
mapfile -t data_colours < <(sed -n 's/.*"series": *\[\([^]]*\)\].*/\1/p' "$theme" |
    tr -d '" ' | tr ',' '\n' | sed -n '2,5p')
[ "${#data_colours[@]}" -eq 4 ] || fail "no series colours in $theme"
data_colours+=('#440154' '#fde725')

# How many pixels of the image $1 have one of the data colours: never a chart's frame, grid,
# text or background.
data_pixels() {
    local colour total=0 n
    for colour in "${data_colours[@]}"; do
        n=$(convert "$1" -fuzz 8% -fill black +opaque "$colour" -fill white -opaque "$colour" \
            -format '%[fx:int(mean*w*h+0.5)]' info:)
        total=$((total + n))
    done
    echo "$total"
}

# Presses keys as a remote does and waits for the line the kiosk logs in answer.
press() {
    local keys=$1 pattern=$2
    local before
    before=$(lines)
    # shellcheck disable=SC2086 # several keys, split on purpose
    xdotool key --delay 120 $keys
    expect "$pattern" "$before"
}

# Papers that are not installed are left out of the tour: count what it shows.
expect "kiosk: [0-9]* steps"
steps=$(sed -n 's/.*kiosk: \([0-9]*\) steps.*/\1/p' "$log" | head -n 1)
expect "step 1/$steps (start)"
window=$(xdotool search --sync --pid "$pid" | head -n 1)
xdotool windowfocus --sync "$window" 2>/dev/null || true
geometry=$(xdotool getwindowgeometry "$window" | sed -n 's/.*Geometry: //p')
screen=$(screen_size)
[[ $geometry == "$screen" ]] || fail "the kiosk window is $geometry, not full screen ($screen)"

# The screens of the tour's simulator steps, with the default OpenGL backend: the chart area
# (the lower third of the screen, where every paper's simulator view draws its charts) must
# hold data, not the empty "No data" state; and while the step's run is still going (the
# kiosk logs "simulator finished" when it ends) the data must move. Steps are looked at in
# order until one whose run is still going has been checked for both; simulator views that
# were never drawn under OpenGL kept this area empty and unchanged.
check_simulator_screen() {
    press "p" "auto-advance paused"
    local width=${geometry%x*} height=${geometry#*x}
    local crop="${width}x$((height * 30 / 100))+0+$((height * 63 / 100))"
    local n line before changed early late drawn=0 moved=0
    for n in $(seq 1 "$steps"); do
        import -window root -crop "$crop" +repage "$work/before.png"
        before=$(lines)
        press "$(echo "$n" | sed 's/./& /g') Return" "step $n/$steps (manual)"
        line=$(grep "step $n/$steps (manual)" "$log" | tail -n 1)
        [[ $line == *" · simulator"* ]] || continue
        # The step's first data: how soon it comes depends on the machine (a run that ends
        # in 2 s here published nothing for 4 s beside a CPU hog), so the screen is watched
        # until it has changed from the step before and shows data, for at most 30 s. At
        # 1280x720 a training step showed about 200 data pixels (smaller charts): the bound
        # only separates "some data drawn" from the 0 of charts that were never drawn.
        early=0
        for _ in $(seq 1 60); do
            sleep 0.5
            import -window root -crop "$crop" +repage "$work/early.png"
            changed=$(compare -metric AE "$work/before.png" "$work/early.png" null: 2>&1 || true)
            [[ $changed == 0 ]] && continue
            early=$(data_pixels "$work/early.png")
            ((early > 100)) && break
        done
        ((early > 100)) || fail "the charts of step $n show no data in 30 s ($early data pixels)"
        drawn=$((drawn + 1))
        if tail -n +"$((before + 1))" "$log" | grep -q "simulator finished"; then
            echo "simulator step $n: $early data pixels; its run has finished"
            continue
        fi
        sleep 7
        import -window root -crop "$crop" +repage "$work/late.png"
        if tail -n +"$((before + 1))" "$log" | grep -q "simulator finished"; then
            echo "simulator step $n: $early data pixels;" \
                 "its run finished within 7 s of its first data"
            continue
        fi
        changed=$(compare -metric AE "$work/early.png" "$work/late.png" null: 2>&1 || true)
        late=$(data_pixels "$work/late.png")
        echo "simulator step $n: $changed pixels changed; $early, then $late data pixels"
        [[ $changed =~ ^[0-9]+$ ]] || fail "compare failed: $changed"
        # Measured on diffusion-memorization's training step: 15 000 to 18 000 pixels changed
        # at 1920x1080, 1 600 to 7 600 at 1280x720; views that were never drawn: 0.
        ((changed > 500)) \
            || fail "the charts of step $n did not change in 7 s while running ($changed pixels)"
        ((late > 100)) || fail "the charts of step $n show no data ($late data pixels)"
        moved=1
        break
    done
    ((drawn > 0)) || fail "the tour has no simulator step to look at"
    ((moved)) || fail "no simulator step of the tour was still running 7 s after its first data"
    press "p" "auto-advance resumed"
}

if [[ -n ${SHOTS:-} ]]; then
    mkdir -p "$SHOTS"
    for n in $(seq 1 "$steps"); do
        # Digits, then Return: the step number as a remote's keypad sends it.
        press "$(echo "$n" | sed 's/./& /g') Return" "step $n/$steps (manual)"
        sleep "${SHOT_WAIT:-6}"
        import -window root "$SHOTS/step-$(printf %02d "$n").png"
    done
else
    # The key table: next, previous, first, last, black, white, pause, digits. Auto-advance
    # is paused first: on a loaded machine the 2-second steps could move the tour between
    # the start and the first key, and each key's answer must not depend on that.
    press "p" "auto-advance paused"
    press "Home" "step 1/$steps (manual)"
    press "Next" "step 2/$steps (manual)"
    press "Right" "step 3/$steps (manual)"
    press "space" "step 4/$steps (manual)"
    press "Prior" "step 3/$steps (manual)"
    press "Left" "step 2/$steps (manual)"
    press "End" "step $steps/$steps (manual)"
    press "Home" "step 1/$steps (manual)"
    press "b" "black screen"
    press "b" "picture back"
    press "period" "black screen"
    press "w" "white screen"
    press "Next" "picture back"
    press "p" "auto-advance resumed"
    if ((steps >= 12)); then
        press "1 2" "step 12/$steps (manual)"
    else # the tour of the papers built here may be too short for two digits
        press "1 Return" "step 1/$steps (manual)"
    fi
    press "5" "step 5/$steps (manual)"
    # Keys that must do nothing visible, Escape first among them.
    before=$(lines)
    xdotool key --delay 120 Escape Tab alt+F4 ctrl+q ctrl+w
    sleep 1
    kill -0 "$pid" 2>/dev/null || fail "a plain key ended the kiosk"
    if tail -n +"$((before + 1))" "$log" | grep -q "(manual)"; then
        fail "Escape, Tab, Alt+F4, Ctrl+Q or Ctrl+W moved the tour"
    fi

    check_simulator_screen

    # One full unattended loop: from the first step, every step by itself, back to the first.
    press "Home" "step 1/$steps (manual)"
    start=$(lines)
    for n in $(seq 2 "$steps"); do
        expect "step $n/$steps (auto)" "$start"
    done
    expect "step 1/$steps (auto)" "$start"
fi

# The exit chord, held for 2.5 s.
xdotool keydown ctrl+alt+shift+q
sleep 2.5
xdotool keyup ctrl+alt+shift+q
for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
done
kill -0 "$pid" 2>/dev/null && fail "the exit chord did not end the kiosk"
status=0
wait "$pid" || status=$?
pid=
[[ $status -eq 0 ]] || fail "paperlab exited with status $status"
grep -q "exit chord held: leaving the kiosk" "$log" || fail "the kiosk did not log its exit"

# No warnings at all: every line is information from the kiosk itself.
if grep -v -E '^info ' "$log" | grep -q .; then
    fail "warnings in the log: $(grep -v -E '^info ' "$log" | head -n 5)"
fi
if [[ -n ${SHOTS:-} ]]; then
    echo "PASS: $steps screenshots in $SHOTS, exit by the chord; no warnings"
else
    echo "PASS: $steps steps, every key, one full loop, exit by the chord; no warnings"
fi
