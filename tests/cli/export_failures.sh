#!/usr/bin/env bash
# A video or PNG export that cannot be written is a message, never the app's end, and never costs the file
# that was there (issue 19, cases 1 and 2). Before: `--export-video /nonexistent/v.mp4` died with status 141
# (SIGPIPE from the ffmpeg pipe) and no word of its own; Ctrl+C during an export left a short video in place
# of the good one; a PNG whose layout report failed had already overwritten the earlier picture.
# Needs an X display and ffmpeg.
# usage: export_failures.sh TIDSATLAS DATA_DIR WORK_DIR
set -uo pipefail
app=$1 data=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
if [[ -z "${DISPLAY:-}" ]]; then
    echo "no X display (run under xvfb-run)"
    exit 1
fi
command -v ffmpeg >/dev/null || { echo "ffmpeg is not installed"; exit 1; }
common=(--data "$data" --no-cache)

# 1. A folder that does not exist: status 1 (not 141), one line naming the folder.
rc=0
"$app" "${common[@]}" --export-video /nonexistent/v.mp4 --from 1950 --to 1952 --size 320x240 \
    >"$work/out" 2>"$work/err" || rc=$?
((rc == 1)) || fail "--export-video /nonexistent/v.mp4 exited $rc, expected 1"
grep -q "cannot write /nonexistent/v.mp4: the folder /nonexistent does not exist" "$work/err" ||
    { fail "--export-video /nonexistent/v.mp4 did not name the folder:"; cat "$work/err"; }

# 1b. ffmpeg fails on its own (here a stand-in that reads a little and stops with a message): its words
# are reported, the status is 1, nothing is left behind.
mkdir -p "$work/bin" "$work/ffmpeg-fails"
cat >"$work/bin/ffmpeg" <<'FAKE'
#!/bin/sh
head -c 1000 >/dev/null
echo "Error opening output file: No space left on device" >&2
exit 1
FAKE
chmod +x "$work/bin/ffmpeg"
rc=0
PATH="$work/bin:$PATH" "$app" "${common[@]}" --export-video "$work/ffmpeg-fails/v.mp4" --from 1950 --to 1952 \
    --size 320x240 >"$work/out" 2>"$work/err" || rc=$?
((rc == 1)) || fail "a failing ffmpeg: exited $rc, expected 1"
grep -q "ffmpeg stopped with status 1: Error opening output file: No space left on device" "$work/err" ||
    { fail "a failing ffmpeg: its message is not reported:"; cat "$work/err"; }
[[ -z "$(ls -A "$work/ffmpeg-fails")" ]] || fail "a failing ffmpeg left files: $(ls -A "$work/ffmpeg-fails")"

# 2. Ctrl+C (SIGINT) and SIGTERM during an export: the earlier video stays byte for byte, no partial file
# is left. Job control on, so the background export gets SIGINT as from a terminal (not ignored).
mkdir -p "$work/interrupt"
"$app" "${common[@]}" --export-video "$work/interrupt/good.gif" --from 1950 --to 1952 --fps 5 --size 160x90 \
    >/dev/null 2>"$work/err" || { fail "the first video could not be written:"; cat "$work/err"; }
cp "$work/interrupt/good.gif" "$work/good-copy.gif"
for signal in INT TERM; do
    set -m
    "$app" "${common[@]}" --export-video "$work/interrupt/good.gif" --from 1900 --to 2009 --size 640x360 \
        >/dev/null 2>"$work/err" &
    pid=$!
    set +m
    # Wait until frames are being written (the progress bar moves), then the signal.
    for _ in $(seq 1 100); do
        grep -q "frames" "$work/err" 2>/dev/null && break
        sleep 0.2
    done
    sleep 1
    kill -$signal "$pid"
    rc=0
    wait "$pid" || rc=$?
    ((rc == 130)) || fail "SIG$signal: exited $rc, expected 130"
    grep -q "interrupted; $work/interrupt/good.gif was not written" "$work/err" ||
        { fail "SIG$signal: no word of it:"; tail -c 300 "$work/err"; echo; }
    cmp -s "$work/interrupt/good.gif" "$work/good-copy.gif" || fail "SIG$signal: the earlier video was changed"
    [[ "$(ls -A "$work/interrupt")" == "good.gif" ]] || fail "SIG$signal left files: $(ls -A "$work/interrupt")"
    cp "$work/good-copy.gif" "$work/interrupt/good.gif"
done

# 2b. A PNG whose layout report cannot be written leaves the earlier picture as it was.
mkdir -p "$work/png"
"$app" "${common[@]}" --export-png "$work/png/map.png" --year 1952 --size 320x180 2>/dev/null ||
    fail "the first PNG could not be written"
cp "$work/png/map.png" "$work/map-copy.png"
rc=0
"$app" "${common[@]}" --export-png "$work/png/map.png" --year 1971 --size 320x180 \
    --layout-json /nonexistent/layout.json >/dev/null 2>"$work/err" || rc=$?
((rc == 1)) || fail "--layout-json /nonexistent/…: exited $rc, expected 1"
cmp -s "$work/png/map.png" "$work/map-copy.png" || fail "a failed PNG export changed the earlier picture"
[[ "$(ls -A "$work/png")" == "map.png" ]] || fail "a failed PNG export left files: $(ls -A "$work/png")"
rc=0
"$app" "${common[@]}" --export-png /nonexistent/map.png --year 1952 --size 320x180 >/dev/null 2>"$work/err" ||
    rc=$?
((rc == 1)) || fail "--export-png /nonexistent/map.png exited $rc, expected 1"
grep -q "the folder /nonexistent does not exist" "$work/err" ||
    { fail "--export-png /nonexistent/map.png did not name the folder:"; cat "$work/err"; }

((failures == 0)) && echo "export failures: reported in words, earlier files kept"
exit $((failures > 0))
