#!/usr/bin/env bash
# The story file's problems are logged and printed like every other file's (issue 19, case 4). Before, a
# broken story.json, or a config "storyFile" pointing at /etc/passwd, made present, kiosk and
# `--export-video --story` run silently without scenes; the video export said "see the problems reported
# for story.json" and none were. Needs an X display and ffmpeg.
# usage: story_problems.sh TIDSATLAS DATA_DIR WORK_DIR
set -uo pipefail
app=$1 data=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
export XDG_STATE_HOME="$work/state"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
if [[ -z "${DISPLAY:-}" ]]; then
    echo "no X display (run under xvfb-run)"
    exit 1
fi
# A copy of the data with a story.json that is cut off in its second line.
cp -r "$data" "$work/data"
printf '{\n  "title": "A story cut off\n' >"$work/data/story.json"
printf '{"pin": "5937", "heartbeatFile": "%s/hb", "storyFile": "/etc/passwd"}\n' "$work" >"$work/passwd.json"
printf '{"pin": "5937", "heartbeatFile": "%s/hb"}\n' "$work" >"$work/plain.json"

# The story video: status 1, the reason in the message, and the file and place on stderr.
rc=0
"$app" --data "$work/data" --no-cache --export-video "$work/s.mp4" --story --fps 2 --size 160x90 \
    >/dev/null 2>"$work/video.err" || rc=$?
((rc == 1)) || fail "--export-video --story with a broken story.json exited $rc, expected 1"
grep -q "$work/data/story.json: invalid JSON at line 2" "$work/video.err" ||
    { fail "--export-video --story: the broken story.json is not named with its place:"; cat "$work/video.err"; }
rc=0
"$app" --data "$data" --no-cache --config "$work/passwd.json" --export-video "$work/p.mp4" --story --fps 2 \
    --size 160x90 >/dev/null 2>"$work/video-passwd.err" || rc=$?
((rc == 1)) || fail "--export-video --story with storyFile /etc/passwd exited $rc, expected 1"
grep -q "/etc/passwd: invalid JSON" "$work/video-passwd.err" ||
    { fail "--export-video --story: storyFile /etc/passwd is not named:"; cat "$work/video-passwd.err"; }

# Present and kiosk: the problem is in the log and on stderr.
for mode in present kiosk; do
    for run in broken passwd; do
        args=(--no-cache --size 320x180 --"$mode" --log "$work/$mode-$run.log")
        if [[ $run == broken ]]; then
            args+=(--data "$work/data" --config "$work/plain.json")
            expect="$work/data/story.json: invalid JSON at line 2"
        else
            args+=(--data "$data" --config "$work/passwd.json")
            expect="/etc/passwd: invalid JSON"
        fi
        timeout -s TERM 5 "$app" "${args[@]}" >/dev/null 2>"$work/$mode-$run.err"
        grep -q "started in $mode mode" "$work/$mode-$run.log" || fail "$mode ($run): did not start"
        grep -q "$expect" "$work/$mode-$run.log" ||
            { fail "$mode ($run): the log does not name the story's problem:"; cat "$work/$mode-$run.log"; }
        grep -q "$expect" "$work/$mode-$run.err" || fail "$mode ($run): stderr does not name the story's problem"
    done
done

((failures == 0)) && echo "story problems: logged and printed in every mode that plays the story"
exit $((failures > 0))
