#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PaperLab authors
# SPDX-License-Identifier: MIT
#
# A kiosk left running, as on a lecture-hall projector: the default playlist, unattended, with
# every step's dwell cut to 2 s (so each paper's explainer, picture and running simulator come
# round every minute or so), for <seconds>. Samples the process's resident memory, threads and
# open files every 5 s. After the warm-up (the first 40%: every step shown at least twice,
# every cache filled), memory may grow by at most 5% and threads and files not at all. Run it
# under xvfb-run:
#
#   xvfb-run -a -s "-screen 0 1280x720x24" tests/kiosk/kiosksoak.sh <paperlab> <playlist> <seconds>
#
# ctest runs it for 3 minutes (kiosk_soak_ci) and, with the label soak, for an hour.
set -euo pipefail

paperlab=$1
playlist=$2
seconds=$3
source "$(dirname "$0")/../xvfbsession.sh"
export QT_LOGGING_RULES="paperlab.kiosk.info=true"
export QT_MESSAGE_PATTERN="%{type} %{category}: %{message}"
log=$work/kiosk.log
sed -E 's/"seconds": *[0-9.]+/"seconds": 2/g' "$playlist" > "$work/tour.json"

"$paperlab" --kiosk --playlist "$work/tour.json" > "$log" 2>&1 &
pid=$!

fail() {
    echo "FAIL: $*" >&2
    echo "--- samples (s, RSS kB, threads, files) ---" >&2
    cat "$work/samples" >&2
    echo "--- last lines of the kiosk log ---" >&2
    tail -n 40 "$log" >&2
    exit 1
}

sample() {
    local rss threads files
    rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")
    threads=$(ls "/proc/$pid/task" | wc -l)
    files=$(ls "/proc/$pid/fd" | wc -l)
    echo "$1 $rss $threads $files"
}

: > "$work/samples"
warmup=$((seconds * 2 / 5))
start=$(date +%s)
while true; do
    elapsed=$(($(date +%s) - start))
    kill -0 "$pid" 2>/dev/null || fail "the kiosk exited after ${elapsed} s"
    sample "$elapsed" >> "$work/samples" || fail "the kiosk exited after ${elapsed} s"
    ((elapsed >= seconds)) && break
    sleep 5
done
steps=$(grep -c -E "step [0-9]+/[0-9]+ " "$log" || true)

# Two windows after warm-up, the middle and the end of the run, each summed up by its median
# memory (a step's views come and go, so single samples swing by about 5%) and its smallest
# thread and file counts (a runner's thread comes and goes with its step; a leak would raise
# the floor).
middle=$(((seconds + warmup) / 2))
window() { # <from s> <to s>: median RSS, min threads, min files of the samples in (from, to]
    awk -v a="$1" -v b="$2" '$1 > a && $1 <= b' "$work/samples" | sort -k2 -n | awk '
        { rss[NR] = $2; if (NR == 1 || $3 < t) t = $3; if (NR == 1 || $4 < f) f = $4 }
        END { print rss[int((NR + 1) / 2)], t, f }'
}
read -r rss0 threads0 files0 < <(awk 'NR == 2 {print $2, $3, $4}' "$work/samples")
read -r rssw threadsw filesw < <(window "$warmup" "$middle")
read -r rss1 threads1 files1 < <(window "$middle" "$((seconds + 10))")
echo "kiosk soak, ${seconds} s, ${steps} steps shown: RSS ${rss0} kB 5 s in, median ${rssw} kB" \
     "from ${warmup} to ${middle} s, median ${rss1} kB to the end; threads at least" \
     "${threadsw} then ${threads1}; open files at least ${filesw} then ${files1}"
cat "$work/samples"

((steps >= 21 * 2)) || fail "only ${steps} steps were shown; the tour did not come round twice"
((rss1 * 100 <= rssw * 105)) || fail "resident memory grew by more than 5% after warm-up"
((threads1 <= threadsw)) || fail "threads grew after warm-up: ${threadsw}, then ${threads1}"
((files1 <= filesw)) || fail "open files grew after warm-up: ${filesw}, then ${files1}"
# No warnings at all: every line is information from the kiosk itself.
if grep -v -E '^info ' "$log" | grep -q .; then
    fail "warnings in the log: $(grep -v -E '^info ' "$log" | head -n 5)"
fi
echo "PASS"
